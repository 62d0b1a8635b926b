// Region ingresses for the GTM tests: one real HTTP server per ingress address, each on its
// own loopback address (127.0.0.0/8 is all loopback on Linux) and all on one port, so a
// GtmPolicy's single health-check port reaches every region as it would in production.
// Tests kill and revive them, make them hang or answer badly. With `tls`, they speak HTTPS as
// the region gateway does: a certificate for one name, chosen by SNI, a handshake refused for
// any other name and a request without SNI refused (421), so a probe passes only when its
// server name is what is served. Also a platform-config that points a GtmPolicy at them, and
// the raw PowerDNS calls tests use to play "someone else".
import { mkdir, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { Socket } from "node:net";
import path from "node:path";
import { createSecureContext, type TLSSocket } from "node:tls";

export type HealthMode = "ok" | "error" | "hang" | "wrong-body";

export interface HealthServer {
  address: string;
  mode: HealthMode;
  /** Host headers of the requests seen. */
  hosts: string[];
  /** With `tls`: the server names (SNI) of the handshakes seen, refused ones included. */
  serverNames: string[];
  readonly up: boolean;
  /** Closes the listener and every connection: probes get "connection refused". */
  kill(): Promise<void>;
  revive(): Promise<void>;
}

export interface HealthFleet {
  port: number;
  /** By address. */
  servers: Map<string, HealthServer>;
  /** Every server of `addresses`. */
  kill(...addresses: string[]): Promise<void>;
  revive(...addresses: string[]): Promise<void>;
  setMode(mode: HealthMode, ...addresses: string[]): void;
  close(): Promise<void>;
}

export const HEALTH_BODY = '{"status":"ok"}';

/** HTTPS as the gateway serves it: one name's certificate (PEM), chosen by SNI. */
export interface HealthTls {
  serverName: string;
  cert: string | Buffer;
  key: string | Buffer;
}

function healthServer(
  address: string,
  tls?: HealthTls,
): HealthServer & { listen(port: number): Promise<number> } {
  let server: Server | undefined;
  let port = 0;
  const sockets = new Set<Socket>();
  const self = {
    address,
    mode: "ok" as HealthMode,
    hosts: [] as string[],
    serverNames: [] as string[],
    get up() {
      return server !== undefined;
    },
    listen(p: number): Promise<number> {
      const handler = (req: IncomingMessage, res: ServerResponse) => {
        self.hosts.push(req.headers.host ?? "");
        if (tls && (req.socket as TLSSocket).servername !== tls.serverName) {
          // No SNI at all (the handshake had no name to refuse): not this server's name.
          res.writeHead(421, { "content-type": "text/plain" });
          res.end("misdirected request\n");
          return;
        }
        if (self.mode === "hang") return;
        if (self.mode === "error") {
          res.writeHead(503, { "content-type": "text/plain" });
          res.end("unavailable\n");
          return;
        }
        res.writeHead(200, { "content-type": "application/json" });
        res.end(self.mode === "ok" ? HEALTH_BODY : '{"status":"starting"}');
      };
      const s = tls
        ? createHttpsServer(
            {
              cert: tls.cert,
              key: tls.key,
              SNICallback: (name, done) => {
                self.serverNames.push(name);
                if (name === tls.serverName)
                  done(null, createSecureContext({ cert: tls.cert, key: tls.key }));
                else done(new Error(`no certificate for ${name}`));
              },
            },
            handler,
          )
        : createServer(handler);
      s.on("connection", (socket: Socket) => {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
      });
      return new Promise((resolve, reject) => {
        s.once("error", reject);
        s.listen(p, address, () => {
          server = s;
          const a = s.address();
          port = typeof a === "object" && a ? a.port : 0;
          resolve(port);
        });
      });
    },
    async kill() {
      const s = server;
      if (!s) return;
      server = undefined;
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => s.close(resolve));
    },
    async revive() {
      if (!server) await self.listen(port);
    },
  };
  return self;
}

/** One server per address, on one port free on every address; HTTPS with `tls`. */
export async function startHealthFleet(
  addresses: readonly string[],
  tls?: HealthTls,
): Promise<HealthFleet> {
  for (let attempt = 1; ; attempt++) {
    const servers = addresses.map((a) => healthServer(a, tls));
    try {
      const port = await servers[0]!.listen(0);
      for (const s of servers.slice(1)) await s.listen(port);
      const byAddress = new Map<string, HealthServer>(servers.map((s) => [s.address, s]));
      const each = (list: string[]) =>
        (list.length > 0 ? list : [...byAddress.keys()]).map((a) => byAddress.get(a)!);
      return {
        port,
        servers: byAddress,
        kill: async (...list) => {
          for (const s of each(list)) await s.kill();
        },
        revive: async (...list) => {
          for (const s of each(list)) await s.revive();
        },
        setMode: (mode, ...list) => {
          for (const s of each(list)) s.mode = mode;
        },
        close: async () => {
          for (const s of servers) await s.kill();
        },
      };
    } catch (err) {
      for (const s of servers) await s.kill();
      if (attempt >= 5) throw err;
    }
  }
}

