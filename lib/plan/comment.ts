// The plan comment: a head (from the overridable template comments/plan.md.hbs) with the
// totals, the policy verdict and a table of stacks; then failures, one fold per stack
// (resources, destroys and replaces with reasons, the plan text) and the diff of the
// rendered files. Hidden in the marker: each stack's plan hash and, with `attest: true`, the
// attested review record (lib/review) that apply verifies before it compares hashes. Pure.
import { createTwoFilesPatch } from "diff";
import type { StickyContent } from "../github/sticky-comment.ts";
import type { TemplateSet } from "../render/templates.ts";
import { inlineCode, markdownText } from "../report/markdown-text.ts";
import type { UnitRoute } from "../stacks/routing.ts";
import { planMarkdown } from "./markdown.ts";
import type { StackResult } from "./run.ts";

export const PLAN_COMMENT_KEY = "plan";
export const PLAN_TEMPLATE = "comments/plan.md.hbs";
/** Beyond this many per-change digests, only the hashes are kept in the comment. */
const MAX_DIGEST_CHARS = 8_000;
const MAX_TEXT = 20_000;
const MAX_DIFF = 30_000;

export interface FileDiff {
  /** infra/-relative. */
  path: string;
  before?: string;
  after?: string;
}

export interface PlanCommentInput {
  results: StackResult[];
  routes: Map<string, UnitRoute>;
  /** policy-check's decision, when it ran. */
  policy?: string;
  commit: string;
  diffs: FileDiff[];
  templates: TemplateSet;
  /** Where the whole text is, e.g. a link to the job summary. */
  fullTextAt: string;
}

/** What apply reads back from the comment. */
export interface ReviewedPlans {
  commit: string;
  hashes: Record<string, string>;
  /** Per-change digests, for the stacks small enough to keep them. */
  entries: Record<string, Record<string, string>>;
}

const RESULT: Record<StackResult["status"], string> = {
  changes: "changes",
  "no-changes": "no changes",
  failed: "❌ failed",
  removed: "⚠️ removed",
};

/** A fenced block no line of `text` can close: the fence is longer than any backtick run. */
export function fenced(text: string, lang = "text", max = MAX_TEXT): string {
  const body =
    text.length > max ? `${text.slice(0, max)}\n… (${text.length - max} more characters)` : text;
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}\n${body.replace(/\n$/, "")}\n${fence}`;
}

function headView(o: PlanCommentInput) {
  const totals = { create: 0, update: 0, delete: 0, replace: 0 };
  for (const r of o.results)
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += r.counts?.[k] ?? 0;
  const count = (r: StackResult, k: keyof typeof totals) => (r.counts ? r.counts[k] : "–");
  return {
    title: "CloudNeutral plan",
    stackCount: o.results.length,
    totals,
    failedCount: o.results.filter((r) => r.status === "failed").length,
    policy: o.policy ?? "not run",
    commit: o.commit.slice(0, 12),
    stacks: o.results.map((r) => {
      const route = o.routes.get(r.id);
      return {
        id: r.id,
        layer: r.layer,
        region: r.region,
        create: count(r, "create"),
        update: count(r, "update"),
        delete: count(r, "delete"),
        replace: count(r, "replace"),
        result: RESULT[r.status],
        gate: route?.gate ?? "–",
        environment: route?.environment ?? "–",
      };
    }),
  };
}

function failureSection(r: StackResult) {
  const what = r.status === "removed" ? "was removed" : "could not be planned";
  return {
    title: `${r.id} (${r.status})`,
    // Failures are what a reviewer must see: kept longest.
    priority: 100,
    body: `#### ${r.status === "removed" ? "⚠️" : "❌"} ${inlineCode(r.id)} ${what}\n\n${fenced(r.error ?? "", "text", 4_000)}`,
  };
}

