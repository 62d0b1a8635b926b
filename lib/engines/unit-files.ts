// What a unit's plan is made of when the plan is its files (Ansible, GitOps manifests): the
// files under its directories and its variable files, and their hash.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { ConfigurationError } from "../errors.ts";
import type { Unit } from "../stacks/inventory.ts";

/** sha256 of a unit's files (path and content), for engines whose plan is the files. */
export function filesHash(files: { path: string; content: string | Uint8Array }[]): string {
  const h = createHash("sha256");
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const content = typeof f.content === "string" ? Buffer.from(f.content) : f.content;
    h.update(`${f.path}\0${content.length}\0`).update(content);
  }
  return h.digest("hex");
}

/**
 * The files a unit's plan is made of (its directories and variable files), infra/-relative.
 * A symbolic link stands for its target path (the target is hashed where it lies, inside the
 * unit); one that leads out of the unit is a ConfigurationError, since what it points at
 * could change after review without changing the hash.
 */
export function unitFiles(infraDir: string, unit: Unit): { path: string; content: Buffer }[] {
  const out: { path: string; content: Buffer }[] = [];
  const roots = unit.watch
    .filter((dir) => statSync(path.join(infraDir, dir), { throwIfNoEntry: false }))
    .map((dir) => ({ dir, real: realpathSync(path.join(infraDir, dir)) }));
  const inUnit = (real: string) =>
    roots.some((r) => real === r.real || real.startsWith(`${r.real}${path.sep}`));
  const walk = (rel: string) => {
    const abs = path.join(infraDir, rel);
    for (const d of readdirSync(abs, { withFileTypes: true })) {
      const child = `${rel}/${d.name}`;
      // Engine working files (.terraform/, saved plans) are not part of what was reviewed.
      if (d.name.startsWith(".terraform") || d.name.startsWith(".cloudneutral")) continue;
      if (d.isSymbolicLink()) {
        const target = readlinkSync(path.join(infraDir, child));
        const real = realPath(path.join(infraDir, child));
        if (real === undefined || !inUnit(real))
          throw new ConfigurationError([
            {
              root: infraDir,
              file: child,
              line: 1,
              column: 1,
              message: `is a symbolic link to ${JSON.stringify(target)}, outside unit ${unit.id}: a unit may only use its own files, which are what its reviewed hash covers`,
            },
          ]);
        out.push({ path: child, content: Buffer.from(`symlink:${target}`) });
      } else if (d.isDirectory()) walk(child);
      else if (d.isFile())
        out.push({ path: child, content: readFileSync(path.join(infraDir, child)) });
    }
  };
  for (const r of roots) walk(r.dir);
  for (const v of unit.varFiles) {
    const abs = path.join(infraDir, v);
    if (statSync(abs, { throwIfNoEntry: false })?.isFile())
      out.push({ path: v, content: readFileSync(abs) });
  }
  return out;
}

/** Where a path really leads; undefined for a dangling link. */
function realPath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/** The hash of a unit whose plan is its files (Ansible, GitOps manifests). */
export const unitFilesHash = (infraDir: string, unit: Unit) => filesHash(unitFiles(infraDir, unit));
