import { beforeAll, describe, expect, it } from "vitest";
import { strictestEnvironment } from "../lib/model/environments.ts";
import { type LoadedConfig, type SourceDoc, validateConfig } from "../lib/model/index.ts";
import {
  evaluateGates,
  type GateContext,
  maintenanceWindowState,
  tenantCost,
} from "../lib/policy/gates.ts";
import { BUILTIN_MATRIX, resolveMatrix, routeStacks } from "../lib/policy/matrix.ts";
import type { ChangeSet, DocumentChange, PullRequestInfo } from "../lib/policy/types.ts";
import { ruleInputs } from "../lib/policy/verdict.ts";
import { routeUnits } from "../lib/stacks/routing.ts";
import { SAMPLE_CONFIG } from "./helpers.ts";

let sample: LoadedConfig;
beforeAll(async () => {
  sample = (await validateConfig(SAMPLE_CONFIG)).config;
});

/** A copy whose document values may be edited (positions are functions: not clonable). */
function cloneConfig(config: LoadedConfig): LoadedConfig {
  const docs = config.docs.map((d) => ({ ...d, value: structuredClone(d.value) }));
  const byKind = Object.fromEntries(
    Object.keys(config.byKind).map((k) => [k, docs.filter((d) => d.kind === k)]),
  ) as unknown as LoadedConfig["byKind"];
  return { ...config, docs, byKind };
}

const service = (name: string) => sample.byKind.Service.find((s) => s.name === name)!.value;
const at = { root: "platform-config", file: "services/x.yaml", line: 1, column: 1 };
const HEAD = "a".repeat(40);

function changed(name: string, edit: (spec: Record<string, unknown>) => void): DocumentChange {
  const old = service(name);
  const next = structuredClone(old) as unknown as { spec: Record<string, unknown> };
  edit(next.spec);
  return { kind: "Service", name, change: "changed", old, new: next, at };
}

function context(documents: DocumentChange[], over: Partial<GateContext> = {}): GateContext {
  const changes: ChangeSet = {
    base: "b",
    head: "h",
    mergeBase: "m",
    documents,
    stacks: [],
    resources: [],
    guarded: [],
  };
  return {
    changes,
    trusted: sample,
    base: sample,
    head: sample,
    routes: [],
    pr: null,
    now: new Date("2026-11-22T10:00:00Z"),
    teams: new Map(),
    ...over,
  };
}

const pr = (reviews: PullRequestInfo["reviews"], labels: string[] = []): PullRequestInfo => ({
  number: 7,
  author: "alice",
  labels,
  headSha: HEAD,
  reviews,
});

