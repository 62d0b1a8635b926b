// Files a pull request changes that no platform-config document accounts for: files under the
// out-dir that a render of the head does not produce byte for byte (hand-written Terraform,
// manifests, playbooks), and the toolchain itself (templates, workflows, actions, bundles).
// They reach a cloud without passing through the owner rules of a document, so they need the
// platform owners' approval on top of whatever their unit asks for.

import { type ChangedPath, changedPaths, readBlobs } from "../git/index.ts";
import { manifestOf } from "../render/output.ts";
import type { RenderedOutput } from "../render/render-files.ts";
import type { GuardedFile } from "./types.ts";

/** Directories whose every change needs the platform owners: code that renders, runs or judges. */
export const TOOLCHAIN_DIRS = [".github/workflows", "actions", "dist"] as const;

/**
 * The changed out-dir files (paths relative to the out-dir) that `rendered` — the head's
 * render, undefined when the head could not be rendered — does not explain. `atHead` holds
 * each changed path's bytes at head, in order, or "missing"/"tree".
 */
export function unrenderedChanges(
  edited: ChangedPath[],
  atHead: (Uint8Array | "missing" | "tree")[],
  rendered: RenderedOutput | undefined,
  outDir: string,
): GuardedFile[] {
  // Render's manifest of what it owns is as much its output as the files it lists.
  const owned = rendered ? [...rendered.files, manifestOf(rendered.files)] : [];
  const files = new Map(owned.map((f) => [f.path, f.content]));
  const seeds = new Set(rendered?.seeds.map((s) => s.path));
  const why = (c: ChangedPath, blob: Uint8Array | "missing" | "tree" | undefined) => {
    if (!rendered) return "the head's configuration does not render";
    if (!(blob instanceof Uint8Array))
      // Gone at head: render agrees when it no longer produces the file either.
      return files.has(c.path) || seeds.has(c.path) ? "render produces this file" : undefined;
    const text = Buffer.from(blob).toString("utf8");
    if (seeds.has(c.path))
      return isNodeCount(text) ? undefined : "holds more than the desired node count";
    const expected = files.get(c.path);
    if (expected === undefined) return "render does not produce this file";
    return expected === text ? undefined : "differs from what render produces";
  };
  return edited.flatMap((c, i) => {
    const reason = why(c, atHead[i]);
    const repoPath = outDir === "" ? c.path : `${outDir}/${c.path}`;
    return reason ? [{ path: repoPath, change: c.change, reason }] : [];
  });
}

/** A node-pool seed as the autoscaler keeps it: comments and one `node_count = N`. */
function isNodeCount(text: string): boolean {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
  return lines.length === 1 && /^node_count\s*=\s*[0-9]{1,6}$/.test(lines[0]!);
}

/**
 * Every guarded file of a change: out-dir files the head's render does not explain, then
 * changes to the templates, the workflows, actions and bundles, and files in the config
 * directory that are not documents (a Policy's OPA bundle, say: the rules every later pull
 * request is judged by).
 */
export async function guardedFiles(o: {
  repoDir: string;
  since: string;
  head: string;
  dirs: { configDir: string; templatesDir: string; infraDir: string };
  /** What changed under the out-dir (paths relative to it). */
  edited: ChangedPath[];
  /** The head's render; undefined when it could not be rendered. */
  rendered: RenderedOutput | undefined;
}): Promise<GuardedFile[]> {
  const { repoDir, since, head, dirs } = o;
  const inRepo = (dir: string, file: string) => (dir ? `${dir}/${file}` : file);
  const atHead = await readBlobs(
    repoDir,
    o.edited.map((c) => ({ commit: head, file: inRepo(dirs.infraDir, c.path) })),
  );
  const toolchain = [...TOOLCHAIN_DIRS, dirs.templatesDir].filter((d) => d !== "");
  const byDir = await Promise.all(
    toolchain.map(async (dir) => ({ dir, changed: await changedPaths(repoDir, since, head, dir) })),
  );
  const reason = "renders, runs or judges what reaches a cloud";
  const notDocuments = dirs.configDir
    ? (await changedPaths(repoDir, since, head, dirs.configDir))
        .filter((c) => !/\.ya?ml$/.test(c.path))
        .map((c) => ({
          path: inRepo(dirs.configDir, c.path),
          change: c.change,
          reason: "a file of the configuration that is not a document",
        }))
    : [];
  return [
    ...unrenderedChanges(o.edited, atHead, o.rendered, dirs.infraDir),
    ...byDir.flatMap(({ dir, changed }) =>
      changed.map((c) => ({ path: inRepo(dir, c.path), change: c.change, reason })),
    ),
    ...notDocuments,
  ];
}
