// Issue 13, "plan, then policy", as pure functions: what the plans of a PR's units give the
// policy (resource changes, units without a plan), the destroy gate over plans (destroys and
// replaces, plan-only), the verdict's commit status, and the comment's reason for a unit no
// run planned (a fork's PR, or a branch of this repository).
import { beforeAll, describe, expect, it } from "vitest";
import { shorten } from "../lib/github/commit-status.ts";
import { type LoadedConfig, validateConfig } from "../lib/model/index.ts";
import type { ReviewArtifacts } from "../lib/plan/artifacts.ts";
import { addressType, planEvidence } from "../lib/plan/evidence.ts";
import type { PullScope } from "../lib/plan/pull.ts";
import type { StackResult } from "../lib/plan/run.ts";
import { resultsFromArtifacts } from "../lib/plan/trusted.ts";
import { evaluateGates, type GateContext } from "../lib/policy/gates.ts";
import { verdictMarkdown, verdictStatus } from "../lib/policy/report.ts";
import type { ChangeSet, ResourceChange } from "../lib/policy/types.ts";
import { checkPolicy, type PreparedPolicies } from "../lib/policy/verdict.ts";
import type { AffectedUnit } from "../lib/stacks/affected.ts";
import type { EngineName } from "../lib/stacks/inventory.ts";
import { SAMPLE_CONFIG } from "./helpers.ts";

let sample: LoadedConfig;
beforeAll(async () => {
  sample = (await validateConfig(SAMPLE_CONFIG)).config;
});

const HEAD = "a".repeat(40);

function changeSet(resources: ResourceChange[], over: Partial<ChangeSet> = {}): ChangeSet {
  return {
    base: "b",
    head: HEAD,
    mergeBase: "m",
    documents: [],
    stacks: [],
    resources,
    guarded: [],
    ...over,
  };
}

function gates(resources: ResourceChange[], labels: string[] = []) {
  const ctx: GateContext = {
    changes: changeSet(resources),
    trusted: sample,
    base: sample,
    head: sample,
    routes: [],
    pr: { number: 7, author: "alice", labels, headSha: HEAD, reviews: [] },
    now: new Date("2026-11-22T10:00:00Z"),
    teams: new Map(),
  };
  return evaluateGates(ctx).results.filter((r) => r.rule === "gate/allow-destroy");
}

const resource = (stack: string, address: string, actions: string[]): ResourceChange => ({
  stack,
  address,
  type: addressType(address),
  actions,
});

describe("the destroy gate over plans", () => {
  it("denies a destroy and a replace (either order) of a foundation resource, not of a platform one", () => {
    const found = gates([
      resource("stacks/foundation/jp1", "aws_route53_zone.main", ["delete"]),
      resource("stacks/foundation/jp1", "aws_kms_key.state", ["delete", "create"]),
      resource("stacks/foundation/jp1", "aws_vpc.main", ["create", "delete"]),
      resource("stacks/foundation/jp1", "aws_subnet.a", ["update"]),
      resource("stacks/platform/jp1", "aws_db_instance.orders", ["delete"]),
    ]);
    expect(found.map((r) => r.object)).toEqual([
      "stacks/foundation/jp1: aws_route53_zone.main",
      "stacks/foundation/jp1: aws_kms_key.state",
      "stacks/foundation/jp1: aws_vpc.main",
    ]);
    expect(found.every((r) => r.severity === "deny")).toBe(true);
  });

  it("passes with the allow-destroy label", () => {
    expect(
      gates([resource("stacks/foundation/jp1", "aws_vpc.main", ["delete"])], ["allow-destroy"]),
    ).toEqual([]);
  });
});

