// What every gate is given: the change set, the three configurations and who approved.
import type { LoadedConfig } from "../model/index.ts";
import type { RoutedStack } from "./matrix.ts";
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
}
