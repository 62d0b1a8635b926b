import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, expect } from "vitest";
import { runCli } from "../cli/cloudneutral.ts";
import { virtualClock } from "../lib/clock.ts";
import { type TestCa, type TestCertificate, testCa } from "./tls-certs.ts";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const SAMPLE_CONFIG = path.join(ROOT, "platform-config");

/**
 * The shared real-world fixtures (`../shared/fixtures` beside the checkout). A missing
 * fixture directory fails the tests that need it rather than skipping them.
 */
export const FIXTURES =
  [
    process.env.CLOUDNEUTRAL_FIXTURES,
    path.join(ROOT, "../shared/fixtures"),
    "/work/shared/fixtures",
  ].find((d): d is string => d !== undefined && existsSync(d)) ??
  path.join(ROOT, "../shared/fixtures");

const cleanups: string[] = [];
afterEach(async () => {
  for (const dir of cleanups.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A scratch directory removed after the test. */
export async function scratch(prefix = "cn-test-"): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  cleanups.push(dir);
  return dir;
}

/** A copy of the sample repository layout (platform-config/, infra/) in a scratch directory. */
export async function sampleRepo(options: { infra?: boolean } = {}): Promise<string> {
  const dir = await scratch("cn-repo-");
  await cp(SAMPLE_CONFIG, path.join(dir, "platform-config"), { recursive: true });
  if (options.infra)
    await cp(path.join(ROOT, "infra"), path.join(dir, "infra"), { recursive: true });
  return dir;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Every file under `dir` with its content, for before/after comparisons. */
export async function snapshotTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const exists = await stat(dir).catch(() => undefined);
  if (!exists) return out;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath, e.name);
    out[path.relative(dir, full)] = await readFile(full, "utf8");
  }
  return out;
}

/**
 * A clock for control loops under test (the GTM's watch): time moves only when the loop
 * sleeps, so a watch has exactly the rounds its interval and duration make, however slow the
 * machine. `slept` lists the waits it was asked for.
 */
export function fakeClock(start = Date.now()) {
  return virtualClock(start);
}

/**
 * `nginx -t` on one configuration, run under its own prefix; throws with nginx's message.
 * nginx -t reads every certificate, while a gateway's are files on its host that render only
 * names: each `ssl_certificate`/`ssl_certificate_key` path is pointed at a throwaway
 * certificate of the name it serves (test/tls-certs.ts), the rest of the file left as is.
 */
export async function nginxTest(conf: string): Promise<void> {
  const prefix = await scratch("cn-nginx-");
  await mkdir(path.join(prefix, "logs"), { recursive: true });
  const file = path.join(prefix, "nginx.conf");
  const certs = new Map<string, TestCertificate>();
  let ca: TestCa | undefined;
  const certificateOf = async (name: string) => {
    ca ??= await testCa(prefix);
    const cert = certs.get(name) ?? (await ca.issue(name));
    certs.set(name, cert);
    return cert;
  };
  let serverName = "";
  const lines: string[] = [];
  for (const line of conf.split("\n")) {
    serverName = /^\s*server_name (\S+);/.exec(line)?.[1] ?? serverName;
    const ssl = /^(\s*)ssl_certificate(_key)? \S+;$/.exec(line);
    if (!ssl) lines.push(line);
    else {
      const cert = await certificateOf(serverName);
      lines.push(
        `${ssl[1]}ssl_certificate${ssl[2] ?? ""} ${ssl[2] ? cert.keyFile : cert.certificateFile};`,
      );
    }
  }
  await writeFile(file, lines.join("\n"));
  await promisify(execFile)("nginx", ["-t", "-q", "-p", `${prefix}/`, "-c", file], {
    env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin` },
  });
}

/** Replaces `from` (which must be there) with `to`, literally, in `<repo>/platform-config/<file>`. */
export async function editConfig(
  repo: string,
  file: string,
  from: string,
  to: string,
): Promise<void> {
  const full = path.join(repo, "platform-config", file);
  const text = await readFile(full, "utf8");
  expect(text, `${file} should contain ${from}`).toContain(from);
  await writeFile(
    full,
    text.replace(from, () => to),
  );
}

/** A problem `validate --format json` reports. */
export interface Reported {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** `cloudneutral validate --format json` on `<repo>/platform-config`, which must fail: its problems. */
export async function validateFailing(repo: string): Promise<Reported[]> {
  const run = await cli(
    "validate",
    "--config",
    path.join(repo, "platform-config"),
    "--format",
    "json",
  );
  expect(run.code, run.stdout).toBe(1);
  return (JSON.parse(run.stdout) as { errors: Reported[] }).errors;
}
