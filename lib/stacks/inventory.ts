// The units `plan` and `apply` work on, read from the rendered tree: a Terraform stack per
// layer and region (with its stack.json), a region's Kubernetes manifests and gateway
// (applications, synced by the GitOps engine) and a region's Ansible playbook (config).
// For each unit: the files whose change affects it — its own directory, the local modules
// it calls (followed recursively) and the variable files it reads.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ConfigurationError, errorMessage } from "../errors.ts";
import { Layers, type Lifecycle } from "../model/schema.ts";

export type EngineName = "terraform" | "gitops" | "ansible";

export interface Unit {
  /** e.g. stacks/platform/jp1, k8s/sg1, gateway/eu1, ansible/cn1 (relative to infra/). */
  id: string;
  layer: Lifecycle;
  region: string;
  engine: EngineName;
  /** Variable files, relative to infra/ (e.g. node-pool/jp1.tfvars). */
  varFiles: string[];
  /** Unit ids this one needs applied first (stack.json `dependsOn`). */
  dependsOn: string[];
  /** Directories (relative to infra/, no trailing slash) whose files affect this unit. */
  watch: string[];
  /** The cloud identities that plan and apply this unit (stack.json `identity`). */
  identity?: UnitIdentityRef;
}

/** What stack.json says about a unit's identities (render writes it, lib/model/identity.ts names it). */
export interface UnitIdentityRef {
  provider: "aws" | "gcp" | "alicloud";
  account: string;
  /** gcp: the pool provider's resource name. */
  workloadIdentityProvider?: string;
  /** alicloud: the RAM OIDC provider. */
  oidcProviderArn?: string;
  plan: { roleArn?: string; serviceAccount?: string; subjects: string[] };
  apply: { roleArn?: string; serviceAccount?: string; subjects: string[] };
}

const LAYERS: readonly string[] = Layers;
const REGION = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
const LOCAL_SOURCE = /^\s*source\s*=\s*"(\.\.?\/[^"]*)"/gm;

interface StackJson {
  layer?: string;
  region?: string;
  engine?: string;
  varFiles?: string[];
  dependsOn?: string[];
  identity?: unknown;
}

const SAFE = /^[A-Za-z0-9:/@._+=,-]{1,300}$/;

/** The identity of a stack.json, checked field by field (a PR may have written the file). */
function parseIdentity(raw: unknown, id: string): UnitIdentityRef | undefined {
  if (raw === undefined) return undefined;
  const bad = (why: string) =>
    new ConfigurationError([
      {
        root: ".",
        file: `infra/${id}/stack.json`,
        line: 1,
        column: 1,
        message: `identity: ${why}; run render`,
      },
    ]);
  const o = raw as Record<string, unknown>;
  if (typeof o !== "object" || o === null) throw bad("expected an object");
  if (o.provider !== "aws" && o.provider !== "gcp" && o.provider !== "alicloud")
    throw bad("provider must be aws, gcp or alicloud");
  const str = (v: unknown, name: string, required: boolean): string | undefined => {
    if (v === undefined && !required) return undefined;
    if (typeof v !== "string" || !SAFE.test(v)) throw bad(`${name} is not a plain name`);
    return v;
  };
  const side = (v: unknown, use: string) => {
    const s = v as Record<string, unknown>;
    if (typeof s !== "object" || s === null) throw bad(`${use} must be an object`);
    const subjects = Array.isArray(s.subjects) ? s.subjects : [];
    return {
      roleArn: str(s.roleArn, `${use}.roleArn`, o.provider !== "gcp"),
      serviceAccount: str(s.serviceAccount, `${use}.serviceAccount`, o.provider === "gcp"),
      subjects: subjects.map((x, i) => str(x, `${use}.subjects[${i}]`, true)!),
    };
  };
  return {
    provider: o.provider,
    account: str(o.account, "account", true)!,
    workloadIdentityProvider: str(
      o.workloadIdentityProvider,
      "workloadIdentityProvider",
      o.provider === "gcp",
    ),
    oidcProviderArn: str(o.oidcProviderArn, "oidcProviderArn", o.provider === "alicloud"),
    plan: side(o.plan, "plan"),
    apply: side(o.apply, "apply"),
  };
}

const dirs = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];

