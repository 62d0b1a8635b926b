// What a unit's plan is made of when the plan is its files (Ansible, GitOps manifests): the
// files under its directories and its variable files, and their hash.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
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

/** The files a unit's plan is made of (its directory and variable files), infra/-relative. */
export function unitFiles(infraDir: string, unit: Unit): { path: string; content: Buffer }[] {
  const out: { path: string; content: Buffer }[] = [];
  const walk = (rel: string) => {
    const abs = path.join(infraDir, rel);
    for (const d of readdirSync(abs, { withFileTypes: true })) {
      const child = `${rel}/${d.name}`;
      // Engine working files (.terraform/, saved plans) are not part of what was reviewed.
      if (d.name.startsWith(".terraform") || d.name.startsWith(".cloudneutral")) continue;
      if (d.isDirectory()) walk(child);
      else if (d.isFile())
        out.push({ path: child, content: readFileSync(path.join(infraDir, child)) });
    }
  };
  for (const dir of unit.watch)
    if (statSync(path.join(infraDir, dir), { throwIfNoEntry: false })) walk(dir);
  for (const v of unit.varFiles) {
    const abs = path.join(infraDir, v);
    if (statSync(abs, { throwIfNoEntry: false })?.isFile())
      out.push({ path: v, content: readFileSync(abs) });
  }
  return out;
}

/** The hash of a unit whose plan is its files (Ansible, GitOps manifests). */
export const unitFilesHash = (infraDir: string, unit: Unit) => filesHash(unitFiles(infraDir, unit));
