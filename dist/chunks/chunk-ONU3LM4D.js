import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  limitRate,
  resolveBehavior
} from "./chunk-NYTFFUUD.js";
import {
  decodeTfvars,
  readNodeCount,
  withNodeCount
} from "./chunk-WRVK7YPS.js";
import {
  ConfigurationError,
  problemPath
} from "./chunk-Q3YCBL2Q.js";

// lib/policy/preauthorised.ts
var DEFAULT_AUTOSCALE_AUTHOR = "cloudneutral-autoscaler[bot]", nodePoolPath = (region) => `node-pool/${region}.tfvars`, sameLogin = (a, b) => a.toLowerCase() === b.toLowerCase();
function preauthorise(o) {
  let { unit } = o, no = (why) => ({ ok: !1, unit: unit.id, why });
  if (unit.layer !== "k8s-base") return no(`a ${unit.layer} unit; only node counts are`);
  let bot = o.bot ?? "";
  if (bot === "") return no("no autoscale author is configured");
  let expected = nodePoolPath(unit.region), others = unit.files.filter((f) => f !== expected);
  if (others.length > 0 || !unit.files.includes(expected))
    return no(
      `the change is not ${expected} alone (also ${others.slice(0, 3).join(", ")}${others.length > 3 ? ", \u2026" : ""})`
    );
  if (o.authors.length === 0) return no("no pull request by the autoscaler carried it");
  let stranger = o.authors.find((a) => !sameLogin(a, bot));
  if (stranger !== void 0) return no(`written by ${stranger}, not ${bot}`);
  if (!(o.before instanceof Uint8Array) || !(o.after instanceof Uint8Array))
    return no(`${o.file} is created or removed, not edited`);
  let from, to;
  try {
    let before = decodeTfvars(o.before, o.file), after = decodeTfvars(o.after, o.file);
    if (from = readNodeCount(before, o.file).count, to = readNodeCount(after, o.file).count, withNodeCount(before, o.file, to) !== after)
      return no(`${o.file} changes more than the node count`);
  } catch (err) {
    if (!(err instanceof ConfigurationError)) throw err;
    let p = err.problems[0];
    return no(p ? `${problemPath(p)}:${p.line}:${p.column}: ${p.message}` : err.message);
  }
  if (from === to) return no("the node count does not change");
  let policies = [];
  for (let config of o.trusted) {
    let docs = config.byKind.AutoscalePolicy.filter((p) => p.value.spec.region === unit.region);
    if (docs.length === 0) return no(`no AutoscalePolicy for region ${unit.region}`);
    for (let doc of docs) {
      let spec = doc.value.spec, name = `AutoscalePolicy/${doc.name}`;
      if (to < spec.min || to > spec.max)
        return no(`${to} nodes is outside ${name}'s [${spec.min}, ${spec.max}]`);
      let pool = config.byKind.Region.find((r) => r.name === unit.region)?.value.spec.nodePool;
      if (pool && (to < pool.min || to > pool.max))
        return no(`${to} nodes is outside region ${unit.region}'s pool [${pool.min}, ${pool.max}]`);
      let step = limitRate(from, to, [], /* @__PURE__ */ new Date(0), resolveBehavior(spec.behavior));
      if (step.nodes !== to)
        return no(`${from} \u2192 ${to} is beyond ${name}'s rate limits (${step.note ?? "limited"})`);
      policies.push({
        name,
        at: { root: config.dir, file: doc.file, ...doc.at(["metadata", "name"]) }
      });
    }
  }
  return policies.length === 0 ? no("no trusted configuration to authorise it") : {
    ok: !0,
    unit: unit.id,
    region: unit.region,
    file: o.file,
    from,
    to,
    author: bot,
    policies
  };
}
function describeAuthorisation(a) {
  let names = [...new Set(a.policies.map((p) => p.name))].join(" and ");
  return `node count ${a.from} \u2192 ${a.to} in ${a.file} by ${a.author}, pre-authorised by ${names}: no approval or maintenance window needed`;
}

export {
  DEFAULT_AUTOSCALE_AUTHOR,
  nodePoolPath,
  preauthorise,
  describeAuthorisation
};
