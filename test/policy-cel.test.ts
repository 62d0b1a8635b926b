import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { loadDocuments, type SourceDoc } from "../lib/model/load.ts";
import { compileCelPolicies } from "../lib/policy/cel.ts";
import type { PullRequestInfo, RuleInput } from "../lib/policy/types.ts";

const SAMPLE_CONFIG = fileURLToPath(new URL("../platform-config", import.meta.url));
const HEADER = "apiVersion: cloudneutral.io/v1alpha1\nkind: Policy\n";

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** Loads Policy documents from YAML text through the real loader, so positions are real. */
async function policiesFrom(yaml: string): Promise<SourceDoc<"Policy">[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "cn-cel-"));
  dirs.push(dir);
  await mkdir(path.join(dir, "policies"));
  await writeFile(path.join(dir, "policies/rules.yaml"), yaml);
  const { config, problems } = await loadDocuments(dir);
  expect(problems).toEqual([]);
  return config.byKind.Policy;
}

function policy(name: string, spec: string): string {
  return `${HEADER}metadata:\n  name: ${name}\nspec:\n${spec}`;
}

function service(name: string, spec: Record<string, unknown>): Record<string, unknown> {
  return {
    apiVersion: "cloudneutral.io/v1alpha1",
    kind: "Service",
    metadata: { name },
    spec: { env: "prod", regions: ["jp1", "sg1"], image: "ghcr.io/acme/x:1.0.0", ...spec },
  };
}

function input(
  object: Record<string, unknown> | null,
  extra: Partial<RuleInput["change"]> & { oldObject?: unknown; pr?: PullRequestInfo } = {},
): RuleInput {
  const { oldObject = null, pr = null, ...change } = extra;
  const doc = (object ?? oldObject) as {
    kind: string;
    metadata: { name: string };
    spec: { env?: string };
  };
  return {
    object,
    oldObject,
    pr,
    change: {
      kind: doc.kind,
      name: doc.metadata.name,
      operation: object === null ? "DELETE" : oldObject === null ? "CREATE" : "UPDATE",
      ...(doc.spec.env !== undefined && { environment: doc.spec.env }),
      ...change,
    },
  };
}

const PR: PullRequestInfo = {
  number: 7,
  author: "alice",
  labels: ["allow-destroy"],
  headSha: "abc123",
  reviews: [{ user: "bob", state: "APPROVED", commitId: "abc123" }],
};

describe("CEL policies on the sample platform", () => {
  it("compile without problems and pass every sample service and composition", async () => {
    const { config } = await loadDocuments(SAMPLE_CONFIG);
    const { policies, problems } = compileCelPolicies(config.byKind.Policy);
    expect(problems).toEqual([]);
    expect(policies.rules).toBe(4);
    const inputs: RuleInput[] = [
      ...config.byKind.Service.map((d) => input(d.value as never, { oldObject: d.value })),
      ...config.byKind.Composition.map((d) =>
        input(d.value as never, { lifecycle: d.value.spec.lifecycle }),
      ),
    ];
    expect(inputs.length).toBeGreaterThan(3);
    for (const i of inputs) expect(policies.evaluate(i), i.change.name).toEqual([]);
  });

  it("fires a deny and a warn with the rule, object, message and location", async () => {
    const { config } = await loadDocuments(SAMPLE_CONFIG);
    const { policies } = compileCelPolicies(config.byKind.Policy);
    const at = { root: "platform-config", file: "services/shop.yaml", line: 3, column: 1 };
    const bad = service("shop", { regions: ["jp1"], image: "ghcr.io/acme/shop:latest" });
    expect(policies.evaluate({ ...input(bad), at })).toEqual([
      {
        rule: "prod-services/0",
        severity: "deny",
        object: "Service/shop",
        message: "prod services run in at least two regions",
        at,
      },
      {
        rule: "prod-services/1",
        severity: "warn",
        object: "Service/shop",
        message: "prod images are pinned to a version tag or digest, not :latest",
        at,
      },
    ]);
    const unpinned = { kind: "Composition", metadata: { name: "db" }, spec: { module: {} } };
    expect(policies.evaluate(input(unpinned, { lifecycle: "platform" }))).toMatchObject([
      { rule: "pinned-platform-modules/0", severity: "deny", object: "Composition/db" },
    ]);
  });
});

