// The one-line commit message of a decision on the status branch: what changed and why,
// readable in `git log --oneline`.
import type { GtmDecision } from "./types.ts";

/**
 * E.g. "api.cloudneutral.io: jp1 down, 3/3 probes failed → 0". Lists the regions whose
 * state or weight changed (all of them on a first decision), in policy order;
 * "no change" when none did, since the counters may still have moved.
 */
export function decisionMessage(decision: GtmDecision): string {
  const changed = decision.regions.filter(
    (r) => r.previousState !== r.state || r.previousWeight !== r.weight,
  );
  const parts = changed.map((r) => `${r.region} ${r.reason} → ${r.weight}`);
  const head = decision.failOpen
    ? "every region down, failing open at base weights"
    : decision.alert
      ? "every region down, serving nothing"
      : undefined;
  const body = [head, ...parts].filter((p) => p !== undefined).join("; ");
  return `${decision.publicName}: ${body === "" ? "no change" : body}`;
}
