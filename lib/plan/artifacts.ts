// What the untrusted half of the PR workflow hands the trusted half: artifacts, written by a
// job that ran the PR's code, so hostile input. They are read here and only here, before
// anything is shown or attested: a fixed layout of regular files (no links, no other
// entries), bounded in size and count, each a JSON document whose shape is checked exactly
// (unknown fields and wrong types are errors). Any problem refuses the whole set: a comment
// built from half an artifact would look complete when it is not.
import { constants } from "node:fs";
import { lstat, open, readdir } from "node:fs/promises";
import path from "node:path";
import { type Static, type TSchema, Type } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import { UsageError } from "../errors.ts";
import { Layers } from "../model/schema.ts";
import { normalisedDigest } from "../tfplan/hash.ts";
import { classifyActions } from "../tfplan/summary.ts";
import type { StackResult } from "./run.ts";

/** Artifact names, as the untrusted workflow uploads them and download-artifact unpacks them. */
export const PULL_ARTIFACT = "cloudneutral-pull";
export const PLAN_ARTIFACT = "cloudneutral-plan";
export const PULL_FILE = "pull.json";

export interface ArtifactLimits {
  /** Bytes per file. */
  file: number;
  /** Bytes over all files. */
  total: number;
  /** Files over all artifacts. */
  files: number;
}

/** Generous for real plans (the comment keeps far less), small enough to refuse a flood. */
export const DEFAULT_LIMITS: ArtifactLimits = {
  file: 4 * 1024 * 1024,
  total: 32 * 1024 * 1024,
  files: 1_000,
};

/** A broken or hostile artifact: every problem found, each naming its file. */
export class ArtifactError extends UsageError {
  override name = "ArtifactError";
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `the plan artifacts are refused (${problems.length} problem(s)); nothing is commented or attested:\n` +
        problems.map((p) => `  - ${p}`).join("\n"),
    );
    this.problems = problems;
  }
}

const Sha = Type.String({ pattern: "^[0-9a-f]{40}$" });
const Hash = Type.String({ pattern: "^[0-9a-f]{64}$" });
/** What parseUnitId accepts, spelled as a pattern: no `..`, no markup, bounded. */
const UnitId = Type.String({
  pattern: "^(stacks/[a-z0-9-]{1,63}/[a-z0-9-]{1,63}|(k8s|gateway|ansible)/[a-z0-9-]{1,63})$",
});
const Count = Type.Integer({ minimum: 0, maximum: 10_000_000 });
const Text = (maxLength: number) => Type.String({ maxLength });
const strict = { additionalProperties: false } as const;

const Action = Type.Union(
  ["create", "update", "delete", "replace", "read", "noop", "forget"].map((a) => Type.Literal(a)),
);

const Counts = Type.Object(
  {
    create: Count,
    update: Count,
    delete: Count,
    replace: Count,
    read: Count,
    noop: Count,
    forget: Count,
    import: Count,
    move: Count,
  },
  strict,
);

const Summary = Type.Object(
  {
    formatVersion: Text(32),
    terraformVersion: Type.Optional(Text(64)),
    counts: Counts,
    resources: Type.Array(
      Type.Object(
        {
          address: Text(2_048),
          type: Text(256),
          actions: Type.Array(Text(16), { maxItems: 4 }),
          action: Action,
          reason: Type.Optional(Text(128)),
          replacePaths: Type.Optional(Type.Array(Text(1_024), { maxItems: 256 })),
          movedFrom: Type.Optional(Text(2_048)),
          importing: Type.Boolean(),
          deposed: Type.Optional(Text(64)),
        },
        strict,
      ),
    ),
    outputs: Type.Array(
      Type.Object(
        {
          name: Text(256),
          actions: Type.Array(Text(16), { maxItems: 4 }),
          action: Action,
          sensitive: Type.Boolean(),
        },
        strict,
      ),
    ),
    errored: Type.Boolean(),
    complete: Type.Boolean(),
  },
  strict,
);

/** One unit's result, as `mode: all` with `output-dir` (or `mode: stack`) writes it. */
export const UnitResultSchema = Type.Object(
  {
    id: UnitId,
    layer: Type.Union(Layers.map((l) => Type.Literal(l))),
    region: Type.String({ pattern: "^[a-z0-9-]{1,63}$" }),
    engine: Type.Optional(
      Type.Union(["terraform", "ansible", "gitops"].map((e) => Type.Literal(e))),
    ),
    status: Type.Union(["changes", "no-changes", "failed", "removed"].map((s) => Type.Literal(s))),
    files: Type.Array(Text(1_024), { maxItems: 10_000 }),
    counts: Type.Optional(Counts),
    summary: Type.Optional(Summary),
    text: Type.Optional(Text(1_000_000)),
    hash: Type.Optional(Hash),
    entries: Type.Optional(
      Type.Record(Type.String({ maxLength: 2_048 }), Type.String({ pattern: "^[0-9a-f]{10}$" })),
    ),
    normalised: Type.Optional(
      Type.Array(Type.Record(Type.String({ maxLength: 64 }), Type.Unknown()), {
        maxItems: 100_000,
      }),
    ),
    error: Type.Optional(Text(100_000)),
    commit: Sha,
  },
  strict,
);

