import type { LocatedProblem } from "../errors.ts";
import { checkContainerCapacity, checkGtmWeighting, checkPolicyRules } from "./feasible.ts";
import { checkGatewayTls } from "./gateway.ts";
import type { ByKind, LoadedConfig, SourceDoc } from "./load.ts";
import type { Path } from "./locate.ts";
import { deployEnvironmentOf, namespaceOf } from "./names.ts";
import type { KindName } from "./schema.ts";

const TENANT_LABEL = "cloudneutral.io/tenant";

type Index = { [K in KindName]: Map<string, SourceDoc<K>> };

/**
 * The checks a schema cannot express: references across documents, uniqueness, bounds
 * that depend on other documents, and cycles. Pure: documents in, problems out.
 */
export function checkReferences(
  config: LoadedConfig,
  /** Kinds with a document the schema refused: present, only not valid. */
  refused: ReadonlySet<KindName> = new Set(),
): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const report = (doc: SourceDoc, path: Path, message: string, key = false) =>
    problems.push({ file: doc.file, ...doc.at(path, key), message });
  const index = buildIndex(config.byKind, report);
  const k = config.byKind;

  if (k.Platform.length === 0 && config.docs.length > 0 && !refused.has("Platform")) {
    problems.push({
      file: ".",
      line: 1,
      column: 1,
      message: "no Platform document; expected exactly one",
    });
  }
  const platform = k.Platform[0];
  const tf = platform?.value.spec.terraform?.version;
  if (
    platform &&
    tf &&
    platform.value.spec.stateBackend.type === "s3" &&
    compareVersions(tf, "1.10") < 0
  ) {
    report(
      platform,
      ["spec", "terraform", "version"],
      `the s3 state backend locks with use_lockfile, which needs Terraform 1.10 or later; got ${tf}`,
    );
  }
  for (const extra of k.Platform.slice(1))
    report(extra, ["kind"], "a second Platform document; expected exactly one");
  for (const extra of k.DecisionMatrix.slice(1))
    report(extra, ["kind"], "a second DecisionMatrix document; expected at most one");

  const ref = <K extends KindName>(
    doc: SourceDoc,
    path: Path,
    kind: K,
    name: string,
  ): SourceDoc<K> | undefined => {
    const target = index[kind].get(name);
    if (!target && !config.invalid.has(`${kind}/${name}`))
      report(doc, path, `unknown ${kind} "${name}"${known(kind, index[kind], config.invalid)}`);
    return target;
  };

  for (const t of k.Tenant)
    t.value.spec.regions.forEach((r, i) => {
      ref(t, ["spec", "regions", i], "Region", r);
    });
  for (const p of k.Project) {
    ref(p, ["spec", "tenant"], "Tenant", p.value.spec.tenant);
    p.value.spec.environments.forEach((e, i) => {
      ref(p, ["spec", "environments", i], "Environment", e);
    });
  }
  for (const r of k.Region) {
    const pool = r.value.spec.nodePool;
    if (pool.min > pool.max)
      report(
        r,
        ["spec", "nodePool", "min"],
        `nodePool.min (${pool.min}) is greater than nodePool.max (${pool.max})`,
      );
  }
  for (const s of k.Service) checkService(s, ref, report);
  checkDerivedNames(k.Service, report);
  checkContainerCapacity(k.Service, report);
  for (const g of k.GtmPolicy) checkGtm(g, k, ref, report);
  // Two policies for one public name would each overwrite the other's records.
  const byName = new Map<string, string>();
  for (const g of k.GtmPolicy) {
    const name = g.value.spec.publicName.toLowerCase().replace(/\.$/, "");
    const first = byName.get(name);
    if (first)
      report(g, ["spec", "publicName"], `"${name}" is already served by GtmPolicy ${first}`);
    else byName.set(name, g.name);
  }
  checkGtmWeighting(k, report);
  checkGatewayTls(k, report);
  checkAutoscale(k.AutoscalePolicy, ref, report);
  checkCompositions(k.Composition, ref, report);
  checkModuleSources(k.Composition, platform, report);
  checkPolicyRules(k.Policy, report);
  for (const p of k.Policy) {
    const { validations, opa } = p.value.spec;
    if ((validations === undefined) === (opa === undefined)) {
      report(
        p,
        ["spec"],
        "a Policy needs exactly one of `validations` (CEL rules) or `opa` (a bundle)",
      );
    }
  }
  return problems;
}

