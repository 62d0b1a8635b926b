// TLS at the region gateway, without running it (test/container-switch.test.ts runs it): what
// validate refuses about certificates and probes, each at its file, line and column; what
// render writes (443 per public name with its own certificate, unknown names refused, a plain
// health listener); and that the GTM probes each name with the scheme and port it is served on.
import { readFile, writeFile } from "node:fs/promises";
import https from "node:https";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { observePolicy } from "../lib/gtm/observe.ts";
import { gtmSetup } from "../lib/gtm/targets.ts";
import { silentLogger } from "../lib/logger.ts";
import { validateConfig } from "../lib/model/index.ts";
import { probeAddress } from "../lib/probes/http.ts";
import { createLimiter } from "../lib/probes/limit.ts";
import { render } from "../lib/render/index.ts";
import { startHealthFleet } from "./health-servers.ts";
import { editConfig, nginxTest, sampleRepo, scratch } from "./helpers.ts";
import { testCa } from "./tls-certs.ts";

/** The problems of the sample after `edits`, as file:line:column: message. */
async function problemsAfter(...edits: [string, string, string][]): Promise<string[]> {
  const repo = await sampleRepo();
  for (const [file, from, to] of edits) await editConfig(repo, file, from, to);
  const { problems } = await validateConfig(path.join(repo, "platform-config"));
  return problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
}

const STOREFRONT = "services/acme-storefront.yaml";
const IMG_TLS =
  "  tls:\n    certificateFile: /etc/cloudneutral/tls/img.acme.cloudneutral.io/fullchain.pem\n    keyFile: /etc/cloudneutral/tls/img.acme.cloudneutral.io/privkey.pem\n";

describe("validate: certificates by reference, probes as served", () => {
  it("the sample is valid: every public name has a certificate, every probe matches", async () => {
    const { problems } = await validateConfig(path.join(await sampleRepo(), "platform-config"));
    expect(problems).toEqual([]);
  });

  it.each([
    {
      what: "a probe over plain HTTP of a name served over HTTPS",
      edits: [["gtm/api.yaml", "    scheme: https\n", "    scheme: http\n"]],
      problem:
        "gtm/api.yaml:27:13: the gateway serves api.cloudneutral.io over HTTPS only (Service storefront-api has tls); probe https, or leave scheme out",
    },
    {
      what: "a probe on a port the gateway does not serve",
      edits: [["gtm/ai.yaml", "    port: 443\n", "    port: 8443\n"]],
      problem:
        "gtm/ai.yaml:23:11: the gateway serves ai.cloudneutral.io over HTTPS on port 443, not 8443; leave port out",
    },
    {
      what: "a Kubernetes secret for a containerd-only region's gateway",
      edits: [[STOREFRONT, IMG_TLS, "  tls:\n    secretName: img-acme-tls\n"]],
      problem:
        "services/acme-storefront.yaml:118:17: img.acme.cloudneutral.io: a Kubernetes secret cannot reach the gateway of cn1 (containerd-only, no Kubernetes); give certificateFile and keyFile on the gateway host instead",
    },
    {
      what: "a certificate without its key",
      edits: [
        [
          STOREFRONT,
          "    keyFile: /etc/cloudneutral/tls/img.acme.cloudneutral.io/privkey.pem\n",
          "",
        ],
      ],
      problem:
        "services/acme-storefront.yaml:118:5: img.acme.cloudneutral.io: tls.certificateFile is given without tls.keyFile; the gateway needs both files",
    },
    {
      what: "the key file being the certificate file",
      edits: [
        [
          STOREFRONT,
          "img.acme.cloudneutral.io/privkey.pem",
          "img.acme.cloudneutral.io/fullchain.pem",
        ],
      ],
      problem:
        "services/acme-storefront.yaml:119:14: img.acme.cloudneutral.io: tls.keyFile is the certificate file; the private key is a file of its own",
    },
    {
      what: "both a secret and files",
      edits: [[STOREFRONT, IMG_TLS, `${IMG_TLS}    secretName: img-acme-tls\n`]],
      problem:
        "services/acme-storefront.yaml:120:5: tls takes either secretName (a Kubernetes TLS secret) or certificateFile and keyFile (files on the gateway host), not both",
    },
    {
      what: "tls that names nothing",
      edits: [[STOREFRONT, IMG_TLS, "  tls: {}\n"]],
      problem:
        "services/acme-storefront.yaml:117:3: img.acme.cloudneutral.io: tls names no certificate; expected secretName, or certificateFile and keyFile",
    },
    {
      what: "a certificate for a service without a public name",
      edits: [
        [
          STOREFRONT,
          "  image: ghcr.io/acme/catalog-api:1.12.0\n",
          "  image: ghcr.io/acme/catalog-api:1.12.0\n  tls:\n    secretName: catalog-tls\n",
        ],
      ],
      problem:
        "services/acme-storefront.yaml:70:3: Service catalog-api has a certificate but no publicName: tls is the certificate the gateway serves the public name with",
    },
    {
      what: "a probe without a scheme of a name no Service publishes",
      edits: [
        ["gtm/ai.yaml", "    scheme: https\n", ""],
        ["gtm/ai.yaml", "publicName: ai.cloudneutral.io", "publicName: edge.cloudneutral.io"],
      ],
      problem:
        "gtm/ai.yaml:20:3: no Service publishes edge.cloudneutral.io, so the gateway does not say how it is served; give healthCheck.scheme",
    },
  ] as { what: string; edits: [string, string, string][]; problem: string }[])(
    "$what",
    async ({ edits, problem }) => {
      const found = await problemsAfter(...edits);
      expect(found, found.join("\n")).toContain(problem);
    },
  );
});

