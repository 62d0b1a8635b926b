import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  UsageError
} from "./chunk-J6YPK43K.js";

// lib/report/results.ts
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
async function writeUnitResult(dir, id, result) {
  await mkdir(dir, { recursive: !0 });
  let file = path.join(dir, `${id.replaceAll("/", "__")}.json`);
  return await writeFile(`${file}.tmp`, `${JSON.stringify(result)}
`), await rename(`${file}.tmp`, file), file;
}
async function readUnitResults(dir, isResult) {
  let found = /* @__PURE__ */ new Map(), entries = await readdir(dir, { recursive: !0, withFileTypes: !0 }).catch(() => []);
  for (let e of entries) {
    if (!e.isFile() || !e.name.endsWith(".json")) continue;
    let file = path.join(e.parentPath, e.name), value;
    try {
      value = JSON.parse(await readFile(file, "utf8"));
    } catch (err) {
      throw new UsageError(`result file ${file} is not JSON: ${err.message}`);
    }
    if (!isResult(value)) throw new UsageError(`result file ${file} is not a unit result`);
    found.set(value.id, value);
  }
  return found;
}
var hasIdAndStatus = (v) => typeof v == "object" && v !== null && typeof v.id == "string" && typeof v.status == "string";

export {
  writeUnitResult,
  readUnitResults,
  hasIdAndStatus
};
