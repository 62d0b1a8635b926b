import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// cli/read-input.ts
import { readFile } from "node:fs/promises";
async function readUserFile(file) {
  try {
    return { text: await readFile(file, "utf8") };
  } catch (err) {
    let { code, message } = err;
    return { why: code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : message };
  }
}

export {
  readUserFile
};
