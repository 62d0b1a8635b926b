// `cloudneutral backup decrypt --key PRIVATE.pem FILE`: a state backup apply kept, as the
// Terraform state it was (printed on stdout, for `terraform state push` after review).
import { readFile } from "node:fs/promises";
import { errorMessage } from "../lib/errors.ts";
import { command, type Io } from "./args.ts";

export const BACKUP_COMMANDS = [
  command({
    name: "backup decrypt",
    summary: "a state backup apply kept, decrypted (for `terraform state push` after review)",
    flags: {
      key: { type: "string", arg: "PRIVATE_KEY.pem", required: true, help: "the backup key" },
    },
    args: ["FILE"],
    run: (values, [file], io) => decrypt(values.key, file!, io),
  }),
];

async function decrypt(keyFile: string, file: string, io: Io): Promise<number> {
  const { decryptBackup } = await import("../lib/apply/backup.ts");
  const [key, backup] = await Promise.all([readFile(keyFile, "utf8"), readFile(file, "utf8")]);
  try {
    io.out(decryptBackup(JSON.parse(backup), key));
  } catch (err) {
    io.err(`cloudneutral: cannot decrypt ${file}: ${errorMessage(err)}\n`);
    return 1;
  }
  return 0;
}
