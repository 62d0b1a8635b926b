// A real PowerDNS Authoritative server for tests: its own config dir, loopback only, ports
// chosen at run time, no daemon, no guardian, no outbound queries (security polling off),
// caches off so that answers follow changes at once. Two backends: gsqlite3 (the API's
// home, zones made through the API) and bind (serves zone files as written). A missing
// binary or schema fails the test that needs it: CI installs them, tests never skip.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createSocket } from "node:dgram";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

const PDNS_SERVER = ["/usr/sbin/pdns_server", "/usr/local/sbin/pdns_server"];
const SQLITE_SCHEMA = [
  "/usr/share/pdns-backend-sqlite3/schema/schema.sqlite3.sql",
  "/usr/share/doc/pdns-backend-sqlite3/schema.sqlite3.sql",
];
const START_TIMEOUT_MS = 15_000;

export type PdnsBackend =
  | { kind: "gsqlite3" }
  /** Zone files served as they are; `file` absolute. */
  | { kind: "bind"; zones: { name: string; file: string }[] };

export interface PdnsServer {
  dnsPort: number;
  /** The webserver's base URL, without /api/v1. */
  apiUrl: string;
  apiKey: string;
  dir: string;
  /** Stops the process; the database and ports stay, so start() brings back the same server. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server for good and removes its directory. */
  dispose(): Promise<void>;
  /** `dig +short` answers of one query. */
  dig(name: string, type: string): Promise<string[]>;
  /** `count` queries in one dig run (`-f`), one answer line each. */
  digMany(name: string, type: string, count: number): Promise<string[]>;
  /** Makes the bind backend read a zone file again. */
  reloadZone(zone: string): Promise<void>;
  /** Creates a Native zone through the API. */
  createZone(zone: string): Promise<void>;
}

function firstExisting(candidates: string[], what: string): string {
  const found = candidates.find((c) => existsSync(c));
  if (!found)
    throw new Error(
      `${what} not found (looked at ${candidates.join(", ")}); install it (see .ci/run)`,
    );
  return found;
}

/** A port free for both TCP and UDP on 127.0.0.1, as a DNS server needs both. */
async function freePort(udpToo: boolean): Promise<number> {
  for (let tries = 0; tries < 20; tries++) {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    await new Promise((resolve) => server.close(resolve));
    if (!udpToo) return port;
    const udp = createSocket("udp4");
    const ok = await new Promise<boolean>((resolve) => {
      udp.once("error", () => resolve(false));
      udp.bind(port, "127.0.0.1", () => resolve(true));
    });
    await new Promise<void>((resolve) => udp.close(() => resolve()));
    if (ok) return port;
  }
  throw new Error("no free loopback port for PowerDNS");
}

