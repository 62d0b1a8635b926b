// The drift loop end to end with the bundled apply action, the local GitHub and the real
// terraform: two on-prem stacks (no provider to download; their state in a local backend)
// are applied by a push, then changed outside Terraform by editing their state. The drift
// check (drift.yml's `check` job) plans every unit the matrix reconciles — applied, nothing
// pending — alerts the `alert` one in one issue (updated, then closed when back in sync) and
// outputs the `correct` one as a job matrix naming its GitHub Environment; the correction
// (drift.yml's `correct` job, mode `correct`) checks it again and applies the head. A unit
// with a merged change not yet applied is alerted, never corrected, whatever the matrix says.
import { execFile } from "node:child_process";
import { copyFile, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type GitHubSim, startGitHubSim } from "./github-sim/index.ts";
import { gitCheckout, gitCommit, pushEvent, runAction } from "./harness.ts";
import { sampleRepo, scratch } from "./helpers.ts";
import { statusRecord } from "./status-records.ts";

const run = promisify(execFile);
const OWNER = "cloudneutral";
const REPO = "platform";
const FOUNDATION = "stacks/foundation/eu1";
const POOL = "stacks/k8s-base/eu1";

let sim: GitHubSim;
let workspace: string;
let states: string;
let base: string;

const stateFile = (unit: string) => path.join(states, `${unit.split("/")[1]}.tfstate`);

beforeEach(async () => {
  sim = await startGitHubSim();
  await sim.createRepo(OWNER, REPO);
  workspace = await sampleRepo({ infra: true });
  states = await scratch("cn-drift-states-");
  // Only the on-prem region's stacks: their resources are Terraform's own terraform_data,
  // so the real terraform plans and applies them here with no provider and no network.
  const infra = path.join(workspace, "infra");
  for (const top of ["k8s", "gateway", "ansible"])
    await rm(path.join(infra, top), { recursive: true, force: true });
  for (const layer of ["foundation", "k8s-base", "platform"])
    for (const region of ["jp1", "sg1", "cn1"])
      await rm(path.join(infra, "stacks", layer, region), { recursive: true, force: true });
  // The matrix: the node pool (k8s-base) is corrected, the foundation only alerted; the pool
  // is applied at any hour (apply holds it outside eu1's window otherwise, on the real clock).
  await writeFile(
    path.join(workspace, "platform-config", "decision-matrix.yaml"),
    [
      "apiVersion: cloudneutral.io/v1alpha1",
      "kind: DecisionMatrix",
      "metadata:",
      "  name: correct-node-pools",
      "spec:",
      "  rows:",
      "    k8s-base: { drift: correct, maintenanceWindow: false }",
      "",
    ].join("\n"),
  );
  await writeFile(path.join(workspace, ".gitignore"), ".terraform/\n.cloudneutral.tfplan\n");
  base = await gitCheckout(workspace);
  // The state lives in a local backend on this machine instead of the rendered S3 one.
  for (const unit of [FOUNDATION, POOL])
    await writeFile(
      path.join(infra, unit, "backend_override.tf"),
      `terraform {\n  backend "local" {\n    path = ${JSON.stringify(stateFile(unit))}\n  }\n}\n`,
    );
  const applied = await gitCommit(workspace, "state on a local backend");
  await push();
  const r = await action("all", {
    sha: applied,
    before: base,
    inputs: { "require-review": "false" },
  });
  expect(r.code, r.stdout + r.summary).toBe(0);
  expect(await state(FOUNDATION, "network")).toMatchObject({ cidr: "10.40.0.0/16" });
  expect(await state(POOL, "node_pool")).toMatchObject({ node_count: 2 });
});

afterEach(async () => {
  expect(sim.openapiErrors).toEqual([]);
  await sim.close();
});

const push = () =>
  run("git", ["push", "-q", "--force", sim.gitUrl(OWNER, REPO), "HEAD:main"], { cwd: workspace });

const head = async () =>
  (await run("git", ["rev-parse", "HEAD"], { cwd: workspace })).stdout.trim();

/** The apply action in `mode`, as drift.yml (a schedule) or apply.yml (a push) runs it. */
async function action(
  mode: string,
  more: { sha?: string; before?: string; inputs?: Record<string, string> } = {},
) {
  const sha = more.sha ?? (await head());
  return runAction("apply", {
    workspace,
    apiUrl: sim.url,
    token: sim.token,
    repository: `${OWNER}/${REPO}`,
    eventName: more.before ? "push" : "schedule",
    event: more.before
      ? pushEvent({ after: sha, before: more.before, repository: `${OWNER}/${REPO}` })
      : { schedule: "17 */6 * * *" },
    sha,
    inputs: {
      mode,
      token: sim.token,
      "plan-author": sim.botLogin,
      "oidc-issuer": sim.oidc.issuer,
      ...more.inputs,
    },
  });
}

/** The `input` of a terraform_data resource in the unit's state. */
async function state(unit: string, name: string): Promise<Record<string, unknown>> {
  const json = JSON.parse(await readFile(stateFile(unit), "utf8"));
  const resource = json.resources.find(
    (r: { type: string; name: string }) => r.type === "terraform_data" && r.name === name,
  );
  return resource.instances[0].attributes.input.value;
}

/** A change made outside Terraform: the recorded resource no longer is what the code says. */
async function changeOutside(unit: string, name: string, change: Record<string, unknown>) {
  const json = JSON.parse(await readFile(stateFile(unit), "utf8"));
  const resource = json.resources.find(
    (r: { type: string; name: string }) => r.type === "terraform_data" && r.name === name,
  );
  const attributes = resource.instances[0].attributes;
  Object.assign(attributes.input.value, change);
  Object.assign(attributes.output.value, change);
  await writeFile(stateFile(unit), JSON.stringify(json, null, 2));
}

