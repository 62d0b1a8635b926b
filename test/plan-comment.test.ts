// The plan hash (normalised: harmless noise never causes a mismatch, a real change always
// does) and the plan comment built from real plans (every shared fixture), within GitHub's
// limit, with hostile text neutralised and the template overridable.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COMMENT_BUDGET, parseMarker, stickyMarker } from "../lib/github/sticky-comment.ts";
import { planComment, readReviewed, reviewedMeta } from "../lib/plan/comment.ts";
import type { StackResult } from "../lib/plan/run.ts";
import { loadTemplates } from "../lib/render/templates.ts";
import { fitSections } from "../lib/report/budget.ts";
import type { UnitRoute } from "../lib/stacks/routing.ts";
import { canonicalJson, digestDifference, terraformPlanDigest } from "../lib/tfplan/hash.ts";
import { summarizePlan } from "../lib/tfplan/summary.ts";
import { FIXTURES, scratch } from "./helpers.ts";

const TF = path.join(FIXTURES, "terraform");
const fixture = (name: string) =>
  JSON.parse(readFileSync(path.join(TF, name, "plan.json"), "utf8"));
const clone = <T>(v: T): T => structuredClone(v);

describe("the plan hash", () => {
  it("ignores the timestamp, Terraform's version, prior state, drift, reads, no-ops and key order", () => {
    const plan = fixture("tpc-1-modify");
    const { hash } = terraformPlanDigest("s", plan);
    const noisy = clone(plan);
    noisy.timestamp = "2031-01-01T00:00:00Z";
    noisy.terraform_version = "9.9.9";
    noisy.prior_state = { values: { changed: true } };
    noisy.resource_drift = [{ address: "x", change: { actions: ["update"] } }];
    noisy.resource_changes.push({
      address: "data.x.y",
      change: { actions: ["read"], before: null, after: { t: Date.now() } },
    });
    noisy.resource_changes.reverse();
    const reordered = JSON.parse(canonicalJson(noisy));
    expect(terraformPlanDigest("s", reordered).hash).toBe(hash);
  });

  it("changes when what apply would do changes, and names the resource that differs", () => {
    const plan = fixture("tpc-1-modify");
    const before = terraformPlanDigest("s", plan);
    const changed = clone(plan);
    const target = changed.resource_changes.find(
      (r: { address: string }) => r.address === "local_file.test",
    );
    target.change.after.file_permission = "0600";
    const after = terraformPlanDigest("s", changed);
    expect(after.hash).not.toBe(before.hash);
    expect(digestDifference(before.entries, after.entries)).toEqual({
      added: [],
      removed: [],
      changed: ["local_file.test"],
    });
  });

  it("ignores what a refresh read (before values) and blanks sensitive values", () => {
    const plan = fixture("tpc-1-modify");
    const { hash } = terraformPlanDigest("s", plan);
    const refreshed = clone(plan);
    for (const r of refreshed.resource_changes)
      if (r.change.before) r.change.before = { ...r.change.before, etag: "new" };
    expect(terraformPlanDigest("s", refreshed).hash).toBe(hash);
    // A sensitive value never reaches the hash, which is published in the comment.
    const secret = clone(plan);
    const target = secret.resource_changes.find(
      (r: { address: string }) => r.address === "local_file.test",
    );
    expect(target.change.after_sensitive.content).toBe(true);
    const a = terraformPlanDigest("s", secret);
    target.change.after.content = "another secret";
    expect(terraformPlanDigest("s", secret)).toEqual(a);
  });

  it("every shared fixture hashes, and its digest never carries a value", () => {
    for (const name of readdirSync(TF).filter((n) => !n.endsWith(".md"))) {
      const d = terraformPlanDigest(name, fixture(name));
      expect(d.hash, name).toMatch(/^[0-9a-f]{64}$/);
      for (const v of Object.values(d.entries)) expect(v).toMatch(/^[0-9a-f]{10}$/);
    }
  });
});

const route = (id: string): UnitRoute => ({
  stack: id,
  layer: "platform",
  region: "jp1",
  engine: "terraform",
  reconcile: "periodic",
  drift: "correct",
  approvals: 0,
  maintenanceWindow: false,
  backup: "pre-change-snapshot",
  gate: "per environment",
  environment: "cloudneutral-platform-prod",
});

function result(id: string, name: string): StackResult {
  const plan = fixture(name);
  const summary = summarizePlan(plan, id);
  const { hash, entries } = terraformPlanDigest(id, plan);
  return {
    id,
    layer: "platform",
    region: id.split("/").pop() ?? "",
    engine: "terraform",
    status: "changes",
    files: [],
    summary,
    counts: summary.counts,
    text: existsSync(path.join(TF, name, "plan.txt"))
      ? readFileSync(path.join(TF, name, "plan.txt"), "utf8")
      : undefined,
    hash,
    entries,
  };
}