describe("render: the gateway serves each public name on 443 with its own certificate", () => {
  it("one HTTPS server per name, unknown names refused, a plain health listener; nginx -t passes", async () => {
    const repo = await sampleRepo();
    const result = await render({
      configDir: path.join(repo, "platform-config"),
      outDir: path.join(repo, "infra"),
      check: true,
    });
    const conf = result.contents.get("gateway/cn1/nginx.conf")!;
    expect(conf).toContain(
      "    server {\n        listen 443 ssl default_server;\n        server_name _;\n        ssl_reject_handshake on;\n    }\n",
    );
    expect(conf).toContain("        listen 8080 default_server;\n");
    for (const name of [
      "img.acme.cloudneutral.io",
      "callbacks.pay.acme.cloudneutral.io",
      "shop-cn.test.acme.cloudneutral.io",
    ])
      expect(conf).toContain(
        `        listen 443 ssl;\n        server_name ${name};\n        ssl_certificate /etc/cloudneutral/tls/${name}/fullchain.pem;\n        ssl_certificate_key /etc/cloudneutral/tls/${name}/privkey.pem;\n`,
      );
    // No public name is served over plain HTTP when it has a certificate.
    expect(conf.match(/listen 8080/g)).toHaveLength(1);
    // A Kubernetes TLS secret is read where the gateway mounts it.
    expect(result.contents.get("gateway/jp1/nginx.conf")).toContain(
      "        server_name api.cloudneutral.io;\n        ssl_certificate /etc/cloudneutral/tls/api-tls/tls.crt;\n        ssl_certificate_key /etc/cloudneutral/tls/api-tls/tls.key;\n",
    );
    await nginxTest(conf);
  });

  it("a name without a certificate stays on the plain listener; tests may move the listeners", async () => {
    const repo = await sampleRepo();
    await editConfig(
      repo,
      STOREFRONT,
      "  tls:\n    certificateFile: /etc/cloudneutral/tls/shop-cn.test.acme.cloudneutral.io/fullchain.pem\n    keyFile: /etc/cloudneutral/tls/shop-cn.test.acme.cloudneutral.io/privkey.pem\n",
      "",
    );
    const result = await render({
      configDir: path.join(repo, "platform-config"),
      outDir: path.join(repo, "infra"),
      check: true,
      gatewayListen: { address: "127.0.0.1", https: 40443, plain: 40080 },
    });
    const conf = result.contents.get("gateway/cn1/nginx.conf")!;
    expect(conf).toContain(
      "        listen 127.0.0.1:40080;\n        server_name shop-cn.test.acme.cloudneutral.io;\n\n",
    );
    expect(conf).toContain("        listen 127.0.0.1:40443 ssl default_server;\n");
    expect(conf).toContain(
      "        listen 127.0.0.1:40443 ssl;\n        server_name img.acme.cloudneutral.io;\n",
    );
    expect(conf).not.toMatch(/listen (443|8080)\b/);
  });
});

