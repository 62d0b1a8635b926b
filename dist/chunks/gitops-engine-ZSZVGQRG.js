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
    return {
      changed: r.code === 1,
      text: r.stdout === "" ? "(no differences in the cluster)" : r.stdout
    };
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
      ...diff === void 0 ? [] : ["", diff.text]
    ].join(`
`);
    return { changed: !0, hash: unitFilesHash(ctx.infraDir, unit), text };
  },
  async drift(unit, ctx, applied) {
    let hash = unitFilesHash(ctx.infraDir, unit), files = applied.hash === void 0 ? "No sync of these files is recorded: they are not compared." : applied.hash === hash ? "The unit's files are the ones last synced." : `The unit's files (${hash.slice(0, 12)}) are not the ones last synced (${applied.hash.slice(0, 12)}).`, diff = await kubectlDiff(unit, ctx), cluster = diff?.text ?? (unit.id.startsWith("k8s/") ? "No kubeconfig: the cluster is not compared (give the action a `kubeconfig` for `kubectl diff`)." : "Gateway configuration: no cluster to compare with.");
    return {
      changed: applied.hash !== void 0 && applied.hash !== hash || (diff?.changed ?? !1),
      hash,
      text: `${files}

${cluster}`
    };
  },
  async apply(unit, _plan, ctx) {
    let diff = await kubectlDiff(unit, ctx), note = `${unit.id}: synced by the GitOps engine from this commit; nothing to run here.`;
    return { output: diff === void 0 ? note : `${note}

${diff.text}` };
  }
};
export {
  gitopsEngine
};
