import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  limitRate,
  recommendFromMetrics,
  resolveBehavior,
  stabilize
} from "./chunk-NYTFFUUD.js";

// lib/autoscale/decide.ts
function decide(input) {
  let { policy, current, now } = input, metrics = recommendFromMetrics(policy, current, input.nodes);
  if (metrics.nodes === null)
    return { desired: current, recommendation: null, reason: metrics.reason };
  let behavior = resolveBehavior(policy.behavior), isPast = (e) => e.at.getTime() <= now.getTime(), recommendations = (input.recommendations ?? []).filter(isPast), events = (input.events ?? []).filter(isPast), future = (input.recommendations?.length ?? 0) - recommendations.length + (input.events?.length ?? 0) - events.length, stable = stabilize(current, metrics.nodes, recommendations, now, behavior), limited = limitRate(current, stable.nodes, events, now, behavior), desired = Math.min(Math.max(limited.nodes, policy.min), policy.max), notes = [
    metrics.reason,
    future > 0 ? `ignored ${future} past recommendation(s) or scale event(s) timestamped after now (clock skew?)` : void 0,
    stable.note
  ];
  return desired === limited.nodes ? notes.push(limited.note) : notes.push(desired > limited.nodes ? `raised to min ${desired}` : `capped at max ${desired}`), {
    desired,
    recommendation: metrics.nodes,
    reason: notes.filter((n) => n !== void 0).join("; ")
  };
}

export {
  decide
};