describe("the GTM probes each public name as the gateway serves it", () => {
  it("scheme and port come from the gateway, and follow it when tests move it", async () => {
    const repo = await sampleRepo();
    await editConfig(
      repo,
      "gtm/ai.yaml",
      "    scheme: https\n    path: /healthz\n    port: 443\n",
      "    path: /healthz\n",
    );
    const { config, problems } = await validateConfig(path.join(repo, "platform-config"));
    expect(problems).toEqual([]);
    const probes = (ports?: { https: number; plain: number }) =>
      Object.fromEntries(gtmSetup(config, [], ports).targets.map((t) => [t.name, t.probe]));
    expect(probes()).toEqual({
      ai: { scheme: "https", port: 443 },
      api: { scheme: "https", port: 443 },
    });
    expect(probes({ https: 40443, plain: 40080 })).toEqual({
      ai: { scheme: "https", port: 40443 },
      api: { scheme: "https", port: 40443 },
    });
  });
});

describe("HTTPS probes of ingresses that check the server name", () => {
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });

  it("a GTM round probes every ingress with the public name as SNI; any other name is refused", async () => {
    const NAME = "api.cloudneutral.io";
    const ca = await testCa(await scratch("cn-probe-tls-"));
    const cert = await ca.issue(NAME);
    const addresses = { jp1: "127.0.0.71", sg1: "127.0.0.72", eu1: "127.0.0.73" };
    const fleet = await startHealthFleet(Object.values(addresses), {
      serverName: NAME,
      cert: await readFile(cert.certificateFile),
      key: await readFile(cert.keyFile),
    });
    stops.push(() => fleet.close());
    const repo = await sampleRepo();
    for (const [region, address] of Object.entries(addresses)) {
      const file = path.join(repo, "platform-config/regions", `${region}.yaml`);
      const text = await readFile(file, "utf8");
      await writeFile(
        file,
        text.replace(/ {4}addresses:\n( {6}- [0-9.]+\n)+/, `    addresses:\n      - ${address}\n`),
      );
    }
    const { config, problems } = await validateConfig(path.join(repo, "platform-config"));
    expect(problems).toEqual([]);
    // The gateway's HTTPS port moved to the fleet's, as a test moves the rendered gateway.
    const [target] = gtmSetup(config, ["api"], { https: fleet.port, plain: 1 }).targets;
    expect(target!.probe).toEqual({ scheme: "https", port: fleet.port });
    const seen = await observePolicy(target!, {
      limiter: createLimiter(4),
      ca: ca.ca,
      prometheusUrl: undefined,
      metrics: {},
      healthCache: new Map(),
      log: silentLogger,
    });
    expect(seen.evidence.map((e) => [e.region, e.probe.result])).toEqual([
      ["jp1", "ok"],
      ["sg1", "ok"],
      ["eu1", "ok"],
    ]);
    for (const server of fleet.servers.values()) {
      expect(server.serverNames).toEqual([NAME]);
      expect(server.hosts).toEqual([`${NAME}:${fleet.port}`]);
    }

    // Another name: the server refuses the handshake, the probe says so.
    const other = await probeAddress(addresses.jp1, {
      scheme: "https",
      port: fleet.port,
      path: "/healthz",
      hostname: "www.cloudneutral.io",
      timeoutMs: 5000,
      ca: ca.ca,
    });
    // (Node closes the connection without an alert, where nginx's ssl_reject_handshake sends
    // one: "reset" here, "tls" through the gateway in container-switch.test.ts.)
    expect(other).toMatchObject({ result: "failed", failure: "reset" });
    expect(fleet.servers.get(addresses.jp1)!.serverNames.at(-1)).toBe("www.cloudneutral.io");
    // No name at all (an IP as the public name sends no SNI): the certificate does not name
    // the address, and a client that does not check gets 421 Misdirected Request.
    const none = await probeAddress(addresses.jp1, {
      scheme: "https",
      port: fleet.port,
      path: "/healthz",
      hostname: addresses.jp1,
      timeoutMs: 5000,
      ca: ca.ca,
    });
    expect(none).toMatchObject({ result: "failed", failure: "tls" });
    const unchecked = await new Promise<number>((resolve, reject) =>
      https
        .get(
          { host: addresses.jp1, port: fleet.port, path: "/healthz", rejectUnauthorized: false },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        )
        .on("error", reject),
    );
    expect(unchecked).toBe(421);
  });
});