describe("match", () => {
  it("selects by kind, lifecycle and environment; a missing property is no match", async () => {
    const docs = await policiesFrom(
      policy(
        "m",
        "  match:\n    kinds: [Service]\n    lifecycles: [applications]\n    environments: [prod, test]\n" +
          "  validations:\n    - expression: 'false'\n      message: matched\n",
      ),
    );
    const { policies } = compileCelPolicies(docs);
    const s = service("a", {});
    const fired = (i: RuleInput) => policies.evaluate(i).length > 0;
    expect(fired(input(s, { lifecycle: "applications" }))).toBe(true);
    expect(fired(input(s, { lifecycle: "applications", environment: "test" }))).toBe(true);
    expect(fired(input(s, { lifecycle: "applications", environment: "dev" }))).toBe(false);
    expect(fired(input(s, { lifecycle: "platform" }))).toBe(false);
    expect(fired(input(s, {}))).toBe(false); // no lifecycle
    expect(fired(input(s, { lifecycle: "applications", kind: "Region" }))).toBe(false);
    const noEnv = input(s, { lifecycle: "applications" });
    delete noEnv.change.environment;
    expect(fired(noEnv)).toBe(false);
  });

  it("applies to everything without a match", async () => {
    const docs = await policiesFrom(
      policy(
        "all",
        "  validations:\n    - expression: change.kind != 'Region'\n      message: no\n",
      ),
    );
    const { policies } = compileCelPolicies(docs);
    expect(policies.evaluate(input(service("a", {})))).toEqual([]);
    const region = { kind: "Region", metadata: { name: "jp1" }, spec: {} };
    expect(policies.evaluate(input(region))).toHaveLength(1);
  });
});

describe("variables", () => {
  it("sees oldObject, change and pr; DELETE has a null object", async () => {
    const docs = await policiesFrom(
      policy(
        "vars",
        `  validations:
    - expression: oldObject == null || object == null || oldObject.spec.regions.all(r, r in object.spec.regions)
      message: regions are not removed
    - expression: change.operation != 'DELETE' || (pr != null && "allow-destroy" in pr.labels)
      message: deleting needs the allow-destroy label
    - expression: pr == null || pr.reviews.exists(r, r.state == 'APPROVED' && r.user != pr.author)
      message: someone else approved
      severity: warn
    - expression: object == null || object.spec.regions.size() >= 1
      message: at least one region
`,
      ),
    );
    const { policies, problems } = compileCelPolicies(docs);
    expect(problems).toEqual([]);
    const old = service("a", { regions: ["jp1", "sg1"] });
    const now = service("a", { regions: ["jp1"] });
    const rules = (i: RuleInput) => policies.evaluate(i).map((r) => r.rule);
    expect(rules(input(now, { oldObject: old }))).toEqual(["vars/0"]);
    expect(rules(input(old, { oldObject: now }))).toEqual([]);
    expect(rules(input(now))).toEqual([]); // created: oldObject is null
    expect(rules(input(null, { oldObject: old }))).toEqual(["vars/1"]);
    expect(rules(input(null, { oldObject: old, pr: PR }))).toEqual([]);
    const selfApproved = { ...PR, labels: [], reviews: [{ ...PR.reviews[0], user: "alice" }] };
    expect(
      policies.evaluate(input(null, { oldObject: old, pr: selfApproved as PullRequestInfo })),
    ).toMatchObject([
      { rule: "vars/1", severity: "deny" },
      { rule: "vars/2", severity: "warn", message: "someone else approved" },
    ]);
  });

  it("reads whole numbers as int, as Kubernetes reads JSON", async () => {
    const docs = await policiesFrom(
      policy(
        "n",
        "  validations:\n    - expression: object.spec.port == 8080 && object.spec.regions.size() + object.spec.port == 8082 && object.spec.ratio < 1\n      message: numbers\n",
      ),
    );
    const { policies } = compileCelPolicies(docs);
    expect(policies.evaluate(input(service("a", { port: 8080, ratio: 0.5 })))).toEqual([]);
  });
});

describe("compile errors", () => {
  it("reports every bad rule with the file, line and column of its expression", async () => {
    const docs = await policiesFrom(
      policy(
        "broken",
        `  validations:
    - expression: object.spec.regions.size() >= 2
      message: fine
    - expression: object.spec.(
      message: syntax
    - expression: 1 + "a" == "1a"
      message: types
    - expression: nosuch.thing
      message: undeclared
    - expression: object.spec.regions.size()
      message: not a bool
`,
      ),
    );
    const { policies, problems } = compileCelPolicies(docs);
    expect(policies.rules).toBe(1);
    expect(problems).toHaveLength(4);
    const [syntax, types, undeclared, notBool] = problems;
    expect(syntax).toMatchObject({ file: "policies/rules.yaml", line: 9, column: 19 });
    expect(syntax?.message).toMatch(/validations\[1\]\.expression does not compile: syntax error/);
    expect(types).toMatchObject({ file: "policies/rules.yaml", line: 11, column: 19 });
    expect(types?.message).toContain(
      "found no matching overload for '_+_' applied to '(int, string)'",
    );
    expect(types?.message).toContain("near 1:3");
    expect(undeclared).toMatchObject({ line: 13, column: 19 });
    expect(undeclared?.message).toContain("undeclared reference to 'nosuch'");
    expect(notBool).toMatchObject({ line: 15, column: 19 });
    expect(notBool?.message).toContain("evaluates to int");
  });
});

