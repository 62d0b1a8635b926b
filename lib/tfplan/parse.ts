// Terraform's machine-readable plan (`terraform show -json`): parsed strictly, with a
// message that tells a truncated file from a corrupt one, and its `resource_changes` read
// for every format version. A leaf: engines, plan and policy all read plans through it.
import { errorMessage, UsageError } from "../errors.ts";

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** One entry of `resource_changes`, with what a plan summary needs beside the actions. */
export interface PlanResourceEntry {
  address: string;
  type: string;
  /** "managed" or "data" (absent in hand-made plans). */
  mode?: string;
  /** Terraform's action list, e.g. ["create"], ["delete", "create"]. */
  actions: string[];
  /** `action_reason` (format 0.2 and later), e.g. replace_because_cannot_update. */
  reason?: string;
  /** `change.replace_paths`: the attribute paths that force a replacement (names, never values). */
  replacePaths?: (string | number)[][];
  /** `previous_address`, when Terraform moved the object to `address`. */
  previousAddress?: string;
  /** `change.importing` is present: the object is imported by this plan. */
  importing: boolean;
  /** The deposed object's key, when the change is to a deposed object. */
  deposed?: string;
}

/** A failure naming the stack and what a plan should be. */
export function planError(stack: string, why: string): UsageError {
  return new UsageError(
    `plan of ${stack}: ${why}; expected the output of terraform show -json <planfile>`,
  );
}

/**
 * The plan object itself once it is known to be a `terraform show -json` plan of format
 * 0.x or 1.x; a state (either `terraform show -json` of a state or a raw terraform.tfstate)
 * and a newer major format are refused by name. Pure.
 */
export function planObject(stack: string, plan: unknown): Record<string, unknown> {
  const fail = (why: string) => planError(stack, why);
  if (!isRecord(plan)) throw fail("not a JSON object");
  if (!("format_version" in plan) && ("lineage" in plan || "serial" in plan))
    throw fail("it is a Terraform state file (terraform.tfstate), not a plan");
  const version = plan.format_version;
  if (typeof version !== "string" || !/^[01]\.\d+$/.test(version))
    throw fail(`unsupported format_version ${JSON.stringify(version)} (0.x and 1.x are read)`);
  if (!("planned_values" in plan) && !("resource_changes" in plan))
    throw fail("it has no planned_values (a state rather than a plan?)");
  return plan;
}

const isPath = (p: unknown): p is (string | number)[] =>
  Array.isArray(p) && p.every((s) => typeof s === "string" || typeof s === "number");

/**
 * Every entry of a plan's `resource_changes` (format 0.x and 1.x) in the plan's order, no-op
 * and read included: consumers decide what matters. Pure.
 */
export function planResourceEntries(stack: string, plan: unknown): PlanResourceEntry[] {
  const list = planObject(stack, plan).resource_changes ?? [];
  if (!Array.isArray(list)) throw planError(stack, "resource_changes is not an array");
  return list.map((entry: unknown, i) => {
    const change = isRecord(entry) ? entry.change : undefined;
    const actions = isRecord(change) ? change.actions : undefined;
    if (
      !isRecord(entry) ||
      !isRecord(change) ||
      typeof entry.address !== "string" ||
      typeof entry.type !== "string" ||
      !Array.isArray(actions) ||
      !actions.every((a) => typeof a === "string")
    )
      throw planError(stack, `resource_changes[${i}] lacks address, type or change.actions`);
    const out: PlanResourceEntry = {
      address: entry.address,
      type: entry.type,
      actions: [...actions],
      importing: isRecord(change.importing),
    };
    if (typeof entry.mode === "string") out.mode = entry.mode;
    if (typeof entry.action_reason === "string") out.reason = entry.action_reason;
    // Only well-formed paths: they are an explanation, not something to refuse a plan for.
    const paths = Array.isArray(change.replace_paths) ? change.replace_paths.filter(isPath) : [];
    if (paths.length > 0) out.replacePaths = paths.map((p) => [...p]);
    if (typeof entry.previous_address === "string") out.previousAddress = entry.previous_address;
    if (typeof entry.deposed === "string") out.deposed = entry.deposed;
    return out;
  });
}

/**
 * Parses the text of a `terraform show -json` output, telling a truncated file from a
 * corrupt one. `label` names the plan in messages (a stack or a file). Throws UsageError.
 */
export function parsePlanJson(text: string, label: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = body.trimEnd();
  if (trimmed.trim() === "") throw planError(label, "the file is empty");
  try {
    return JSON.parse(body);
  } catch (err) {
    const message = errorMessage(err);
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    if (
      /end of JSON input|Unterminated string/.test(message) ||
      (Number.isFinite(position) && position >= trimmed.length)
    )
      throw planError(
        label,
        `the JSON ends early after ${trimmed.length} characters (a truncated file?)`,
      );
    if (!/^\s*[{[]/.test(body))
      throw planError(label, "not JSON (the text output of terraform plan or show?)");
    const where = Number.isFinite(position) ? ` at ${lineColumn(body, position)}` : "";
    // V8 quotes a snippet of the text in its messages, and plan text holds values that may
    // be secret: say where, never what.
    throw planError(label, `invalid JSON${where}`);
  }
}

function lineColumn(text: string, position: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < position; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return `line ${line}, column ${position - start + 1}`;
}
