// Checks of what a valid-looking configuration could never do once rendered and run: rules
// that cannot compile, weights the DNS provider cannot express, more container services than
// a region's hosts have ports for. Pure: documents in, problems reported.
import { compileExpression } from "../cel/compile.ts";
import type { ByKind, SourceDoc } from "./load.ts";
import type { Path } from "./locate.ts";
import { PORT_SLOTS } from "./ports.ts";
import type { Platform } from "./schema.ts";

type Report = (doc: SourceDoc, path: Path, message: string, key?: boolean) => void;

type DnsProviderType = Platform["spec"]["dns"]["providers"][number]["type"];

/**
 * How each DNS provider type weights the regions of a name: `native` answers in proportion
 * to the weights (PowerDNS LUA records, Route 53 weighted records, AliDNS weights);
 * `membership` can only include a region or drop it, so every region in gets an equal share.
 * The providers declare the same in their `capabilities.weights` (a test holds them equal).
 */
export const DNS_WEIGHTING: Record<DnsProviderType, "native" | "membership"> = {
  zonefile: "membership",
  cloudflare: "membership",
  powerdns: "native",
  route53: "native",
  alidns: "native",
};

/** Every CEL rule compiles (parse and type check) as the policy engine will compile it. */
export function checkPolicyRules(policies: SourceDoc<"Policy">[], report: Report): void {
  for (const p of policies) {
    (p.value.spec.validations ?? []).forEach((v, i) => {
      const compiled = compileExpression(v.expression);
      if (typeof compiled === "string")
        report(
          p,
          ["spec", "validations", i, "expression"],
          `Policy ${p.name}: validations[${i}].expression does not compile: ${compiled}`,
        );
    });
  }
}

/**
 * Unequal weights on a provider that can only include or drop a region would be silently
 * flattened to equal shares: refused, naming what the provider can do. A weight of 0 (the
 * region is dropped) is expressible, so only the weights above 0 must agree.
 */
export function checkGtmWeighting(k: ByKind, report: Report): void {
  const providers = k.Platform[0]?.value.spec.dns.providers ?? [];
  for (const g of k.GtmPolicy) {
    const provider = providers.find((p) => p.name === g.value.spec.provider);
    if (!provider || DNS_WEIGHTING[provider.type] !== "membership") continue;
    const regions = g.value.spec.regions;
    const first = regions.findIndex((r) => r.weight > 0);
    if (first < 0) continue;
    const base = regions[first]!;
    const other = regions.findIndex((r) => r.weight > 0 && r.weight !== base.weight);
    if (other < 0) continue;
    const weights = regions.map((r) => `${r.region} ${r.weight}`).join(", ");
    report(
      g,
      ["spec", "regions", other, "weight"],
      `DNS provider "${provider.name}" (${provider.type}) can only include or drop a region, so every region in the answer gets an equal share; the weights ${weights} cannot be applied. Give every served region the same weight (0 drops one), or use a provider that weights (powerdns)`,
    );
  }
}

/** Each region's hosts have PORT_SLOTS port triples for container services (lib/model/ports.ts). */
export function checkContainerCapacity(services: SourceDoc<"Service">[], report: Report): void {
  const byRegion = new Map<string, SourceDoc<"Service">[]>();
  for (const s of services) {
    if (s.value.spec.runtime !== "container") continue;
    for (const r of new Set(s.value.spec.regions)) {
      const list = byRegion.get(r) ?? [];
      list.push(s);
      byRegion.set(r, list);
    }
  }
  for (const [region, list] of byRegion) {
    if (list.length <= PORT_SLOTS) continue;
    const past = [...list].sort((a, b) => (a.name < b.name ? -1 : 1))[PORT_SLOTS]!;
    report(
      past,
      ["spec", "regions", past.value.spec.regions.indexOf(region)],
      `region "${region}" has ${list.length} container services; its hosts have ports for ${PORT_SLOTS}`,
    );
  }
}
