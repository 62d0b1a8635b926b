import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  UsageError,
  errorMessage
} from "./chunk-Q3YCBL2Q.js";

// lib/apply/backup.ts
import {
  constants,
  createCipheriv,
  createDecipheriv,
  privateDecrypt,
  publicEncrypt,
  randomBytes
} from "node:crypto";
var OAEP = { padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" };
function encryptBackup(plain, publicKeyPem) {
  let key = randomBytes(32), iv = randomBytes(12), cipher = createCipheriv("aes-256-gcm", key, iv), data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]), wrapped;
  try {
    wrapped = publicEncrypt({ key: publicKeyPem, ...OAEP }, key);
  } catch (err) {
    throw new UsageError(
      `backup-public-key is not a usable RSA public key (PEM): ${errorMessage(err)}`
    );
  }
  return {
    format: "cloudneutral-backup-1",
    key: wrapped.toString("base64"),
    iv: iv.toString("base64"),
    tag: cipher.getAuthTag().toString("base64"),
    data: data.toString("base64")
  };
}
function decryptBackup(backup, privateKeyPem) {
  if (backup.format !== "cloudneutral-backup-1")
    throw new UsageError("not a cloudneutral backup (format cloudneutral-backup-1)");
  let key = privateDecrypt({ key: privateKeyPem, ...OAEP }, Buffer.from(backup.key, "base64")), decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(backup.iv, "base64"));
  return decipher.setAuthTag(Buffer.from(backup.tag, "base64")), Buffer.concat([
    decipher.update(Buffer.from(backup.data, "base64")),
    decipher.final()
  ]).toString("utf8");
}

export {
  encryptBackup,
  decryptBackup
};
