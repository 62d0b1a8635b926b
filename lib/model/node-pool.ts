// Where a region's nodes are, and what its pool can do. A cloud pool of containerd-only or
// k3s-worker nodes creates its machines (k8s-base), each at a private address derived from the
// region's network, so the address of machine i is known before it exists: the Ansible
// inventory and the gateway list the same addresses the Terraform stack creates, in the same
// order, and a count of n means machines 0..n-1 on every side. An on-prem pool's machines are
// its `hosts`, and the pool uses the first node_count of them. Pure.
import type { ByKind, SourceDoc } from "./load.ts";
import type { Path } from "./locate.ts";
import type { Provider, Region } from "./schema.ts";

type Pool = Region["spec"]["nodePool"];
type Report = (doc: SourceDoc, path: Path, message: string, key?: boolean) => void;

/** Where a Region without network.cidr plans its addresses. */
export const DEFAULT_CIDR = "10.0.0.0/16";

/** The first host number a machine gets in its subnet (below: gateways, DNS, reserved). */
export const FIRST_NODE_HOST = 10;
/** The node subnets: cidrsubnet(region cidr, 4, n). AWS alternates two zones' subnets. */
export const NODE_SUBNET_BITS = 4;

/** Whether the pool's machines are created by the region's k8s-base stack. */
export function createsMachines(provider: Provider, pool: Pool): boolean {
  return provider !== "onprem" && pool.mode !== "k8s";
}

/** How many node subnets a provider spreads the machines over (foundation creates them). */
export function nodeSubnets(provider: Provider): number {
  return provider === "aws" ? 2 : 1;
}

/**
 * The pool's machines in order: on-prem its hosts; a cloud pool that creates machines the
 * address of each of its `max` possible machines (machine i in subnet i mod s, host
 * FIRST_NODE_HOST + ⌊i/s⌋, as the templates compute it with cidrsubnet and cidrhost); a
 * managed Kubernetes pool has none of its own.
 */
export function nodeAddresses(provider: Provider, cidr: string, pool: Pool): string[] {
  if (provider === "onprem") return [...(pool.hosts ?? [])];
  if (!createsMachines(provider, pool)) return [];
  const subnets = nodeSubnets(provider);
  return Array.from({ length: pool.max }, (_, i) =>
    cidrHost(
      cidrSubnet(cidr, NODE_SUBNET_BITS, i % subnets),
      FIRST_NODE_HOST + Math.floor(i / subnets),
    ),
  );
}

const toInt = (ip: string) => ip.split(".").reduce((n, octet) => n * 256 + Number(octet), 0) >>> 0;
const toIp = (n: number) => [24, 16, 8, 0].map((s) => (n >>> s) & 255).join(".");

function parseCidr(cidr: string): { base: number; bits: number } {
  const [ip, bits] = cidr.split("/");
  const prefix = Number(bits);
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return { base: (toInt(ip!) & mask) >>> 0, bits: prefix };
}

/** Terraform's cidrsubnet for IPv4. */
export function cidrSubnet(cidr: string, newBits: number, netNum: number): string {
  const { base, bits } = parseCidr(cidr);
  const prefix = bits + newBits;
  if (prefix > 32 || netNum >= 2 ** newBits)
    throw new RangeError(`${cidr} has no subnet ${netNum} of ${newBits} more bits`);
  return `${toIp((base + netNum * 2 ** (32 - prefix)) >>> 0)}/${prefix}`;
}

/** Terraform's cidrhost for IPv4 (non-negative host numbers). */
export function cidrHost(cidr: string, host: number): string {
  const { base, bits } = parseCidr(cidr);
  if (host >= 2 ** (32 - bits)) throw new RangeError(`${cidr} has no host ${host}`);
  return toIp((base + host) >>> 0);
}

/** How many machines fit in one node subnet of `cidr` (the network and broadcast left out). */
function subnetRoom(cidr: string): number {
  const bits = parseCidr(cidr).bits + NODE_SUBNET_BITS;
  return bits > 30 ? 0 : 2 ** (32 - bits) - FIRST_NODE_HOST - 1;
}

