// Throwaway certificates made by the real openssl (Debian package openssl) at test time: a
// test CA and one leaf certificate per name, signed by it, so that clients (curl, the GTM
// probes) verify the name against the CA as they would in production.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** P-256 keys: quick to make, accepted by nginx, curl and Node alike. */
const KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"];

export interface TestCertificate {
  /** PEM files. */
  certificateFile: string;
  keyFile: string;
}

export interface TestCa {
  /** The CA certificate, PEM: what clients trust. */
  caFile: string;
  ca: string;
  /** A certificate naming `name` (its SAN), signed by the CA, in the CA's directory. */
  issue(name: string): Promise<TestCertificate>;
}

export async function testCa(dir: string): Promise<TestCa> {
  const caFile = path.join(dir, "ca.pem");
  const caKey = path.join(dir, "ca.key");
  await run("openssl", [
    "req",
    "-x509",
    ...KEY,
    "-keyout",
    caKey,
    "-out",
    caFile,
    "-days",
    "1",
    "-subj",
    "/CN=cloudneutral test CA",
  ]);
  return {
    caFile,
    ca: await readFile(caFile, "utf8"),
    async issue(name) {
      const certificateFile = path.join(dir, `${name}.pem`);
      const keyFile = path.join(dir, `${name}.key`);
      // OpenSSL 3's req signs with -CA directly: one command per certificate.
      await run("openssl", [
        "req",
        "-x509",
        ...KEY,
        "-keyout",
        keyFile,
        "-out",
        certificateFile,
        "-days",
        "1",
        "-subj",
        `/CN=${name}`,
        "-addext",
        `subjectAltName=DNS:${name}`,
        "-addext",
        "basicConstraints=critical,CA:FALSE",
        "-CA",
        caFile,
        "-CAkey",
        caKey,
      ]);
      return { certificateFile, keyFile };
    },
  };
}