export interface GtmConfigOptions {
  dir: string;
  zone: string;
  publicName: string;
  /** Region name → ingress addresses. */
  regions: Record<string, string[]>;
  /** Base weights and failover, in order. */
  policy: { region: string; weight: number; failover?: string[] }[];
  port: number;
  pdnsUrl: string;
  /** Serve the policy from the zone-file provider (infra/dns/) instead of PowerDNS. */
  zoneFile?: boolean;
  prometheusUrl?: string;
  hysteresis?: { failures: number; successes: number };
  timeoutSeconds?: number;
  intervalSeconds?: number;
  failOpen?: boolean;
  /** More GtmPolicy documents' YAML (name → spec lines), for multi-policy runs. */
  extraPolicies?: string;
}

/** A valid platform-config under `dir` with one GtmPolicy `api` on the given regions. */
export async function writeGtmConfig(o: GtmConfigOptions): Promise<void> {
  await mkdir(path.join(o.dir, "regions"), { recursive: true });
  await mkdir(path.join(o.dir, "gtm"), { recursive: true });
  const metrics = o.prometheusUrl
    ? `  metrics:\n    prometheus:\n      url: ${o.prometheusUrl}\n`
    : "";
  await writeFile(
    path.join(o.dir, "platform.yaml"),
    `apiVersion: cloudneutral.io/v1alpha1
kind: Platform
metadata:
  name: test
spec:
  repository: cloudneutral/platform
  owners: ["octocat"]
  dns:
    providers:
${
  o.zoneFile
    ? "      - name: pdns\n        type: zonefile\n"
    : `      - name: pdns\n        type: powerdns\n        url: ${o.pdnsUrl}\n        credentials:\n          tokenEnv: PDNS_API_KEY\n`
}${metrics}  stateBackend:
    type: local
  statusBranch: cloudneutral/status
`,
  );
  for (const [name, addresses] of Object.entries(o.regions))
    await writeFile(
      path.join(o.dir, "regions", `${name}.yaml`),
      `apiVersion: cloudneutral.io/v1alpha1
kind: Region
metadata:
  name: ${name}
spec:
  provider: onprem
  location: dc-${name}
  ingress:
    addresses: [${addresses.join(", ")}]
  nodePool:
    mode: k8s
    min: 2
    max: 4
  weight: 100
`,
    );
  const regions = o.policy
    .map(
      (r) =>
        `    - region: ${r.region}\n      weight: ${r.weight}\n${r.failover ? `      failover: [${r.failover.join(", ")}]\n` : ""}`,
    )
    .join("");
  const h = o.hysteresis ?? { failures: 3, successes: 2 };
  await writeFile(
    path.join(o.dir, "gtm", "api.yaml"),
    `apiVersion: cloudneutral.io/v1alpha1
kind: GtmPolicy
metadata:
  name: api
spec:
  publicName: ${o.publicName}
  zone: ${o.zone}
  provider: pdns
  ttl: 30
  regions:
${regions}  minReadyNodes: 2
  healthCheck:
    scheme: http
    path: /healthz
    port: ${o.port}
    intervalSeconds: ${o.intervalSeconds ?? 1}
    timeoutSeconds: ${o.timeoutSeconds ?? 1}
    expectedStatus: 200-299
    bodyMatch: '"status":"ok"'
  hysteresis:
    failures: ${h.failures}
    successes: ${h.successes}
  degraded:
    errorRate: 0.05
    latencySeconds: 0.8
    factor: 0.5
  failOpen: ${o.failOpen ?? true}
${o.extraPolicies ?? ""}`,
  );
}

/** A PowerDNS API call as someone else would make it (their records, their comments). */
export async function pdnsPatch(
  pdns: { apiUrl: string; apiKey: string },
  zone: string,
  rrsets: unknown[],
): Promise<void> {
  const res = await fetch(`${pdns.apiUrl}/api/v1/servers/localhost/zones/${zone}`, {
    method: "PATCH",
    headers: { "X-API-Key": pdns.apiKey, "Content-Type": "application/json" },
    body: JSON.stringify({ rrsets }),
  });
  if (res.status !== 204) throw new Error(`PATCH ${zone}: HTTP ${res.status} ${await res.text()}`);
}

/** Deletes `zone` and everything in it (a test's fresh zone starts from here). */
export async function pdnsDeleteZone(
  pdns: { apiUrl: string; apiKey: string },
  zone: string,
): Promise<void> {
  const res = await fetch(`${pdns.apiUrl}/api/v1/servers/localhost/zones/${zone}`, {
    method: "DELETE",
    headers: { "X-API-Key": pdns.apiKey },
  });
  if (res.status !== 204 && res.status !== 404)
    throw new Error(`DELETE ${zone}: HTTP ${res.status} ${await res.text()}`);
}

export interface RawRRset {
  name: string;
  type: string;
  records: { content: string }[];
  comments: { content: string }[];
}

export async function pdnsZone(
  pdns: { apiUrl: string; apiKey: string },
  zone: string,
): Promise<RawRRset[]> {
  const res = await fetch(`${pdns.apiUrl}/api/v1/servers/localhost/zones/${zone}`, {
    headers: { "X-API-Key": pdns.apiKey },
  });
  return ((await res.json()) as { rrsets: RawRRset[] }).rrsets;
}
