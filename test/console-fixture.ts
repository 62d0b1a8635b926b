// The sample repository with a history and a status branch, for the console: node-pool counts
// changed by merged pull requests along main, and a status branch written by lib/'s own writers
// (apply's records, the GTM's decisions from effectiveWeights, the autoscaler's from decide)
// into a bare repository with real git, then fetched as a checkout in CI would have it. No
// vitest import: `npm run screenshots` builds the same fixture.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { applyRecords } from "../lib/apply/records.ts";
import { decide } from "../lib/autoscale/decide.ts";
import {
  decisionMessage,
  parseStatus,
  recordDecision,
  statusPath,
} from "../lib/autoscale/status.ts";
import { git as runGit } from "../lib/git/run.ts";
import { DEFAULT_STATUS_BRANCH, type StatusStore } from "../lib/github/status-store.ts";
import type { DegradedFigures } from "../lib/gtm/carry.ts";
import { gtmMemory, loadMemory, recordDecision as recordGtm } from "../lib/gtm/memory.ts";
import { gtmRecord, recordMessage } from "../lib/gtm/record.ts";
import { gtmWeightsPolicy, type RegionObservation } from "../lib/gtm/types.ts";
import { effectiveWeights } from "../lib/gtm/weights.ts";
import { silentLogger } from "../lib/logger.ts";
import { validateConfig } from "../lib/model/index.ts";
import { listUnits } from "../lib/stacks/inventory.ts";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DAY = 24 * 3600 * 1000;

/** Strings a hostile tenant or a forged record might carry: each must render as text. */
export const HOSTILE = {
  displayName: `<script>alert("tenant")</script> "quoted" 'single' & <b>bold</b>`,
  description: `javascript:alert(1) <img src=x onerror="alert('img')">`,
  message: `</td></tr></table><script>alert('rule')</script>`,
  error: `<iframe src="javascript:alert('apply')"></iframe> \${HOME} $(id)`,
  region: `<svg onload=alert(1)>`,
} as const;

export interface ConsoleFixture {
  repo: string;
  /** HEAD of main: the jp1 count change, held (k8s-base/jp1) or failed (platform/jp1). */
  head: string;
  /** The commit before: run 1001 applied every unit but ansible/cn1 there. */
  applied: string;
}

async function git(dir: string, args: string[], at?: Date): Promise<string> {
  const env = at
    ? { ...process.env, GIT_AUTHOR_DATE: at.toISOString(), GIT_COMMITTER_DATE: at.toISOString() }
    : process.env;
  return (await run("git", args, { cwd: dir, env })).stdout.trim();
}

async function setCount(repo: string, region: string, count: number): Promise<void> {
  const file = path.join(repo, "infra/node-pool", `${region}.tfvars`);
  const text = await readFile(file, "utf8");
  await writeFile(file, text.replace(/node_count = \d+/, `node_count = ${count}`));
}

/**
 * Builds the fixture in a new temporary directory (the caller removes it). `hostile` puts the
 * HOSTILE strings in the configuration and on the status branch.
 */
export async function consoleFixture(
  options: { hostile?: boolean; now?: Date } = {},
): Promise<ConsoleFixture> {
  const now = options.now ?? new Date();
  const repo = await mkdtemp(path.join(tmpdir(), "cn-console-"));
  await cp(path.join(ROOT, "platform-config"), path.join(repo, "platform-config"), {
    recursive: true,
  });
  await cp(path.join(ROOT, "infra"), path.join(repo, "infra"), { recursive: true });
  if (options.hostile) await makeHostile(repo);
  await git(repo, ["init", "-q", "-b", "main"]);
  await git(repo, ["config", "user.name", "CloudNeutral Test"]);
  await git(repo, ["config", "user.email", "test@cloudneutral.invalid"]);
  await git(repo, ["config", "commit.gpgsign", "false"]);
  await git(repo, ["add", "-A"]);
  await git(repo, ["commit", "-q", "-m", "initial"], new Date(now.getTime() - 4 * DAY));

  // jp1: 3 → 5 through a merged pull request (a merge commit on main), then 5 → 4 squashed.
  await git(repo, ["checkout", "-q", "-b", "cloudneutral/autoscale/jp1"]);
  await setCount(repo, "jp1", 5);
  await git(
    repo,
    ["commit", "-qam", "autoscale(jp1): 3 → 5 nodes"],
    new Date(now.getTime() - 3 * DAY),
  );
  await git(repo, ["checkout", "-q", "main"]);
  await git(
    repo,
    [
      "merge",
      "-q",
      "--no-ff",
      "-m",
      "Merge pull request #7 from cloudneutral/autoscale/jp1",
      "cloudneutral/autoscale/jp1",
    ],
    new Date(now.getTime() - 2.5 * DAY),
  );
  await setCount(repo, "sg1", 3);
  await git(
    repo,
    ["commit", "-qam", "autoscale(sg1): 2 → 3 nodes (#8)"],
    new Date(now.getTime() - 2 * DAY),
  );
  const previous = await git(repo, ["rev-parse", "HEAD"]);
  await setCount(repo, "jp1", 4);
  await git(
    repo,
    ["commit", "-qam", "autoscale(jp1): 5 → 4 nodes (#9)"],
    new Date(now.getTime() - DAY),
  );
  const head = await git(repo, ["rev-parse", "HEAD"]);

  const origin = await mkdtemp(path.join(tmpdir(), "cn-console-origin-"));
  await git(origin, ["init", "-q", "--bare"]);
  const clock = stepClock(new Date(now.getTime() - DAY / 2));
  const store = gitStatusStore(origin, DEFAULT_STATUS_BRANCH, clock);
  await writeApplies(store, repo, { applied: previous, head }, clock, options.hostile === true);
  await writeGtm(store, repo, options.hostile === true);
  await writeAutoscale(store, clock);
  await git(repo, [
    "fetch",
    "-q",
    origin,
    `+refs/heads/${DEFAULT_STATUS_BRANCH}:refs/remotes/origin/${DEFAULT_STATUS_BRANCH}`,
  ]);
  await rm(origin, { recursive: true, force: true });
  return { repo, head, applied: previous };
}

