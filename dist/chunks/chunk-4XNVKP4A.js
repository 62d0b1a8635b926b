import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  resolveBehavior
} from "./chunk-NYTFFUUD.js";

// lib/autoscale/run-policy.ts
var DEFAULT_INTERVAL_SECONDS = 300, DEFAULT_WINDOW_SECONDS = 300, DEFAULT_WARMUP_SECONDS = 120;
function behaviorForRun(behavior, intervalSeconds) {
  let resolved = resolveBehavior(behavior), notes = [], widen = (direction, label) => {
    let rules = resolved[direction], window = rules.stabilizationWindowSeconds;
    return window === 0 || intervalSeconds === 0 ? rules : (notes.push(
      `${label} stabilization window ${window} s + ${intervalSeconds} s (one run interval, so the previous run's recommendation counts)`
    ), { ...rules, stabilizationWindowSeconds: window + intervalSeconds });
  };
  return {
    behavior: {
      scaleUp: widen("scaleUp", "scale-up"),
      scaleDown: widen("scaleDown", "scale-down")
    },
    notes
  };
}
function policyForRun(spec, current, intervalSeconds) {
  let { behavior, notes } = behaviorForRun(spec.behavior, intervalSeconds), policy = {
    min: spec.min,
    max: spec.max,
    targetUtilization: spec.targetUtilization,
    behavior
  };
  return spec.tolerance !== void 0 && (policy.tolerance = spec.tolerance), current > spec.max && (policy.max = current, notes.push(
    `max ${spec.max} raised to ${current}, the count set by hand, until the metrics ask for fewer`
  )), { policy, notes };
}
function historySeconds(policy) {
  let b = resolveBehavior(policy.behavior);
  return Math.max(b.scaleUp.stabilizationWindowSeconds, b.scaleDown.stabilizationWindowSeconds);
}
function eventSeconds(policy) {
  let b = resolveBehavior(policy.behavior);
  return Math.max(
    0,
    ...[...b.scaleUp.policies, ...b.scaleDown.policies].map((p) => p.periodSeconds)
  );
}
function describeBehavior(policy) {
  let b = resolveBehavior(policy.behavior), rules = (label, r) => {
    let limits = r.policies.map(
      (p) => `${p.type === "Nodes" ? `${p.value} nodes` : `${p.value}%`} per ${p.periodSeconds} s`
    ).join(", "), select = r.selectPolicy === "Disabled" ? "disabled" : `${r.selectPolicy} of ${limits}`;
    return `${label}: stabilization window ${r.stabilizationWindowSeconds} s, ${select}`;
  };
  return [rules("scale-up", b.scaleUp), rules("scale-down", b.scaleDown)];
}

export {
  DEFAULT_INTERVAL_SECONDS,
  DEFAULT_WINDOW_SECONDS,
  DEFAULT_WARMUP_SECONDS,
  policyForRun,
  historySeconds,
  eventSeconds,
  describeBehavior
};
