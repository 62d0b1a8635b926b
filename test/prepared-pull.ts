// A pull request's repository built once per test file instead of once per test: the sample
// (platform-config/, infra/) committed on main, and a branch with a change rendered by the
// bundled CLI and committed. Each test takes its own copy of it (the tests commit, reset and
// check out in their workspace) and publishes that copy to its own local GitHub.
import { execFile } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { GitHubSim } from "./github-sim/index.ts";
import { gitCheckout, gitCommit, openPullRequest } from "./harness.ts";
import { ROOT, SAMPLE_CONFIG, scratch } from "./helpers.ts";

const run = promisify(execFile);

export interface PreparedPull {
  branch: string;
  title: string;
  /** main's commit: the sample as it is. */
  base: string;
  /** The branch's commit: the change, rendered. */
  head: string;
  /** A copy of the repository for one test (removed after it), checked out at the branch. */
  checkout(): Promise<string>;
  /** Pushes main and the branch of `workspace` to the local GitHub and opens the PR by `user`. */
  open(
    sim: GitHubSim,
    workspace: string,
    pull: { owner: string; repo: string; user: string },
  ): Promise<number>;
  /** For afterAll. */
  remove(): Promise<void>;
}

/**
 * The sample on main, and `branch` with `change` made in the checkout, rendered, then
 * `rendered` (files render does not write, such as the Terraform stand-in's), committed.
 */
export async function preparePull(options: {
  branch: string;
  title: string;
  change: (dir: string) => Promise<void>;
  rendered?: (dir: string) => Promise<void>;
}): Promise<PreparedPull> {
  const { branch, title } = options;
  const dir = await mkdtemp(path.join(tmpdir(), "cn-prepared-pull-"));
  await cp(SAMPLE_CONFIG, path.join(dir, "platform-config"), { recursive: true });
  await cp(path.join(ROOT, "infra"), path.join(dir, "infra"), { recursive: true });
  const base = await gitCheckout(dir);
  await run("git", ["checkout", "-q", "-b", branch], { cwd: dir });
  await options.change(dir);
  await run("node", [path.join(ROOT, "dist/cli.js"), "render"], { cwd: dir });
  await options.rendered?.(dir);
  const head = await gitCommit(dir, title);
  return {
    branch,
    title,
    base,
    head,
    async checkout() {
      const workspace = await scratch("cn-repo-");
      await cp(dir, workspace, { recursive: true });
      return workspace;
    },
    open: (sim, workspace, pull) =>
      openPullRequest(sim, workspace, { ...pull, head: branch, title }),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
