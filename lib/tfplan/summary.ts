// What a Terraform plan changes, from `terraform show -json` only (never from its text):
// counts per action, the changed resources with the reason Terraform gives, and the output
// changes. Attribute values are never copied into the summary, so nothing built from it can
// print a sensitive value.
import {
  isRecord,
  type PlanResourceEntry,
  planError,
  planObject,
  planResourceEntries,
} from "./parse.ts";

/** The one action a resource or output change counts as. */
export type PlanAction = "create" | "update" | "delete" | "replace" | "read" | "noop" | "forget";

export interface PlanCounts {
  create: number;
  update: number;
  delete: number;
  /** `["delete","create"]`, `["create","delete"]` and `["create","forget"]`: only here. */
  replace: number;
  read: number;
  noop: number;
  forget: number;
  /** Also counted under their action. */
  import: number;
  /** `previous_address` differs from `address`; also counted under their action. */
  move: number;
}

export interface ResourceSummary {
  address: string;
  type: string;
  /** Terraform's action list as the plan has it. */
  actions: string[];
  action: PlanAction;
  /** `action_reason`, e.g. replace_because_cannot_update. */
  reason?: string;
  /** Attribute paths that force the replacement, e.g. `content`, `tags["Name"]`. */
  replacePaths?: string[];
  /** Where a moved object was. */
  movedFrom?: string;
  importing: boolean;
  /** The key of a deposed object (create-before-destroy left it behind). */
  deposed?: string;
}

export interface OutputSummary {
  name: string;
  actions: string[];
  action: PlanAction;
  sensitive: boolean;
}

export interface PlanSummary {
  formatVersion: string;
  terraformVersion?: string;
  counts: PlanCounts;
  /**
   * Resources that change, in the plan's order: no-op and read entries are counted but left
   * out, unless the no-op is a move or an import (those change the state).
   */
  resources: ResourceSummary[];
  /** Outputs that change (no-op left out), in the plan's order. */
  outputs: OutputSummary[];
  /** Terraform stopped with errors (`errored`, format 1.2): the plan is partial. */
  errored: boolean;
  /** `complete: false`: some changes were deferred and need another plan after apply. */
  complete: boolean;
}

/** `plan summarize --format json`: counts, then the resources; key order is the contract. */
export interface SummaryJson extends PlanCounts {
  resources: { address: string; actions: string[]; reason?: string }[];
}

const ACTIONS: Record<string, PlanAction> = {
  create: "create",
  update: "update",
  delete: "delete",
  "delete,create": "replace",
  "create,delete": "replace",
  // `lifecycle { destroy = false }`: replaced, the old object left alone (Terraform 1.14+).
  "create,forget": "replace",
  read: "read",
  "no-op": "noop",
  forget: "forget",
};

/** The single action a Terraform action list counts as; undefined when Terraform has no such list. */
export function classifyActions(actions: readonly string[]): PlanAction | undefined {
  return Object.hasOwn(ACTIONS, actions.join(",")) ? ACTIONS[actions.join(",")] : undefined;
}

export const emptyCounts = (): PlanCounts => ({
  create: 0,
  update: 0,
  delete: 0,
  replace: 0,
  read: 0,
  noop: 0,
  forget: 0,
  import: 0,
  move: 0,
});

