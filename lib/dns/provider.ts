// The one interface every DNS provider implements. The planner (diff.ts) is pure; a provider
// only reads a zone as record sets and carries out a plan, and says what it can do so that
// the caller picks how to express weights. Calls are counted because the cost of a
// reconcile is part of the contract: a converged zone costs one read and zero writes.
import { planChangeCount } from "./diff.ts";
import type { DnsPlan, RecordSet } from "./types.ts";

export interface DnsCapabilities {
  /**
   * `native`: the provider answers in proportion to weights itself (PowerDNS LUA records);
   * `membership`: weights can only be expressed by listing the targets that get traffic.
   */
  weights: "native" | "membership";
  /** Most record-set changes one write carries; Infinity when one write takes a whole zone. */
  batchSize: number;
  /** Where ownership is kept: `_cn-owner` TXT records, or the provider's per-RRset comment. */
  ownership: "txt" | "comment";
}

/** Logical calls since the provider was made; retries of one call count once, separately. */
export interface DnsCallCounts {
  reads: number;
  writes: number;
  /** Extra attempts after 5xx, 429, timeouts or network errors. */
  retries: number;
}

export interface DnsApplyResult {
  /** Write calls this apply made: 0 for a plan without changes. */
  calls: number;
}

export interface DnsProvider {
  /** The provider's name in the Platform (`spec.dns.providers[].name`). */
  readonly name: string;
  readonly type: string;
  readonly capabilities: DnsCapabilities;
  /**
   * Every record set of the zone that planDns can reason about, with `owner` taken from the
   * ownership mechanism (null when nobody we know owns it). Ownership records themselves
   * are bookkeeping and not returned.
   */
  read(zone: string): Promise<RecordSet[]>;
  /**
   * Carries out `plan` (from planDns against what `read` returned) in as few writes as the
   * provider allows. All or nothing where the provider allows it; never half of a record set.
   * Refuses an unsafe plan. Conflicts are reported by the plan and never touched.
   */
  apply(zone: string, plan: DnsPlan): Promise<DnsApplyResult>;
  calls(): DnsCallCounts;
}

/** A plan the planner refused is never carried out, whoever calls apply. */
export function assertApplicable(provider: string, zone: string, plan: DnsPlan): void {
  if (plan.unsafe)
    throw new Error(
      `${provider}: refusing to apply an unsafe plan to ${zone}: ${plan.reason ?? "unsafe"} (plan with force to override)`,
    );
}

/** True when there is nothing to write: the caller of apply may skip it altogether. */
export function isEmptyPlan(plan: DnsPlan): boolean {
  return planChangeCount(plan) === 0;
}
