// Past scale events from the git history of a node pool file: each commit on the first-parent
// chain of the checkout that changed the count. First-parent, because that chain is the base
// branch as it moved: a merged PR appears as its merge commit, dated when it was merged (the
// moment the new count became the wanted one), not as the bot's commit, dated whenever the bot
// last rebuilt its branch. The checkout is read rather than GitHub's commits API for the same
// reason: that API simplifies history the way plain `git log` does and would date the event
// by the bot's commit. git runs with argument arrays, never through a shell.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { errorMessage } from "../errors.ts";
import { git, gitText } from "../git/run.ts";
import type { Logger } from "../logger.ts";
import { decodeTfvars, readNodeCount } from "./tfvars.ts";
import type { ScaleEvent } from "./types.ts";

/** Beyond this many count changes inside the longest period, older ones change nothing. */
const MAX_EVENTS = 100;

export interface ScaleEventsOptions {
  /** The node pool file, absolute or relative to the process' directory. */
  file: string;
  /** Events at or before this are not wanted (the longest rate-limit period ago). */
  since: Date;
  log: Logger;
  /** Default HEAD. */
  ref?: string;
}

/**
 * The count changes of `file` after `since`, oldest first. A file outside a git repository has
 * no history (no events, a warning); so has a shallow checkout whose history ends after
 * `since` — the events it cannot see are reported as a warning, because without them the
 * rate limits would start from the current count.
 */
export async function scaleEvents(options: ScaleEventsOptions): Promise<ScaleEvent[]> {
  const dir = path.dirname(path.resolve(options.file));
  const name = `./${path.basename(options.file)}`;
  const ref = options.ref ?? "HEAD";
  const since = `--since=@${Math.floor(options.since.getTime() / 1000)}`;
  const inside = await gitText(dir, ["rev-parse", "--is-inside-work-tree"]).catch(() => undefined);
  if (inside?.trim() !== "true") {
    options.log.warning(
      `${options.file} is not in a git checkout: no past scale events, so the rate limits start from the current count`,
    );
    return [];
  }
  let log: string;
  try {
    log = await gitText(dir, [
      "log",
      "--first-parent",
      "--format=%H %P%x00%ct",
      since,
      `--max-count=${MAX_EVENTS}`,
      "--end-of-options",
      ref,
      "--",
      name,
    ]);
  } catch (err) {
    // An unborn branch, a broken repository: without history the limits start from now.
    options.log.warning(
      `cannot read the history of ${options.file}: ${errorMessage(err)}; the rate limits start from the current count`,
    );
    return [];
  }
  const events: ScaleEvent[] = [];
  for (const line of log.split("\n").filter(Boolean)) {
    const [shas = "", seconds = "0"] = line.split("\0");
    const [sha, parent] = shas.split(" ");
    if (!sha || !parent) continue; // the commit that created the file is no change of count
    const to = await countAt(dir, sha, name);
    const from = await countAt(dir, parent, name);
    if (to !== undefined && from !== undefined && to !== from)
      events.push({ at: new Date(Number(seconds) * 1000), from, to });
  }
  await warnIfTruncated(dir, ref, since, options);
  return events.reverse();
}

/** The count in `file` at `commit`; undefined when it is missing or unreadable there. */
async function countAt(dir: string, commit: string, file: string): Promise<number | undefined> {
  try {
    const bytes = (await git(dir, ["show", `${commit}:${file}`])).stdout;
    return readNodeCount(decodeTfvars(bytes, file), file).count;
  } catch {
    // A commit where the file was broken, or a parent beyond a shallow clone's history:
    // no count to compare, so no event rather than a wrong one.
    return undefined;
  }
}

/** A shallow clone whose boundary lies inside the period has not seen every event. */
async function warnIfTruncated(
  dir: string,
  ref: string,
  since: string,
  options: ScaleEventsOptions,
): Promise<void> {
  if ((await gitText(dir, ["rev-parse", "--is-shallow-repository"])).trim() !== "true") return;
  const shallowFile = (await gitText(dir, ["rev-parse", "--git-path", "shallow"])).trim();
  const boundary = new Set(
    (await readFile(path.resolve(dir, shallowFile), "utf8").catch(() => "")).split("\n"),
  );
  const chain = await gitText(dir, ["rev-list", "--first-parent", since, "--end-of-options", ref]);
  const cut = chain.split("\n").find((sha) => sha !== "" && boundary.has(sha));
  if (cut)
    options.log.warning(
      `the checkout's history ends at ${cut.slice(0, 7)}, inside the rate-limit period: scale events before it are unknown (check out with a larger fetch-depth)`,
    );
}

/**
 * A file on the status branch as the checkout knows it (its remote-tracking branch, else a
 * local one), for runs without a GitHub token: a dry run then still sees the recommendations
 * that CI recorded. Undefined when neither has the file, or the directory is no checkout.
 */
export async function readStatusFromGit(
  dir: string,
  branch: string,
  file: string,
): Promise<unknown> {
  for (const ref of [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`]) {
    const text = await gitText(dir, ["show", `${ref}:${file}`]).catch(() => undefined);
    if (text === undefined) continue;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The top of the checkout `dir` is in, or undefined outside one. */
export async function checkoutRoot(dir: string): Promise<string | undefined> {
  const top = await gitText(dir, ["rev-parse", "--show-toplevel"]).catch(() => undefined);
  return top?.trim() || undefined;
}