type Report = (doc: SourceDoc, path: Path, message: string, key?: boolean) => void;
type Ref = <K extends KindName>(
  doc: SourceDoc,
  path: Path,
  kind: K,
  name: string,
) => SourceDoc<K> | undefined;

/** The names a reference to `kind` may use: its documents', the broken ones' too. */
function known(kind: KindName, map: Map<string, unknown>, invalid: ReadonlySet<string>): string {
  const broken = [...invalid].filter((id) => id.startsWith(`${kind}/`));
  const names = [
    ...new Set([...map.keys(), ...broken.map((id) => id.slice(kind.length + 1))]),
  ].sort();
  if (names.length === 0) return "; none is defined";
  const shown = names.slice(0, 10).join(", ");
  return `; expected one of ${shown}${names.length > 10 ? ", …" : ""}`;
}

function buildIndex(byKind: ByKind, report: Report): Index {
  const index = {} as Record<KindName, Map<string, SourceDoc>>;
  for (const [kind, docs] of Object.entries(byKind) as [KindName, SourceDoc[]][]) {
    const map = new Map<string, SourceDoc>();
    for (const d of docs) {
      const first = map.get(d.name);
      if (first) {
        const at = first.at(["metadata", "name"]);
        report(
          d,
          ["metadata", "name"],
          `duplicate ${kind} "${d.name}"; first defined at ${first.file}:${at.line}:${at.column}`,
        );
      } else map.set(d.name, d);
    }
    index[kind] = map;
  }
  return index as Index;
}

function checkService(s: SourceDoc<"Service">, ref: Ref, report: Report): void {
  const spec = s.value.spec;
  const tenant = ref(s, ["spec", "tenant"], "Tenant", spec.tenant);
  const project = ref(s, ["spec", "project"], "Project", spec.project);
  const env = ref(s, ["spec", "env"], "Environment", spec.env);
  const size = ref(s, ["spec", "size"], "Size", spec.size);
  if (project && tenant && project.value.spec.tenant !== spec.tenant) {
    report(
      s,
      ["spec", "project"],
      `project "${spec.project}" belongs to tenant "${project.value.spec.tenant}", not "${spec.tenant}"`,
    );
  }
  if (project && env && !project.value.spec.environments.includes(spec.env)) {
    report(
      s,
      ["spec", "env"],
      `project "${spec.project}" does not allow environment "${spec.env}"; it allows ${project.value.spec.environments.join(", ")}`,
    );
  }
  spec.regions.forEach((name, i) => {
    const at = ["spec", "regions", i];
    const region = ref(s, at, "Region", name);
    if (!region) return;
    if (tenant && !tenant.value.spec.regions.includes(name)) {
      report(
        s,
        at,
        `tenant "${spec.tenant}" may not use region "${name}"; it may use ${tenant.value.spec.regions.join(", ") || "no region"}`,
      );
    }
    const provider = region.value.spec.provider;
    if (size && !size.value.spec.providers[provider]) {
      report(
        s,
        ["spec", "size"],
        `size "${spec.size}" has no offer for provider "${provider}" (region "${name}")`,
      );
    }
    const mode = region.value.spec.nodePool.mode;
    if (spec.runtime === "k8s" && mode === "containerd-only") {
      report(
        s,
        at,
        `runtime "k8s" needs Kubernetes, but region "${name}" runs nodePool.mode "containerd-only" (no Kubernetes to apply manifests to); use runtime "container" there, or a region whose mode is k8s or k3s-worker`,
      );
    }
    if (spec.runtime === "container" && !region.value.spec.nodePool.hosts?.length) {
      report(
        s,
        at,
        `runtime "container" needs nodePool.hosts in region "${name}" (the containerd nodes Ansible deploys to)`,
      );
    }
  });
}

