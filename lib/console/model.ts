// The console's data: what the five pages show, built from the loaded configuration, the
// rendered units, the node-pool history and the status branch. Pure: the reading is done
// (read.ts), the HTML comes after (pages-*.ts). Every record from the status branch goes
// through the parser its writer's module owns, so the console believes what they believe.
import type { UnitRecord } from "../apply/records.ts";
import { recordPath } from "../apply/records.ts";
import { parseStatus, statusPath } from "../autoscale/status.ts";
import { decodeTfvars, readNodeCount } from "../autoscale/tfvars.ts";
import { desiredRecordSets, trafficShares } from "../gtm/desired.ts";
import { gtmStatusPath, parseGtmRecord } from "../gtm/record.ts";
import type { GtmDecision } from "../gtm/types.ts";
import { DNS_WEIGHTING } from "../model/feasible.ts";
import type { LoadedConfig } from "../model/load.ts";
import { Layers, type Lifecycle } from "../model/schema.ts";
import { type Matrix, type Route, resolveMatrix, routeComposition } from "../policy/matrix.ts";
import type { Unit } from "../stacks/inventory.ts";
import type { PoolPoint, StatusBranch, StatusCommit } from "./git-read.ts";

export interface ConsoleInput {
  config: LoadedConfig;
  units: Unit[];
  /** Node count per region at HEAD (infra/node-pool/<region>.tfvars), when readable. */
  nodeCounts: Map<string, number>;
  /** infra-relative node-pool file → its versions along the first-parent chain, oldest first. */
  poolHistory: Map<string, PoolPoint[]>;
  status: StatusBranch | undefined;
  statusBranch: string;
  /** Commit subjects of HEAD's recent history, for the PR a commit merged. */
  subjects: Map<string, string>;
  /** When the site was built (shown, never used to decide). */
  builtAt: Date;
}

export interface ServiceView {
  name: string;
  size: string;
  runtime: string;
  regions: string[];
  publicName?: string;
}
export interface EnvView {
  name: string;
  services: ServiceView[];
}
export interface ProjectView {
  name: string;
  owners: string[];
  envs: EnvView[];
}
export interface TenantView {
  name: string;
  displayName?: string;
  owners: string[];
  regions: string[];
  budget: number;
  projects: ProjectView[];
}

export interface RegionView {
  name: string;
  provider: string;
  location: string;
  mode: string;
  min: number;
  max: number;
  weight: number;
  addresses: string[];
  instanceType?: string;
  services: number;
}

export interface TrafficRegion {
  region: string;
  baseWeight: number;
  /** The weight the last recorded decision serves; the base weight when none is recorded. */
  weight: number;
  share: number;
  state: "up" | "degraded" | "down";
  /** Why, from the record: failed probes in a row, the figures that degraded it. */
  evidence: string;
}

export interface TrafficDecision {
  sha: string;
  at: string;
  message: string;
  weights: Record<string, number>;
}

export interface TrafficView {
  policy: string;
  publicName: string;
  provider: string;
  weighting: "native" | "membership";
  recorded: boolean;
  failOpen: boolean;
  alert: boolean;
  dnsPending: boolean;
  regions: TrafficRegion[];
  /** Newest first. */
  decisions: TrafficDecision[];
  /** A record that was there but not readable. */
  unreadable?: string;
  /** Regions the record holds that the policy no longer lists. */
  unlisted: string[];
}

export interface CapacityView {
  region: string;
  nodes?: number;
  min: number;
  max: number;
  autoscaled: boolean;
  /** Oldest first: the count after each first-parent commit that changed it. */
  history: { sha: string; at: string; nodes: number; subject: string }[];
  recommendations: { at: string; nodes: number }[];
  last?: { at: string; current: number; desired: number; recommendation: number; reason: string };
  pull?: { number: number; desired: number };
  rejected?: { nodes: number; pull: number; at: string };
  /** The autoscaler's commits on the status branch, newest first. */
  decisions: StatusCommit[];
}

export type UnitState = "applied" | "pending" | "held" | "failed" | "in-progress" | "never";

export interface UnitView {
  id: string;
  layer: Lifecycle;
  region: string;
  engine: string;
  dependsOn: string[];
  route: Route;
  state: UnitState;
  record?: UnitRecord;
  /** The PR the last applied commit merged, from its subject. */
  pull?: number;
  subject?: string;
  /** Applied by the newest apply on the branch. */
  inLastApply: boolean;
}