describe("approvals", () => {
  // orders-api: tenant acme (owners @acme/platform, alice-tanaka), project storefront
  // (owners @acme/storefront, kenji-sato), env prod (2 approvals).
  const change = () => changed("orders-api", (s) => (s.image = "ghcr.io/acme/orders-api:1.5.0"));
  const teams = new Map([
    ["@acme/platform", new Set(["bob", "carol"])],
    ["@acme/storefront", new Set(["bob", "carol", "dave"])],
  ]);

  it("counts approvals on the head commit from owners of everything touched, never the author's", () => {
    const outcome = evaluateGates(
      context([change()], {
        teams,
        pr: pr([
          { user: "bob", state: "APPROVED", commitId: HEAD },
          { user: "carol", state: "APPROVED", commitId: HEAD },
          { user: "alice", state: "APPROVED", commitId: HEAD },
          { user: "dave", state: "APPROVED", commitId: HEAD },
        ]),
      }),
    );
    expect(outcome.approvals.required).toBe(2);
    expect(outcome.approvals.counted).toEqual(["bob", "carol"]);
    expect(outcome.approvals.ignored).toEqual([
      { user: "alice", reason: "the author's own approval" },
      { user: "dave", reason: "not an owner of everything this PR touches" },
    ]);
    expect(outcome.results.filter((r) => r.rule === "gate/approvals")).toEqual([]);
  });

  it("ignores stale approvals and approvals later withdrawn, and denies short of the count", () => {
    const outcome = evaluateGates(
      context([change()], {
        teams,
        pr: pr([
          { user: "bob", state: "APPROVED", commitId: "b".repeat(40) },
          { user: "carol", state: "APPROVED", commitId: HEAD },
          { user: "carol", state: "CHANGES_REQUESTED", commitId: HEAD },
        ]),
      }),
    );
    expect(outcome.approvals.counted).toEqual([]);
    expect(outcome.approvals.ignored[0]?.reason).toMatch(/older than the head commit/);
    expect(outcome.results).toContainEqual(
      expect.objectContaining({
        rule: "gate/approvals",
        severity: "deny",
        message: expect.stringMatching(/^0 of 2 required/),
      }),
    );
  });

  it("a policy change needs the platform owners, and the matrix can ask for more than the environment", () => {
    const policy = sample.byKind.Policy[0]!;
    const doc: DocumentChange = {
      kind: "Policy",
      name: policy.name,
      change: "changed",
      old: policy.value,
      new: policy.value,
      at,
    };
    const outcome = evaluateGates(context([doc], { pr: pr([]) }));
    expect(outcome.approvals.ownerGroups).toEqual([sample.byKind.Platform[0]!.value.spec.owners]);
    // Even where no environment or layer asks for approvals, changing the rules needs one.
    expect(outcome.approvals.required).toBe(1);
    expect(outcome.results).toContainEqual(
      expect.objectContaining({ rule: "gate/approvals", severity: "deny" }),
    );

    const routes = routeStacks(
      BUILTIN_MATRIX,
      [{ unit: "stacks/foundation/jp1", layer: "foundation", region: "jp1", files: [] }],
      [],
    );
    expect(evaluateGates(context([], { routes, pr: pr([]) })).approvals.required).toBe(2);
  });
});

describe("rule inputs", () => {
  it("judge what Terraform changes: no-op and read are left out, forget deletes, create+forget replaces", () => {
    const base = context([]).changes;
    const r = (address: string, actions: string[]) => ({
      stack: "stacks/platform/jp1",
      address,
      type: "x",
      actions,
    });
    const inputs = ruleInputs(
      {
        ...base,
        resources: [
          r("a", ["no-op"]),
          r("b", ["read"]),
          r("c", ["forget"]),
          r("d", ["create", "forget"]),
          r("e", ["create"]),
        ],
      },
      null,
    );
    expect(inputs.map((i) => [i.change.name, i.change.operation, i.change.lifecycle])).toEqual([
      ["c", "DELETE", "platform"],
      ["d", "UPDATE", "platform"],
      ["e", "CREATE", "platform"],
    ]);
  });
});

