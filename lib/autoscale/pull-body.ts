// The autoscaler's pull request as people read it: a title that says the change, a body with
// the evidence (each node's utilization, the formula with the numbers, the window, the
// policy) and a hidden marker with what the bot needs next run (the sizes and the time), so
// that it can tell whether the recommendation moved and what a closed PR declined. Node names
// come from Prometheus labels: every one goes through the markdown escapers.
import { inlineCode, markdownText } from "../report/markdown-text.ts";
import { ceilNodes, fixed, plural } from "./metrics.ts";
import { describeBehavior } from "./run-policy.ts";
import type { RegionTarget } from "./targets.ts";
import type { Decision, DecisionPolicy, NodeSample } from "./types.ts";

export const AUTOSCALE_LABEL = "autoscale";
export const DIRECTION_LABELS = { up: "scale-up", down: "scale-down" } as const;

/** Rows beyond this are summarised: a body must stay under GitHub's 65,536 characters. */
const MAX_ROWS = 200;

export interface PullMetadata {
  region: string;
  current: number;
  desired: number;
  recommendation: number;
  /** When the evidence was gathered (RFC 3339). */
  at: string;
}

export interface ProposalEvidence {
  target: RegionTarget;
  current: number;
  decision: Decision & { recommendation: number };
  /** The policy decide() was given (windows widened, max raised; see run-policy.ts). */
  policy: DecisionPolicy;
  policyNotes: string[];
  nodes: NodeSample[];
  capacityFilledIn: string[];
  windowSeconds: number;
  warmupSeconds: number;
  /** Redacted: no credentials. */
  prometheus: string;
  now: Date;
}

export function botBranch(region: string): string {
  return `cloudneutral/autoscale/${region}`;
}

export function pullTitle(region: string, current: number, desired: number): string {
  return `autoscale(${region}): ${current} → ${desired} nodes`;
}

const MARKER = /<!-- cloudneutral:autoscale (\{.*?\}) -->/;

export function metadataMarker(meta: PullMetadata): string {
  // JSON in an HTML comment: "--" would end the comment early.
  return `<!-- cloudneutral:autoscale ${JSON.stringify(meta).replace(/--/g, "-\\u002d")} -->`;
}

/** The marker of a body the bot wrote; undefined for anything else. */
export function parseMetadata(body: string | null | undefined): PullMetadata | undefined {
  const m = MARKER.exec(body ?? "");
  if (!m) return undefined;
  try {
    const v = JSON.parse(m[1]!) as Record<string, unknown>;
    const count = (x: unknown) => typeof x === "number" && Number.isSafeInteger(x) && x >= 0;
    if (
      typeof v.region !== "string" ||
      !count(v.current) ||
      !count(v.desired) ||
      !count(v.recommendation) ||
      typeof v.at !== "string"
    )
      return undefined;
    return v as unknown as PullMetadata;
  } catch {
    return undefined;
  }
}

