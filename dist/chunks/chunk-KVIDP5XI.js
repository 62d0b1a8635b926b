import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  describeBehavior
} from "./chunk-4XNVKP4A.js";
import {
  ceilNodes,
  fixed,
  plural
} from "./chunk-NYTFFUUD.js";
import {
  inlineCode,
  markdownText
} from "./chunk-GCILZPZ6.js";

// lib/autoscale/pull-body.ts
var AUTOSCALE_LABEL = "autoscale", DIRECTION_LABELS = { up: "scale-up", down: "scale-down" }, MAX_ROWS = 200;
function botBranch(region) {
  return `cloudneutral/autoscale/${region}`;
}
function pullTitle(region, current, desired) {
  return `autoscale(${region}): ${current} \u2192 ${desired} nodes`;
}
var MARKER = /<!-- cloudneutral:autoscale (\{.*?\}) -->/;
function metadataMarker(meta) {
  return `<!-- cloudneutral:autoscale ${JSON.stringify(meta).replace(/--/g, "-\\u002d")} -->`;
}
function parseMetadata(body) {
  let m = MARKER.exec(body ?? "");
  if (m)
    try {
      let v = JSON.parse(m[1]), count = (x) => typeof x == "number" && Number.isSafeInteger(x) && x >= 0;
      return typeof v.region != "string" || !count(v.current) || !count(v.desired) || !count(v.recommendation) || typeof v.at != "string" ? void 0 : v;
    } catch {
      return;
    }
}
function pullBody(e) {
  let { target, current, decision, policy } = e, { region } = target, desired = decision.desired, direction = desired > current ? "scale-up" : "scale-down", meta = {
    region,
    current,
    desired,
    recommendation: decision.recommendation,
    at: e.now.toISOString()
  };
  return [
    metadataMarker(meta),
    `## ${pullTitle(region, current, desired)} (${direction})`,
    "",
    `The autoscaler proposes **${plural(desired, "node")}** for region ${inlineCode(region)}, now **${current}** (${inlineCode(target.tfvarsFile)}). Merging this pull request changes the count; \`apply\` then resizes the pool.`,
    "",
    `**Decision:** ${markdownText(decision.reason)}`,
    "",
    "### Evidence",
    "",
    `CPU in use, averaged over the ${e.windowSeconds} s before ${e.now.toISOString()}, from Prometheus at ${inlineCode(e.prometheus)}. A node that is down, or booted less than ${e.warmupSeconds} s ago, is not ready.`,
    "",
    ...nodeTable(e.nodes, e.capacityFilledIn),
    "",
    ...formula(e),
    "",
    "### Policy",
    "",
    `${inlineCode(target.policyFile)}: min ${target.spec.min}, max ${target.spec.max}, target utilization ${fixed(policy.targetUtilization)}, tolerance ${fixed(policy.tolerance ?? 0.1)}.`,
    "",
    ...describeBehavior(policy).map((l) => `- ${l}`),
    ...e.policyNotes.map((n) => `- for this run: ${n}`),
    "",
    "---",
    `Closing this pull request without merging tells the autoscaler "not ${plural(desired, "node")}": it does not propose ${desired} again until its recommendation changes. It updates this pull request when the recommendation moves and closes it when the recommendation returns to ${current}. It never overwrites commits of others on ${inlineCode(botBranch(region))}: once someone pushes there, it stops updating the branch.`,
    ""
  ].join(`
`);
}
function nodeTable(nodes, filledIn) {
  let rows = nodes.slice(0, MAX_ROWS).map((n) => {
    let ready = n.ready ? "ready" : "not ready", used = n.usage === void 0 ? "no data" : fixed(n.usage), cpus = filledIn.includes(n.name) ? `${fixed(n.capacity)} (pool median)` : fixed(n.capacity), counted = n.ready && n.usage !== void 0, utilization = n.usage === void 0 ? "\u2013" : `${Math.round(n.usage / n.capacity * 100)}%`;
    return `| ${inlineCode(n.name)} | ${ready} | ${used} | ${cpus} | ${utilization}${counted ? "" : " (not counted)"} |`;
  }), more = nodes.length > MAX_ROWS ? [`| \u2026 ${nodes.length - MAX_ROWS} more nodes | | | | |`] : [];
  return [
    "| node | ready | CPU in use (cores) | CPUs | utilization |",
    "|---|---|---:|---:|---:|",
    ...rows,
    ...more
  ];
}
function formula(e) {
  let measured = e.nodes.filter((n) => n.ready && n.usage !== void 0), usage = measured.reduce((s, n) => s + (n.usage ?? 0), 0), capacity = measured.reduce((s, n) => s + n.capacity, 0);
  if (capacity === 0) return [];
  let utilization = usage / capacity, target = e.policy.targetUtilization, ratio = utilization / target, tolerance = e.policy.tolerance ?? 0.1, within = Math.abs(1 - ratio) <= tolerance + 1e-9, plain = within ? e.current : ceilNodes(ratio * measured.length), wanted = within ? `${e.current} (the ratio is within the tolerance)` : `ceil(ratio \xD7 ${measured.length}) = ${plain}`, lines = [
    "The Kubernetes HPA's rule, applied to nodes:",
    "",
    "```",
    `utilization    = \u03A3 in use / \u03A3 CPUs (${plural(measured.length, "ready node")} with data) = ${fixed(usage)} / ${fixed(capacity)} = ${fixed(utilization)}`,
    `ratio          = utilization / target = ${fixed(utilization)} / ${fixed(target)} = ${fixed(ratio)}  (no change within \xB1${fixed(tolerance)})`,
    `nodes wanted   = ${wanted}`,
    `recommendation = ${e.decision.recommendation}`,
    `desired        = ${e.decision.desired}  (after stabilization, rate limits and min/max)`,
    "```"
  ];
  return plain !== e.decision.recommendation && lines.push(
    "",
    "The recommendation differs from `nodes wanted`: nodes without data or not ready count as the HPA counts them, and a count that would move against the load stays (see the decision above)."
  ), lines;
}

export {
  AUTOSCALE_LABEL,
  DIRECTION_LABELS,
  botBranch,
  pullTitle,
  parseMetadata,
  pullBody
};