async function makeHostile(repo: string): Promise<void> {
  const tenant = path.join(repo, "platform-config/tenants/acme.yaml");
  const text = await readFile(tenant, "utf8");
  await writeFile(
    tenant,
    text.replace(/displayName: .*/, `displayName: ${JSON.stringify(HOSTILE.displayName)}`),
  );
  const policy = path.join(repo, "platform-config/policies/prod-services.yaml");
  const p = await readFile(policy, "utf8");
  await writeFile(
    policy,
    p
      .replace(/description: .*/, `description: ${JSON.stringify(HOSTILE.description)}`)
      .replace(/message: .*/, `message: ${JSON.stringify(HOSTILE.message)}`),
  );
}

type Store = StatusStore;

/** A clock that moves on by `step` each time it is read: one decision per tick. */
function stepClock(start: Date, step = 15 * 60_000) {
  let t = start.getTime();
  return () => {
    const d = new Date(t);
    t += step;
    return d;
  };
}

/**
 * lib/github/status-store.ts's store, over a local bare repository with real git instead of
 * GitHub's git database API: the same read-update-compare-and-swap, one commit per write,
 * dated by `clock` so that the decisions spread over time as a day of cron runs would.
 */
function gitStatusStore(bare: string, branch: string, clock: () => Date): StatusStore {
  const ref = `refs/heads/${branch}`;
  const headOf = async () => {
    const r = await runGit(bare, ["rev-parse", "--verify", "--quiet", ref], { ok: [0, 1] });
    return r.code === 0 ? r.stdout.toString().trim() : undefined;
  };
  const textAt = async (head: string | undefined, file: string) => {
    if (!head) return undefined;
    const r = await runGit(bare, ["cat-file", "blob", `${head}:${file}`], { ok: [0, 128] });
    return r.code === 0 ? r.stdout.toString() : undefined;
  };
  async function read<T>(file: string): Promise<T | undefined> {
    const text = await textAt(await headOf(), file);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }
  async function write<T>(
    file: string,
    update: (current: T | undefined) => T,
    message: (value: T) => string,
  ) {
    const head = await headOf();
    const text = await textAt(head, file);
    const value = update(text === undefined ? undefined : (JSON.parse(text) as T));
    const next = `${JSON.stringify(value, null, 2)}\n`;
    if (next === text) return { value, commit: undefined, attempts: 1 };
    const blob = (await runGit(bare, ["hash-object", "-w", "--stdin"], { input: next })).stdout
      .toString()
      .trim();
    const index = { GIT_INDEX_FILE: path.join(bare, `index-${process.pid}`) };
    await runGit(bare, head ? ["read-tree", head] : ["read-tree", "--empty"], { env: index });
    await runGit(bare, ["update-index", "--add", "--cacheinfo", `100644,${blob},${file}`], {
      env: index,
    });
    const tree = (await runGit(bare, ["write-tree"], { env: index })).stdout.toString().trim();
    const at = clock().toISOString();
    const who = {
      GIT_AUTHOR_NAME: "cloudneutral[bot]",
      GIT_AUTHOR_EMAIL: "bot@cloudneutral.invalid",
      GIT_COMMITTER_NAME: "cloudneutral[bot]",
      GIT_COMMITTER_EMAIL: "bot@cloudneutral.invalid",
      GIT_AUTHOR_DATE: at,
      GIT_COMMITTER_DATE: at,
    };
    const commit = (
      await runGit(bare, ["commit-tree", tree, ...(head ? ["-p", head] : []), "-F", "-"], {
        input: message(value),
        env: who,
      })
    ).stdout
      .toString()
      .trim();
    await runGit(bare, ["update-ref", ref, commit, head ?? "0".repeat(40)]);
    return { value, commit, attempts: 1 };
  }
  async function history(file: string, limit = 100) {
    const out = (
      await runGit(bare, ["log", `-n${limit}`, "--format=%H%x00%cI%x00%B%x1e", ref, "--", file], {
        ok: [0, 128],
      })
    ).stdout.toString();
    return out
      .split("\x1e")
      .map((r) => r.trim())
      .filter(Boolean)
      .map((r) => {
        const [sha = "", date = "", message = ""] = r.split("\0");
        return { sha, date, message };
      });
  }
  return { branch, read, write, history };
}