/** What a pool needs besides its schema, each problem at the field to change. */
export function checkNodePools(k: ByKind, report: Report): void {
  for (const r of k.Region) checkPool(r, report);
}

function checkPool(r: SourceDoc<"Region">, report: Report): void {
  const { provider, nodePool: pool } = r.value.spec;
  const at = (...p: Path) => ["spec", "nodePool", ...p];
  const join = pool.join;
  if (provider === "onprem") {
    const hosts = pool.hosts ?? [];
    // No hosts at all: the nodes are run outside CloudNeutral (an existing cluster).
    if (hosts.length === 0) return;
    if (pool.max > hosts.length)
      report(
        r,
        at("max"),
        `nodePool.max (${pool.max}) is above the ${hosts.length} hosts listed; an on-prem pool uses the first node_count of its hosts, so list at least ${pool.max} or lower max`,
      );
    if (pool.mode === "containerd-only") return;
    if (!join) {
      report(
        r,
        at("mode"),
        `nodePool.mode "${pool.mode}" with hosts needs nodePool.join (server and tokenEnv${pool.mode === "k8s" ? ", caCertHash" : ""}): the hosts are joined to the cluster by the config layer`,
      );
      return;
    }
    if (!join.tokenEnv)
      report(
        r,
        at("join"),
        "an on-prem pool's join needs tokenEnv: the environment variable of the Ansible job that holds the join token",
        true,
      );
    if (join.tokenSecret)
      report(
        r,
        at("join", "tokenSecret"),
        "tokenSecret is for cloud pools, whose machines read it themselves; an on-prem join takes the token from tokenEnv",
      );
    if (pool.mode === "k8s" && !join.caCertHash)
      report(
        r,
        at("join"),
        "an on-prem k8s pool joins with kubeadm, which needs caCertHash (sha256:… of the cluster CA)",
        true,
      );
    return;
  }

  if (pool.hosts !== undefined)
    report(
      r,
      at("hosts"),
      pool.mode === "k8s"
        ? `a k8s pool on ${provider} is a managed node pool; it has no hosts`
        : `a pool on ${provider} creates its machines, at addresses derived from the network (${nodeAddresses(provider, r.value.spec.network?.cidr ?? DEFAULT_CIDR, { ...pool, max: Math.min(pool.max, 2) }).join(", ")}, …); remove hosts`,
      true,
    );
  if (createsMachines(provider, pool)) {
    const cidr = r.value.spec.network?.cidr ?? DEFAULT_CIDR;
    const perSubnet = Math.ceil(pool.max / nodeSubnets(provider));
    const room = subnetRoom(cidr);
    if (perSubnet > room)
      report(
        r,
        at("max"),
        `nodePool.max (${pool.max}) machines do not fit the network ${cidr}: each of its ${nodeSubnets(provider)} node subnet(s) (cidrsubnet(cidr, ${NODE_SUBNET_BITS}, n)) has room for ${room}`,
      );
  }
  if (pool.mode === "k3s-worker") {
    if (!join?.tokenSecret)
      report(
        r,
        join ? at("join") : at("mode"),
        `nodePool.mode "k3s-worker" on ${provider} needs nodePool.join with server and tokenSecret (the name of the secret the machines read the join token from)`,
        join !== undefined,
      );
    if (provider === "gcp" && join?.tokenSecret && !/^[A-Za-z0-9_-]+$/.test(join.tokenSecret))
      report(
        r,
        at("join", "tokenSecret"),
        "a Secret Manager secret id has only letters, digits, _ and -",
      );
    if (join?.tokenEnv)
      report(
        r,
        at("join", "tokenEnv"),
        "tokenEnv is for on-prem pools joined by Ansible; cloud machines read the token from tokenSecret",
      );
    if (provider === "alicloud")
      report(
        r,
        at("mode"),
        'nodePool.mode "k3s-worker" is not supported on alicloud yet (its machines have no way to read a join token by reference); use containerd-only or k8s',
      );
  } else if (join) {
    report(r, at("join"), `nodePool.join is only for k3s-worker pools, not "${pool.mode}"`, true);
  }
}
