import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/autoscale/metrics.ts
function ceilNodes(x) {
  let nearest = Math.round(x);
  return Math.abs(x - nearest) <= 1e-9 * Math.max(1, Math.abs(x)) ? nearest : Math.ceil(x);
}
function withUnlisted(current, nodes) {
  if (nodes.length >= current || nodes.length === 0) return nodes;
  let capacities = nodes.map((n) => n.capacity).sort((a, b) => a - b), capacity = capacities[Math.floor(capacities.length / 2)], unlisted = Array.from({ length: current - nodes.length }, (_, i) => ({
    name: `(unlisted ${i + 1})`,
    capacity,
    ready: !0
  }));
  return [...nodes, ...unlisted];
}
function recommendFromMetrics(policy, current, listed) {
  let nodes = withUnlisted(current, listed), tolerance = policy.tolerance ?? 0.1, target = policy.targetUtilization, unready = nodes.filter((n) => !n.ready), missing = nodes.filter((n) => n.ready && n.usage === void 0), measured = nodes.filter((n) => n.ready && n.usage !== void 0);
  if (measured.length === 0)
    return { nodes: null, reason: `no decision: ${listed.length === 0 ? "the metrics returned no node" : `no ready node reported usage (${describeNodes(
      listed.filter((n) => !n.ready).length,
      listed.filter((n) => n.ready && n.usage === void 0).length
    )})`}; staying at ${plural(current, "node")}` };
  let base = totals(measured, (n) => n.usage ?? 0), ratio = base.usage / base.capacity / target, head = `utilization ${fixed(base.usage / base.capacity)} over ${plural(base.count, "ready node")} vs target ${fixed(target)} \u2192 ratio ${fixed(ratio)}`, within = (r) => Math.abs(1 - r) <= tolerance + 1e-9, stay = `stay at ${plural(current, "node")}`;
  if (within(ratio))
    return { nodes: current, reason: `${head}, within tolerance ${fixed(tolerance)} \u2192 ${stay}` };
  let rebalanceUnready = unready.length > 0 && ratio > 1;
  if (!rebalanceUnready && missing.length === 0)
    return counted(ratio, base.count, current, head, stay);
  let filled = { ...base }, notes = [];
  if (missing.length > 0) {
    let scaleDown = ratio < 1;
    add(
      filled,
      totals(missing, (n) => scaleDown ? n.capacity : 0)
    ), notes.push(
      `${plural(missing.length, "node")} without data as ${scaleDown ? "fully used" : "idle"}`
    );
  }
  rebalanceUnready && (add(
    filled,
    totals(unready, () => 0)
  ), notes.push(`${plural(unready.length, "not-ready node")} as idle`));
  let newRatio = filled.usage / filled.capacity / target, refilled = `${head}; counting ${notes.join(" and ")} \u2192 utilization ${fixed(filled.usage / filled.capacity)} over ${plural(filled.count, "node")} \u2192 ratio ${fixed(newRatio)}`;
  return within(newRatio) ? {
    nodes: current,
    reason: `${refilled}, within tolerance ${fixed(tolerance)} \u2192 ${stay}`
  } : ratio < 1 && newRatio > 1 || ratio > 1 && newRatio < 1 ? { nodes: current, reason: `${refilled}, the opposite direction \u2192 ${stay}` } : counted(newRatio, filled.count, current, refilled, stay);
}
function counted(ratio, count, current, head, stay) {
  let nodes = ceilNodes(ratio * count);
  if (ratio < 1 && nodes > current || ratio > 1 && nodes < current) {
    let against = ratio > 1 ? "fewer" : "more";
    return {
      nodes: current,
      reason: `${head} \u2192 ${plural(nodes, "node")}, ${against} than the current ${current} \u2192 ${stay}`
    };
  }
  return { nodes, reason: `${head} \u2192 ${plural(nodes, "node")}` };
}
function totals(nodes, usage) {
  let u = 0, c = 0;
  for (let n of nodes)
    u += usage(n), c += n.capacity;
  return { usage: u, capacity: c, count: nodes.length };
}
function add(into, more) {
  into.usage += more.usage, into.capacity += more.capacity, into.count += more.count;
}
function describeNodes(unready, missing) {
  let parts = [];
  return unready > 0 && parts.push(`${unready} not ready`), missing > 0 && parts.push(`${missing} without data`), parts.join(", ");
}
function fixed(x) {
  return x.toFixed(2);
}
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

