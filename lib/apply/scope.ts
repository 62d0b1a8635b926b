// What a push to the applying branch must apply: per unit, the changes since its last
// successful apply (so a failed apply is retried by the next push), routed by the
// branch's own configuration — on the branch that applies, the merged head is the trusted side.
import path from "node:path";
import { snapshotAt } from "../policy/changes.ts";
import { type AffectedUnit, affectedSinceApplied } from "../stacks/affected.ts";
import { listUnits } from "../stacks/inventory.ts";
import { routeUnits, type UnitRoute } from "../stacks/routing.ts";
import type { ApplyRecords } from "./records.ts";

export interface ApplyScope {
  affected: AffectedUnit[];
  routes: Map<string, UnitRoute>;
  head: string;
  warnings: string[];
}

const NULL_SHA = /^0+$/;

export async function applyScope(o: {
  repoDir: string;
  infraDir?: string;
  configDir?: string;
  head?: string;
  /** The push's previous tip; missing or all zeros means the head's parent. */
  before?: string;
  records: ApplyRecords;
}): Promise<ApplyScope> {
  const infraDir = o.infraDir ?? "infra";
  const head = o.head ?? "HEAD";
  const units = listUnits(path.join(o.repoDir, infraDir));
  // One read per unit, all at once: the records are small files on the status branch.
  const last = new Map(
    await Promise.all(
      units.map(async (u) => [u.id, (await o.records.read(u.id)).lastApplied?.commit] as const),
    ),
  );
  const fallback = !o.before || NULL_SHA.test(o.before) ? `${head}~1` : o.before;
  const found = await affectedSinceApplied({
    repoDir: o.repoDir,
    infraDir,
    head,
    lastApplied: (id) => last.get(id),
    fallback,
  });
  const trusted = await snapshotAt(o.repoDir, found.head, o.configDir ?? "platform-config");
  return { ...found, routes: routeUnits(trusted.config, found.affected) };
}
