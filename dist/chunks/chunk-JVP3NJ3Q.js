import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/engines/unit-files.ts
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
function filesHash(files) {
  let h = createHash("sha256");
  for (let f of [...files].sort((a, b) => a.path < b.path ? -1 : 1)) {
    let content = typeof f.content == "string" ? Buffer.from(f.content) : f.content;
    h.update(`${f.path}\0${content.length}\0`).update(content);
  }
  return h.digest("hex");
}
function unitFiles(infraDir, unit) {
  let out = [], walk = (rel) => {
    let abs = path.join(infraDir, rel);
    for (let d of readdirSync(abs, { withFileTypes: !0 })) {
      let child = `${rel}/${d.name}`;
      d.name.startsWith(".terraform") || d.name.startsWith(".cloudneutral") || (d.isDirectory() ? walk(child) : d.isFile() && out.push({ path: child, content: readFileSync(path.join(infraDir, child)) }));
    }
  };
  for (let dir of unit.watch)
    statSync(path.join(infraDir, dir), { throwIfNoEntry: !1 }) && walk(dir);
  for (let v of unit.varFiles) {
    let abs = path.join(infraDir, v);
    statSync(abs, { throwIfNoEntry: !1 })?.isFile() && out.push({ path: v, content: readFileSync(abs) });
  }
  return out;
}
var unitFilesHash = (infraDir, unit) => filesHash(unitFiles(infraDir, unit));

export {
  unitFiles,
  unitFilesHash
};
