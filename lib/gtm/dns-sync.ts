// The DNS side of a round, per provider and zone: one read, one plan over the public names
// the round's policies own in that zone, at most one apply. Only those names are compared:
// the rest of the zone (other policies' names when reconciling some, records people keep)
// is none of this plan's business, so `sync` never deletes it.
import {
  byNameThenType,
  DEFAULT_MAX_CHANGE_RATIO,
  DEFAULT_MIN_OWNED_FOR_SAFETY,
  planChangeCount,
} from "../dns/diff.ts";
import { normalizeName } from "../dns/normalize.ts";
import type { DnsCallCounts, DnsProvider } from "../dns/provider.ts";
import { shadowConflicts } from "../dns/providers/weighted.ts";
import type { DnsPlan, DnsPolicy, RecordSet } from "../dns/types.ts";

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
    const { planDns } = await import("../dns/diff.ts");
    // The change-ratio threshold guards hand-kept zones against plans that rewrite most of
    // them. Here a region going down rightly rewrites every name it serves at once, and
    // refusing that would refuse failover itself: updates are not limited. Names vanishing
    // (deletes with nothing in their place) still are, below.
    // One plan per name, each with its policy's options; merged, they are one write.
    const at = (name: string) => (r: RecordSet) => normalizeName(r.name) === normalizeName(name);
    plan = mergePlans(
      names.map((n) =>
        planDns(current.filter(at(n.name)), desired.filter(at(n.name)), {
          owner: options.owner,
          policy: n.policy ?? "sync",
          adopt: n.adopt ?? false,
          maxChangeRatio: 1,
        }),
      ),
    );
    const vanishing = vanishingNames(plan, current, options.owner);
    if (vanishing && options.force) plan.reason = `forced: ${vanishing}`;
    else if (vanishing) {
      plan.unsafe = true;
      plan.reason = vanishing;
    }
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
      error: err instanceof Error ? err.message : String(err),
      calls: spent(),
    };
  }
}

function mergePlans(plans: DnsPlan[]): DnsPlan {
  return {
    create: plans.flatMap((p) => p.create).sort(byNameThenType),
    update: plans.flatMap((p) => p.update).sort((a, b) => byNameThenType(a.to, b.to)),
    delete: plans.flatMap((p) => p.delete).sort(byNameThenType),
    conflicts: plans.flatMap((p) => p.conflicts).sort(byNameThenType),
    unsafe: false,
    reason: null,
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
 * Why the plan would take too many of our names out of the zone altogether (more than
 * DEFAULT_MAX_CHANGE_RATIO of them, where we own at least DEFAULT_MIN_OWNED_FOR_SAFETY),
 * or null. A name that loses one type for another (A for LUA) is not vanishing.
 */
function vanishingNames(
  plan: DnsPlan,
  current: readonly RecordSet[],
  owner: string,
): string | null {
  const kept = new Set(
    [...plan.create, ...plan.update.map((u) => u.to)].map((r) => normalizeName(r.name)),
  );
  const gone = new Set(
    plan.delete.map((r) => normalizeName(r.name)).filter((name) => !kept.has(name)),
  );
  const owned = new Set(current.filter((r) => r.owner === owner).map((r) => normalizeName(r.name)));
  if (
    owned.size < DEFAULT_MIN_OWNED_FOR_SAFETY ||
    gone.size / owned.size <= DEFAULT_MAX_CHANGE_RATIO
  )
    return null;
  return `would stop answering ${gone.size} of the ${owned.size} names we serve in this zone, more than ${DEFAULT_MAX_CHANGE_RATIO * 100}%: check the policies' regions and failOpen`;
}
