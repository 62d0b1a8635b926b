// What changed: files that differ between two commits, and files the work tree changed.
import { git } from "./run.ts";

export interface ChangedPath {
  /** Relative to `dir`. */
  path: string;
  change: "create" | "update" | "delete";
}

/** Files under `dir` that differ between two commits (renames as delete + create). */
export async function changedPaths(
  repoDir: string,
  from: string,
  to: string,
  dir: string,
): Promise<ChangedPath[]> {
  const r = await git(repoDir, [
    "--literal-pathspecs",
    "diff",
    "--name-status",
    "-z",
    "--no-renames",
    "--no-ext-diff",
    "--relative",
    from,
    to,
    "--",
    dir === "" ? "." : dir,
  ]);
  const fields = r.stdout.toString().split("\0");
  const prefix = dir === "" ? "" : `${dir}/`;
  const out: ChangedPath[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const status = fields[i]!;
    const file = fields[i + 1]!;
    if (!file.startsWith(prefix)) continue;
    const change = status === "A" ? "create" : status === "D" ? "delete" : "update";
    out.push({ path: file.slice(prefix.length), change });
  }
  return out;
}

/** Files under `dir` (relative to `repoDir`) that differ from HEAD in the work tree, untracked included. */
export async function workingTreeChanges(repoDir: string, dir: string): Promise<string[]> {
  const r = await git(repoDir, [
    "--literal-pathspecs",
    "status",
    "--porcelain=v1",
    "-z",
    "--untracked-files=all",
    "--",
    dir,
  ]);
  return r.stdout
    .toString()
    .split("\0")
    .filter((e) => e.length > 3)
    .map((e) => e.slice(3));
}
