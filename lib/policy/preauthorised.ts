// Whether a change to a region's k8s-base unit is pre-authorised: the autoscaler's node-count
// edit that an AutoscalePolicy — itself approved by the platform owners, like every policy —
// already allows. Such a change needs no human approval and no maintenance window. Pure: the
// caller reads the file's bytes on both sides, who wrote the change (from GitHub), and the
// trusted configurations (the base branch for a PR; for apply, the merged head and the
// configuration the unit was last applied from). Anything short of all of these is not
// pre-authorised, and the usual gates judge it:
//   - every author of the change is the configured bot (`autoscale-author`);
//   - the unit's only changed file is infra/node-pool/<its region>.tfvars, existing on both
//     sides, and it differs in the count's digits alone (any other byte: a comment, a second
//     variable, spacing — is not the autoscaler's edit);
//   - the new count is within [min, max] of the region's AutoscalePolicy and its Region's
//     node pool in every trusted configuration, and within the policy's rate limits (its
//     `behavior`) from the old count.
import { limitRate, resolveBehavior } from "../autoscale/behavior.ts";
import { decodeTfvars, readNodeCount, withNodeCount } from "../autoscale/tfvars.ts";
import { ConfigurationError, problemPath } from "../errors.ts";
import type { LoadedConfig } from "../model/index.ts";
import type { Lifecycle } from "../model/schema.ts";
import type { Location } from "./types.ts";

/** The autoscaler's login when it runs as the GitHub App the README suggests. */
export const DEFAULT_AUTOSCALE_AUTHOR = "cloudneutral-autoscaler[bot]";

/** A file's bytes at one commit, as lib/git's readBlobs gives them. */
export type Blob = Uint8Array | "missing" | "tree";

export interface PreauthorisationInput {
  /** The unit and the files that changed it, relative to the out-dir (infra/). */
  unit: { id: string; layer: Lifecycle; region: string; files: string[] };
  /** Who wrote the change: the PR's author; at apply, the author of every PR that carried it. */
  authors: string[];
  /** The configured bot; empty or undefined: nothing is pre-authorised. */
  bot: string | undefined;
  /** The configurations that decide; each one must authorise the change. */
  trusted: LoadedConfig[];
  /** The node-pool file, relative to the repository, before and after the change. */
  file: string;
  before: Blob;
  after: Blob;
}

export interface Authorisation {
  ok: true;
  unit: string;
  region: string;
  file: string;
  from: number;
  to: number;
  author: string;
  /** The AutoscalePolicy documents that authorised it: `AutoscalePolicy/<name>` and where. */
  policies: { name: string; at: Location }[];
}

export type Preauthorisation = Authorisation | { ok: false; unit: string; why: string };

/** The node-pool file of a region, relative to the out-dir. */
export const nodePoolPath = (region: string) => `node-pool/${region}.tfvars`;

const sameLogin = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function preauthorise(o: PreauthorisationInput): Preauthorisation {
  const { unit } = o;
  const no = (why: string): Preauthorisation => ({ ok: false, unit: unit.id, why });
  if (unit.layer !== "k8s-base") return no(`a ${unit.layer} unit; only node counts are`);
  const bot = o.bot ?? "";
  if (bot === "") return no("no autoscale author is configured");
  const expected = nodePoolPath(unit.region);
  const others = unit.files.filter((f) => f !== expected);
  if (others.length > 0 || !unit.files.includes(expected))
    return no(
      `the change is not ${expected} alone (also ${others.slice(0, 3).join(", ")}${others.length > 3 ? ", …" : ""})`,
    );
  if (o.authors.length === 0) return no("no pull request by the autoscaler carried it");
  const stranger = o.authors.find((a) => !sameLogin(a, bot));
  if (stranger !== undefined) return no(`written by ${stranger}, not ${bot}`);
  if (!(o.before instanceof Uint8Array) || !(o.after instanceof Uint8Array))
    return no(`${o.file} is created or removed, not edited`);

  let from: number;
  let to: number;
  try {
    const before = decodeTfvars(o.before, o.file);
    const after = decodeTfvars(o.after, o.file);
    from = readNodeCount(before, o.file).count;
    to = readNodeCount(after, o.file).count;
    // The autoscaler rewrites the count's digits and nothing else (lib/autoscale/tfvars.ts).
    if (withNodeCount(before, o.file, to) !== after)
      return no(`${o.file} changes more than the node count`);
  } catch (err) {
    if (!(err instanceof ConfigurationError)) throw err;
    const p = err.problems[0];
    return no(p ? `${problemPath(p)}:${p.line}:${p.column}: ${p.message}` : err.message);
  }
  if (from === to) return no("the node count does not change");

  const policies: Authorisation["policies"] = [];
  for (const config of o.trusted) {
    const docs = config.byKind.AutoscalePolicy.filter((p) => p.value.spec.region === unit.region);
    if (docs.length === 0) return no(`no AutoscalePolicy for region ${unit.region}`);
    for (const doc of docs) {
      const spec = doc.value.spec;
      const name = `AutoscalePolicy/${doc.name}`;
      if (to < spec.min || to > spec.max)
        return no(`${to} nodes is outside ${name}'s [${spec.min}, ${spec.max}]`);
      const pool = config.byKind.Region.find((r) => r.name === unit.region)?.value.spec.nodePool;
      if (pool && (to < pool.min || to > pool.max))
        return no(`${to} nodes is outside region ${unit.region}'s pool [${pool.min}, ${pool.max}]`);
      // One step from the old count, with no scale events before it: time plays no part.
      const step = limitRate(from, to, [], new Date(0), resolveBehavior(spec.behavior));
      if (step.nodes !== to)
        return no(`${from} → ${to} is beyond ${name}'s rate limits (${step.note ?? "limited"})`);
      policies.push({
        name,
        at: { root: config.dir, file: doc.file, ...doc.at(["metadata", "name"]) },
      });
    }
  }
  if (policies.length === 0) return no("no trusted configuration to authorise it");
  return {
    ok: true,
    unit: unit.id,
    region: unit.region,
    file: o.file,
    from,
    to,
    author: bot,
    policies,
  };
}

/** One line for people: what was pre-authorised, by which policy. */
export function describeAuthorisation(a: Authorisation): string {
  const names = [...new Set(a.policies.map((p) => p.name))].join(" and ");
  return `node count ${a.from} → ${a.to} in ${a.file} by ${a.author}, pre-authorised by ${names}: no approval or maintenance window needed`;
}