function affected(id: string, engine: EngineName | undefined): AffectedUnit {
  const [, layer, region] = /^(?:stacks\/)?([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(id) ?? [];
  const l = (id.startsWith("stacks/") ? layer : "applications") as AffectedUnit["layer"];
  return {
    id,
    layer: l,
    region: region ?? "jp1",
    unit: engine
      ? { id, layer: l, region: region ?? "jp1", engine, varFiles: [], dependsOn: [], watch: [] }
      : undefined,
    files: [],
    since: "m",
  };
}

const scope = (...units: AffectedUnit[]): PullScope => ({
  affected: units,
  routes: new Map(),
  mergeBase: "m",
  head: HEAD,
});

function artifacts(results: StackResult[], planned = true): ReviewArtifacts {
  return {
    pull: { number: 7, head: HEAD, base: "b".repeat(40) },
    results: new Map(results.map((r) => [r.id, { ...r, commit: HEAD }])),
    planned,
  };
}

const planned = (id: string, normalised: Record<string, unknown>[]): StackResult => ({
  id,
  layer: "foundation",
  region: "jp1",
  engine: "terraform",
  status: normalised.length ? "changes" : "no-changes",
  files: [],
  normalised,
});

describe("planEvidence", () => {
  it("takes each affected Terraform unit's normalised plan, outputs left out", () => {
    const evidence = planEvidence(
      artifacts([
        planned("stacks/foundation/jp1", [
          { address: 'module.zone["a.b"].aws_route53_zone.this[0]', actions: ["delete"] },
          { address: "data.aws_ami.ubuntu", actions: ["read"] },
          { output: "zone_id", actions: ["update"] },
        ]),
        planned("stacks/platform/jp1", []),
      ]),
      scope(
        affected("stacks/foundation/jp1", "terraform"),
        affected("stacks/platform/jp1", "terraform"),
      ),
    );
    expect(evidence.resources).toEqual([
      {
        stack: "stacks/foundation/jp1",
        address: 'module.zone["a.b"].aws_route53_zone.this[0]',
        type: "aws_route53_zone",
        actions: ["delete"],
      },
      {
        stack: "stacks/foundation/jp1",
        address: "data.aws_ami.ubuntu",
        type: "aws_ami",
        actions: ["read"],
      },
    ]);
    expect(evidence.coverage).toEqual({
      judged: ["stacks/foundation/jp1", "stacks/platform/jp1"],
      missing: [],
    });
  });

  it("names every Terraform unit without a plan; other engines and removed units need none", () => {
    const failed: StackResult = {
      ...planned("stacks/platform/jp1", []),
      status: "failed",
      error: "Error: provider\nmore",
    };
    const unhashed: StackResult = { ...planned("stacks/k8s-base/jp1", []), normalised: undefined };
    const { coverage, resources } = planEvidence(
      artifacts([failed, unhashed]),
      scope(
        affected("stacks/foundation/jp1", "terraform"),
        affected("stacks/platform/jp1", "terraform"),
        affected("stacks/k8s-base/jp1", "terraform"),
        affected("k8s/jp1", "gitops"),
        affected("stacks/foundation/sg1", undefined),
      ),
    );
    expect(resources).toEqual([]);
    expect(coverage).toEqual({
      judged: [],
      missing: [
        {
          unit: "stacks/foundation/jp1",
          reason:
            "the plan artifact has no result for this unit (its plan job failed or was cancelled)",
        },
        { unit: "stacks/platform/jp1", reason: "its plan failed: Error: provider" },
        { unit: "stacks/k8s-base/jp1", reason: "its result carries no plan" },
      ],
    });
    const none = planEvidence(
      artifacts([], false),
      scope(affected("stacks/foundation/jp1", "terraform")),
    );
    expect(none.coverage.missing[0]?.reason).toMatch(/^no run of pr.yml left plans/);
  });

  it("reads resource types from addresses as Terraform writes them", () => {
    expect(addressType("aws_s3_bucket.logs")).toBe("aws_s3_bucket");
    expect(addressType('aws_s3_bucket.logs["a.b]c"]')).toBe("aws_s3_bucket");
    expect(addressType("module.a.module.b[1].google_dns_managed_zone.z")).toBe(
      "google_dns_managed_zone",
    );
    expect(addressType("data.alicloud_zones.all")).toBe("alicloud_zones");
  });
});

const NONE: PreparedPolicies = {
  cel: { rules: 0, evaluate: () => [] },
  opa: [],
  problems: [],
};

describe("the verdict with plans", () => {
  const verdict = (plans: { judged: string[]; missing: { unit: string; reason: string }[] }) => {
    const snapshot = { config: sample, problems: [] };
    return checkPolicy({
      changes: changeSet([]),
      trusted: snapshot,
      base: snapshot,
      head: snapshot,
      pr: null,
      now: new Date("2026-11-22T10:00:00Z"),
      teams: new Map(),
      judged: NONE,
      previewed: NONE,
      plans,
    });
  };

  it("denies a unit without a plan, and says which plans it judged", () => {
    const v = verdict({
      judged: ["stacks/platform/jp1"],
      missing: [{ unit: "stacks/foundation/jp1", reason: "its plan failed: boom" }],
    });
    expect(v.decision).toBe("deny");
    expect(v.results).toEqual([
      expect.objectContaining({
        rule: "plan/missing",
        severity: "deny",
        object: "stacks/foundation/jp1",
        message: expect.stringContaining("its plan failed: boom"),
      }),
    ]);
    expect(verdictMarkdown(v)).toContain(
      "Plans judged: 1 unit(s) (`stacks/platform/jp1`); **1 without a plan**: `stacks/foundation/jp1`.",
    );
    expect(verdictStatus(v)).toEqual({
      state: "failure",
      description: expect.stringMatching(/^deny: plan\/missing: no plan of this unit/),
    });
    expect(verdictStatus(v).description.length).toBeLessThanOrEqual(140);
  });

  it("allows with every plan judged; the status is success", () => {
    const v = verdict({ judged: ["stacks/platform/jp1"], missing: [] });
    expect(v.decision).toBe("allow");
    expect(verdictStatus(v)).toEqual({ state: "success", description: "allow" });
  });

  it("shortens a status description to one line of at most 140 characters", () => {
    const long = shorten(`a\n${"x".repeat(200)}`, 140);
    expect([...long]).toHaveLength(140);
    expect(long.startsWith("a x")).toBe(true);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("the comment's reason for a unit no run planned", () => {
  it("a fork's PR is never planned; a branch of this repository should have been", () => {
    const none = artifacts([], false);
    const s = scope(affected("stacks/platform/jp1", "terraform"));
    expect(resultsFromArtifacts(none, s, true).results[0]?.error).toContain(
      "plans run only for pull requests from branches of this repository",
    );
    expect(resultsFromArtifacts(none, s, false).results[0]?.error).toMatch(
      /^no plan of this head was found/,
    );
  });
});