/** `replace_paths` steps as one reads them in HCL: `ingress[0].cidr_blocks`, `tags["Name"]`. */
function pathText(steps: readonly (string | number)[]): string {
  let out = "";
  for (const step of steps) {
    if (typeof step === "number") out += `[${step}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(step)) out += out === "" ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}

function resourceSummary(stack: string, e: PlanResourceEntry): ResourceSummary {
  const action = classifyActions(e.actions);
  if (action === undefined)
    throw planError(
      stack,
      `${e.address} has actions ${JSON.stringify(e.actions)}, which no known Terraform version plans`,
    );
  const out: ResourceSummary = {
    address: e.address,
    type: e.type,
    actions: e.actions,
    action,
    importing: e.importing,
  };
  if (e.reason !== undefined) out.reason = e.reason;
  if (e.replacePaths !== undefined) out.replacePaths = e.replacePaths.map(pathText);
  if (e.previousAddress !== undefined && e.previousAddress !== e.address)
    out.movedFrom = e.previousAddress;
  if (e.deposed !== undefined) out.deposed = e.deposed;
  return out;
}

/** Anything marked true in a `*_sensitive` value (a boolean, or a structure of them). */
function anyTrue(v: unknown): boolean {
  if (v === true) return true;
  if (Array.isArray(v)) return v.some(anyTrue);
  if (isRecord(v)) return Object.values(v).some(anyTrue);
  return false;
}

/**
 * Whether an output is sensitive, from every place a plan of any format says so: format 0.1
 * has no `*_sensitive` in output_changes, only `sensitive` in planned_values, the prior
 * state and the configuration.
 */
function outputSensitivity(plan: Record<string, unknown>): (name: string) => boolean {
  const marked = new Set<string>();
  const from = (outputs: unknown) => {
    if (!isRecord(outputs)) return;
    for (const [name, o] of Object.entries(outputs))
      if (isRecord(o) && o.sensitive === true) marked.add(name);
  };
  const get = (v: unknown, ...keys: string[]): unknown =>
    keys.reduce<unknown>((at, k) => (isRecord(at) ? at[k] : undefined), v);
  from(get(plan, "planned_values", "outputs"));
  from(get(plan, "prior_state", "values", "outputs"));
  from(get(plan, "configuration", "root_module", "outputs"));
  return (name) => marked.has(name);
}

function outputSummaries(stack: string, plan: Record<string, unknown>): OutputSummary[] {
  const changes = plan.output_changes;
  if (changes === undefined || changes === null) return [];
  if (!isRecord(changes)) throw planError(stack, "output_changes is not an object");
  const sensitive = outputSensitivity(plan);
  const out: OutputSummary[] = [];
  for (const [name, change] of Object.entries(changes)) {
    const actions = isRecord(change) ? change.actions : undefined;
    if (
      !isRecord(change) ||
      !Array.isArray(actions) ||
      !actions.every((a) => typeof a === "string")
    )
      throw planError(stack, `output_changes.${name} lacks actions`);
    const action = classifyActions(actions);
    if (action === undefined)
      throw planError(stack, `output ${name} has unknown actions ${JSON.stringify(actions)}`);
    if (action === "noop") continue;
    out.push({
      name,
      actions: [...actions],
      action,
      sensitive:
        anyTrue(change.before_sensitive) || anyTrue(change.after_sensitive) || sensitive(name),
    });
  }
  return out;
}

/**
 * A plan (parsed `terraform show -json`, format 0.1 to 1.x) summarised: counts, changed
 * resources, changed outputs. `stack` names the plan in error messages. Pure; throws
 * UsageError for anything that is not such a plan.
 */
export function summarizePlan(plan: unknown, stack = "the stack"): PlanSummary {
  const entries = planResourceEntries(stack, plan);
  const root = planObject(stack, plan);
  const counts = emptyCounts();
  const resources: ResourceSummary[] = [];
  for (const entry of entries) {
    const r = resourceSummary(stack, entry);
    counts[r.action]++;
    if (r.importing) counts.import++;
    if (r.movedFrom !== undefined) counts.move++;
    const listed =
      (r.action !== "noop" && r.action !== "read") || r.importing || r.movedFrom !== undefined;
    if (listed) resources.push(r);
  }
  const summary: PlanSummary = {
    formatVersion: String(root.format_version),
    counts,
    resources,
    outputs: outputSummaries(stack, root),
    errored: root.errored === true,
    complete: root.complete !== false,
  };
  if (typeof root.terraform_version === "string") summary.terraformVersion = root.terraform_version;
  return summary;
}

/** The JSON `plan summarize --format json` prints, keys in the documented order. */
export function summaryJson(s: PlanSummary): SummaryJson {
  const c = s.counts;
  return {
    create: c.create,
    update: c.update,
    delete: c.delete,
    replace: c.replace,
    read: c.read,
    noop: c.noop,
    forget: c.forget,
    import: c.import,
    move: c.move,
    resources: s.resources.map((r) =>
      r.reason === undefined
        ? { address: r.address, actions: r.actions }
        : { address: r.address, actions: r.actions, reason: r.reason },
    ),
  };
}
