// Maintenance windows at apply time: a unit the matrix puts behind its region's window
// (k8s-base by default) is applied only inside it. Outside, apply holds it — not applied, not
// a failure, its changes kept pending on the status branch — and the hourly scheduled apply
// takes it when the window opens. The one exception is a pre-authorised node count
// (lib/policy/preauthorised.ts), decided here again from trusted data only: the merged head's
// and the unit's last-applied configuration, the change itself in git, and who opened each
// PR that carried it, asked of GitHub.
import { changedPaths, firstParentCommits, readBlobs } from "../git/index.ts";
import type { GitHub } from "../github/client.ts";
import type { RepoRef } from "../github/git-data.ts";
import type { LoadedConfig } from "../model/index.ts";
import type { Region } from "../model/schema.ts";
import { snapshotAt } from "../policy/changes.ts";
import { maintenanceWindowState } from "../policy/gates.ts";
import {
  describeAuthorisation,
  nodePoolPath,
  type Preauthorisation,
  preauthorise,
} from "../policy/preauthorised.ts";
import type { AffectedUnit } from "../stacks/affected.ts";
import type { UnitRoute } from "../stacks/routing.ts";

type MaintenanceWindow = NonNullable<Region["spec"]["maintenanceWindow"]>;

export interface Hold {
  /** When the region's next window opens. */
  until: Date;
  why: string;
}

/** A unit held until its window, or let through outside it as a pre-authorised count. */
export type WindowDecision = { kind: "hold"; hold: Hold } | { kind: "preauthorised"; note: string };

/**
 * What decides one unit's hold: the gate apply calls after the review gate let it through.
 * Undefined: no window stands in the way.
 */
export type WindowGate = (
  affected: AffectedUnit,
  route: UnitRoute | undefined,
  now: Date,
) => Promise<WindowDecision | undefined>;

/**
 * Pure: whether a unit waits for its region's window. `windows` are the region's window in the
 * configurations that decide, first found wins (the merged head's, then the one the unit was
 * last applied from, so a merge that drops the window cannot skip it for its own apply).
 */
export function windowHold(
  unit: Pick<AffectedUnit, "layer" | "region">,
  route: Pick<UnitRoute, "maintenanceWindow"> | undefined,
  windows: (MaintenanceWindow | undefined)[],
  now: Date,
): Hold | undefined {
  if (!route?.maintenanceWindow) return undefined;
  const window = windows.find((w) => w !== undefined);
  if (!window) return undefined; // a region without a window takes changes at any time
  const state = maintenanceWindowState(window, now);
  if (state.open) return undefined;
  return {
    until: state.next,
    why: `${unit.layer} changes in ${unit.region} wait for its maintenance window (${window.days.join(", ")} ${window.start} UTC, ${window.durationMinutes} min)`,
  };
}

export interface WindowGateOptions {
  repoDir: string;
  /** Relative to repoDir. */
  infraDir: string;
  configDir: string;
  /** The merged head being applied. */
  head: string;
  github: { gh: GitHub; repo: RepoRef };
  /** The autoscaler's login; empty: no count is pre-authorised. */
  autoscaleAuthor: string;
  /** First-parent commits looked at for who carried a count change. */
  limit?: number;
}

/** The gate for a run: configurations loaded once per commit, GitHub asked only when needed. */
export function windowGate(o: WindowGateOptions): WindowGate {
  const configs = new Map<string, Promise<LoadedConfig>>();
  const configAt = (commit: string) => {
    let c = configs.get(commit);
    if (!c) {
      c = snapshotAt(o.repoDir, commit, o.configDir).then((s) => s.config);
      configs.set(commit, c);
    }
    return c;
  };
  const windowOf = (config: LoadedConfig, region: string) =>
    config.byKind.Region.find((r) => r.name === region)?.value.spec.maintenanceWindow;

  return async (affected, route, now) => {
    if (!route?.maintenanceWindow) return undefined;
    const [head, since] = await Promise.all([configAt(o.head), configAt(affected.since)]);
    const hold = windowHold(
      affected,
      route,
      [windowOf(head, affected.region), windowOf(since, affected.region)],
      now,
    );
    if (!hold) return undefined;
    const authorised = await countAuthorisation(o, affected, [head, since]);
    if (!authorised.ok) return { kind: "hold", hold };
    const note = `applied outside its maintenance window: ${describeAuthorisation(authorised)}`;
    return { kind: "preauthorised", note };
  };
}

/** Whether the unit's change since it was last applied is a pre-authorised node count. */
export async function countAuthorisation(
  o: WindowGateOptions,
  affected: AffectedUnit,
  trusted: LoadedConfig[],
): Promise<Preauthorisation> {
  const file = `${o.infraDir.replace(/\/+$/, "")}/${nodePoolPath(affected.region)}`;
  const no = (why: string): Preauthorisation => ({ ok: false, unit: affected.id, why });
  if (!o.autoscaleAuthor) return no("no autoscale author is configured");
  if (affected.files.length !== 1 || affected.files[0] !== nodePoolPath(affected.region))
    return no(`the change is not ${nodePoolPath(affected.region)} alone`);
  const [before, after] = await readBlobs(o.repoDir, [
    { commit: affected.since, file },
    { commit: o.head, file },
  ]);
  let authors: string[];
  try {
    authors = await changeAuthors(o, affected, file);
  } catch (err) {
    return no(`could not tell who carried the change: ${(err as Error).message}`);
  }
  return preauthorise({
    unit: affected,
    authors,
    bot: o.autoscaleAuthor,
    trusted,
    file,
    before: before ?? "missing",
    after: after ?? "missing",
  });
}

/**
 * Who carried the file's change onto the branch: for every first-parent commit since the
 * unit's last apply that changed it, the author of the PR merged as that commit; a commit no
 * merged PR made (a direct push) counts as an author no bot can be.
 */
async function changeAuthors(
  o: WindowGateOptions,
  affected: AffectedUnit,
  file: string,
): Promise<string[]> {
  const limit = o.limit ?? 200;
  const commits = await firstParentCommits(o.repoDir, affected.since, o.head, limit);
  if (commits.length >= limit) throw new Error(`more than ${limit} commits since the last apply`);
  const dir = file.slice(0, file.lastIndexOf("/"));
  const name = file.slice(dir.length + 1);
  const authors: string[] = [];
  for (const commit of commits) {
    const changed = await changedPaths(o.repoDir, `${commit}^1`, commit, dir);
    if (!changed.some((c) => c.path === name)) continue;
    const { data: pulls } = await o.github.gh.rest.repos.listPullRequestsAssociatedWithCommit({
      ...o.github.repo,
      commit_sha: commit,
    });
    const pull = pulls.find((p) => p.merge_commit_sha === commit && p.merged_at);
    authors.push(pull?.user?.login ?? `a push of ${commit.slice(0, 12)} without a merged PR`);
  }
  return authors;
}