/** The pull request the untrusted run was for: a claim, checked against GitHub before use. */
export const PullFactsSchema = Type.Object(
  { number: Type.Integer({ minimum: 1, maximum: 2 ** 31 }), head: Sha, base: Sha },
  strict,
);
export type PullFacts = Static<typeof PullFactsSchema>;

export interface ReviewArtifacts {
  pull: PullFacts;
  /** Unit results by id; empty when no plan ran (a fork's PR, or every plan job failed early). */
  results: Map<string, StackResult & { commit: string }>;
  /** Whether the plan artifact was there at all. */
  planned: boolean;
}

const FILE_NAME = /^[A-Za-z0-9_.-]{1,200}\.json$/;

interface Found {
  /** Relative to the artifacts directory, for messages. */
  name: string;
  file: string;
}

/**
 * Reads `<dir>/cloudneutral-pull/pull.json` and `<dir>/cloudneutral-plan/*.json`: regular
 * files only, nothing else anywhere, within `limits`. Throws an ArtifactError listing every
 * problem.
 */
export async function readReviewArtifacts(
  dir: string,
  limits: ArtifactLimits = DEFAULT_LIMITS,
): Promise<ReviewArtifacts> {
  const problems: string[] = [];
  const files = new Map<string, Found[]>([
    [PULL_ARTIFACT, []],
    [PLAN_ARTIFACT, []],
  ]);
  const top = await lstat(dir).catch(() => undefined);
  if (!top?.isDirectory() || top.isSymbolicLink())
    throw new ArtifactError([
      `${dir} is not a directory (was the ${PULL_ARTIFACT} artifact downloaded?)`,
    ]);
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const list = files.get(e.name);
    if (!list || !e.isDirectory()) {
      problems.push(
        `${e.name}: ${kind(e)} not expected here (only ${PULL_ARTIFACT}/ and ${PLAN_ARTIFACT}/)`,
      );
      continue;
    }
    for (const f of await readdir(path.join(dir, e.name), { withFileTypes: true })) {
      const name = `${e.name}/${f.name}`;
      if (!f.isFile()) problems.push(`${name}: ${kind(f)}, not a regular file`);
      else if (!FILE_NAME.test(f.name)) problems.push(`${name}: not a JSON file name`);
      else list.push({ name, file: path.join(dir, e.name, f.name) });
    }
  }
  const pulls = files.get(PULL_ARTIFACT)!;
  const plans = files.get(PLAN_ARTIFACT)!;
  if (pulls.length !== 1 || pulls[0]!.name !== `${PULL_ARTIFACT}/${PULL_FILE}`)
    problems.push(`${PULL_ARTIFACT}/ must hold exactly ${PULL_FILE}`);
  if (pulls.length + plans.length > limits.files)
    problems.push(`${pulls.length + plans.length} files: more than ${limits.files}`);
  if (problems.length > 0) throw new ArtifactError(problems);

  let total = 0;
  const parsed: { name: string; value: unknown }[] = [];
  for (const f of [...pulls, ...plans]) {
    const text = await readBounded(f, limits.file, problems);
    if (text === undefined) continue;
    total += Buffer.byteLength(text);
    if (total > limits.total) {
      problems.push(`the artifacts exceed ${limits.total} bytes in all (at ${f.name})`);
      break;
    }
    try {
      parsed.push({ name: f.name, value: JSON.parse(text) });
    } catch (err) {
      problems.push(
        `${f.name}: not valid JSON (${err instanceof Error ? err.message : String(err)})`,
      );
    }
  }
  if (problems.length > 0) throw new ArtifactError(problems);

  const [pullDoc, ...planDocs] = parsed;
  const pull = checked(pullDoc!.name, PullFactsSchema, pullDoc!.value, problems);
  const results = new Map<string, StackResult & { commit: string }>();
  for (const doc of planDocs) {
    const r = checked(doc.name, UnitResultSchema, doc.value, problems);
    if (!r) continue;
    const unbound = planBinding(r as StackResult);
    if (unbound) problems.push(`${doc.name}: ${unbound}`);
    else if (results.has(r.id))
      problems.push(`${doc.name}: a second result for ${JSON.stringify(r.id)}`);
    else if (pull && r.commit !== pull.head)
      problems.push(
        `${doc.name}: planned ${r.commit.slice(0, 12)}, not the head ${pull.head.slice(0, 12)}`,
      );
    results.set(r.id, r as StackResult & { commit: string });
  }
  if (problems.length > 0 || !pull) throw new ArtifactError(problems);
  return { pull, results, planned: plans.length > 0 };
}

