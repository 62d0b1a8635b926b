import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  unitFiles,
  unitFilesHash
} from "./chunk-GV5ZLV5Q.js";
import {
  GroupLog,
  childEnv,
  resolveBinary,
  runTool
} from "./chunk-RB2DSZJL.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/engines/gitops-engine.ts
import path from "node:path";
async function kubectlDiff(unit, ctx) {
  if (!ctx.kubeconfig || !unit.id.startsWith("k8s/")) return;
  let env = childEnv({ ...ctx.env, KUBECONFIG: path.resolve(ctx.kubeconfig) }), group = new GroupLog(ctx.log, unit.id);
  try {
    let tool = {
      path: await resolveBinary("kubectl", env, "PATH (kubectl is needed with a kubeconfig)"),
      name: "kubectl",
      cwd: path.join(ctx.infraDir, unit.id),
      env
    }, r = await runTool(tool, group, ["diff", "--recursive", "-f", "."], {
      ok: [0, 1],
      timeoutMs: ctx.timeoutMs,
      subject: `in ${unit.id}`
    });
    return r.stdout === "" ? "(no differences in the cluster)" : r.stdout;
  } finally {
    group.flush();
  }
}
var gitopsEngine = {
  name: "gitops",
  async plan(unit, ctx) {
    let files = unitFiles(ctx.infraDir, unit).map((f) => f.path), diff = await kubectlDiff(unit, ctx), text = [
      `Synced by the GitOps engine after merge: ${files.length} file(s).`,
      ...files.map((f) => `  ${f}`),
      ...diff === void 0 ? [] : ["", diff]
    ].join(`
`);
    return { changed: !0, hash: unitFilesHash(ctx.infraDir, unit), text };
  },
  async apply(unit, _plan, ctx) {
    let diff = await kubectlDiff(unit, ctx), note = `${unit.id}: synced by the GitOps engine from this commit; nothing to run here.`;
    return { output: diff === void 0 ? note : `${note}

${diff}` };
  }
};
export {
  gitopsEngine
};