async function recordOf(unit: string) {
  const record = await statusRecord(sim, { owner: OWNER, repo: REPO }, unit);
  expect(record, `${unit} has a status record`).toBeDefined();
  return record!;
}

const issues = () => sim.issues(OWNER, REPO);

describe("drift.yml with the bundled apply action and the real terraform", () => {
  it("finds applied units changed outside Terraform, alerts in one issue, corrects in the Environment", {
    timeout: 180_000,
  }, async () => {
    // Applied and untouched: both are checked (not "0 of 0"), neither drifted.
    const clean = await action("drift");
    expect(clean.code, clean.stdout).toBe(0);
    expect(clean.summary).toContain("0 of 2 unit(s) drifted or failed");
    expect(clean.outputs.count).toBe("0");

    const original = path.join(states, "foundation.original");
    await copyFile(stateFile(FOUNDATION), original);
    await changeOutside(FOUNDATION, "network", { cidr: "10.99.0.0/16" });
    await changeOutside(POOL, "node_pool", { node_count: 4 });

    const first = await action("drift");
    expect(first.code, first.stdout).toBe(0);
    expect(first.summary).toContain("2 of 2 unit(s) drifted or failed");
    expect(JSON.parse(first.outputs.drifted ?? "[]").sort()).toEqual([POOL, FOUNDATION].sort());
    // The alert: one issue with the plan of what differs.
    expect(issues().map((i) => [i.title, i.state])).toEqual([[`Drift in ${FOUNDATION}`, "open"]]);
    expect(issues()[0]?.body).toContain("terraform_data.network");
    // The correction: a job matrix whose entry names the unit's Environment.
    expect(first.outputs.count).toBe("1");
    expect(JSON.parse(first.outputs.matrix ?? "{}")).toEqual({
      include: [
        {
          unit: POOL,
          layer: "k8s-base",
          region: "eu1",
          engine: "terraform",
          environment: "cloudneutral-k8s-base-prod",
          backup: "state-snapshot",
        },
      ],
    });
    // Nothing was applied by the check.
    expect(await state(POOL, "node_pool")).toMatchObject({ node_count: 4 });

    // Still drifted: the same issue is updated.
    const second = await action("drift");
    expect(second.code).toBe(0);
    expect(issues()).toHaveLength(1);

    // The correcting job, in the Environment: it checks again and applies the head.
    const correct = await action("correct", { inputs: { stack: POOL } });
    expect(correct.code, correct.stdout + correct.summary).toBe(0);
    expect(correct.summary).toContain("corrected by apply");
    expect(await state(POOL, "node_pool")).toMatchObject({ node_count: 2 });
    expect((await recordOf(POOL)).lastCorrection).toMatchObject({ commit: await head() });
    // Corrected already: a second run of the job finds nothing to do.
    const again = await action("correct", { inputs: { stack: POOL } });
    expect(again.code).toBe(0);
    expect(again.summary).toContain("no drift");

    // Someone puts the network back by hand: the issue is closed.
    await copyFile(original, stateFile(FOUNDATION));
    const synced = await action("drift");
    expect(synced.summary).toContain("0 of 2 unit(s) drifted or failed");
    expect(issues()).toMatchObject([{ state: "closed", state_reason: "completed" }]);
  });

  it("a unit with a merged change not yet applied is alerted, never corrected", {
    timeout: 180_000,
  }, async () => {
    // The pool is scaled from 2 to 3 in Git (merged, its apply not run yet) and, outside
    // Terraform, to 4.
    await writeFile(
      path.join(workspace, "infra/node-pool/eu1.tfvars"),
      (await readFile(path.join(workspace, "infra/node-pool/eu1.tfvars"), "utf8")).replace(
        /node_count\s*=\s*2/,
        "node_count = 3",
      ),
    );
    await gitCommit(workspace, "eu1: 3 nodes");
    await push();
    await changeOutside(POOL, "node_pool", { node_count: 4 });

    const check = await action("drift");
    expect(check.code, check.stdout).toBe(0);
    expect(check.outputs.count).toBe("0");
    expect(check.summary).toContain("drifted; alerted (changes pending apply)");
    expect(issues().map((i) => i.title)).toEqual([`Drift in ${POOL}`]);
    expect(issues()[0]?.body).toContain("not corrected");

    // A correcting job started anyway (a stale matrix) checks again and applies nothing.
    const correct = await action("correct", { inputs: { stack: POOL } });
    expect(correct.code).toBe(0);
    expect(correct.summary).toContain("changes pending apply");
    expect(await state(POOL, "node_pool")).toMatchObject({ node_count: 4 });
    expect(issues()).toHaveLength(1);
  });

  it("correct refuses a unit the matrix does not reconcile, and one that does not exist", {
    timeout: 180_000,
  }, async () => {
    await rm(path.join(workspace, "platform-config", "decision-matrix.yaml"));
    await writeFile(
      path.join(workspace, "platform-config", "decision-matrix.yaml"),
      [
        "apiVersion: cloudneutral.io/v1alpha1",
        "kind: DecisionMatrix",
        "metadata:",
        "  name: pools-on-change",
        "spec:",
        "  rows:",
        "    k8s-base: { reconcile: on_change, drift: correct }",
        "",
      ].join("\n"),
    );
    await gitCommit(workspace, "node pools reconcile on change only");
    await changeOutside(POOL, "node_pool", { node_count: 4 });
    const refused = await action("correct", { inputs: { stack: POOL } });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("is not reconciled on drift or periodically");
    expect(await state(POOL, "node_pool")).toMatchObject({ node_count: 4 });
    const missing = await action("correct", { inputs: { stack: "stacks/platform/eu1" } });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain("no unit stacks/platform/eu1");
  });
});
