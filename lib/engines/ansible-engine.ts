// Ansible behind the Engine interface: the plan is a check-mode run (`--check --diff`), the
// apply a real run of the same playbook; what was reviewed is the unit's files.
import path from "node:path";
import type { Unit } from "../stacks/inventory.ts";
import { ansibleApply, ansiblePlan } from "./ansible.ts";
import type { Engine, EngineContext } from "./types.ts";
import { unitFilesHash } from "./unit-files.ts";

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
    await ctx.refreshCredentials?.();
    const r = await ansiblePlan(options(unit, ctx));
    return { changed: r.changed, hash: unitFilesHash(ctx.infraDir, unit), text: r.output };
  },
  async apply(unit, _plan, ctx) {
    await ctx.refreshCredentials?.();
    const r = await ansibleApply(options(unit, ctx));
    return { output: r.output };
  },
};
