// The applications layer: manifests and gateway routes are synced by the GitOps engine
// (Argo CD, Flux) from the merged commit, so there is nothing to run at apply — it says so.
// With a kubeconfig, `kubectl diff` shows what the sync will change in the cluster; drift is
// the unit's files against the ones last synced, plus that diff.
import path from "node:path";
import type { Unit } from "../stacks/inventory.ts";
import { childEnv, GroupLog, resolveBinary, runTool } from "./process.ts";
import type { Engine, EngineContext } from "./types.ts";
import { unitFiles, unitFilesHash } from "./unit-files.ts";

async function kubectlDiff(
  unit: Unit,
  ctx: EngineContext,
): Promise<{ changed: boolean; text: string } | undefined> {
  // Only Kubernetes manifests can be diffed against a cluster; gateway configs cannot.
  if (!ctx.kubeconfig || !unit.id.startsWith("k8s/")) return undefined;
  const env = childEnv({ ...ctx.env, KUBECONFIG: path.resolve(ctx.kubeconfig) });
  const group = new GroupLog(ctx.log, unit.id);
  try {
    const tool = {
      path: await resolveBinary("kubectl", env, "PATH (kubectl is needed with a kubeconfig)"),
      name: "kubectl",
      cwd: path.join(ctx.infraDir, unit.id),
      env,
    };
    // Exit 1 means "differences found", not failure.
    const r = await runTool(tool, group, ["diff", "--recursive", "-f", "."], {
      ok: [0, 1],
      timeoutMs: ctx.timeoutMs,
      subject: `in ${unit.id}`,
    });
    return {
      changed: r.code === 1,
      text: r.stdout === "" ? "(no differences in the cluster)" : r.stdout,
    };
  } finally {
    group.flush();
  }
}

export const gitopsEngine: Engine = {
  name: "gitops",
  async plan(unit, ctx) {
    const files = unitFiles(ctx.infraDir, unit).map((f) => f.path);
    const diff = await kubectlDiff(unit, ctx);
    const text = [
      `Synced by the GitOps engine after merge: ${files.length} file(s).`,
      ...files.map((f) => `  ${f}`),
      ...(diff === undefined ? [] : ["", diff.text]),
    ].join("\n");
    return { changed: true, hash: unitFilesHash(ctx.infraDir, unit), text };
  },
  async drift(unit, ctx, applied) {
    const hash = unitFilesHash(ctx.infraDir, unit);
    const files =
      applied.hash === undefined
        ? "No sync of these files is recorded: they are not compared."
        : applied.hash === hash
          ? "The unit's files are the ones last synced."
          : `The unit's files (${hash.slice(0, 12)}) are not the ones last synced (${applied.hash.slice(0, 12)}).`;
    const diff = await kubectlDiff(unit, ctx);
    const cluster =
      diff?.text ??
      (unit.id.startsWith("k8s/")
        ? "No kubeconfig: the cluster is not compared (give the action a `kubeconfig` for `kubectl diff`)."
        : "Gateway configuration: no cluster to compare with.");
    const filesDiffer = applied.hash !== undefined && applied.hash !== hash;
    return {
      changed: filesDiffer || (diff?.changed ?? false),
      hash,
      text: `${files}\n\n${cluster}`,
    };
  },
  async apply(unit, _plan, ctx) {
    const diff = await kubectlDiff(unit, ctx);
    const note = `${unit.id}: synced by the GitOps engine from this commit; nothing to run here.`;
    return { output: diff === undefined ? note : `${note}\n\n${diff.text}` };
  },
};