/** infra/-relative POSIX path of `abs`, or undefined when it lies outside infra/. */
function inside(infraDir: string, abs: string): string | undefined {
  const rel = path.relative(infraDir, abs).split(path.sep).join("/");
  return rel === "" || rel.startsWith("../") || path.isAbsolute(rel) ? undefined : rel;
}

/**
 * Local module directories a Terraform directory calls, recursively (`source = "../x"`).
 * Registry and git sources are not files of this repository and are left out.
 */
export function localModules(infraDir: string, dir: string, seen = new Set<string>()): string[] {
  const abs = path.join(infraDir, dir);
  if (!existsSync(abs)) return [];
  for (const file of readdirSync(abs).sort()) {
    if (!file.endsWith(".tf")) continue;
    const text = readFileSync(path.join(abs, file), "utf8");
    for (const m of text.matchAll(LOCAL_SOURCE)) {
      const target = inside(infraDir, path.resolve(abs, m[1]!));
      if (target === undefined || seen.has(target) || target === dir) continue;
      seen.add(target);
      localModules(infraDir, target, seen);
    }
  }
  return [...seen].sort();
}

function readStackJson(file: string, id: string): StackJson {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as StackJson;
  } catch (err) {
    throw new ConfigurationError([
      {
        root: ".",
        file: `infra/${id}/stack.json`,
        line: 1,
        column: 1,
        message: `cannot read the stack description: ${errorMessage(err)}; run render`,
      },
    ]);
  }
}

/** Every unit of the rendered tree under `infraDir`, sorted by layer order then id. */
export function listUnits(infraDir: string): Unit[] {
  const units: Unit[] = [];
  for (const layer of dirs(path.join(infraDir, "stacks"))) {
    if (!LAYERS.includes(layer)) continue;
    for (const region of dirs(path.join(infraDir, "stacks", layer))) {
      const id = `stacks/${layer}/${region}`;
      const file = path.join(infraDir, id, "stack.json");
      if (!REGION.test(region) || !existsSync(file)) continue;
      const json = readStackJson(file, id);
      const varFiles = (json.varFiles ?? []).flatMap((v) => {
        const rel = inside(infraDir, path.resolve(infraDir, id, v));
        return rel === undefined ? [] : [rel];
      });
      units.push({
        id,
        layer: layer as Lifecycle,
        region,
        engine: json.engine === "ansible" || json.engine === "gitops" ? json.engine : "terraform",
        varFiles,
        dependsOn: (json.dependsOn ?? []).map((d) => `stacks/${d}`),
        watch: [id, ...localModules(infraDir, id)],
        identity: parseIdentity(json.identity, id),
      });
    }
  }
  const regional: [string, Lifecycle, EngineName][] = [
    ["k8s", "applications", "gitops"],
    ["gateway", "applications", "gitops"],
    ["ansible", "config", "ansible"],
  ];
  for (const [top, layer, engine] of regional) {
    for (const region of dirs(path.join(infraDir, top))) {
      if (!REGION.test(region)) continue;
      const id = `${top}/${region}`;
      // The playbook acts on the first node_count machines of its inventory: the count is
      // part of what it does, so its change is a change of this unit.
      const pool = `node-pool/${region}.tfvars`;
      const varFiles = top === "ansible" && existsSync(path.join(infraDir, pool)) ? [pool] : [];
      units.push({ id, layer, region, engine, varFiles, dependsOn: [], watch: [id] });
    }
  }
  return sortUnits(units);
}

export function sortUnits<T extends { layer: Lifecycle; id: string }>(units: T[]): T[] {
  const rank = (u: T) => LAYERS.indexOf(u.layer);
  return [...units].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Whether an infra/-relative path affects `unit`. */
export function affects(unit: Unit, file: string): boolean {
  return (
    unit.varFiles.includes(file) || unit.watch.some((d) => file === d || file.startsWith(`${d}/`))
  );
}

/** The layer and region a unit id names, for ids that are no longer in the tree. */
export function parseUnitId(id: string): { layer: Lifecycle; region: string } | undefined {
  const parts = id.split("/");
  if (parts[0] === "stacks" && parts.length === 3 && LAYERS.includes(parts[1]!))
    return { layer: parts[1] as Lifecycle, region: parts[2]! };
  if (parts.length !== 2) return undefined;
  const layer =
    parts[0] === "k8s" || parts[0] === "gateway"
      ? "applications"
      : parts[0] === "ansible"
        ? "config"
        : undefined;
  return layer ? { layer, region: parts[1]! } : undefined;
}