describe("destroy, maintenance windows, budgets, regions", () => {
  it("destroying foundation needs the allow-destroy label", () => {
    const resources = [
      {
        stack: "stacks/foundation/jp1",
        address: "aws_vpc.main",
        type: "aws_vpc",
        actions: ["delete"],
      },
    ];
    const base = context([]);
    const ctx = { ...base, changes: { ...base.changes, resources }, pr: pr([]) };
    expect(evaluateGates(ctx).results).toContainEqual(
      expect.objectContaining({ rule: "gate/allow-destroy", severity: "deny" }),
    );
    expect(
      evaluateGates({ ...ctx, pr: pr([], ["allow-destroy"]) }).results.filter(
        (r) => r.rule === "gate/allow-destroy",
      ),
    ).toEqual([]);
  });

  it.each([
    // mon 02:00 UTC for 120 min
    ["2026-11-23T02:30:00Z", true, "2026-11-23T02:00:00.000Z"],
    ["2026-11-23T04:00:00Z", false, "2026-11-30T02:00:00.000Z"],
    ["2026-11-22T10:00:00Z", false, "2026-11-23T02:00:00.000Z"],
  ])("maintenance window at %s: open %s, next %s", (now, open, next) => {
    const state = maintenanceWindowState(
      { days: ["mon"], start: "02:00", durationMinutes: 120 },
      new Date(now),
    );
    expect(state.open).toBe(open);
    expect(state.next.toISOString()).toBe(next);
  });

  it("holds k8s-base changes outside the region's window and names the next one", () => {
    const region = sample.byKind.Region.find((r) => r.value.spec.maintenanceWindow)!;
    const routes = routeStacks(
      resolveMatrix(undefined),
      [
        {
          unit: `stacks/k8s-base/${region.name}`,
          layer: "k8s-base",
          region: region.name,
          files: [],
        },
      ],
      [],
    );
    const window = region.value.spec.maintenanceWindow!;
    const closed = maintenanceWindowState(window, new Date("2026-11-22T10:00:00Z"));
    const results = evaluateGates(context([], { routes })).results.filter(
      (r) => r.rule === "gate/maintenance-window",
    );
    if (closed.open) expect(results).toEqual([]);
    else
      expect(results[0]?.message).toContain(
        `the next opens ${closed.next.toISOString().replace(".000Z", "Z")}`,
      );
    expect(
      evaluateGates(context([], { routes, now: closed.next })).results.filter(
        (r) => r.rule === "gate/maintenance-window",
      ),
    ).toEqual([]);
  });

  it("shows each touched tenant's cost before and after, and denies growth past the budget", () => {
    const before = tenantCost(sample, "acme");
    const head = cloneConfig(sample);
    const big = head.byKind.Service.find((s) => s.name === "orders-api")!;
    big.value.spec.size = "large";
    big.value.spec.regions = ["jp1", "sg1", "eu1", "cn1"];
    const after = tenantCost(head, "acme");
    expect(after).toBeGreaterThan(before);
    const doc = changed("orders-api", (s) => (s.size = "large"));
    const outcome = evaluateGates(context([doc], { head }));
    expect(outcome.budgets).toEqual([
      {
        tenant: "acme",
        budget: 5000,
        before,
        after,
        delta: Math.round((after - before) * 100) / 100,
      },
    ]);
    const tight = cloneConfig(sample);
    tight.byKind.Tenant.find((t) => t.name === "acme")!.value.spec.budget.monthly = before + 1;
    const denied = evaluateGates(context([doc], { trusted: tight, head }));
    expect(denied.results).toContainEqual(
      expect.objectContaining({ rule: "gate/budget", severity: "deny", object: "Tenant/acme" }),
    );
  });

  it("denies a service in a region its tenant may not use (by the base branch's tenant)", () => {
    const doc = changed("model-server", (s) => (s.regions = ["jp1", "cn1"]));
    expect(evaluateGates(context([doc])).results).toContainEqual(
      expect.objectContaining({
        rule: "gate/tenant-regions",
        severity: "deny",
        message: 'tenant "globex" may not use region "cn1"',
      }),
    );
  });
});

