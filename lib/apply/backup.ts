// State backups hold secrets, and artifacts are readable by anyone who can read the
// repository: a backup leaves the job only encrypted to the key its owners hold. Envelope
// encryption: a fresh AES-256-GCM key per backup, wrapped with RSA-OAEP (SHA-256) for the
// configured public key. `cloudneutral backup decrypt` reverses it with the private key.
import {
  constants,
  createCipheriv,
  createDecipheriv,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
} from "node:crypto";
import { errorMessage, UsageError } from "../errors.ts";

export interface EncryptedBackup {
  format: "cloudneutral-backup-1";
  key: string;
  iv: string;
  tag: string;
  data: string;
}

const OAEP = { padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" };

export function encryptBackup(plain: string, publicKeyPem: string): EncryptedBackup {
  const key = randomBytes(32);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  let wrapped: Buffer;
  try {
    wrapped = publicEncrypt({ key: publicKeyPem, ...OAEP }, key);
  } catch (err) {
    throw new UsageError(
      `backup-public-key is not a usable RSA public key (PEM): ${errorMessage(err)}`,
    );
  }
  return {
    format: "cloudneutral-backup-1",
    key: wrapped.toString("base64"),
    iv: iv.toString("base64"),
    tag: cipher.getAuthTag().toString("base64"),
    data: data.toString("base64"),
  };
}

export function decryptBackup(backup: EncryptedBackup, privateKeyPem: string): string {
  if (backup.format !== "cloudneutral-backup-1")
    throw new UsageError("not a cloudneutral backup (format cloudneutral-backup-1)");
  const key = privateDecrypt({ key: privateKeyPem, ...OAEP }, Buffer.from(backup.key, "base64"));
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(backup.iv, "base64"));
  decipher.setAuthTag(Buffer.from(backup.tag, "base64"));
  return Buffer.concat([
    decipher.update(Buffer.from(backup.data, "base64")),
    decipher.final(),
  ]).toString("utf8");
}
