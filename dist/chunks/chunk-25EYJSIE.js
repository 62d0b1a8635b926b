import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  pool
} from "./chunk-67MDLEXD.js";
import {
  errorMessage
} from "./chunk-Q3YCBL2Q.js";

// lib/engines/index.ts
async function engineFor(name) {
  switch (name) {
    case "terraform":
      return (await import("./terraform-engine-RZ5HFICB.js")).terraformEngine;
    case "ansible":
      return (await import("./ansible-engine-PXHLJS25.js")).ansibleEngine;
    case "gitops":
      return (await import("./gitops-engine-ZSZVGQRG.js")).gitopsEngine;
  }
}

// lib/plan/run.ts
var REMOVED_MESSAGE = "its directory no longer exists: apply does not destroy a removed stack's resources. Destroy them first (terraform destroy in the stack), then remove the directory.", errorText = (err) => errorMessage(err);
async function planUnit(a, ctx) {
  let base = { id: a.id, layer: a.layer, region: a.region, files: a.files };
  if (!a.unit) return { result: { ...base, status: "removed", error: REMOVED_MESSAGE } };
  let engine = await engineFor(a.unit.engine);
  try {
    let plan = await engine.plan(a.unit, ctx), result = {
      ...base,
      engine: engine.name,
      status: plan.changed ? "changes" : "no-changes",
      text: plan.text,
      hash: plan.hash
    };
    return plan.summary && (result.summary = plan.summary, result.counts = plan.summary.counts), plan.entries && (result.entries = plan.entries), plan.normalised && (result.normalised = plan.normalised), { result, plan };
  } catch (err) {
    return { result: { ...base, engine: engine.name, status: "failed", error: errorText(err) } };
  }
}
async function planUnits(affected, ctx, concurrency = 4) {
  return (await pool(affected, concurrency, (a) => planUnit(a, ctx))).map((r) => r.result);
}

export {
  engineFor,
  REMOVED_MESSAGE,
  planUnit,
  planUnits
};