describe("evaluation failures fail closed", () => {
  it("denies when a field is missing, a value is not a bool, or object is null", async () => {
    const docs = await policiesFrom(
      policy(
        "strict",
        `  validations:
    - expression: object.spec.missing == 'x'
      message: missing field
      severity: warn
    - expression: object.spec.image
      message: not a bool
    - expression: object == null || object.spec.regions.size() > 0
      message: guarded
`,
      ),
    );
    const { policies } = compileCelPolicies(docs);
    const results = policies.evaluate(input(service("a", {})));
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ rule: "strict/0", severity: "deny" });
    expect(results[0]?.message).toMatch(/failed to evaluate.*missing/);
    expect(results[1]?.message).toMatch(/failed to evaluate.*expected a bool, got string/);
    const deleted = policies.evaluate(input(null, { oldObject: service("a", {}) }));
    expect(deleted.map((r) => r.rule)).toEqual(["strict/0", "strict/1"]);
  });

  it("treats hostile strings in documents as data", async () => {
    const { config } = await loadDocuments(SAMPLE_CONFIG);
    const { policies } = compileCelPolicies(config.byKind.Policy);
    const hostile = service('x" || true || "', {
      regions: ['jp1") || true || ("', "${sg1}\n"],
      image: "ghcr.io/a:1' + '\n${{ secrets.TOKEN }}\")",
    });
    expect(policies.evaluate(input(hostile))).toEqual([]);
    const oneRegion = service("y", { regions: ['jp1"] + ["sg1'], image: "docker.io/\"'`:latest" });
    const results = policies.evaluate(input(oneRegion));
    expect(results.map((r) => [r.rule, r.message])).toEqual([
      ["prod-services/0", "prod services run in at least two regions"],
      ["prod-services/1", "prod images are pinned to a version tag or digest, not :latest"],
      ["prod-services/2", "prod images come from ghcr.io, where they are signed and scanned"],
    ]);
  });
});

describe("throughput", () => {
  it("evaluates 10,000 objects against 20 rules", async () => {
    const { config } = await loadDocuments(SAMPLE_CONFIG);
    const sample = config.byKind.Policy.find((p) => p.name === "prod-services");
    if (!sample) throw new Error("sample policy missing");
    const extra = await policiesFrom(
      policy(
        "bench",
        `  match:\n    kinds: [Service]\n  validations:\n${[
          "object.spec.regions.all(r, r.size() == 3)",
          "object.spec.port > 0 && object.spec.port < 65536",
          "has(object.spec.image)",
          "object.metadata.name.size() < 64",
          "change.operation != 'DELETE' || pr != null",
          "object.spec.env in ['dev', 'test', 'prod']",
          "!object.spec.image.contains('@sha256:') || object.spec.image.size() > 20",
          "oldObject == null || oldObject.spec.env == object.spec.env",
          "object.spec.regions.exists(r, r == 'jp1')",
          "object.spec.tenant != ''",
          "object.spec.size in ['small', 'medium', 'large']",
          "object.spec.runtime == 'k8s' || object.spec.runtime == 'container'",
          "object.spec.healthPath.startsWith('/')",
          "pr == null || !('do-not-merge' in pr.labels)",
          "object.spec.regions.size() <= 10",
          "change.kind == 'Service'",
          "object.spec.project.matches('^[a-z][a-z0-9-]*$')",
        ]
          .map((e) => `    - expression: "${e}"\n      message: m\n`)
          .join("")}`,
      ),
    );
    const { policies, problems } = compileCelPolicies([sample, ...extra]);
    expect(problems).toEqual([]);
    expect(policies.rules).toBe(20);
    const inputs = Array.from({ length: 10_000 }, (_, i) =>
      input(
        service(`svc-${i}`, {
          tenant: "acme",
          project: "shop",
          size: "small",
          runtime: "k8s",
          port: 8080,
          healthPath: "/healthz",
          image: `ghcr.io/acme/svc-${i}:1.${i}`,
        }),
        { pr: PR },
      ),
    );
    const start = performance.now();
    let results = 0;
    for (const i of inputs) results += policies.evaluate(i).length;
    const seconds = (performance.now() - start) / 1000;
    expect(results).toBe(0);
    console.log(
      `CEL: ${inputs.length} objects × ${policies.rules} rules in ${(seconds * 1000).toFixed(0)} ms = ${Math.round((inputs.length * policies.rules) / seconds).toLocaleString("en")} rule evaluations/s`,
    );
  });
});
