import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  UsageError,
  errorMessage
} from "./chunk-Q3YCBL2Q.js";

// lib/tfplan/parse.ts
var isRecord = (v) => typeof v == "object" && v !== null && !Array.isArray(v);
function planError(stack, why) {
  return new UsageError(
    `plan of ${stack}: ${why}; expected the output of terraform show -json <planfile>`
  );
}
function planObject(stack, plan) {
  let fail = (why) => planError(stack, why);
  if (!isRecord(plan)) throw fail("not a JSON object");
  if (!("format_version" in plan) && ("lineage" in plan || "serial" in plan))
    throw fail("it is a Terraform state file (terraform.tfstate), not a plan");
  let version = plan.format_version;
  if (typeof version != "string" || !/^[01]\.\d+$/.test(version))
    throw fail(`unsupported format_version ${JSON.stringify(version)} (0.x and 1.x are read)`);
  if (!("planned_values" in plan) && !("resource_changes" in plan))
    throw fail("it has no planned_values (a state rather than a plan?)");
  return plan;
}
var isPath = (p) => Array.isArray(p) && p.every((s) => typeof s == "string" || typeof s == "number");
function planResourceEntries(stack, plan) {
  let list = planObject(stack, plan).resource_changes ?? [];
  if (!Array.isArray(list)) throw planError(stack, "resource_changes is not an array");
  return list.map((entry, i) => {
    let change = isRecord(entry) ? entry.change : void 0, actions = isRecord(change) ? change.actions : void 0;
    if (!isRecord(entry) || !isRecord(change) || typeof entry.address != "string" || typeof entry.type != "string" || !Array.isArray(actions) || !actions.every((a) => typeof a == "string"))
      throw planError(stack, `resource_changes[${i}] lacks address, type or change.actions`);
    let out = {
      address: entry.address,
      type: entry.type,
      actions: [...actions],
      importing: isRecord(change.importing)
    };
    typeof entry.mode == "string" && (out.mode = entry.mode), typeof entry.action_reason == "string" && (out.reason = entry.action_reason);
    let paths = Array.isArray(change.replace_paths) ? change.replace_paths.filter(isPath) : [];
    return paths.length > 0 && (out.replacePaths = paths.map((p) => [...p])), typeof entry.previous_address == "string" && (out.previousAddress = entry.previous_address), typeof entry.deposed == "string" && (out.deposed = entry.deposed), out;
  });
}
function parsePlanJson(text, label) {
  let body = text.charCodeAt(0) === 65279 ? text.slice(1) : text, trimmed = body.trimEnd();
  if (trimmed.trim() === "") throw planError(label, "the file is empty");
  try {
    return JSON.parse(body);
  } catch (err) {
    let message = errorMessage(err), position = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    if (/end of JSON input|Unterminated string/.test(message) || Number.isFinite(position) && position >= trimmed.length)
      throw planError(
        label,
        `the JSON ends early after ${trimmed.length} characters (a truncated file?)`
      );
    if (!/^\s*[{[]/.test(body))
      throw planError(label, "not JSON (the text output of terraform plan or show?)");
    let where = Number.isFinite(position) ? ` at ${lineColumn(body, position)}` : "";
    throw planError(label, `invalid JSON${where}`);
  }
}
function lineColumn(text, position) {
  let line = 1, start = 0;
  for (let i = text.indexOf(`
`); i !== -1 && i < position; i = text.indexOf(`
`, i + 1))
    line++, start = i + 1;
  return `line ${line}, column ${position - start + 1}`;
}

export {
  isRecord,
  planError,
  planObject,
  planResourceEntries,
  parsePlanJson
};