/**
 * Names render builds by joining others with "-" must stay unambiguous: tenant "a-b" with
 * env "c" and tenant "a" with env "b-c" would otherwise share a namespace or an OIDC trust.
 */
function checkDerivedNames(services: SourceDoc<"Service">[], report: Report): void {
  const claims = new Map<string, string>();
  const claim = (
    s: SourceDoc<"Service">,
    path: Path,
    what: string,
    name: string,
    owner: string,
  ) => {
    const key = `${what}/${name}`;
    const other = claims.get(key);
    if (other !== undefined && other !== owner)
      report(
        s,
        path,
        `${what} "${name}" would be shared by ${other} and ${owner}; rename one of them`,
      );
    else claims.set(key, owner);
  };
  for (const s of services) {
    const { tenant, project, env, publicName } = s.value.spec;
    const namespace = namespaceOf(tenant, project, env);
    if (namespace.length > 63) {
      report(
        s,
        ["spec", "project"],
        `namespace "${namespace}" (tenant-project-env) is longer than 63 characters; shorten a name`,
      );
    }
    claim(
      s,
      ["spec", "project"],
      "namespace",
      namespace,
      `tenant ${tenant}, project ${project}, env ${env}`,
    );
    claim(
      s,
      ["spec", "env"],
      "GitHub environment",
      deployEnvironmentOf(tenant, env),
      `tenant ${tenant}, env ${env}`,
    );
    if (publicName)
      claim(s, ["spec", "publicName"], "public name", publicName, `service ${s.name}`);
  }
}

function checkGtm(g: SourceDoc<"GtmPolicy">, k: ByKind, ref: Ref, report: Report): void {
  const spec = g.value.spec;
  const providers = k.Platform[0]?.value.spec.dns.providers ?? [];
  if (k.Platform.length > 0 && !providers.some((p) => p.name === spec.provider)) {
    report(
      g,
      ["spec", "provider"],
      `unknown DNS provider "${spec.provider}"; the Platform defines ${providers.map((p) => p.name).join(", ")}`,
    );
  }
  if (spec.publicName !== spec.zone && !spec.publicName.endsWith(`.${spec.zone}`)) {
    report(g, ["spec", "publicName"], `"${spec.publicName}" is not inside zone "${spec.zone}"`);
  }
  const seen = new Set<string>();
  spec.regions.forEach((r, i) => {
    ref(g, ["spec", "regions", i, "region"], "Region", r.region);
    if (seen.has(r.region))
      report(g, ["spec", "regions", i, "region"], `region "${r.region}" is listed twice`);
    seen.add(r.region);
  });
  // Failover targets are regions of this policy: traffic can only move where it is served.
  spec.regions.forEach((r, i) => {
    (r.failover ?? []).forEach((t, j) => {
      const at = ["spec", "regions", i, "failover", j];
      if (t === r.region) report(g, at, `region "${r.region}" fails over to itself`);
      else if (!seen.has(t))
        report(
          g,
          at,
          `failover target "${t}" is not one of this policy's regions (${[...seen].join(", ")})`,
        );
    });
  });
}

