// Resource changes from Terraform's machine-readable plan (`terraform show -json`), as
// policies see them.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../errors.ts";
import { parsePlanJson, planResourceEntries } from "../tfplan/parse.ts";
import type { ResourceChange } from "./types.ts";

export async function readPlans(
  repoDir: string,
  plans: { stack: string; file: string }[],
): Promise<ResourceChange[]> {
  const out: ResourceChange[] = [];
  for (const { stack, file } of plans) {
    const full = path.resolve(repoDir, file);
    let text: string;
    try {
      text = await readFile(full, "utf8");
    } catch (err) {
      throw new UsageError(`plan file of ${stack} (${full}): ${(err as Error).message}`);
    }
    const plan = parsePlanJson(text, stack);
    for (const r of resourceChanges(stack, plan)) out.push(r);
  }
  return out;
}

/**
 * Every entry of a `terraform show -json` plan's `resource_changes` (format 0.x and 1.x),
 * no-op and read included: consumers decide what matters. Pure.
 */
export function resourceChanges(stack: string, plan: unknown): ResourceChange[] {
  return planResourceEntries(stack, plan).map((e) => ({
    stack,
    address: e.address,
    type: e.type,
    actions: e.actions,
  }));
}