describe("owner rules and fixed gates (pure)", () => {
  const platform = () => sample.byKind.Platform[0]!.value.spec.owners;
  const doc = <K extends "Tenant" | "Composition">(kind: K, name: string) =>
    (sample.byKind[kind] as SourceDoc<K>[]).find((d) => d.name === name)!.value;

  it("a tenant's owners approve how it is described; its limits need the platform owners", () => {
    const tenant = (edit: (spec: Record<string, unknown>) => void): DocumentChange => {
      const old = doc("Tenant", "globex");
      const next = structuredClone(old) as unknown as { spec: Record<string, unknown> };
      edit(next.spec);
      return { kind: "Tenant", name: "globex", change: "changed", old, new: next, at };
    };
    const groups = (c: DocumentChange) => evaluateGates(context([c])).approvals.ownerGroups;
    expect(groups(tenant((s) => (s.displayName = "Globex")))).toEqual([
      doc("Tenant", "globex").spec.owners,
    ]);
    for (const edit of [
      (s: Record<string, unknown>) => (s.regions = ["jp1", "sg1", "eu1", "cn1"]),
      (s: Record<string, unknown>) => (s.budget = { monthly: 9_000_000 }),
      (s: Record<string, unknown>) => (s.owners = ["hank-scorpio", "mallory"]),
    ])
      expect(groups(tenant(edit))).toEqual([platform()]);
  });

  it("a composition in a shared layer, or outside its tenant's regions, needs the platform owners and is held to the allow-list", () => {
    const composition = (edit: (spec: Record<string, unknown>) => void): DocumentChange => {
      const old = doc("Composition", "orders-db");
      const next = structuredClone(old) as unknown as { spec: Record<string, unknown> };
      edit(next.spec);
      return { kind: "Composition", name: "orders-db", change: "changed", old, new: next, at };
    };
    const own = evaluateGates(context([composition((s) => (s.inputs = {}))]));
    expect(own.approvals.ownerGroups).toEqual([doc("Tenant", "acme").spec.owners]);
    const foundation = evaluateGates(context([composition((s) => (s.lifecycle = "foundation"))]));
    expect(foundation.approvals.ownerGroups).toEqual([
      doc("Tenant", "acme").spec.owners,
      platform(),
    ]);

    const narrow = cloneConfig(sample);
    narrow.byKind.Tenant.find((t) => t.name === "acme")!.value.spec.regions = ["sg1"];
    const outside = evaluateGates(context([composition(() => {})], { trusted: narrow }));
    expect(outside.approvals.ownerGroups).toContainEqual(platform());
    expect(outside.results).toContainEqual(
      expect.objectContaining({
        rule: "gate/tenant-regions",
        severity: "deny",
        object: "Composition/orders-db",
        message: 'tenant "acme" may not use region "jp1"',
      }),
    );
  });

  it("each routed unit asks for its environment's approvals, and a guarded file for the platform owners", () => {
    const routes = routeStacks(
      BUILTIN_MATRIX,
      [{ unit: "k8s/jp1", layer: "applications", region: "jp1", files: [] }],
      [],
    );
    // The applications row asks for none; jp1 serves prod, which asks for two.
    const plain = evaluateGates(context([], { routes, pr: pr([]) }));
    expect(plain.approvals.required).toBe(2);
    expect(plain.approvals.ownerGroups).toEqual([]);

    const base = context([], { routes, pr: pr([]) });
    const guarded = [
      {
        path: "infra/k8s/jp1/x.yaml",
        change: "create" as const,
        reason: "render does not produce this file",
      },
    ];
    const outcome = evaluateGates({ ...base, changes: { ...base.changes, guarded } });
    expect(outcome.approvals.ownerGroups).toEqual([platform()]);
    expect(outcome.results).toContainEqual(
      expect.objectContaining({ rule: "gate/platform-files", object: "infra/k8s/jp1" }),
    );
  });

  it("a unit's GitHub Environment is the stricter of both sides", () => {
    const emptied = cloneConfig(sample);
    for (const s of emptied.byKind.Service)
      s.value.spec.regions = s.value.spec.regions.filter((r) => r !== "eu1");
    const units = [{ id: "stacks/foundation/eu1", layer: "foundation" as const, region: "eu1" }];
    // Judged by the emptied side alone, eu1 would lose its prod gate…
    expect(routeUnits(emptied, units).get("stacks/foundation/eu1")?.environment).toBe(
      "cloudneutral-foundation",
    );
    // …which neither order of the two sides allows.
    for (const [a, b] of [
      [emptied, sample],
      [sample, emptied],
    ] as const)
      expect(routeUnits(a, units, b).get("stacks/foundation/eu1")?.environment).toBe(
        "cloudneutral-foundation-prod",
      );
    // A stricter definition of an environment on either side wins too.
    const laxer = cloneConfig(sample);
    const prod = laxer.byKind.Environment.find((e) => e.name === "prod")!.value.spec;
    prod.protected = false;
    prod.approvals = 0;
    expect(strictestEnvironment([laxer, sample], "eu1")).toEqual({
      name: "prod",
      protected: true,
      approvals: 2,
    });
  });
});
