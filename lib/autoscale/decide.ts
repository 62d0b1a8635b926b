// The autoscaling decision for one region: the HPA's algorithm applied to nodes, as a pure
// function of the observations and the history (no clock, no I/O), so that the action, the
// CLI and the simulator all decide alike.
import { limitRate, resolveBehavior, stabilize } from "./behavior.ts";
import { recommendFromMetrics } from "./metrics.ts";
import type { Decision, DecisionInput } from "./types.ts";

export function decide(input: DecisionInput): Decision {
  const { policy, current, now } = input;
  const metrics = recommendFromMetrics(policy, current, input.nodes);
  // Without data even the min/max clamp waits: a failed query must never shrink the pool.
  if (metrics.nodes === null)
    return { desired: current, recommendation: null, reason: metrics.reason };

  const behavior = resolveBehavior(policy.behavior);
  // Timestamps after now (a skewed clock where they were written) are no history: left out,
  // and said, rather than holding every scale-up until the clock catches up.
  const isPast = (e: { at: Date }) => e.at.getTime() <= now.getTime();
  const recommendations = (input.recommendations ?? []).filter(isPast);
  const events = (input.events ?? []).filter(isPast);
  const future =
    (input.recommendations?.length ?? 0) -
    recommendations.length +
    (input.events?.length ?? 0) -
    events.length;
  const stable = stabilize(current, metrics.nodes, recommendations, now, behavior);
  const limited = limitRate(current, stable.nodes, events, now, behavior);
  const desired = Math.min(Math.max(limited.nodes, policy.min), policy.max);

  const notes = [
    metrics.reason,
    future > 0
      ? `ignored ${future} past recommendation(s) or scale event(s) timestamped after now (clock skew?)`
      : undefined,
    stable.note,
  ];
  // A rate limit the clamp then overrides did not decide anything; name only what did.
  if (desired === limited.nodes) notes.push(limited.note);
  else
    notes.push(desired > limited.nodes ? `raised to min ${desired}` : `capped at max ${desired}`);
  return {
    desired,
    recommendation: metrics.nodes,
    reason: notes.filter((n) => n !== undefined).join("; "),
  };
}
