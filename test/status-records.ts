// A status branch for tests: the records of a repository that has adopted CloudNeutral,
// pushed to the local GitHub as one commit. Apply plans every unit that has no record (it
// was never applied, so nothing it holds may be lost); tests about one change start from
// here, so that only what the change touches is planned.
import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { type AppliedEntry, recordPath, type UnitRecord } from "../lib/apply/records.ts";
import { DEFAULT_STATUS_BRANCH } from "../lib/github/status-store.ts";
import { listUnits } from "../lib/stacks/inventory.ts";
import type { GitHubSim } from "./github-sim/index.ts";
import { gitCheckout } from "./harness.ts";
import { scratch } from "./helpers.ts";

const run = promisify(execFile);

/**
 * Records every unit of `workspace`'s infra/ (but `except`) as applied at `commit`, on the
 * status branch of `owner/repo` in the local GitHub; returns the units recorded.
 */
export async function adoptedStatus(
  sim: GitHubSim,
  target: { owner: string; repo: string; workspace: string; commit: string },
  options: { except?: string[]; branch?: string } = {},
): Promise<string[]> {
  const dir = await scratch("cn-status-seed-");
  const units = listUnits(path.join(target.workspace, "infra"))
    .map((u) => u.id)
    .filter((id) => !options.except?.includes(id));
  for (const unit of units) {
    const entry: AppliedEntry = {
      commit: target.commit,
      hash: "0".repeat(64),
      at: "2026-11-01T00:00:00.000Z",
      run: "0",
      result: "no-changes",
    };
    const record: UnitRecord = { unit, lastApplied: entry, applied: [entry] };
    const file = path.join(dir, recordPath(unit));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
  }
  await gitCheckout(dir);
  const branch = options.branch ?? DEFAULT_STATUS_BRANCH;
  await run(
    "git",
    ["push", "-q", "--force", sim.gitUrl(target.owner, target.repo), `main:refs/heads/${branch}`],
    { cwd: dir },
  );
  return units;
}

/**
 * A unit's record as the status branch of `owner/repo` in the local GitHub holds it, read
 * with git (a clone), not through the API the code under test writes with; undefined when
 * the unit has none.
 */
export async function statusRecord(
  sim: GitHubSim,
  target: { owner: string; repo: string },
  unit: string,
  branch = DEFAULT_STATUS_BRANCH,
): Promise<UnitRecord | undefined> {
  const dir = await scratch("cn-status-");
  await run("git", ["clone", "-q", "--branch", branch, sim.gitUrl(target.owner, target.repo), dir]);
  const text = await readFile(path.join(dir, recordPath(unit)), "utf8").catch(() => undefined);
  return text === undefined ? undefined : (JSON.parse(text) as UnitRecord);
}
