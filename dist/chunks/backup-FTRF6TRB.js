import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  UsageError,
  errorMessage
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// cli/backup.ts
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
var BACKUP_USAGE = "backup decrypt --key PRIVATE_KEY.pem FILE";
async function backupCommand(args, io) {
  let [sub, ...rest] = args;
  if (sub !== "decrypt") throw new UsageError(`usage: cloudneutral ${BACKUP_USAGE}`);
  let { values, positionals } = parseArgs({
    args: rest,
    strict: !0,
    allowPositionals: !0,
    options: { key: { type: "string" } }
  });
  if (!values.key || positionals.length !== 1)
    throw new UsageError(`usage: cloudneutral ${BACKUP_USAGE}`);
  let { decryptBackup } = await import("./backup-6VSCJ7C4.js"), [key, file] = await Promise.all([
    readFile(values.key, "utf8"),
    readFile(positionals[0], "utf8")
  ]);
  try {
    io.out(decryptBackup(JSON.parse(file), key));
  } catch (err) {
    return io.err(`cloudneutral: cannot decrypt ${positionals[0]}: ${errorMessage(err)}
`), 1;
  }
  return 0;
}
export {
  BACKUP_USAGE,
  backupCommand
};