describe("the plan comment", async () => {
  const templates = await loadTemplates(undefined);
  const base = {
    policy: "allow",
    commit: "a".repeat(40),
    diffs: [],
    templates,
    fullTextAt: "the job summary",
  };

  it("fits 60,000 characters with a 300-resource plan, says what was left out, and keeps every hash", () => {
    const results = ["jp1", "sg1", "cn1"].map((r) =>
      result(`stacks/platform/${r}`, "tpc-7-create-hundreds"),
    );
    const { content, full } = planComment({
      ...base,
      results,
      routes: new Map(results.map((r) => [r.id, route(r.id)])),
    });
    expect(full.length).toBeGreaterThan(60_000);
    // As upsertStickyComment fits it: whole sections dropped, the note says which and where.
    const fitted = fitSections(
      content.head,
      content.sections,
      COMMENT_BUDGET,
      (d) => `left out ${d.join(", ")}; see ${content.fullTextAt}`,
    );
    expect(fitted.text.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(fitted.dropped.length).toBeGreaterThan(0);
    expect(fitted.text).toContain("**3 stack(s)** · **+900** create");
    expect(fitted.text).toContain("see the job summary");
    // What the sticky comment keeps, with its marker: the hashes apply reads back.
    const reviewed = readReviewed({ ...content.meta, key: "plan" });
    expect(Object.keys(reviewed?.hashes ?? {})).toHaveLength(3);
  });

  it("shows destroys and replaces with Terraform's reasons", () => {
    const r = result("stacks/platform/jp1", "tfjson-action_reason");
    const { full } = planComment({ ...base, results: [r], routes: new Map([[r.id, route(r.id)]]) });
    expect(full).toContain("Destroyed, replaced or forgotten");
    expect(full).toContain("`null_resource.example`");
    expect(full).toContain("tainted (a previous apply failed part-way)");
  });

  it("a failed stack is named with its error; a diff of rendered files is shown", () => {
    const failed: StackResult = {
      id: "stacks/foundation/jp1",
      layer: "foundation",
      region: "jp1",
      status: "failed",
      files: [],
      error: "terraform plan failed in stack …:\nError: ```\n<script>@team",
    };
    const { full } = planComment({
      ...base,
      results: [failed],
      routes: new Map(),
      diffs: [{ path: "stacks/foundation/jp1/network.tf", before: "a = 1\n", after: "a = 2\n" }],
    });
    expect(full).toContain("`stacks/foundation/jp1` could not be planned");
    // The error sits in a fence its backticks cannot close.
    expect(full).toContain("````text\nterraform plan failed");
    expect(full).toContain("-a = 1\n+a = 2");
    expect(full).toContain("❌ **1 failed**");
  });

  it("the head template can be overridden, and still prints only through escaping helpers", async () => {
    const dir = await scratch("cn-comment-tpl-");
    await mkdir(path.join(dir, "comments"), { recursive: true });
    await writeFile(
      path.join(dir, "comments/plan.md.hbs"),
      "## Our plan: {{md stackCount}} stacks, policy {{md policy}}\n",
    );
    const own = await loadTemplates(dir);
    const r = result("stacks/platform/jp1", "tpc-0-create");
    const { content } = planComment({
      ...base,
      templates: own,
      policy: "<img src=x>|@everyone",
      results: [r],
      routes: new Map(),
    });
    expect(content.head).toBe(
      "## Our plan: 1 stacks, policy &#60;img src=x&#62;&#124;&#64;everyone",
    );
    await writeFile(path.join(dir, "comments/plan.md.hbs"), "{{{policy}}}\n");
    await expect(loadTemplates(dir)).rejects.toThrow(/comments\/plan\.md\.hbs/);
  });

  it("the marker round-trips the reviewed plans, and a marker without hashes reads as none", () => {
    const r = result("stacks/platform/jp1", "tpc-0-create");
    // A unit id with "--" would end the HTML comment early: the marker escapes it.
    const meta = reviewedMeta([{ ...r, id: "stacks/platform/a--b" }], "b".repeat(40));
    const body = `${stickyMarker("plan", { ...meta })}\nx`;
    expect(body.indexOf("-->")).toBe(body.length - 5);
    expect(readReviewed(parseMarker(body))).toEqual(meta);
    expect(readReviewed({ key: "plan", commit: "x" })).toBeUndefined();
    expect(readReviewed({ key: "policy", commit: "x", hashes: {} })).toBeUndefined();
  });
});
