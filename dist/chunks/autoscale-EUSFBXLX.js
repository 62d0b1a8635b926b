import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import "./chunk-BOG7BZ5N.js";

// cli/autoscale.ts
import { parseArgs } from "node:util";
var AUTOSCALE_USAGE = "autoscale decide < input.json";
function usageProblem(args) {
  let [sub, ...rest] = args;
  if (sub !== "decide") return `unknown autoscale command ${JSON.stringify(sub ?? "")}`;
  try {
    parseArgs({ args: rest, strict: !0, allowPositionals: !1, options: {} });
  } catch (err) {
    return err.message;
  }
  return null;
}
async function autoscaleCommand(args, io) {
  let problem = usageProblem(args) ?? (!io.stdin && process.stdin.isTTY ? "the input is read from stdin; pipe a JSON object in" : null);
  if (problem !== null)
    return io.err(`cloudneutral: ${problem}
usage: cloudneutral ${AUTOSCALE_USAGE}
`), 2;
  let text;
  try {
    text = await (io.stdin ?? readStdin)();
  } catch (err) {
    return io.err(`cloudneutral: cannot read stdin: ${err.message}
`), 1;
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    let why = text.trim() === "" ? "it is empty" : err.message;
    return io.err(`cloudneutral: stdin is not one JSON object: ${why}
`), 1;
  }
  let { DecisionInputError, formatInputProblem, parseDecisionInput } = await import("./input-VBVQR3ON.js"), { decide } = await import("./decide-WWCTC3O3.js"), input;
  try {
    input = parseDecisionInput(value);
  } catch (err) {
    if (!(err instanceof DecisionInputError)) throw err;
    for (let p of err.problems) io.err(`cloudneutral: stdin: ${formatInputProblem(p)}
`);
    return 1;
  }
  let { desired, recommendation, reason } = decide(input);
  return io.out(`${JSON.stringify({ desired, recommendation, reason })}
`), 0;
}
async function readStdin() {
  let chunks = [];
  for await (let chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}
export {
  AUTOSCALE_USAGE,
  autoscaleCommand
};
