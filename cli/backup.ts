// `cloudneutral backup decrypt --key PRIVATE.pem FILE`: a state backup apply kept, as the
// Terraform state it was (printed on stdout, for `terraform state push` after review).
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { errorMessage, UsageError } from "../lib/errors.ts";

export const BACKUP_USAGE = "backup decrypt --key PRIVATE_KEY.pem FILE";

interface Io {
  out(text: string): void;
  err(text: string): void;
}

export async function backupCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "decrypt") throw new UsageError(`usage: cloudneutral ${BACKUP_USAGE}`);
  const { values, positionals } = parseArgs({
    args: rest,
    strict: true,
    allowPositionals: true,
    options: { key: { type: "string" } },
  });
  if (!values.key || positionals.length !== 1)
    throw new UsageError(`usage: cloudneutral ${BACKUP_USAGE}`);
  const { decryptBackup } = await import("../lib/apply/backup.ts");
  const [key, file] = await Promise.all([
    readFile(values.key, "utf8"),
    readFile(positionals[0]!, "utf8"),
  ]);
  try {
    io.out(decryptBackup(JSON.parse(file), key));
  } catch (err) {
    io.err(`cloudneutral: cannot decrypt ${positionals[0]}: ${errorMessage(err)}\n`);
    return 1;
  }
  return 0;
}
