// Ansible behind the Engine interface: the plan is a check-mode run (`--check --diff`), the
// apply a real run of the same playbook; what was reviewed is the unit's files.
import path from "node:path";
import type { Unit } from "../stacks/inventory.ts";
import { ansibleApply, ansiblePlan } from "./ansible.ts";
import { assertAnsibleSelfContained } from "./ansible-paths.ts";
import type { Engine, EngineContext } from "./types.ts";
import { filesHash, unitFiles } from "./unit-files.ts";

const options = (unit: Unit, ctx: EngineContext) => ({
  unitDir: path.join(ctx.infraDir, unit.id),
  log: ctx.log,
  env: ctx.env,
  extraVars: ctx.ansibleVars,
  timeoutMs: ctx.timeoutMs,
});

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