export async function startPdns(
  backend: PdnsBackend,
  options: { lua?: boolean } = {},
): Promise<PdnsServer> {
  const binary = firstExisting(PDNS_SERVER, "pdns_server (Debian package pdns-server)");
  // Not a per-test scratch dir: the server outlives single tests; dispose() removes it.
  const dir = await mkdtemp(path.join(tmpdir(), "cn-pdns-"));
  const apiKey = randomBytes(12).toString("hex");
  const conf = [
    `api=yes`,
    `api-key=${apiKey}`,
    `webserver-address=127.0.0.1`,
    `webserver-allow-from=127.0.0.1`,
    `local-address=127.0.0.1`,
    `socket-dir=${dir}`,
    `enable-lua-records=${options.lua === false ? "no" : "yes"}`,
    // Answers follow each change at once, and nothing leaves loopback.
    `cache-ttl=0`,
    `negquery-cache-ttl=0`,
    `query-cache-ttl=0`,
    `security-poll-suffix=`,
    `distributor-threads=1`,
    `receiver-threads=1`,
    `disable-syslog=yes`,
    `loglevel=4`,
  ];
  if (backend.kind === "gsqlite3") {
    const db = path.join(dir, "pdns.sqlite3");
    const schema = firstExisting(
      SQLITE_SCHEMA,
      "the gsqlite3 schema (package pdns-backend-sqlite3)",
    );
    await run("sqlite3", [db, `.read ${schema}`]).catch((e: Error) => {
      throw new Error(
        `cannot create the PowerDNS database with sqlite3 (package sqlite3): ${e.message}`,
      );
    });
    conf.push("launch=gsqlite3", `gsqlite3-database=${db}`);
  } else {
    const named = backend.zones.map((z) => `zone "${z.name}" { type master; file "${z.file}"; };`);
    await writeFile(path.join(dir, "named.conf"), `${named.join("\n")}\n`);
    conf.push("launch=bind", `bind-config=${path.join(dir, "named.conf")}`);
  }

  let child: ChildProcess | null = null;
  let output = "";
  let dnsPort = 0;
  let apiPort = 0;
  const server: PdnsServer = {
    get dnsPort() {
      return dnsPort;
    },
    get apiUrl() {
      return `http://127.0.0.1:${apiPort}`;
    },
    apiKey,
    dir,
    async start() {
      if (child) return;
      output = "";
      await writeFile(
        path.join(dir, "pdns.conf"),
        [...conf, `local-port=${dnsPort}`, `webserver-port=${apiPort}`, ""].join("\n"),
      );
      const proc = spawn(binary, [`--config-dir=${dir}`, "--daemon=no", "--guardian=no"], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      child = proc;
      proc.stdout?.on("data", (c: Buffer) => (output += c.toString()));
      proc.stderr?.on("data", (c: Buffer) => (output += c.toString()));
      proc.on("exit", () => {
        if (child === proc) child = null;
      });
      await waitUntilAnswering(
        server,
        () => child === proc,
        () => output,
      );
    },
    async stop() {
      const proc = child;
      if (!proc) return;
      child = null;
      const exited = new Promise((resolve) => proc.once("exit", resolve));
      proc.kill("SIGTERM");
      const timer = setTimeout(() => proc.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
    async dispose() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
    dig: async (name, type) => lines(await dig(["+short", name, type], dnsPort)),
    async digMany(name, type, count) {
      const file = path.join(dir, `queries-${randomBytes(4).toString("hex")}.txt`);
      await writeFile(file, `${name} ${type}\n`.repeat(count));
      return lines(await dig(["+short", "-f", file], dnsPort));
    },
    async reloadZone(zone) {
      await run("pdns_control", [
        `--config-dir=${dir}`,
        `--socket-dir=${dir}`,
        "bind-reload-now",
        zone,
      ]);
    },
    async createZone(zone) {
      const res = await fetch(`${server.apiUrl}/api/v1/servers/localhost/zones`, {
        method: "POST",
        headers: { "X-API-Key": apiKey, "Content-Type": "application/json" },
        body: JSON.stringify({ name: zone, kind: "Native", nameservers: [`ns1.${zone}`] }),
      });
      if (res.status !== 201)
        throw new Error(`creating ${zone}: HTTP ${res.status} ${await res.text()}`);
    },
  };
  // A port taken between choosing and binding makes pdns_server exit: choose again.
  for (let attempt = 1; ; attempt++) {
    dnsPort = await freePort(true);
    apiPort = await freePort(false);
    try {
      await server.start();
      return server;
    } catch (e) {
      await server.stop();
      if (attempt >= 3) {
        await server.dispose();
        throw e;
      }
    }
  }
}

async function waitUntilAnswering(
  server: PdnsServer,
  alive: () => boolean,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  const fail = (why: string) =>
    new Error(`pdns_server ${why}:\n${output().trim().split("\n").slice(-15).join("\n")}`);
  while (Date.now() < deadline) {
    if (!alive()) throw fail("exited while starting");
    const api = await fetch(`${server.apiUrl}/api/v1/servers/localhost`, {
      headers: { "X-API-Key": server.apiKey },
      signal: AbortSignal.timeout(1_000),
    }).catch(() => null);
    // Any DNS answer (NXDOMAIN, REFUSED) shows the listener is up.
    const dns = api?.ok
      ? await dig(["+short", "+time=1", "version.bind", "TXT"], server.dnsPort).catch(() => null)
      : null;
    if (dns !== null) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw fail(`did not answer within ${START_TIMEOUT_MS} ms`);
}

async function dig(args: string[], port: number): Promise<string> {
  const argv = ["@127.0.0.1", "-p", String(port), "+time=2", "+tries=1", ...args];
  const { stdout } = await run("dig", argv, { maxBuffer: 16 * 1024 * 1024 }).catch((e: unknown) => {
    if ((e as NodeJS.ErrnoException).code === "ENOENT")
      throw new Error("dig not found on PATH; install it (Debian package bind9-dnsutils)");
    throw e;
  });
  return stdout;
}

function lines(text: string): string[] {
  return text.split("\n").filter((l) => l.trim() !== "" && !l.startsWith(";"));
}
