// What a push to the applying branch must apply: per unit, the changes since its last
// successful apply (so a failed apply is retried by the next push), routed by the
// branch's own configuration — on the branch that applies, the merged head is the trusted side.
// A unit with no record on the status branch (new, a first adoption, a reset status branch)
// is always in scope, so a change whose apply never ran is not lost to the next push.
import path from "node:path";
import type { LoadedConfig } from "../model/index.ts";
import { snapshotAt } from "../policy/changes.ts";
import { type AffectedUnit, affectedSinceApplied } from "../stacks/affected.ts";
import { listUnits } from "../stacks/inventory.ts";
import { routeSinceApplied, type UnitRoute } from "../stacks/routing.ts";
import type { ApplyRecords } from "./records.ts";

export interface ApplyScope {
  affected: AffectedUnit[];
  routes: Map<string, UnitRoute>;
  /** The head's configuration: the trusted side every route starts from. */
  config: LoadedConfig;
  head: string;
  warnings: string[];
}

const NULL_SHA = /^0+$/;

export async function applyScope(options: {
  repoDir: string;
  infraDir?: string;
  configDir?: string;
  head?: string;
  /** The push's previous tip; missing or all zeros means the head's parent. */
  before?: string;
  records: ApplyRecords;
  /** Only these units (a job that applies one): their records are the only ones read. */
  only?: string[];
}): Promise<ApplyScope> {
  const infraDir = options.infraDir ?? "infra";
  const head = options.head ?? "HEAD";
  const units = listUnits(path.join(options.repoDir, infraDir)).filter(
    (u) => !options.only || options.only.includes(u.id),
  );
  // Where each unit's unapplied changes start: pending since a failed or refused attempt,
  // else the last applied commit. One read per unit, all at once.
  const read = await Promise.all(units.map((u) => options.records.read(u.id)));
  const last = new Map(
    units.map((u, i) => [u.id, read[i]!.pendingSince ?? read[i]!.lastApplied?.commit]),
  );
  const pending = new Set(
    units.filter((_, i) => read[i]!.pendingSince !== undefined).map((u) => u.id),
  );
  const fallback = !options.before || NULL_SHA.test(options.before) ? `${head}~1` : options.before;
  const found = await affectedSinceApplied({
    repoDir: options.repoDir,
    infraDir,
    head,
    lastApplied: (id) => last.get(id),
    pending: (id) => pending.has(id),
    fallback,
    ...(options.only ? { only: options.only } : {}),
  });
  const configDir = options.configDir ?? "platform-config";
  const trusted = await snapshotAt(options.repoDir, found.head, configDir);
  // The configuration each unit was applied from fixes its gate too: a merge cannot weaken it.
  // A unit never applied here has none: the push's previous tip stands in, as for any merge.
  const routes = await routeSinceApplied(
    options.repoDir,
    configDir,
    trusted.config,
    found.affected.map((u) => (u.appeared === undefined ? u : { ...u, since: fallback })),
  );
  return { ...found, routes, config: trusted.config };
}