function stackSection(r: StackResult, i: number, count: number) {
  const parts: string[] = [];
  if (r.summary) {
    parts.push(planMarkdown(r.summary, { title: r.id, maxChars: 20_000 }));
  } else {
    parts.push(
      `<details><summary>${inlineCode(r.id)}: ${markdownText(r.engine ?? "")} — ${markdownText(RESULT[r.status])}</summary>\n`,
      "</details>",
    );
  }
  if (r.text)
    parts.push(
      `<details><summary>${inlineCode(r.id)}: plan text</summary>\n\n${fenced(r.text)}\n\n</details>`,
    );
  // Stacks that destroy or replace something stay longest; then earlier layers.
  const danger = (r.counts?.delete ?? 0) + (r.counts?.replace ?? 0) > 0;
  return {
    title: r.id,
    priority: (danger ? 50 : 10) + (count - i) / (count + 1),
    body: parts.join("\n\n"),
  };
}

export function diffSection(diffs: FileDiff[]) {
  const patches: string[] = [];
  let size = 0;
  let left = 0;
  for (const d of diffs) {
    const patch = createTwoFilesPatch(
      d.before === undefined ? "/dev/null" : `a/infra/${d.path}`,
      d.after === undefined ? "/dev/null" : `b/infra/${d.path}`,
      d.before ?? "",
      d.after ?? "",
      undefined,
      undefined,
      { context: 2 },
    );
    if (size + patch.length > MAX_DIFF) {
      left++;
      continue;
    }
    size += patch.length;
    patches.push(patch);
  }
  const more = left > 0 ? `\n\n_… and ${left} more file(s): see the job summary._` : "";
  return {
    title: "rendered file diff",
    priority: 1,
    body: `<details><summary>Rendered files: ${diffs.length} changed</summary>\n\n${fenced(patches.join(""), "diff", MAX_DIFF + 1_000)}${more}\n\n</details>`,
  };
}

/** The reviewed plans as the comment's hidden marker carries them. */
export function reviewedMeta(results: StackResult[], commit: string): ReviewedPlans {
  const hashes: Record<string, string> = {};
  const entries: Record<string, Record<string, string>> = {};
  let budget = MAX_DIGEST_CHARS;
  for (const r of results) {
    if (!r.hash) continue;
    hashes[r.id] = r.hash;
    if (!r.entries) continue;
    const size = JSON.stringify(r.entries).length;
    if (size > budget) continue;
    budget -= size;
    entries[r.id] = r.entries;
  }
  return { commit, hashes, entries };
}

/** The sticky comment's content, and the whole text for the job summary. */
export function planComment(o: PlanCommentInput): { content: StickyContent; full: string } {
  const template = o.templates.get(PLAN_TEMPLATE);
  if (!template) throw new Error(`built-in template ${PLAN_TEMPLATE} is missing`);
  const head = template.render(headView(o)).trim();
  const sections = [
    ...o.results.filter((r) => r.status === "failed" || r.status === "removed").map(failureSection),
    ...o.results
      .filter((r) => r.status === "changes" || r.status === "no-changes")
      .map((r, i, all) => stackSection(r, i, all.length)),
    ...(o.diffs.length > 0 ? [diffSection(o.diffs)] : []),
  ];
  const meta = reviewedMeta(o.results, o.commit);
  const full = [head, ...sections.map((s) => s.body)].join("\n\n");
  return {
    content: { head, sections, fullTextAt: o.fullTextAt, meta: { ...meta } },
    full,
  };
}

/** Reads the reviewed plans back from a plan comment's marker; undefined when absent. */
export function readReviewed(meta: Record<string, unknown> | undefined): ReviewedPlans | undefined {
  if (!meta || meta.key !== PLAN_COMMENT_KEY) return undefined;
  const { commit, hashes, entries } = meta;
  const isMap = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  if (typeof commit !== "string" || !isMap(hashes)) return undefined;
  const strings = (v: unknown): Record<string, string> =>
    isMap(v)
      ? (Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === "string")) as Record<
          string,
          string
        >)
      : {};
  return {
    commit,
    hashes: strings(hashes),
    entries: isMap(entries)
      ? Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strings(v)]))
      : {},
  };
}
