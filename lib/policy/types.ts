// The shapes policy-check works with. A change set is computed from git (changes.ts), judged
// by the decision matrix and gates (matrix.ts, gates.ts) and by user policies in CEL or OPA
// (cel.ts, opa.ts); verdict.ts puts the results together.
import type { Problem } from "../errors.ts";
import type { PullRequestInfo } from "../github/pull-info.ts";
import type { KindName, Lifecycle } from "../model/schema.ts";

/** Where something is in the configuration: file relative to `root` (the config dir), 1-based. */
export type Location = Omit<Problem, "message">;

/** One platform-config document added, changed or removed between base and head. */
export interface DocumentChange {
  kind: KindName;
  name: string;
  change: "added" | "changed" | "removed";
  /** The document at base (changed, removed). */
  old?: unknown;
  /** The document at head (added, changed). */
  new?: unknown;
  /** At head for added/changed, at base for removed. */
  at: Location;
}

/** A rendered unit (a stack, a region's manifests, …) whose files differ between base and head. */
export interface StackChange {
  /** e.g. stacks/platform/jp1, k8s/sg1, gateway/eu1, ansible/cn1. */
  unit: string;
  layer: Lifecycle;
  region: string;
  files: { path: string; change: "create" | "update" | "delete" }[];
}

/** One resource of a `terraform show -json` plan. */
export interface ResourceChange {
  stack: string;
  address: string;
  type: string;
  /** Terraform's action list, e.g. ["create"], ["delete", "create"]. */
  actions: string[];
}

/**
 * A changed file no platform-config document accounts for (hand-written under the out-dir,
 * or the toolchain: templates, workflows, actions, bundles): it needs the platform owners.
 */
export interface GuardedFile {
  /** Relative to the repository. */
  path: string;
  change: "create" | "update" | "delete";
  /** Why no document accounts for it, e.g. "render does not produce this file". */
  reason: string;
}

export interface ChangeSet {
  base: string;
  head: string;
  mergeBase: string;
  documents: DocumentChange[];
  stacks: StackChange[];
  resources: ResourceChange[];
  guarded: GuardedFile[];
}

/** What a policy may know about the pull request (the `pr` variable in CEL), as GitHub says it. */
export type { PullRequestInfo } from "../github/pull-info.ts";

export type Severity = "deny" | "warn";

/** One finding: of a user rule, a gate or the matrix. */
export interface PolicyResult {
  /** The rule: `<Policy name>/<index or name>`, or `gate/<name>`. */
  rule: string;
  severity: Severity;
  /** What it is about, e.g. Service/orders-api or stacks/platform/jp1. */
  object: string;
  message: string;
  /** The config line that triggered it, when there is one. */
  at?: Location;
}

/** The input one user rule sees for one changed object. */
export interface RuleInput {
  object: unknown;
  oldObject: unknown;
  change: {
    kind: string;
    name: string;
    operation: "CREATE" | "UPDATE" | "DELETE";
    lifecycle?: Lifecycle;
    environment?: string;
  };
  pr: PullRequestInfo | null;
}
