import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/autoscale/status.ts
function statusPath(region) {
  return `autoscale/${region}.json`;
}
function parseStatus(value, region) {
  let o = isObject(value) ? value : {}, status = { region, recommendations: [] };
  if (Array.isArray(o.recommendations))
    for (let r of o.recommendations)
      isObject(r) && isTime(r.at) && isCount(r.nodes) && status.recommendations.push({ at: r.at, nodes: r.nodes });
  status.recommendations.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let last = o.last;
  isObject(last) && isTime(last.at) && isCount(last.current) && isCount(last.desired) && isCount(last.recommendation) && typeof last.reason == "string" && (status.last = {
    at: last.at,
    current: last.current,
    desired: last.desired,
    recommendation: last.recommendation,
    reason: last.reason
  });
  let pull = o.pull;
  isObject(pull) && isCount(pull.number) && isCount(pull.desired) && (status.pull = { number: pull.number, desired: pull.desired }, typeof pull.head == "string" && /^[0-9a-f]{40,64}$/.test(pull.head) && (status.pull.head = pull.head), typeof pull.author == "string" && pull.author !== "" && (status.pull.author = pull.author));
  let rejected = o.rejected;
  return isObject(rejected) && isCount(rejected.nodes) && isCount(rejected.pull) && isTime(rejected.at) && (status.rejected = { nodes: rejected.nodes, pull: rejected.pull, at: rejected.at }), status;
}
function pastRecommendations(status, seed) {
  let past = (status?.recommendations ?? []).map((r) => ({ at: new Date(r.at), nodes: r.nodes })), cutoff = seed.now.getTime() - seed.windowSeconds * 1e3;
  return past.some((r) => r.at.getTime() > cutoff && r.at <= seed.now) ? past : [...past, { at: seed.now, nodes: seed.current }];
}
function recordDecision(status, decision, current, now, keepSeconds) {
  if (decision.recommendation === null) return status;
  let at = now.toISOString(), all = [...status.recommendations, { at, nodes: decision.recommendation }], cutoff = now.getTime() - keepSeconds * 1e3, recent = all.filter(
    (r, i) => Date.parse(r.at) > cutoff || i >= all.length - 5
  );
  return {
    ...status,
    recommendations: recent.slice(-50),
    last: {
      at,
      current,
      desired: decision.desired,
      recommendation: decision.recommendation,
      reason: decision.reason
    }
  };
}
function decisionMessage(region, current, decision, outcome) {
  return `${decision.desired === current ? `autoscale(${region}): stay at ${current} nodes` : `autoscale(${region}): ${current} \u2192 ${decision.desired} nodes`} (${outcome})

${decision.reason}
`;
}
function isObject(v) {
  return typeof v == "object" && v !== null && !Array.isArray(v);
}
function isCount(v) {
  return typeof v == "number" && Number.isSafeInteger(v) && v >= 0;
}
function isTime(v) {
  return typeof v == "string" && !Number.isNaN(Date.parse(v));
}

export {
  statusPath,
  parseStatus,
  pastRecommendations,
  recordDecision,
  decisionMessage
};
