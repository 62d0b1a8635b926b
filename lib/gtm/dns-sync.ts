// The DNS side of a round, per provider and zone: one read, one plan over the public names
// the round's policies own in that zone, at most one apply. Only those names are compared:
// the rest of the zone (other policies' names when reconciling some, records people keep)
// is none of this plan's business, so `sync` never deletes it.
import {
  assessSafety,
  byNameThenType,
  DEFAULT_MAX_CHANGE_RATIO,
  percent,
  planChangeCount,
  type SafetyBreach,
  type SafetyCounts,
} from "../dns/diff.ts";
import { normalizeName } from "../dns/normalize.ts";
import type { DnsCallCounts, DnsProvider } from "../dns/provider.ts";
import { shadowConflicts } from "../dns/providers/weighted.ts";
import type { DnsChanges, DnsPlan, DnsPolicy, RecordSet } from "../dns/types.ts";
import { errorMessage } from "../errors.ts";

export type DnsStatus = "unchanged" | "applied" | "planned" | "refused" | "failed";

export interface ZoneSync {
  provider: string;
  zone: string;
  status: DnsStatus;
  plan?: DnsPlan;
  /** What the zone held at the synced names before (empty when it could not be read). */
  current: RecordSet[];
  /** Record sets at our names that are not ours: left alone, reported. */
  conflicts: RecordSet[];
  error?: string;
  /** API calls this sync made. */
  calls: DnsCallCounts;
}

export interface ZoneSyncOptions {
  owner: string;
  /** Plan only: nothing is written. */
  dryRun: boolean;
  /** Apply a plan the safety check refused (names vanishing), as a person decided. */
  force?: boolean;
}

/** A public name of the round, with how its policy wants it reconciled. */
export interface SyncName {
  name: string;
  policy?: DnsPolicy;
  adopt?: boolean;
}

export async function syncZone(
  provider: DnsProvider,
  zone: string,
  names: readonly SyncName[],
  desired: readonly RecordSet[],
  options: ZoneSyncOptions,
): Promise<ZoneSync> {
  const before = provider.calls();
  const base = { provider: provider.name, zone: normalizeName(zone) };
  const spent = (): DnsCallCounts => {
    const now = provider.calls();
    return {
      reads: now.reads - before.reads,
      writes: now.writes - before.writes,
      retries: now.retries - before.retries,
    };
  };
  const ours = new Set(names.map((n) => normalizeName(n.name)));
  let plan: DnsPlan | undefined;
  let conflicts: RecordSet[] = [];
  let current: RecordSet[] = [];
  try {
    current = (await provider.read(zone)).filter((r) => ours.has(normalizeName(r.name)));
    const { diffDns } = await import("../dns/diff.ts");
    // One diff per name, each with its policy's options; merged, they are one write, and
    // their safety is assessed once, over the zone's synced names.
    const at = (name: string) => (r: RecordSet) => normalizeName(r.name) === normalizeName(name);
    const changes = mergeChanges(
      names.map((n) =>
        diffDns(current.filter(at(n.name)), desired.filter(at(n.name)), {
          owner: options.owner,
          policy: n.policy ?? "sync",
          adopt: n.adopt ?? false,
        }),
      ),
    );
    // The limits guard hand-kept zones against plans that rewrite most of them. Here a
    // region going down rightly rewrites every name it serves at once, and refusing that
    // would refuse failover itself: updates are not limited. Names vanishing (deletes with
    // nothing in their place) still are, with the default delete limit and minimum.
    const safety = assessSafety(
      nameCounts(changes, current, options.owner),
      {
        maxUpdateRatio: Number.POSITIVE_INFINITY,
        maxDeleteRatio: DEFAULT_MAX_CHANGE_RATIO,
        force: options.force,
      },
      describeVanishing,
    );
    plan = { ...changes, ...safety };
    // A foreign `api A` answers beside our `api LUA` although planDns keys them apart.
    conflicts = [...plan.conflicts, ...shadowConflicts(current, desired, options.owner)];
    const done = { ...base, plan, current, conflicts };
    if (plan.unsafe)
      return { ...done, status: "refused", error: plan.reason ?? "unsafe plan", calls: spent() };
    if (planChangeCount(plan) === 0) return { ...done, status: "unchanged", calls: spent() };
    if (options.dryRun) return { ...done, status: "planned", calls: spent() };
    await provider.apply(zone, plan);
    return { ...done, status: "applied", calls: spent() };
  } catch (err) {
    return {
      ...base,
      status: "failed",
      ...(plan ? { plan } : {}),
      current,
      conflicts,
      error: errorMessage(err),
      calls: spent(),
    };
  }
}

function mergeChanges(parts: DnsChanges[]): DnsChanges {
  return {
    create: parts.flatMap((p) => p.create).sort(byNameThenType),
    update: parts.flatMap((p) => p.update).sort((a, b) => byNameThenType(a.to, b.to)),
    delete: parts.flatMap((p) => p.delete).sort(byNameThenType),
    conflicts: parts.flatMap((p) => p.conflicts).sort(byNameThenType),
  };
}

/** The part of `plan` at `name`: what one policy's round changed. */
export function planAt(plan: DnsPlan | undefined, name: string): DnsPlan | undefined {
  if (!plan) return undefined;
  const n = normalizeName(name);
  const at = (r: RecordSet) => normalizeName(r.name) === n;
  return {
    create: plan.create.filter(at),
    update: plan.update.filter((u) => at(u.to)),
    delete: plan.delete.filter(at),
    conflicts: plan.conflicts.filter(at),
    unsafe: plan.unsafe,
    reason: plan.reason,
  };
}

/**
 * The plan in names, for `assessSafety`: the names we own in the zone, those whose record
 * sets it updates, and those it takes out of the zone altogether (vanishing). A name that
 * loses one type for another (A for LUA) is not vanishing.
 */
function nameCounts(
  changes: DnsChanges,
  current: readonly RecordSet[],
  owner: string,
): SafetyCounts {
  const kept = new Set(
    [...changes.create, ...changes.update.map((u) => u.to)].map((r) => normalizeName(r.name)),
  );
  const gone = new Set(
    changes.delete.map((r) => normalizeName(r.name)).filter((name) => !kept.has(name)),
  );
  const updated = new Set(changes.update.map((u) => normalizeName(u.to.name)));
  const owned = new Set(current.filter((r) => r.owner === owner).map((r) => normalizeName(r.name)));
  return { owned: owned.size, updates: updated.size, deletes: gone.size };
}

/** Only the delete limit is set, so the breach is names vanishing. */
function describeVanishing(b: SafetyBreach): string {
  return `would stop answering ${b.count} of the ${b.counts.owned} names we serve in this zone, more than ${percent(b.maxRatio)}: check the policies' regions and failOpen`;
}