export interface PolicyView {
  platformOwners: string[];
  tenants: { name: string; owners: string[]; projects: { name: string; owners: string[] }[] }[];
  environments: { name: string; approvals: number; protected: boolean }[];
  matrix: Matrix;
  matrixSource?: string;
  /** Approvals a change needs per layer and environment (the larger of the two asks). */
  gates: { layer: Lifecycle; env: string; approvals: number; window: boolean }[];
  compositions: { name: string; layer: Lifecycle; regions: string[]; route: Route }[];
  rules: {
    policy: string;
    description?: string;
    match: string;
    rule: string;
    message: string;
    severity: string;
  }[];
  bundles: { policy: string; bundle: string }[];
}

export interface ConsoleData {
  repository: string;
  builtAt: string;
  statusBranch: string;
  statusHead?: StatusCommit;
  tenants: TenantView[];
  regions: RegionView[];
  traffic: TrafficView[];
  capacity: CapacityView[];
  units: UnitView[];
  lastApply?: { commit: string; at: string; run: string };
  policy: PolicyView;
  counts: { services: number; regions: number; units: number };
}

const byName = <T extends { name: string }>(a: T, b: T) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

export function consoleData(input: ConsoleInput): ConsoleData {
  const { config } = input;
  const platform = config.byKind.Platform[0]?.value.spec;
  const matrixDoc = config.byKind.DecisionMatrix[0];
  const matrix = resolveMatrix(matrixDoc);
  return {
    repository: platform?.repository ?? "",
    builtAt: input.builtAt.toISOString(),
    statusBranch: input.statusBranch,
    ...(input.status ? { statusHead: input.status.head } : {}),
    tenants: tenantViews(config),
    regions: regionViews(config),
    traffic: trafficViews(input),
    capacity: capacityViews(input),
    ...unitViews(input, matrix),
    policy: policyView(config, matrix, matrixDoc?.name),
    counts: {
      services: config.byKind.Service.length,
      regions: config.byKind.Region.length,
      units: input.units.length,
    },
  };
}

function tenantViews(config: LoadedConfig): TenantView[] {
  // Index once: a 10,000-service platform must not be scanned per tenant and project.
  const services = new Map<string, ServiceView[]>();
  for (const s of config.byKind.Service) {
    const key = `${s.value.spec.tenant}\0${s.value.spec.project}\0${s.value.spec.env}`;
    const list = services.get(key) ?? [];
    list.push({
      name: s.name,
      size: s.value.spec.size,
      runtime: s.value.spec.runtime,
      regions: s.value.spec.regions,
      ...(s.value.spec.publicName ? { publicName: s.value.spec.publicName } : {}),
    });
    services.set(key, list);
  }
  const projects = new Map<string, ProjectView[]>();
  for (const p of config.byKind.Project) {
    const envs = p.value.spec.environments.map((env) => ({
      name: env,
      services: (services.get(`${p.value.spec.tenant}\0${p.name}\0${env}`) ?? []).sort(byName),
    }));
    const list = projects.get(p.value.spec.tenant) ?? [];
    list.push({ name: p.name, owners: p.value.spec.owners, envs });
    projects.set(p.value.spec.tenant, list);
  }
  return config.byKind.Tenant.map((t) => ({
    name: t.name,
    ...(t.value.spec.displayName ? { displayName: t.value.spec.displayName } : {}),
    owners: t.value.spec.owners,
    regions: t.value.spec.regions,
    budget: t.value.spec.budget.monthly,
    projects: (projects.get(t.name) ?? []).sort(byName),
  })).sort(byName);
}

function regionViews(config: LoadedConfig): RegionView[] {
  const served = new Map<string, number>();
  for (const s of config.byKind.Service)
    for (const r of s.value.spec.regions) served.set(r, (served.get(r) ?? 0) + 1);
  return config.byKind.Region.map((r) => {
    const s = r.value.spec;
    return {
      name: r.name,
      provider: s.provider,
      location: s.location,
      mode: s.nodePool.mode,
      min: s.nodePool.min,
      max: s.nodePool.max,
      weight: s.weight,
      addresses: s.ingress.addresses,
      ...(s.nodePool.instanceType ? { instanceType: s.nodePool.instanceType } : {}),
      services: served.get(r.name) ?? 0,
    };
  }).sort(byName);
}

