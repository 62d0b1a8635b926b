// What every gate is given: the change set, the three configurations and who approved.
import type { LoadedConfig } from "../model/index.ts";
import type { RoutedStack } from "./matrix.ts";
import type { Blob } from "./preauthorised.ts";
import type { ChangeSet, PullRequestInfo } from "./types.ts";

export interface GateContext {
  changes: ChangeSet;
  /** The base branch as it is now: owners, environments, budgets, windows and allow-lists. */
  trusted: LoadedConfig;
  /** The configuration at the merge-base: what the PR started from (cost before). */
  base: LoadedConfig;
  head: LoadedConfig;
  routes: RoutedStack[];
  pr: PullRequestInfo | null;
  now: Date;
  /** Members of the `@org/team` owners involved (resolved by the caller). */
  teams: Map<string, Set<string>>;
  /** The autoscaler's login: its node-count changes may be pre-authorised (preauthorised.ts). */
  autoscaleAuthor?: string;
  /** Each node-pool file the change touches: out-dir and repository paths, bytes on both sides. */
  nodePools?: NodePoolFile[];
}

export interface NodePoolFile {
  /** Relative to the out-dir, as the change set names unit files: node-pool/<region>.tfvars. */
  path: string;
  /** Relative to the repository, for people. */
  file: string;
  /** At the merge-base and at head. */
  before: Blob;
  after: Blob;
}
