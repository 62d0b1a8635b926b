import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  filesHash
} from "./chunk-QDYLGIE3.js";

// lib/engines/index.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
async function engineFor(name) {
  switch (name) {
    case "terraform":
      return (await import("./terraform-engine-XMOIDBHF.js")).terraformEngine;
    case "ansible":
      return (await import("./ansible-engine-7LJ4L2YD.js")).ansibleEngine;
    case "gitops":
      return (await import("./gitops-engine-IVMERFU2.js")).gitopsEngine;
  }
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
  engineFor,
  unitFiles,
  unitFilesHash
};