export function pullBody(e: ProposalEvidence): string {
  const { target, current, decision, policy } = e;
  const { region } = target;
  const desired = decision.desired;
  const direction = desired > current ? "scale-up" : "scale-down";
  const meta: PullMetadata = {
    region,
    current,
    desired,
    recommendation: decision.recommendation,
    at: e.now.toISOString(),
  };
  const lines = [
    metadataMarker(meta),
    `## ${pullTitle(region, current, desired)} (${direction})`,
    "",
    `The autoscaler proposes **${plural(desired, "node")}** for region ${inlineCode(region)}, now **${current}** (${inlineCode(target.tfvarsFile)}). Merging this pull request changes the count; \`apply\` then resizes the pool.`,
    "",
    `**Decision:** ${markdownText(decision.reason)}`,
    "",
    "### Evidence",
    "",
    `CPU in use, averaged over the ${e.windowSeconds} s before ${e.now.toISOString()}, from Prometheus at ${inlineCode(e.prometheus)}. A node that is down, or booted less than ${e.warmupSeconds} s ago, is not ready.`,
    "",
    ...nodeTable(e.nodes, e.capacityFilledIn),
    "",
    ...formula(e),
    "",
    "### Policy",
    "",
    `${inlineCode(target.policyFile)}: min ${target.spec.min}, max ${target.spec.max}, target utilization ${fixed(policy.targetUtilization)}, tolerance ${fixed(policy.tolerance ?? 0.1)}.`,
    "",
    ...describeBehavior(policy).map((l) => `- ${l}`),
    ...e.policyNotes.map((n) => `- for this run: ${n}`),
    "",
    "---",
    `Closing this pull request without merging tells the autoscaler "not ${plural(desired, "node")}": it does not propose ${desired} again until its recommendation changes. It updates this pull request when the recommendation moves and closes it when the recommendation returns to ${current}. It never overwrites commits of others on ${inlineCode(botBranch(region))}: once someone pushes there, it stops updating the branch.`,
    "",
  ];
  return lines.join("\n");
}

function nodeTable(nodes: NodeSample[], filledIn: string[]): string[] {
  const rows = nodes.slice(0, MAX_ROWS).map((n) => {
    const ready = n.ready ? "ready" : "not ready";
    const used = n.usage === undefined ? "no data" : fixed(n.usage);
    const cpus = filledIn.includes(n.name)
      ? `${fixed(n.capacity)} (pool median)`
      : fixed(n.capacity);
    const counted = n.ready && n.usage !== undefined;
    const utilization =
      n.usage === undefined ? "–" : `${Math.round((n.usage / n.capacity) * 100)}%`;
    return `| ${inlineCode(n.name)} | ${ready} | ${used} | ${cpus} | ${utilization}${counted ? "" : " (not counted)"} |`;
  });
  const more =
    nodes.length > MAX_ROWS ? [`| … ${nodes.length - MAX_ROWS} more nodes | | | | |`] : [];
  return [
    "| node | ready | CPU in use (cores) | CPUs | utilization |",
    "|---|---|---:|---:|---:|",
    ...rows,
    ...more,
  ];
}

/** The HPA's formula with this run's numbers, over the ready nodes that reported usage. */
function formula(e: ProposalEvidence): string[] {
  const measured = e.nodes.filter((n) => n.ready && n.usage !== undefined);
  const usage = measured.reduce((s, n) => s + (n.usage ?? 0), 0);
  const capacity = measured.reduce((s, n) => s + n.capacity, 0);
  if (capacity === 0) return [];
  const utilization = usage / capacity;
  const target = e.policy.targetUtilization;
  const ratio = utilization / target;
  const tolerance = e.policy.tolerance ?? 0.1;
  const within = Math.abs(1 - ratio) <= tolerance + 1e-9;
  const plain = within ? e.current : ceilNodes(ratio * measured.length);
  const wanted = within
    ? `${e.current} (the ratio is within the tolerance)`
    : `ceil(ratio × ${measured.length}) = ${plain}`;
  const lines = [
    "The Kubernetes HPA's rule, applied to nodes:",
    "",
    "```",
    `utilization    = Σ in use / Σ CPUs (${plural(measured.length, "ready node")} with data) = ${fixed(usage)} / ${fixed(capacity)} = ${fixed(utilization)}`,
    `ratio          = utilization / target = ${fixed(utilization)} / ${fixed(target)} = ${fixed(ratio)}  (no change within ±${fixed(tolerance)})`,
    `nodes wanted   = ${wanted}`,
    `recommendation = ${e.decision.recommendation}`,
    `desired        = ${e.decision.desired}  (after stabilization, rate limits and min/max)`,
    "```",
  ];
  if (plain !== e.decision.recommendation)
    lines.push(
      "",
      "The recommendation differs from `nodes wanted`: nodes without data or not ready count as the HPA counts them, and a count that would move against the load stays (see the decision above).",
    );
  return lines;
}
