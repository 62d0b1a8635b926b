// The console's data, as the pages read it: one type per thing a page shows. Built by
// model.ts from the configuration, the rendered units, the node-pool history and the status
// branch.
import type { UnitRecord } from "../apply/records.ts";
import type { LoadedConfig } from "../model/load.ts";
import type { Lifecycle } from "../model/schema.ts";
import type { Matrix, Route } from "../policy/matrix.ts";
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

export const byName = <T extends { name: string }>(a: T, b: T) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

export function percent(x: number): string {
  return `${Number((x * 100).toFixed(1))}%`;
}
