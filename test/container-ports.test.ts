// `runtime: container` services share their region's hosts: each gets its own ports there,
// stable when other services come and go, and the gateway sends to each host's local switch
// for the service (which sends to one colour), never to both colours.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  allocateContainerPorts,
  BLUE_BASE,
  GREEN_BASE,
  homeSlot,
  PORT_SLOTS,
  SWITCH_BASE,
} from "../lib/model/ports.ts";
import { render } from "../lib/render/index.ts";
import { nginxTest, sampleRepo, snapshotTree } from "./helpers.ts";

interface Vars {
  services: { name: string; switch_port: number; blue_port: number; green_port: number }[];
}

/** Upstream name → its servers, from a rendered gateway nginx.conf. */
function upstreams(conf: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of conf.matchAll(/upstream (\S+) \{([^}]*)\}/g))
    out.set(
      m[1]!,
      [...m[2]!.matchAll(/server (\S+?)[ ;]/g)].map((s) => s[1]!),
    );
  return out;
}

async function renderSample(mutate?: (repo: string) => Promise<void>) {
  const repo = await sampleRepo();
  await mutate?.(repo);
  await render({ configDir: path.join(repo, "platform-config"), outDir: path.join(repo, "infra") });
  return snapshotTree(path.join(repo, "infra"));
}

describe("container services on shared hosts", () => {
  it("no two services of a region share a host:port; the gateway sends to each host's switch only", async () => {
    const tree = await renderSample();
    const regions = Object.keys(tree)
      .filter((f) => /^ansible\/[^/]+\/inventory\.yml$/.test(f))
      .map((f) => f.split("/")[1]!);
    expect(regions.sort()).toEqual(["cn1", "eu1"]);
    for (const region of regions) {
      const vars = parse(tree[`ansible/${region}/group_vars/containerd_nodes.yml`]!, {
        logLevel: "error",
      }) as Vars;
      const inventory = parse(tree[`ansible/${region}/inventory.yml`]!) as {
        all: { children: { containerd_nodes: { hosts: Record<string, unknown> } } };
      };
      const hosts = Object.keys(inventory.all.children.containerd_nodes.hosts);
      expect(hosts.length).toBeGreaterThan(1);
      expect(vars.services.length).toBeGreaterThan(1);
      // Every host runs every service of the region: each host:port has one owner.
      const owner = new Map<string, string>();
      for (const h of hosts)
        for (const s of vars.services)
          for (const port of [s.switch_port, s.blue_port, s.green_port]) {
            const at = `${h}:${port}`;
            expect(owner.get(at), `${region} ${at}`).toBeUndefined();
            owner.set(at, s.name);
          }
      const gateway = upstreams(tree[`gateway/${region}/nginx.conf`]!);
      // Services without a public name have no route; every route goes to the switches.
      const routed = vars.services.filter((s) => gateway.has(s.name.replace(/-/g, "_")));
      expect(routed.length).toBeGreaterThan(1);
      for (const s of routed)
        expect(gateway.get(s.name.replace(/-/g, "_")), `${region} ${s.name}`).toEqual(
          hosts.map((h) => `${h}:${s.switch_port}`),
        );
      const colourPorts = vars.services.flatMap((s) => [s.blue_port, s.green_port]);
      for (const servers of gateway.values())
        for (const server of servers)
          expect(colourPorts).not.toContain(Number(server.split(":").at(-1)));
      await nginxTest(tree[`gateway/${region}/nginx.conf`]!.replace(/^#.*\n/gm, ""));
    }
  });

  it("adding a service renumbers no other; removing one neither", async () => {
    const before = await renderSample();
    const file = "platform-config/services/globex-inference.yaml";
    const added = await renderSample(async (repo) => {
      const full = path.join(repo, file);
      await writeFile(
        full,
        `${await readFile(full, "utf8")}---
apiVersion: cloudneutral.io/v1alpha1
kind: Service
metadata:
  name: report-builder
spec:
  tenant: globex
  project: inference
  env: prod
  regions: [eu1]
  size: small
  runtime: container
  image: ghcr.io/globex/report-builder:1.0.0
  port: 8080
  healthPath: /healthz
`,
      );
    });
    const portsIn = (tree: Record<string, string>) =>
      Object.fromEntries(
        (
          parse(tree["ansible/eu1/group_vars/containerd_nodes.yml"]!, { logLevel: "error" }) as Vars
        ).services.map((s) => [s.name, [s.switch_port, s.blue_port, s.green_port]]),
      );
    const was = portsIn(before);
    const now = portsIn(added);
    expect(Object.keys(now)).toContain("report-builder");
    for (const [name, ports] of Object.entries(was)) expect(now[name], name).toEqual(ports);
    // The gateway's routes of the others did not change either.
    const gw = (tree: Record<string, string>) => upstreams(tree["gateway/eu1/nginx.conf"]!);
    for (const [name, servers] of gw(before)) expect(gw(added).get(name)).toEqual(servers);
  });

  it("allocates from the name's slot, the later name taking the next free slot on a collision", () => {
    const names = Array.from({ length: 200 }, (_, i) => `svc-${i}`);
    const bySlot = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (const n of names) {
      const other = bySlot.get(homeSlot(n));
      if (other) {
        pair = [other, n].sort() as [string, string];
        break;
      }
      bySlot.set(homeSlot(n), n);
    }
    if (!pair) {
      // 200 names in 4000 slots collide with near certainty; search further if not.
      for (let i = 200; !pair; i++) {
        const n = `svc-${i}`;
        const other = bySlot.get(homeSlot(n));
        if (other) pair = [other, n].sort() as [string, string];
        else bySlot.set(homeSlot(n), n);
      }
    }
    const [first, second] = pair;
    const slot = homeSlot(first);
    const ports = allocateContainerPorts([second, first]);
    expect(ports.get(first)).toEqual({
      switchPort: SWITCH_BASE + slot,
      bluePort: BLUE_BASE + slot,
      greenPort: GREEN_BASE + slot,
    });
    expect(ports.get(second)!.switchPort).toBe(SWITCH_BASE + ((slot + 1) % PORT_SLOTS));
    // Alone, each takes its own slot; the order names are given in does not matter.
    expect(allocateContainerPorts([second]).get(second)!.switchPort).toBe(SWITCH_BASE + slot);
    expect(allocateContainerPorts([first, second])).toEqual(ports);
    // Every port stays below Linux's ephemeral range.
    expect(GREEN_BASE + PORT_SLOTS - 1).toBeLessThan(32768);
    expect(() =>
      allocateContainerPorts(Array.from({ length: PORT_SLOTS + 1 }, (_, i) => `s${i}`)),
    ).toThrow(/at most 4000/);
  });
});