function trafficViews(input: ConsoleInput): TrafficView[] {
  const { config, status } = input;
  const providers = config.byKind.Platform[0]?.value.spec.dns.providers ?? [];
  const ingress = Object.fromEntries(
    config.byKind.Region.map((r) => [r.name, { addresses: r.value.spec.ingress.addresses }]),
  );
  return config.byKind.GtmPolicy.map((p) => {
    const spec = p.value.spec;
    const provider = providers.find((d) => d.name === spec.provider);
    const weighting = provider ? DNS_WEIGHTING[provider.type] : "native";
    const file = gtmStatusPath(p.name);
    const raw = status?.files.get(file);
    const parsed = raw === undefined ? undefined : parseGtmRecord(raw);
    const record = typeof parsed === "object" ? parsed : undefined;
    const regions = spec.regions.map((r): Omit<TrafficRegion, "share"> => {
      const state = record?.state.regions[r.region];
      const figures = record?.degraded?.[r.region];
      const weight = state ? state.weight : r.weight;
      if (!state)
        return {
          region: r.region,
          baseWeight: r.weight,
          weight,
          state: "up",
          evidence: "no decision recorded: up until evidence",
        };
      const counts = `${state.failures}/${spec.hysteresis.failures} failed probes in a row`;
      if (state.state === "down")
        return { region: r.region, baseWeight: r.weight, weight, state: "down", evidence: counts };
      if (figures) {
        const parts = [
          figures.errorRate !== undefined ? `error rate ${percent(figures.errorRate)}` : "",
          figures.latencySeconds !== undefined ? `latency ${figures.latencySeconds} s` : "",
        ].filter(Boolean);
        return {
          region: r.region,
          baseWeight: r.weight,
          weight,
          state: "degraded",
          evidence: `${parts.join(", ")}; ${counts}`,
        };
      }
      return { region: r.region, baseWeight: r.weight, weight, state: "up", evidence: counts };
    });
    const shares = sharesOf(spec.publicName, regions, ingress, weighting);
    const decisions = (status?.history.get(file) ?? []).flatMap((v) => {
      const rec = parseGtmRecord(v.value);
      if (typeof rec === "string") return [];
      const weights = Object.fromEntries(
        Object.entries(rec.state.regions).map(([name, s]) => [name, s.weight]),
      );
      return [{ sha: v.sha, at: v.at, message: v.message, weights }];
    });
    return {
      policy: p.name,
      publicName: spec.publicName,
      provider: spec.provider,
      weighting,
      recorded: record !== undefined,
      failOpen: record?.failOpen ?? false,
      alert: record?.alert ?? false,
      dnsPending: record?.dnsPending ?? false,
      regions: regions.map((r) => ({ ...r, share: shares[r.region] ?? 0 })),
      decisions,
      unlisted: Object.keys(record?.state.regions ?? {}).filter(
        (name) => !spec.regions.some((r) => r.region === name),
      ),
      ...(typeof parsed === "string" ? { unreadable: `${file}: ${parsed}` } : {}),
    };
  });
}

/** Shares as resolvers will see them: the GTM's own record sets and share function. */
function sharesOf(
  publicName: string,
  regions: { region: string; weight: number; state: string }[],
  ingress: Record<string, { addresses: string[] }>,
  weighting: "native" | "membership",
): Record<string, number> {
  const decision: GtmDecision = {
    publicName,
    state: { regions: {} },
    regions: regions.map((r) => ({
      region: r.region,
      state: r.state === "down" ? "down" : "up",
      previousState: null,
      baseWeight: r.weight,
      previousWeight: null,
      weight: r.weight,
      reason: "",
    })),
    failOpen: false,
    alert: false,
  };
  const mine = Object.fromEntries(
    regions.map((r) => [r.region, ingress[r.region] ?? { addresses: [] }]),
  );
  const { records } = desiredRecordSets(decision, mine, 60, weighting);
  return trafficShares(records, mine);
}