// lib/autoscale/behavior.ts
var DEFAULT_BEHAVIOR = {
  scaleUp: {
    stabilizationWindowSeconds: 0,
    selectPolicy: "Max",
    policies: [
      { type: "Nodes", value: 4, periodSeconds: 15 },
      { type: "Percent", value: 100, periodSeconds: 15 }
    ]
  },
  scaleDown: {
    stabilizationWindowSeconds: 300,
    selectPolicy: "Max",
    policies: [{ type: "Percent", value: 100, periodSeconds: 15 }]
  }
};
function resolveBehavior(behavior) {
  let resolve = (rules, d) => ({
    stabilizationWindowSeconds: rules?.stabilizationWindowSeconds ?? d.stabilizationWindowSeconds,
    selectPolicy: rules?.selectPolicy ?? d.selectPolicy,
    policies: rules?.policies ?? d.policies
  });
  return {
    scaleUp: resolve(behavior?.scaleUp, DEFAULT_BEHAVIOR.scaleUp),
    scaleDown: resolve(behavior?.scaleDown, DEFAULT_BEHAVIOR.scaleDown)
  };
}
function stabilize(current, recommendation, history, now, behavior) {
  let upWindow = behavior.scaleUp.stabilizationWindowSeconds, downWindow = behavior.scaleDown.stabilizationWindowSeconds, up = recommendation, down = recommendation;
  for (let r of history)
    after(r.at, now, upWindow) && (up = Math.min(up, r.nodes)), after(r.at, now, downWindow) && (down = Math.max(down, r.nodes));
  let nodes = Math.min(Math.max(current, up), down);
  if (nodes === recommendation) return { nodes };
  let note = recommendation > current ? `scale-up held at ${nodes} by the lowest recommendation of the last ${upWindow} s` : `scale-down held at ${nodes} by the highest recommendation of the last ${downWindow} s`;
  return { nodes, note };
}
function limitRate(current, desired, events, now, behavior) {
  if (desired === current) return { nodes: desired };
  let up = desired > current, rules = up ? behavior.scaleUp : behavior.scaleDown, direction = up ? "scale-up" : "scale-down";
  if (rules.selectPolicy === "Disabled")
    return { nodes: current, note: `${direction} disabled (selectPolicy Disabled)` };
  let wantHigh = up === (rules.selectPolicy === "Max"), best;
  for (let policy of rules.policies) {
    let start = current - netChange(events, now, policy.periodSeconds), limit2 = up ? upLimit(start, policy) : downLimit(start, policy);
    (!best || (wantHigh ? limit2 > best.limit : limit2 < best.limit)) && (best = { limit: limit2, policy, start });
  }
  if (!best) return { nodes: desired };
  let limit = up ? Math.max(best.limit, current) : Math.min(best.limit, current);
  if (up ? desired <= limit : desired >= limit) return { nodes: desired };
  let { type, value, periodSeconds } = best.policy, since = best.start === current ? "" : ` (${plural(best.start, "node")} at the start of the period)`;
  return {
    nodes: limit,
    note: `${direction} limited to ${limit} by policy ${type}=${value}/${periodSeconds}s${since}`
  };
}
function upLimit(start, p) {
  return p.type === "Nodes" ? start + p.value : Math.ceil(start * (100 + p.value) / 100);
}
function downLimit(start, p) {
  return p.type === "Nodes" ? start - p.value : Math.floor(start * (100 - p.value) / 100);
}
function netChange(events, now, periodSeconds) {
  let change = 0;
  for (let e of events) after(e.at, now, periodSeconds) && (change += e.to - e.from);
  return change;
}
function after(at, now, seconds) {
  return at.getTime() > now.getTime() - seconds * 1e3;
}

export {
  ceilNodes,
  recommendFromMetrics,
  fixed,
  plural,
  resolveBehavior,
  stabilize,
  limitRate
};
