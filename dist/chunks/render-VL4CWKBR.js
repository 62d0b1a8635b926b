import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  applyOutput,
  buildModel,
  planOutput,
  renderFiles
} from "./chunk-UVLJIHVO.js";
import {
  loadTemplates
} from "./chunk-5SZOY3OE.js";
import "./chunk-4WYCSGYA.js";
import "./chunk-7Q6NB2VU.js";
import "./chunk-GCILZPZ6.js";
import {
  validateConfig
} from "./chunk-CS2LBCZH.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-IQKTJLRH.js";
import "./chunk-STEYPZ26.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-R6XTO7R2.js";
import {
  ConfigurationError
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/render/index.ts
import path from "node:path";
var posix = (p) => p.split(path.sep).join("/");
async function render(options) {
  let { config, problems } = await validateConfig(options.configDir);
  if (problems.length > 0) throw new ConfigurationError(problems);
  let root = path.dirname(path.resolve(options.outDir)), templatesDir = options.templatesDir ?? path.join(path.dirname(path.resolve(options.configDir)), "templates"), templatesLabel = posix(path.relative(root, path.resolve(templatesDir))), templates = await loadTemplates(templatesDir, templatesLabel), model = buildModel(
    config,
    options.gatewayListen ? { gatewayListen: options.gatewayListen } : {}
  ), output = renderFiles(model, templates, {
    configLabel: posix(path.relative(root, path.resolve(options.configDir))),
    templatesLabel
  }), plan = planOutput(
    options.outDir,
    output,
    `${posix(path.relative(root, path.resolve(options.outDir)))}/`
  );
  return options.check || applyOutput(options.outDir, plan), {
    changes: plan.changes,
    owned: output.files.length + 1,
    written: !options.check && plan.changes.length > 0,
    documents: config.docs.length,
    files: config.files.length,
    regions: summarizeRegions(model),
    contents: plan.writes,
    accounts: model.accounts.map((a) => ({
      id: a.id,
      provider: a.provider,
      account: a.account,
      stateBucket: a.stateBucket?.name,
      backend: a.backend.type,
      units: a.units.map((u) => u.unit)
    }))
  };
}
function summarizeRegions(model) {
  let count = /* @__PURE__ */ new Map();
  for (let s of model.services) count.set(s.region, (count.get(s.region) ?? 0) + 1);
  return model.regions.map((r) => ({
    name: r.name,
    provider: r.provider,
    location: r.location,
    mode: r.nodePool.mode,
    services: count.get(r.name) ?? 0,
    stacks: model.stacks.filter((s) => s.region.name === r.name).map((s) => s.layer)
  }));
}
export {
  render
};
