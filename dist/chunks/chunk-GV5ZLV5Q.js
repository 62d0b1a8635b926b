import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-Q3YCBL2Q.js";

// lib/engines/unit-files.ts
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from "node:fs";
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
  let out = [], roots = unit.watch.filter((dir) => statSync(path.join(infraDir, dir), { throwIfNoEntry: !1 })).map((dir) => ({ dir, real: realpathSync(path.join(infraDir, dir)) })), inUnit = (real) => roots.some((r) => real === r.real || real.startsWith(`${r.real}${path.sep}`)), walk = (rel) => {
    let abs = path.join(infraDir, rel);
    for (let d of readdirSync(abs, { withFileTypes: !0 })) {
      let child = `${rel}/${d.name}`;
      if (!(d.name.startsWith(".terraform") || d.name.startsWith(".cloudneutral")))
        if (d.isSymbolicLink()) {
          let target = readlinkSync(path.join(infraDir, child)), real = realPath(path.join(infraDir, child));
          if (real === void 0 || !inUnit(real))
            throw new ConfigurationError([
              {
                root: infraDir,
                file: child,
                line: 1,
                column: 1,
                message: `is a symbolic link to ${JSON.stringify(target)}, outside unit ${unit.id}: a unit may only use its own files, which are what its reviewed hash covers`
              }
            ]);
          out.push({ path: child, content: Buffer.from(`symlink:${target}`) });
        } else d.isDirectory() ? walk(child) : d.isFile() && out.push({ path: child, content: readFileSync(path.join(infraDir, child)) });
    }
  };
  for (let r of roots) walk(r.dir);
  for (let v of unit.varFiles) {
    let abs = path.join(infraDir, v);
    statSync(abs, { throwIfNoEntry: !1 })?.isFile() && out.push({ path: v, content: readFileSync(abs) });
  }
  return out;
}
function realPath(p) {
  try {
    return realpathSync(p);
  } catch {
    return;
  }
}
var unitFilesHash = (infraDir, unit) => filesHash(unitFiles(infraDir, unit));

export {
  filesHash,
  unitFiles,
  unitFilesHash
};