function capacityViews(input: ConsoleInput): CapacityView[] {
  const { config, status } = input;
  const policies = new Map(config.byKind.AutoscalePolicy.map((a) => [a.value.spec.region, a]));
  return config.byKind.Region.map((r) => {
    const policy = policies.get(r.name)?.value.spec;
    const file = `node-pool/${r.name}.tfvars`;
    const history: CapacityView["history"] = [];
    for (const v of input.poolHistory.get(file) ?? []) {
      if (v.text === undefined) continue;
      let nodes: number;
      try {
        nodes = readNodeCount(v.text, file).count;
      } catch {
        continue; // a commit where the file was broken: no point rather than a wrong one
      }
      if (history.at(-1)?.nodes === nodes) continue;
      history.push({ sha: v.sha, at: v.at, nodes, subject: input.subjects.get(v.sha) ?? "" });
    }
    const raw = status?.files.get(statusPath(r.name));
    const recorded = raw === undefined ? undefined : parseStatus(raw, r.name);
    const nodes = input.nodeCounts.get(r.name);
    return {
      region: r.name,
      ...(nodes !== undefined ? { nodes } : {}),
      min: policy?.min ?? r.value.spec.nodePool.min,
      max: policy?.max ?? r.value.spec.nodePool.max,
      autoscaled: policy !== undefined,
      history,
      recommendations: recorded?.recommendations ?? [],
      ...(recorded?.last ? { last: recorded.last } : {}),
      ...(recorded?.pull
        ? { pull: { number: recorded.pull.number, desired: recorded.pull.desired } }
        : {}),
      ...(recorded?.rejected ? { rejected: recorded.rejected } : {}),
      decisions: (status?.history.get(statusPath(r.name)) ?? []).map(({ value: _, ...c }) => c),
    };
  }).sort((a, b) => (a.region < b.region ? -1 : 1));
}

function unitViews(
  input: ConsoleInput,
  matrix: Matrix,
): { units: UnitView[]; lastApply?: ConsoleData["lastApply"] } {
  const records = input.units.map((u) =>
    asUnitRecord(input.status?.files.get(recordPath(u.id)), u.id),
  );
  let lastApply: ConsoleData["lastApply"];
  for (const r of records)
    if (r?.lastApplied && (!lastApply || r.lastApplied.at > lastApply.at))
      lastApply = { commit: r.lastApplied.commit, at: r.lastApplied.at, run: r.lastApplied.run };
  const compositions = input.config.byKind.Composition.map((c) => c.value);
  const units = input.units.map((u, i): UnitView => {
    const record = records[i];
    let route = matrix[u.layer];
    for (const c of compositions) {
      if (c.spec.lifecycle !== u.layer || !c.spec.regions.includes(u.region)) continue;
      const r = routeComposition(matrix, c);
      if (r.approvals > route.approvals) route = { ...route, approvals: r.approvals };
    }
    const subject = record?.lastApplied ? input.subjects.get(record.lastApplied.commit) : undefined;
    const pull = subject ? pullOf(subject) : undefined;
    return {
      id: u.id,
      layer: u.layer,
      region: u.region,
      engine: u.engine,
      dependsOn: u.dependsOn,
      route,
      state: unitState(record),
      ...(record ? { record } : {}),
      ...(subject !== undefined ? { subject } : {}),
      ...(pull !== undefined ? { pull } : {}),
      inLastApply:
        lastApply !== undefined &&
        record?.lastApplied?.run === lastApply.run &&
        record.lastApplied.commit === lastApply.commit,
    };
  });
  return { units, ...(lastApply ? { lastApply } : {}) };
}

function unitState(r: UnitRecord | undefined): UnitState {
  if (!r) return "never";
  if (r.inProgress) return "in-progress";
  if (r.held) return "held";
  if (r.lastFailure && r.pendingSince) return "failed";
  if (r.pendingSince) return "pending";
  return r.lastApplied ? "applied" : "never";
}

/** "Merge pull request #12 from …" or a squash merge's "… (#12)". */
export function pullOf(subject: string): number | undefined {
  const m = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
  return m ? Number(m[1]) : undefined;
}