/** Run 1001 applied every unit (but ansible/cn1) at the commit before HEAD; run 1002 tried HEAD. */
async function writeApplies(
  store: Store,
  repo: string,
  commits: { applied: string; head: string },
  clock: () => Date,
  hostile: boolean,
) {
  const units = listUnits(path.join(repo, "infra")).map((u) => u.id);
  const first = applyRecords(store, "1001");
  const at = clock();
  // One write per unit: a claim first would be one more commit each, and shows nothing more.
  for (const unit of units.filter((u) => u !== "ansible/cn1")) {
    await first.succeeded(unit, {
      commit: commits.applied,
      hash: "a".repeat(64),
      at: at.toISOString(),
      run: "1001",
      result: unit.startsWith("stacks/") ? "applied" : "no-changes",
    });
  }
  const second = applyRecords(store, "1002");
  const later = clock();
  await second.claim("stacks/k8s-base/jp1", commits.head, commits.head, later);
  await second.held("stacks/k8s-base/jp1", {
    commit: commits.head,
    since: commits.head,
    until: new Date(later.getTime() + DAY),
    now: later,
  });
  await second.claim("stacks/platform/jp1", commits.head, commits.head, later);
  await second.failed("stacks/platform/jp1", {
    commit: commits.head,
    since: commits.head,
    error: hostile ? HOSTILE.error : "Error: creating RDS DB Instance: InvalidParameterCombination",
    now: later,
  });
}

/** Five rounds of api.cloudneutral.io: all up; eu1 fails three probes (down); sg1 degraded. */
async function writeGtm(store: Store, repo: string, hostile: boolean) {
  const { config } = await validateConfig(path.join(repo, "platform-config"));
  const doc = config.byKind.GtmPolicy.find((p) => p.name === "api")!;
  const policy = gtmWeightsPolicy(doc.value.spec);
  const memory = gtmMemory();
  const up: RegionObservation = {
    probe: "ok",
    readyNodes: 5,
    errorRate: 0.001,
    latencySeconds: 0.1,
  };
  const down: RegionObservation = { ...up, probe: "failed" };
  const rounds: Record<string, RegionObservation>[] = [
    { jp1: up, sg1: up, eu1: up },
    { jp1: up, sg1: up, eu1: down },
    { jp1: up, sg1: up, eu1: down },
    { jp1: up, sg1: up, eu1: down },
    { jp1: up, sg1: { ...up, errorRate: 0.08 }, eu1: down },
  ];
  for (const observations of rounds) {
    const mem = await loadMemory(store, silentLogger, memory, "api");
    const decision = effectiveWeights(policy, observations, mem.stored?.state);
    const degraded: DegradedFigures =
      observations.sg1?.errorRate === 0.08 ? { sg1: { errorRate: 0.08 } } : {};
    const next = gtmRecord("api", decision, false, degraded);
    if (hostile)
      next.state.regions[HOSTILE.region] = { state: "up", failures: 0, successes: 0, weight: 1 };
    await recordGtm(
      store,
      false,
      mem,
      "api",
      next,
      recordMessage(decision, mem.stored, next),
      "all",
    );
  }
}

/** jp1: two decisions of the autoscaler, the second with its pull request open. */
async function writeAutoscale(store: Store, clock: () => Date) {
  const policy = { min: 3, max: 16, targetUtilization: 0.6 };
  const busy = (n: number, usage: number) =>
    Array.from({ length: n }, (_, i) => ({ name: `n${i}`, usage, capacity: 1, ready: true }));
  for (const [i, usage] of [0.6, 0.9].entries()) {
    const at = clock();
    const decision = decide({ policy, current: 4, nodes: busy(4, usage), now: at });
    const pull = i === 1 ? { number: 12, desired: decision.desired } : undefined;
    await store.write<unknown>(
      statusPath("jp1"),
      (current) =>
        recordDecision(
          { ...parseStatus(current, "jp1"), ...(pull ? { pull } : {}) },
          decision,
          4,
          at,
          24 * 3600,
        ),
      () => decisionMessage("jp1", 4, decision, pull ? `#${pull.number} opened` : "no change"),
    );
  }
}
