// `cloudneutral autoscale decide`: one region's autoscaling decision from one JSON object on
// stdin, printed as one JSON line. Exit codes: 0 ok, 1 invalid input, 2 usage.
import { parseArgs } from "node:util";

export const AUTOSCALE_USAGE = "autoscale decide < input.json";

interface Io {
  out(text: string): void;
  err(text: string): void;
  /** All of stdin; the process' own when left out. */
  stdin?: () => Promise<string>;
}

/** Null when the arguments are usable, else the reason they are not. */
function usageProblem(args: string[]): string | null {
  const [sub, ...rest] = args;
  if (sub !== "decide") return `unknown autoscale command ${JSON.stringify(sub ?? "")}`;
  try {
    parseArgs({ args: rest, strict: true, allowPositionals: false, options: {} });
  } catch (err) {
    return (err as Error).message;
  }
  return null;
}

export async function autoscaleCommand(args: string[], io: Io): Promise<number> {
  // A terminal on stdin would wait for input nobody is going to type.
  const problem =
    usageProblem(args) ??
    (!io.stdin && process.stdin.isTTY
      ? "the input is read from stdin; pipe a JSON object in"
      : null);
  if (problem !== null) {
    io.err(`cloudneutral: ${problem}\nusage: cloudneutral ${AUTOSCALE_USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = await (io.stdin ?? readStdin)();
  } catch (err) {
    io.err(`cloudneutral: cannot read stdin: ${(err as Error).message}\n`);
    return 1;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const why = text.trim() === "" ? "it is empty" : (err as Error).message;
    io.err(`cloudneutral: stdin is not one JSON object: ${why}\n`);
    return 1;
  }
  const { DecisionInputError, formatInputProblem, parseDecisionInput } = await import(
    "../lib/autoscale/input.ts"
  );
  const { decide } = await import("../lib/autoscale/decide.ts");
  let input: ReturnType<typeof parseDecisionInput>;
  try {
    input = parseDecisionInput(value);
  } catch (err) {
    if (!(err instanceof DecisionInputError)) throw err;
    for (const p of err.problems) io.err(`cloudneutral: stdin: ${formatInputProblem(p)}\n`);
    return 1;
  }
  const { desired, recommendation, reason } = decide(input);
  io.out(`${JSON.stringify({ desired, recommendation, reason })}\n`);
  return 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8");
}
