// What the console reads with git, offline: the status branch (its files at the head and the
// history of its decisions) and the first-parent history of the node-pool files. A handful of
// git processes whatever the platform's size: one log per history, one `cat-file --batch`
// for all the file versions it needs.
import { readBlobs } from "../git/objects.ts";
import { git, gitText } from "../git/run.ts";

/** Decisions kept per status file: enough for a timeline, bounded for a large platform. */
export const MAX_DECISIONS = 100;
/** First-parent commits of infra/node-pool/ walked for the node-count history. */
export const MAX_POOL_COMMITS = 500;

export interface StatusCommit {
  sha: string;
  /** ISO 8601, the committer date. */
  at: string;
  message: string;
}

export interface StatusFileVersion extends StatusCommit {
  /** The file's JSON at that commit, undefined when it did not parse. */
  value: unknown;
}

export interface StatusBranch {
  /** The ref it was read from (refs/remotes/origin/<branch> or refs/heads/<branch>). */
  ref: string;
  head: StatusCommit;
  /** Every JSON file at the head: path → parsed value (undefined when it did not parse). */
  files: Map<string, unknown>;
  /** Newest first, at most MAX_DECISIONS per file, for files under `historyOf` folders. */
  history: Map<string, StatusFileVersion[]>;
}

/**
 * The status branch as the checkout knows it: its remote-tracking branch when fetched, else a
 * local branch of that name; undefined when neither exists.
 */
export async function readStatusBranch(
  repoDir: string,
  branch: string,
  historyOf: readonly string[],
): Promise<StatusBranch | undefined> {
  let ref: string | undefined;
  for (const candidate of [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`]) {
    const r = await git(repoDir, ["rev-parse", "--verify", "--quiet", `${candidate}^{commit}`], {
      ok: [0, 1, 128],
    });
    if (r.code === 0) {
      ref = candidate;
      break;
    }
  }
  if (!ref) return undefined;
  const log = await commitLog(repoDir, ["-n", "1", ref]);
  const head = log[0]!.commit;
  const names = (await gitText(repoDir, ["ls-tree", "-r", "-z", "--name-only", head.sha]))
    .split("\0")
    .filter((f) => f.endsWith(".json"));
  const blobs = await readBlobs(
    repoDir,
    names.map((file) => ({ commit: head.sha, file })),
  );
  const files = new Map<string, unknown>();
  for (const [i, name] of names.entries()) files.set(name, parseJson(blobs[i]));

  // One log of every commit touching the folders, with the files each changed.
  const history = new Map<string, StatusFileVersion[]>();
  const wanted: { commit: StatusCommit; file: string }[] = [];
  if (historyOf.length > 0) {
    for (const entry of await commitLog(repoDir, ["--name-only", ref, "--", ...historyOf])) {
      for (const file of entry.files) {
        if (!file.endsWith(".json")) continue;
        const count = wanted.filter((w) => w.file === file).length;
        if (count < MAX_DECISIONS) wanted.push({ commit: entry.commit, file });
      }
    }
    const versions = await readBlobs(
      repoDir,
      wanted.map((w) => ({ commit: w.commit.sha, file: w.file })),
    );
    wanted.forEach((w, i) => {
      const list = history.get(w.file) ?? [];
      list.push({ ...w.commit, value: parseJson(versions[i]) });
      history.set(w.file, list);
    });
  }
  return { ref, head, files, history };
}

export interface PoolPoint {
  sha: string;
  at: string;
  /** The file's text at that commit; undefined where it was deleted. */
  text: string | undefined;
}

/**
 * The versions of each file under `folder` (relative to the repository) along HEAD's
 * first-parent chain, oldest first: the base branch as it moved, a merged PR dated by its
 * merge. Empty outside a git repository or before the first commit.
 */
export async function firstParentVersions(
  repoDir: string,
  folder: string,
): Promise<Map<string, PoolPoint[]>> {
  const out = new Map<string, PoolPoint[]>();
  const inside = await git(repoDir, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], {
    ok: [0, 1, 128],
  });
  if (inside.code !== 0) return out;
  const log = await commitLog(repoDir, [
    "--first-parent",
    "-m",
    "--name-only",
    `--max-count=${MAX_POOL_COMMITS}`,
    "HEAD",
    "--",
    folder,
  ]);
  const wanted: { commit: StatusCommit; file: string }[] = [];
  for (const entry of log.reverse())
    for (const file of new Set(entry.files)) wanted.push({ commit: entry.commit, file });
  const blobs = await readBlobs(
    repoDir,
    wanted.map((w) => ({ commit: w.commit.sha, file: w.file })),
  );
  wanted.forEach((w, i) => {
    const b = blobs[i];
    const list = out.get(w.file) ?? [];
    list.push({
      sha: w.commit.sha,
      at: w.commit.at,
      text: b instanceof Uint8Array ? Buffer.from(b).toString("utf8") : undefined,
    });
    out.set(w.file, list);
  });
  return out;
}

/** Subjects of the newest `limit` commits of HEAD's history, by sha (for PR numbers). */
export async function recentSubjects(repoDir: string, limit = 2000): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const head = await git(repoDir, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], {
    ok: [0, 1, 128],
  });
  if (head.code !== 0) return out;
  for (const { commit } of await commitLog(repoDir, [`--max-count=${limit}`, "HEAD"]))
    out.set(commit.sha, commit.message.split("\n")[0] ?? "");
  return out;
}

/** `git log` parsed: each commit with its full message and (with --name-only) its files. */
async function commitLog(
  repoDir: string,
  args: string[],
): Promise<{ commit: StatusCommit; files: string[] }[]> {
  // Records start with \x1e; the header is sha \0 date \0 message \0, then the file names.
  const text = await gitText(repoDir, ["log", "-z", "--format=%x1e%H%x00%cI%x00%B%x00", ...args]);
  const out: { commit: StatusCommit; files: string[] }[] = [];
  // A message may hold \x1e itself: a record starts only where a sha and its NUL follow.
  const records: string[] = [];
  for (const piece of text.split("\x1e").slice(1)) {
    const nul = piece.indexOf("\0");
    if (records.length > 0 && !/^[0-9a-f]{40,64}$/.test(piece.slice(0, Math.max(nul, 0))))
      records[records.length - 1] += `\x1e${piece}`;
    else records.push(piece);
  }
  for (const record of records) {
    const [sha = "", at = "", message = "", ...rest] = record.split("\0");
    const files = rest.map((f) => f.replace(/^\n/, "")).filter((f) => f !== "");
    out.push({ commit: { sha, at, message: message.trimEnd() }, files });
  }
  return out;
}

function parseJson(blob: Uint8Array | "missing" | "tree" | undefined): unknown {
  if (!(blob instanceof Uint8Array)) return undefined;
  try {
    return JSON.parse(Buffer.from(blob).toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
}
