// The views that come from the status branch and the node-pool history: traffic (the GTM's
// records and their commits) and capacity (node counts along main, the autoscaler's records).
// Every record goes through the parser its writer's module owns, so the console believes what
// the GTM and the autoscaler believe.
import { parseStatus, statusPath } from "../autoscale/status.ts";
import { readNodeCount } from "../autoscale/tfvars.ts";
import { desiredRecordSets, trafficShares } from "../gtm/desired.ts";
import { gtmStatusPath, parseGtmRecord } from "../gtm/record.ts";
import type { GtmDecision } from "../gtm/types.ts";
import { DNS_WEIGHTING } from "../model/feasible.ts";
import {
  type CapacityView,
  type ConsoleInput,
  percent,
  type TrafficRegion,
  type TrafficView,
} from "./views.ts";

export function trafficViews(input: ConsoleInput): TrafficView[] {
  const { config, status } = input;
  const providers = config.byKind.Platform[0]?.value.spec.dns.providers ?? [];
  const ingress = Object.fromEntries(
    config.byKind.Region.map((r) => [r.name, { addresses: r.value.spec.ingress.addresses }]),
  );
  return config.byKind.GtmPolicy.map((p) => {
    const spec = p.value.spec;
    const provider = providers.find((d) => d.name === spec.provider);
    const weighting = provider ? DNS_WEIGHTING[provider.type] : "native";
    const file = gtmStatusPath(p.name);
    const raw = status?.files.get(file);
    const parsed = raw === undefined ? undefined : parseGtmRecord(raw);
    const record = typeof parsed === "object" ? parsed : undefined;
    const regions = spec.regions.map((r): Omit<TrafficRegion, "share"> => {
      const state = record?.state.regions[r.region];
      const figures = record?.degraded?.[r.region];
      const weight = state ? state.weight : r.weight;
      if (!state)
        return {
          region: r.region,
          baseWeight: r.weight,
          weight,
          state: "up",
          evidence: "no decision recorded: up until evidence",
        };
      const counts = `${state.failures}/${spec.hysteresis.failures} failed probes in a row`;
      if (state.state === "down")
        return { region: r.region, baseWeight: r.weight, weight, state: "down", evidence: counts };
      if (figures) {
        const parts = [
          figures.errorRate !== undefined ? `error rate ${percent(figures.errorRate)}` : "",
          figures.latencySeconds !== undefined ? `latency ${figures.latencySeconds} s` : "",
        ].filter(Boolean);
        return {
          region: r.region,
          baseWeight: r.weight,
          weight,
          state: "degraded",
          evidence: `${parts.join(", ")}; ${counts}`,
        };
      }
      return { region: r.region, baseWeight: r.weight, weight, state: "up", evidence: counts };
    });
    const shares = sharesOf(spec.publicName, regions, ingress, weighting);
    const decisions = (status?.history.get(file) ?? []).flatMap((v) => {
      const rec = parseGtmRecord(v.value);
      if (typeof rec === "string") return [];
      const weights = Object.fromEntries(
        Object.entries(rec.state.regions).map(([name, s]) => [name, s.weight]),
      );
      return [{ sha: v.sha, at: v.at, message: v.message, weights }];
    });
    return {
      policy: p.name,
      publicName: spec.publicName,
      provider: spec.provider,
      weighting,
      recorded: record !== undefined,
      failOpen: record?.failOpen ?? false,
      alert: record?.alert ?? false,
      dnsPending: record?.dnsPending ?? false,
      regions: regions.map((r) => ({ ...r, share: shares[r.region] ?? 0 })),
      decisions,
      unlisted: Object.keys(record?.state.regions ?? {}).filter(
        (name) => !spec.regions.some((r) => r.region === name),
      ),
      ...(typeof parsed === "string" ? { unreadable: `${file}: ${parsed}` } : {}),
    };
  });
}

/** Shares as resolvers will see them: the GTM's own record sets and share function. */
function sharesOf(
  publicName: string,
  regions: { region: string; weight: number; state: string }[],
  ingress: Record<string, { addresses: string[] }>,
  weighting: "native" | "membership",
): Record<string, number> {
  const decision: GtmDecision = {
    publicName,
    state: { regions: {} },
    regions: regions.map((r) => ({
      region: r.region,
      state: r.state === "down" ? "down" : "up",
      previousState: null,
      baseWeight: r.weight,
      previousWeight: null,
      weight: r.weight,
      reason: "",
    })),
    failOpen: false,
    alert: false,
  };
  const mine = Object.fromEntries(
    regions.map((r) => [r.region, ingress[r.region] ?? { addresses: [] }]),
  );
  const { records } = desiredRecordSets(decision, mine, 60, weighting);
  return trafficShares(records, mine);
}

export function capacityViews(input: ConsoleInput): CapacityView[] {
  const { config, status } = input;
  const policies = new Map(config.byKind.AutoscalePolicy.map((a) => [a.value.spec.region, a]));
  return config.byKind.Region.map((r) => {
    const policy = policies.get(r.name)?.value.spec;
    const file = `node-pool/${r.name}.tfvars`;
    const history: CapacityView["history"] = [];
    for (const v of input.poolHistory.get(file) ?? []) {
      if (v.text === undefined) continue;
      let nodes: number;
      try {
        nodes = readNodeCount(v.text, file).count;
      } catch {
        continue; // a commit where the file was broken: no point rather than a wrong one
      }
      if (history.at(-1)?.nodes === nodes) continue;
      history.push({ sha: v.sha, at: v.at, nodes, subject: input.subjects.get(v.sha) ?? "" });
    }
    const raw = status?.files.get(statusPath(r.name));
    const recorded = raw === undefined ? undefined : parseStatus(raw, r.name);
    const nodes = input.nodeCounts.get(r.name);
    return {
      region: r.name,
      ...(nodes !== undefined ? { nodes } : {}),
      min: policy?.min ?? r.value.spec.nodePool.min,
      max: policy?.max ?? r.value.spec.nodePool.max,
      autoscaled: policy !== undefined,
      history,
      recommendations: recorded?.recommendations ?? [],
      ...(recorded?.last ? { last: recorded.last } : {}),
      ...(recorded?.pull
        ? { pull: { number: recorded.pull.number, desired: recorded.pull.desired } }
        : {}),
      ...(recorded?.rejected ? { rejected: recorded.rejected } : {}),
      decisions: (status?.history.get(statusPath(r.name)) ?? []).map(({ value: _, ...c }) => c),
    };
  }).sort((a, b) => (a.region < b.region ? -1 : 1));
}
