// Resource changes from Terraform's machine-readable plan (`terraform show -json`).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../model/index.ts";
import type { ResourceChange } from "./types.ts";

export async function readPlans(
  repoDir: string,
  plans: { stack: string; file: string }[],
): Promise<ResourceChange[]> {
  const out: ResourceChange[] = [];
  for (const { stack, file } of plans) {
    const full = path.resolve(repoDir, file);
    let plan: unknown;
    try {
      plan = JSON.parse(await readFile(full, "utf8"));
    } catch (err) {
      throw new UsageError(`plan file of ${stack} (${full}): ${(err as Error).message}`);
    }
    for (const r of resourceChanges(stack, plan)) out.push(r);
  }
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Every entry of a `terraform show -json` plan's `resource_changes` (format 0.x and 1.x),
 * no-op and read included: consumers decide what matters. Pure.
 */
export function resourceChanges(stack: string, plan: unknown): ResourceChange[] {
  const fail = (why: string) =>
    new UsageError(
      `plan of ${stack}: ${why}; expected the output of terraform show -json <planfile>`,
    );
  if (!isRecord(plan)) throw fail("not a JSON object");
  const version = plan.format_version;
  if (typeof version !== "string" || !/^[01]\.\d+$/.test(version))
    throw fail(`unsupported format_version ${JSON.stringify(version)} (0.x and 1.x are read)`);
  if (!("planned_values" in plan) && !("resource_changes" in plan))
    throw fail("it has no planned_values (a state rather than a plan?)");
  const list = plan.resource_changes ?? [];
  if (!Array.isArray(list)) throw fail("resource_changes is not an array");
  return list.map((entry: unknown, i) => {
    const change = isRecord(entry) ? entry.change : undefined;
    const actions = isRecord(change) ? change.actions : undefined;
    if (
      !isRecord(entry) ||
      typeof entry.address !== "string" ||
      typeof entry.type !== "string" ||
      !Array.isArray(actions) ||
      !actions.every((a) => typeof a === "string")
    )
      throw fail(`resource_changes[${i}] lacks address, type or change.actions`);
    return { stack, address: entry.address, type: entry.type, actions: [...actions] };
  });
}