function checkAutoscale(policies: SourceDoc<"AutoscalePolicy">[], ref: Ref, report: Report): void {
  const byRegion = new Map<string, SourceDoc>();
  for (const a of policies) {
    const spec = a.value.spec;
    if (spec.min > spec.max)
      report(a, ["spec", "min"], `min (${spec.min}) is greater than max (${spec.max})`);
    const region = ref(a, ["spec", "region"], "Region", spec.region);
    if (region) {
      const pool = region.value.spec.nodePool;
      if (spec.min < pool.min)
        report(
          a,
          ["spec", "min"],
          `min (${spec.min}) is below region "${spec.region}"'s nodePool.min (${pool.min})`,
        );
      if (spec.max > pool.max)
        report(
          a,
          ["spec", "max"],
          `max (${spec.max}) is above region "${spec.region}"'s nodePool.max (${pool.max})`,
        );
    }
    const other = byRegion.get(spec.region);
    if (other)
      report(
        a,
        ["spec", "region"],
        `region "${spec.region}" already has AutoscalePolicy "${other.name}" (${other.file})`,
      );
    else byRegion.set(spec.region, a);
  }
}

function checkCompositions(comps: SourceDoc<"Composition">[], ref: Ref, report: Report): void {
  const byName = new Map(comps.map((c) => [c.name, c]));
  for (const c of comps) {
    // A tenant's composition stays inside the tenant's regions, as its services do.
    const tenantName = c.value.metadata.labels?.[TENANT_LABEL];
    const tenant =
      tenantName === undefined
        ? undefined
        : ref(c, ["metadata", "labels", TENANT_LABEL], "Tenant", tenantName);
    c.value.spec.regions.forEach((r, i) => {
      const region = ref(c, ["spec", "regions", i], "Region", r);
      if (region && tenant && !tenant.value.spec.regions.includes(r))
        report(
          c,
          ["spec", "regions", i],
          `tenant "${tenantName}" may not use region "${r}"; it may use ${tenant.value.spec.regions.join(", ") || "no region"}`,
        );
    });
    (c.value.spec.dependsOn ?? []).forEach((d, i) => {
      ref(c, ["spec", "dependsOn", i], "Composition", d);
    });
  }
  // Depth-first search; each cycle is reported once, on the edge that closes it.
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (c: SourceDoc<"Composition">) => {
    state.set(c.name, "open");
    stack.push(c.name);
    (c.value.spec.dependsOn ?? []).forEach((dep, i) => {
      const target = byName.get(dep);
      if (!target) return;
      if (state.get(dep) === "open") {
        const cycle = [...stack.slice(stack.indexOf(dep)), dep];
        report(c, ["spec", "dependsOn", i], `dependency cycle: ${cycle.join(" → ")}`);
      } else if (!state.has(dep)) visit(target);
    });
    stack.pop();
    state.set(c.name, "done");
  };
  for (const c of [...comps].sort((a, b) => (a.name < b.name ? -1 : 1)))
    if (!state.has(c.name)) visit(c);
}

/**
 * Module sources come only from the prefixes the Platform allows: a composition is code that
 * runs with the cloud's credentials, so where it comes from is the platform owners' choice.
 * A `..` segment after the prefix would climb out of it.
 */
function checkModuleSources(
  comps: SourceDoc<"Composition">[],
  platform: SourceDoc<"Platform"> | undefined,
  report: Report,
): void {
  if (!platform) return; // no Platform is already a problem of its own
  const allowed = platform.value.spec.moduleSources ?? [];
  for (const c of comps) {
    const source = c.value.spec.module.source;
    const prefix = allowed.find((p) => source.startsWith(p));
    const climbs =
      prefix !== undefined && /(^|[/\\])\.\.([/\\?]|$)/.test(source.slice(prefix.length));
    if (prefix !== undefined && !climbs) continue;
    report(
      c,
      ["spec", "module", "source"],
      climbs
        ? `module source "${source}" leaves the allowed prefix "${prefix}" with a ".." segment`
        : allowed.length === 0
          ? `module source "${source}" is not allowed: the Platform lists no moduleSources; add a prefix to Platform.spec.moduleSources (${platform.file})`
          : `module source "${source}" is not allowed; Platform.spec.moduleSources allows ${allowed.map((p) => `"${p}"`).join(", ")}`,
    );
  }
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