/** A unit record as far as it has the shape apply writes; hand edits lose their odd parts. */
function asUnitRecord(value: unknown, unit: string): UnitRecord | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  const entry = (e: unknown) => {
    if (typeof e !== "object" || e === null) return undefined;
    const o = e as Record<string, unknown>;
    return typeof o.commit === "string" && typeof o.at === "string"
      ? {
          commit: o.commit,
          hash: typeof o.hash === "string" ? o.hash : "",
          at: o.at,
          run: typeof o.run === "string" ? o.run : String(o.run ?? ""),
          result: o.result === "no-changes" ? ("no-changes" as const) : ("applied" as const),
        }
      : undefined;
  };
  const strings = (o: unknown, keys: string[]) => {
    if (typeof o !== "object" || o === null) return undefined;
    const r = o as Record<string, unknown>;
    return keys.every((k) => typeof r[k] === "string") ? (r as Record<string, string>) : undefined;
  };
  const lastApplied = entry(v.lastApplied);
  const applied = Array.isArray(v.applied)
    ? v.applied.map(entry).filter((e) => e !== undefined)
    : [];
  const record: UnitRecord = { unit, applied };
  if (lastApplied) record.lastApplied = lastApplied;
  if (typeof v.pendingSince === "string") record.pendingSince = v.pendingSince;
  const progress = strings(v.inProgress, ["commit", "run", "since"]);
  if (progress)
    record.inProgress = { commit: progress.commit!, run: progress.run!, since: progress.since! };
  const failure = strings(v.lastFailure, ["commit", "run", "at", "error"]);
  if (failure)
    record.lastFailure = {
      commit: failure.commit!,
      run: failure.run!,
      at: failure.at!,
      error: failure.error!,
    };
  const held = strings(v.held, ["commit", "run", "at", "until"]);
  if (held)
    record.held = { commit: held.commit!, run: held.run!, at: held.at!, until: held.until! };
  const correction = strings(v.lastCorrection, ["commit", "hash", "run", "at"]);
  if (correction)
    record.lastCorrection = {
      commit: correction.commit!,
      hash: correction.hash!,
      run: correction.run!,
      at: correction.at!,
    };
  return record;
}

function policyView(
  config: LoadedConfig,
  matrix: Matrix,
  matrixSource: string | undefined,
): PolicyView {
  const envs = config.byKind.Environment.map((e) => ({
    name: e.name,
    approvals: e.value.spec.approvals,
    protected: e.value.spec.protected,
  }));
  const rules: PolicyView["rules"] = [];
  const bundles: PolicyView["bundles"] = [];
  for (const p of config.byKind.Policy) {
    const spec = p.value.spec;
    const m = spec.match;
    const match =
      [
        m?.kinds ? `kinds ${m.kinds.join(", ")}` : "",
        m?.lifecycles ? `layers ${m.lifecycles.join(", ")}` : "",
        m?.environments ? `environments ${m.environments.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join("; ") || "everything";
    for (const v of spec.validations ?? [])
      rules.push({
        policy: p.name,
        ...(spec.description ? { description: spec.description } : {}),
        match,
        rule: v.expression,
        message: v.message,
        severity: v.severity ?? "deny",
      });
    if (spec.opa) bundles.push({ policy: p.name, bundle: spec.opa.bundle });
  }
  return {
    platformOwners: config.byKind.Platform[0]?.value.spec.owners ?? [],
    tenants: config.byKind.Tenant.map((t) => ({
      name: t.name,
      owners: t.value.spec.owners,
      projects: config.byKind.Project.filter((p) => p.value.spec.tenant === t.name)
        .map((p) => ({ name: p.name, owners: p.value.spec.owners }))
        .sort(byName),
    })).sort(byName),
    environments: envs,
    matrix,
    ...(matrixSource ? { matrixSource } : {}),
    gates: Layers.flatMap((layer) =>
      envs.map((e) => ({
        layer,
        env: e.name,
        approvals: Math.max(matrix[layer].approvals, e.approvals),
        window: matrix[layer].maintenanceWindow,
      })),
    ),
    compositions: config.byKind.Composition.map((c) => ({
      name: c.name,
      layer: c.value.spec.lifecycle,
      regions: c.value.spec.regions,
      route: routeComposition(matrix, c.value),
    })).sort(byName),
    rules,
    bundles,
  };
}

export function percent(x: number): string {
  return `${Number((x * 100).toFixed(1))}%`;
}

/** The node count a node-pool file holds, or undefined when it is missing or unreadable. */
export function nodeCountOf(bytes: Uint8Array | undefined, file: string): number | undefined {
  if (!bytes) return undefined;
  try {
    return readNodeCount(decodeTfvars(bytes, file), file).count;
  } catch {
    return undefined;
  }
}
