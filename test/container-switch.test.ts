// Container services on one host, for real (the three of cn1, its hosts and its ingress made
// this machine): the rendered gateway (real nginx, serving each public name over TLS with its
// own certificate, made by openssl at test time) in front of the node's local switches (real
// nginx, with the switch files the rendered playbook wrote, run by the real ansible-playbook
// against localhost) in front of one HTTP server per service and colour. Each Host reaches its
// own service, over HTTPS as curl and the GTM probes see it; a new release moves one service's
// switch from blue to green under a loop of requests without a single failed request, and the
// files the playbook writes follow: the serving colour, the green unit and environment file
// (a tenant's hostile variable in it as text), the blue ones and the other services untouched.
//
// What stands in: systemd and nerdctl (the playbook runs with cloudneutral_manage_services
// false, so it writes the units and the switch but starts nothing); the test starts the colour
// servers itself and reloads the node's nginx where the playbook would (`nginx -s reload`).
// The gateway listens on loopback ports free at run time, through render's test-only
// gatewayListen; the probes are given the same ports, as the one place both read them.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ansibleApply } from "../lib/engines/ansible.ts";
import { observePolicy } from "../lib/gtm/observe.ts";
import { gtmSetup } from "../lib/gtm/targets.ts";
import { silentLogger } from "../lib/logger.ts";
import { validateConfig } from "../lib/model/index.ts";
import { probeAddress } from "../lib/probes/http.ts";
import { createLimiter } from "../lib/probes/limit.ts";
import { render } from "../lib/render/index.ts";
import { envFileValue, HOSTILE, LOCAL_INVENTORY } from "./ansible-local.ts";
import { sampleRepo, scratch, snapshotTree } from "./helpers.ts";
import { testCa } from "./tls-certs.ts";

const run = promisify(execFile);
const NGINX = "/usr/sbin/nginx";

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

