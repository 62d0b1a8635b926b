// Ansible behind the Engine interface: the plan is a check-mode run (`--check --diff`), the
// apply a real run of the same playbook; what was reviewed is the unit's files.
import { readFileSync } from "node:fs";
import path from "node:path";
import { decodeTfvars, readNodeCount } from "../autoscale/tfvars.ts";
import type { Unit } from "../stacks/inventory.ts";
import { ansibleApply, ansiblePlan } from "./ansible.ts";
import { assertAnsibleSelfContained } from "./ansible-paths.ts";
import type { Engine, EngineContext } from "./types.ts";
import { filesHash, unitFiles } from "./unit-files.ts";

const options = (unit: Unit, ctx: EngineContext) => ({
  unitDir: path.join(ctx.infraDir, unit.id),
  log: ctx.log,
  env: ctx.env,
  extraVars: { ...ctx.ansibleVars, ...nodeCount(unit, ctx.infraDir) },
  timeoutMs: ctx.timeoutMs,
});

/**
 * The playbook acts on the first node_count machines of its inventory: the count comes from
 * the region's node-pool file (the unit's variable file), read as the autoscaler writes it.
 */
export function nodeCount(unit: Unit, infraDir: string): Record<string, string> {
  const file = unit.varFiles.find((f) => f === `node-pool/${unit.region}.tfvars`);
  if (file === undefined) return {};
  const text = decodeTfvars(readFileSync(path.join(infraDir, file)), `infra/${file}`);
  return { cloudneutral_node_count: String(readNodeCount(text, `infra/${file}`).count) };
}

export const ansibleEngine: Engine = {
  name: "ansible",
  async plan(unit, ctx) {
    // The files first: a link or include out of the unit is refused before anything runs,
    // and the hash is of the files as the run found them.
    const files = unitFiles(ctx.infraDir, unit);
    assertAnsibleSelfContained(ctx.infraDir, unit.watch, files);
    const hash = filesHash(files);
    await ctx.refreshCredentials?.();
    const r = await ansiblePlan(options(unit, ctx));
    return { changed: r.changed, hash, text: r.output };
  },
  async apply(unit, _plan, ctx) {
    await ctx.refreshCredentials?.();
    const r = await ansibleApply(options(unit, ctx));
    return { output: r.output };
  },
};