function kind(e: { isDirectory(): boolean; isSymbolicLink(): boolean; isFile(): boolean }) {
  if (e.isSymbolicLink()) return "a symbolic link";
  if (e.isDirectory()) return "a directory";
  if (e.isFile()) return "a file";
  return "a special file";
}

/**
 * The file's text, opened without following a link (it may have become one since it was
 * listed) and read no further than `max` bytes; undefined after recording the problem.
 */
async function readBounded(f: Found, max: number, problems: string[]): Promise<string | undefined> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(f.file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    problems.push(
      `${f.name}: ${code === "ELOOP" ? "a symbolic link" : `cannot be opened (${code})`}`,
    );
    return undefined;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      problems.push(`${f.name}: not a regular file`);
      return undefined;
    }
    if (stat.size > max) {
      problems.push(`${f.name}: ${stat.size} bytes, more than the ${max} allowed per file`);
      return undefined;
    }
    const buffer = Buffer.alloc(max + 1);
    const { bytesRead } = await handle.read(buffer, 0, max + 1, 0);
    if (bytesRead > max) {
      problems.push(`${f.name}: more than the ${max} bytes allowed per file`);
      return undefined;
    }
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(buffer.subarray(0, bytesRead));
    } catch {
      problems.push(`${f.name}: not UTF-8`);
      return undefined;
    }
  } finally {
    await handle.close();
  }
}

/** `value` when it has exactly the schema's shape; else undefined, with the first few errors. */
function checked<S extends TSchema>(
  name: string,
  schema: S,
  value: unknown,
  problems: string[],
): Static<S> | undefined {
  if (Value.Check(schema, value)) return value;
  const errors = [...Value.Errors(schema, value)].slice(0, 5);
  for (const e of errors) problems.push(`${name}: ${e.path || "/"}: ${e.message}`);
  return undefined;
}

/**
 * Why a Terraform result's hash and what it shows are not of one plan, or undefined when they
 * are: the hash must be the hash of the normalised plan it carries, and the summary's counts,
 * changed resources and outputs must be that plan's. The per-change digests are recomputed
 * (apply names differences by them). The plan text cannot be checked: it is shown as the
 * untrusted run printed it.
 */
export function planBinding(r: StackResult): string | undefined {
  if (r.engine !== "terraform" || r.hash === undefined) return undefined;
  if (!r.normalised || !r.summary)
    return "a Terraform plan without its normalised plan and summary: its hash cannot be checked";
  const { hash, entries } = normalisedDigest(r.normalised);
  if (hash !== r.hash) return "its hash is not the hash of the plan it carries";
  r.entries = entries;
  const resources: string[] = [];
  const outputs: string[] = [];
  const counts: Record<string, number> = { create: 0, update: 0, delete: 0, replace: 0, forget: 0 };
  for (const e of r.normalised) {
    const actions = Array.isArray(e.actions) ? e.actions.filter((a) => typeof a === "string") : [];
    const action = classifyActions(actions) ?? `unknown ${JSON.stringify(e.actions)}`;
    if (e.output !== undefined) {
      outputs.push(`${String(e.output)} ${action}`);
      continue;
    }
    resources.push(`${String(e.address)} ${String(e.deposed ?? "")} ${action}`);
    if (action in counts) counts[action]!++;
  }
  const shown = r.summary;
  const same = (a: string[], b: string[]) => JSON.stringify(a.sort()) === JSON.stringify(b.sort());
  if (
    !same(
      resources,
      shown.resources.map((x) => `${x.address} ${x.deposed ?? ""} ${x.action}`),
    )
  )
    return "its summary lists other resource changes than the plan its hash is of";
  if (
    !same(
      outputs,
      shown.outputs.map((x) => `${x.name} ${x.action}`),
    )
  )
    return "its summary lists other output changes than the plan its hash is of";
  for (const [k, n] of Object.entries(counts))
    if (
      shown.counts[k as keyof typeof shown.counts] !== n ||
      (r.counts && r.counts[k as keyof typeof r.counts] !== n)
    )
      return `its counts (${k}) are not those of the plan its hash is of`;
  return undefined;
}