/** A server that answers every request with `body`; stopped after the test. */
async function colourServer(port: number, body: string): Promise<() => Promise<void>> {
  const server = http.createServer((_, res) => res.end(body));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  stops.push(stop);
  return stop;
}

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** nginx in the foreground under its own prefix; stopped (and waited for) after the test. */
async function startNginx(conf: string): Promise<{ prefix: string; file: string }> {
  const prefix = await scratch("cn-nginx-run-");
  await mkdir(path.join(prefix, "logs"), { recursive: true });
  const file = path.join(prefix, "nginx.conf");
  await writeFile(file, conf);
  await run(NGINX, ["-t", "-q", "-p", `${prefix}/`, "-c", file]);
  const child: ChildProcess = spawn(NGINX, ["-p", `${prefix}/`, "-c", file, "-g", "daemon off;"], {
    stdio: "ignore",
  });
  stops.push(async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGQUIT");
    await exited;
  });
  // Ready once its pid file is written (nginx writes it after binding its listeners).
  for (let i = 0; ; i++) {
    const pid = await readFile(path.join(prefix, "logs/nginx.pid"), "utf8").catch(() => "");
    if (pid.trim() !== "") break;
    if (child.exitCode !== null || i > 500) throw new Error(`nginx did not start: ${conf}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return { prefix, file };
}

/** One request through the gateway's HTTPS listener for `host` (SNI and Host); the body, or the failure as text. */
function get(port: number, host: string, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = https.request(
      {
        host: "127.0.0.1",
        port,
        path: "/",
        servername: host,
        ca,
        // A new connection (and handshake) per request, as a new client's would be.
        agent: false,
        headers: { Host: host, Connection: "close" },
      },
      (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", (e) => resolve({ status: 0, body: e.message }));
    req.end();
  });
}

/** One plain request to the gateway's plain listener. */
function getPlain(
  port: number,
  host: string,
  urlPath = "/",
): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = http.request(
      { host: "127.0.0.1", port, path: urlPath, headers: { Host: host, Connection: "close" } },
      (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", (e) => resolve({ status: 0, body: e.message }));
    req.end();
  });
}

/** A GtmPolicy for img.acme…, probed as the gateway serves it (no scheme or port given). */
const IMG_POLICY = `apiVersion: cloudneutral.io/v1alpha1
kind: GtmPolicy
metadata:
  name: img
spec:
  publicName: img.acme.cloudneutral.io
  zone: cloudneutral.io
  provider: pdns
  ttl: 30
  regions:
    - region: cn1
      weight: 100
  minReadyNodes: 1
  healthCheck:
    path: /healthz
    intervalSeconds: 10
    timeoutSeconds: 5
    expectedStatus: "200"
  hysteresis:
    failures: 3
    successes: 2
  failOpen: true
`;

interface ServiceVars {
  name: string;
  switch_port: number;
  blue_port: number;
  green_port: number;
}

// One rendered playbook run on one host: up to 44 s at load average 11–12 (see
// engines-ansible.test.ts; this test's two runs and the rest took 68.5 s there); two runs
// here, each given three times 45 s.
const PLAYBOOK_RUN_MS = 45_000;

describe("container services on one host behind the rendered gateway", () => {
  it("each Host reaches its own service; blue→green under a request loop fails no request", {
    timeout: 3 * 2 * PLAYBOOK_RUN_MS,
  }, async () => {
    const repo = await sampleRepo();
    const config = path.join(repo, "platform-config");
    const regionFile = path.join(config, "regions/cn1.yaml");
    const region = await readFile(regionFile, "utf8");
    // cn1's machines are cloud machines k8s-base creates; here it is a data centre whose three
    // hosts are this machine (every 127.0.0.0/8 address reaches the node's one nginx).
    const pool = "    instanceType: ecs.g7.xlarge\n";
    expect(region).toContain(pool);
    const ingress = "    addresses:\n      - 203.0.113.10\n";
    expect(region).toContain(ingress);
    const account = '  account:\n    id: "5123456789012345"\n';
    expect(region).toContain(account);
    await writeFile(
      regionFile,
      region
        .replace("provider: alicloud", "provider: onprem")
        .replace(account, "")
        .replace(pool, `${pool}    hosts: [127.0.0.1, 127.0.0.2, 127.0.0.3]\n`)
        .replace(ingress, "    addresses:\n      - 127.0.0.1\n"),
    );
    const names = {
      "image-resizer": "img.acme.cloudneutral.io",
      "payments-callback": "callbacks.pay.acme.cloudneutral.io",
      "storefront-cn": "shop-cn.test.acme.cloudneutral.io",
    };
    // Each public name's certificate, signed by a CA made now; the services name the files
    // by reference, as they would name files on the gateway host.
    const tls = await scratch("cn-switch-tls-");
    const ca = await testCa(tls);
    for (const file of ["services/acme-storefront.yaml", "services/acme-payments.yaml"]) {
      let text = await readFile(path.join(config, file), "utf8");
      for (const name of Object.values(names)) {
        const dir = `/etc/cloudneutral/tls/${name}/`;
        if (!text.includes(`${dir}fullchain.pem`)) continue;
        const cert = await ca.issue(name);
        text = text
          .replace(`${dir}fullchain.pem`, cert.certificateFile)
          .replace(`${dir}privkey.pem`, cert.keyFile);
      }
      await writeFile(path.join(config, file), text);
    }
    await writeFile(path.join(config, "gtm/img.yaml"), IMG_POLICY);
    // The gateway's listeners on loopback ports free now (render's test-only gatewayListen).
    const gatewayPorts = { https: await freePort(), plain: await freePort() };
    while (gatewayPorts.plain === gatewayPorts.https) gatewayPorts.plain = await freePort();
    // image-resizer carries a tenant's hostile variable: its environment files hold it as text.
    const regionServices = path.join(config, "services/acme-storefront.yaml");
    const variables = "    OUTPUT_FORMATS: webp,avif,jpeg\n";
    const original = await readFile(regionServices, "utf8");
    expect(original).toContain(variables);
    await writeFile(
      regionServices,
      original.replace(variables, () => `${variables}    PROBE: ${JSON.stringify(HOSTILE)}\n`),
    );
    const unitDir = path.join(repo, "infra/ansible/cn1");
    const gatewayFile = path.join(repo, "infra/gateway/cn1/nginx.conf");
    // Render's ports are fixed by the services' names; a second copy of the suite running
    // beside this one would hold them too. The test moves each to a port free at run time,
    // in the rendered group_vars and gateway alike (the same map after every render).
    const moved = new Map<number, number>();
    const renderRepo = async () => {
      await render({
        configDir: config,
        outDir: path.join(repo, "infra"),
        gatewayListen: { address: "127.0.0.1", ...gatewayPorts },
      });
      const varsFile = path.join(unitDir, "group_vars/containerd_nodes.yml");
      const text = await readFile(varsFile, "utf8");
      for (const m of text.matchAll(/^ {4}(?:switch|blue|green)_port: (\d+)$/gm))
        if (!moved.has(Number(m[1]))) {
          let port = await freePort();
          while ([...moved.values()].includes(port)) port = await freePort();
          moved.set(Number(m[1]), port);
        }
      const relocate = (t: string) =>
        t.replace(
          /(_port: |server 127\.0\.0\.1:)(\d{5})\b/g,
          (_, before: string, port: string) => `${before}${moved.get(Number(port)) ?? port}`,
        );
      await writeFile(varsFile, relocate(text));
      await writeFile(gatewayFile, relocate(await readFile(gatewayFile, "utf8")));
    };
    await renderRepo();
    await writeFile(path.join(unitDir, "test-inventory.yml"), LOCAL_INVENTORY);
    const root = await scratch("cn-switch-root-");
    const deploy = () =>
      ansibleApply({
        unitDir,
        inventory: "test-inventory.yml",
        extraVars: {
          cloudneutral_root: root,
          cloudneutral_manage_services: "false",
          cloudneutral_nerdctl: "/usr/bin/true",
        },
        env: { ANSIBLE_LOCALHOST_WARNING: "0" },
        log: { debug() {}, info() {}, warning() {}, group() {} },
      });
    await deploy();

    const vars = parse(
      await readFile(path.join(unitDir, "group_vars/containerd_nodes.yml"), "utf8"),
      { logLevel: "error" },
    ) as { services: ServiceVars[] };
    const services = new Map(vars.services.map((s) => [s.name, s]));
    expect([...services.keys()].sort()).toEqual(Object.keys(names));
    const stopColour = new Map<string, () => Promise<void>>();
    for (const s of services.values()) {
      stopColour.set(`${s.name}/blue`, await colourServer(s.blue_port, `${s.name} blue`));
      stopColour.set(`${s.name}/green`, await colourServer(s.green_port, `${s.name} green`));
    }

    // The node's nginx includes the switches, as Debian's nginx.conf includes conf.d.
    const switchDir = path.join(root, "etc/nginx/conf.d");
    const node = await startNginx(
      `pid logs/nginx.pid;\nerror_log logs/error.log warn;\nevents {}\nhttp {\n    access_log off;\n    include ${switchDir}/*.conf;\n}\n`,
    );
    // The rendered gateway, as rendered: its listeners are the ports chosen above.
    await startNginx(await readFile(gatewayFile, "utf8"));
    const port = gatewayPorts.https;

    for (const [service, host] of Object.entries(names))
      expect(await get(port, host, ca.ca)).toEqual({ status: 200, body: `${service} blue` });
    // curl as a client would: the name resolved to the gateway, the certificate checked
    // against the test CA and the name (each name its own certificate).
    for (const [service, host] of Object.entries(names)) {
      const { stdout } = await run("curl", [
        "--silent",
        "--show-error",
        "--fail",
        "--resolve",
        `${host}:${port}:127.0.0.1`,
        "--cacert",
        ca.caFile,
        `https://${host}:${port}/`,
      ]);
      expect(stdout).toBe(`${service} blue`);
    }
    // A name the gateway has no certificate for: the handshake is refused, no other name's
    // certificate is shown.
    const unknown = await run("curl", [
      "--silent",
      "--resolve",
      `unknown.acme.cloudneutral.io:${port}:127.0.0.1`,
      "--cacert",
      ca.caFile,
      `https://unknown.acme.cloudneutral.io:${port}/`,
    ]).then(
      () => 0,
      (e: { code?: number }) => e.code,
    );
    expect(unknown).toBe(35); // CURLE_SSL_CONNECT_ERROR
    // The plain listener: the gateway's own health, and no public name served in the clear.
    expect(await getPlain(gatewayPorts.plain, "gateway", "/cloudneutral-health")).toEqual({
      status: 200,
      body: "ok\n",
    });
    expect((await getPlain(gatewayPorts.plain, names["image-resizer"])).status).toBe(404);

    // The GTM probes the name as the gateway serves it: HTTPS, its port, its name as SNI.
    const { config: loaded, problems } = await validateConfig(config);
    expect(problems).toEqual([]);
    const [target] = gtmSetup(loaded, ["img"], gatewayPorts).targets;
    expect(target!.probe).toEqual({ scheme: "https", port });
    const seen = await observePolicy(target!, {
      limiter: createLimiter(4),
      ca: ca.ca,
      prometheusUrl: undefined,
      metrics: {},
      healthCache: new Map(),
      log: silentLogger,
    });
    expect(seen.evidence[0]!.probe).toMatchObject({ region: "cn1", result: "ok" });
    // The same probe under a name the gateway does not serve fails at the handshake.
    expect(
      await probeAddress("127.0.0.1", {
        scheme: "https",
        port,
        path: "/healthz",
        hostname: "unknown.acme.cloudneutral.io",
        timeoutMs: 5000,
        ca: ca.ca,
      }),
    ).toMatchObject({ result: "failed", failure: "tls" });

    // A new release of image-resizer: the playbook moves its switch to green, leaving the
    // others alone; the node's nginx reloads while requests keep coming.
    const text = await readFile(regionServices, "utf8");
    expect(text).toContain("ghcr.io/acme/image-resizer:0.9.3");
    await writeFile(
      regionServices,
      text.replace("ghcr.io/acme/image-resizer:0.9.3", "ghcr.io/acme/image-resizer:0.9.4"),
    );
    await renderRepo();
    const before = await snapshotTree(root);
    const results: { status: number; body: string }[] = [];
    let looping = true;
    const loop = (async () => {
      // Paced a little, so the loop does not take the CPU the playbook run needs.
      while (looping) {
        results.push(await get(port, names["image-resizer"], ca.ca));
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    try {
      expect((await deploy()).changed).toBe(true);
      const switched = await readFile(
        path.join(switchDir, "cloudneutral-image-resizer.conf"),
        "utf8",
      );
      const resizer = services.get("image-resizer")!;
      expect(switched).toContain(`server 127.0.0.1:${resizer.green_port};`);
      expect(switched).not.toContain(`127.0.0.1:${resizer.blue_port}`);
      const sent = results.length;
      await run(NGINX, ["-p", `${node.prefix}/`, "-c", node.file, "-s", "reload"]);
      // Until green answers through the gateway (the playbook's "healthy through the switch").
      while (results.at(-1)?.body !== "image-resizer green")
        await new Promise((r) => setTimeout(r, 20));
      // The old colour drains, then stops, as the playbook does after the switch.
      await new Promise((r) => setTimeout(r, 200));
      await stopColour.get("image-resizer/blue")!();
      const after = results.length;
      while (results.length < after + 20) await new Promise((r) => setTimeout(r, 10));
      expect(results.length).toBeGreaterThan(sent);
    } finally {
      looping = false;
      await loop;
    }
    const failed = results.filter((r) => r.status !== 200);
    expect(failed, JSON.stringify(failed.slice(0, 3))).toEqual([]);
    const bodies = results.map((r) => r.body);
    expect(new Set(bodies)).toEqual(new Set(["image-resizer blue", "image-resizer green"]));
    // Blue until the switch, green after it: never back.
    const firstGreen = bodies.indexOf("image-resizer green");
    expect(bodies.slice(firstGreen).every((b) => b === "image-resizer green")).toBe(true);
    expect(await get(port, names["image-resizer"], ca.ca)).toEqual({
      status: 200,
      body: "image-resizer green",
    });
    for (const service of ["payments-callback", "storefront-cn"] as const)
      expect(await get(port, names[service], ca.ca)).toEqual({
        status: 200,
        body: `${service} blue`,
      });

    // What the playbook wrote for the release: green serves it, blue and the others stay.
    const after = await snapshotTree(root);
    const resizer = services.get("image-resizer")!;
    const file = (service: string, name: string) => `etc/cloudneutral/${service}/${name}`;
    const unit = (service: string, colour: string) =>
      `etc/systemd/system/cloudneutral-${service}-${colour}.service`;
    expect(before[file("image-resizer", "serving")]).toMatch(/^blue [0-9a-f]{40}\n$/);
    expect(after[file("image-resizer", "serving")]).toMatch(/^green [0-9a-f]{40}\n$/);
    expect(after[unit("image-resizer", "green")]).toContain(
      `--publish ${resizer.green_port}:8080 --env MAX_WIDTH=\${CN_VAR_MAX_WIDTH} --env OUTPUT_FORMATS=\${CN_VAR_OUTPUT_FORMATS} --env PROBE=\${CN_VAR_PROBE} ghcr.io/acme/image-resizer:0.9.4`,
    );
    expect(after[unit("image-resizer", "green")]).toContain(
      `EnvironmentFile=${root}/${file("image-resizer", "green.env")}`,
    );
    for (const env of ["blue.env", "green.env"])
      expect(envFileValue(after[file("image-resizer", env)]!, "CN_VAR_PROBE")).toBe(HOSTILE);
    expect(Object.values(after).join("\n")).not.toMatch(/uid=\d/);
    expect(after[unit("image-resizer", "blue")]).toBe(before[unit("image-resizer", "blue")]);
    expect(after[file("image-resizer", "blue.env")]).toBe(
      before[file("image-resizer", "blue.env")],
    );
    for (const other of ["payments-callback", "storefront-cn"]) {
      const conf = `etc/nginx/conf.d/cloudneutral-${other}.conf`;
      expect(after[conf]).toBe(before[conf]);
      expect(after[file(other, "serving")]).toBe(before[file(other, "serving")]);
      expect(after[unit(other, "green")]).toBeUndefined();
    }
    console.log(
      `blue→green under load: ${results.length} requests, ${failed.length} failed, ${bodies.filter((b) => b.endsWith("green")).length} answered by green`,
    );
  });
});
