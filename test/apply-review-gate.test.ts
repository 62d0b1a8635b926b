// The apply decision for one planned unit, as a table: no changes needs no review; with
// require-review off a changed plan is applied; with it on, only the reviewed hash is.
import { describe, expect, it } from "vitest";
import { type GateDecision, reviewGate } from "../lib/apply/review-gate.ts";
import type { Review, Reviews } from "../lib/apply/reviews.ts";

const UNIT = { id: "stacks/platform/jp1", since: "a".repeat(40) };
const HASH = "1".repeat(64);
const OTHER = "2".repeat(64);

const review = (hash: string, extra: Partial<Review> = {}): Review => ({
  hash,
  commit: "b".repeat(40),
  pull: 7,
  ...extra,
});
const reviews = (byUnit: [string, Review][], problems: string[] = []): Reviews => ({
  byUnit: new Map(byUnit),
  problems,
});
const plan = (changed: boolean, hash = HASH, entries?: Record<string, string>) => ({
  changed,
  hash,
  ...(entries ? { entries } : {}),
});

type Row = [string, ReturnType<typeof plan>, Reviews | undefined, GateDecision["kind"], string[]];

const table: Row[] = [
  ["no changes, no review required", plan(false), undefined, "no-changes", []],
  ["no changes, no review found", plan(false), reviews([]), "no-changes", []],
  [
    "no changes, a different plan reviewed",
    plan(false),
    reviews([[UNIT.id, review(OTHER)]]),
    "no-changes",
    [],
  ],
  ["changes, review not required", plan(true), undefined, "apply", []],
  ["changes, the reviewed hash", plan(true), reviews([[UNIT.id, review(HASH)]]), "apply", []],
  [
    "changes, no review for the unit",
    plan(true),
    reviews([["stacks/platform/sg1", review(HASH)]]),
    "refuse",
    [
      `stacks/platform/jp1: no merged PR since ${"a".repeat(12)} has a reviewed plan for it; not applied without one.`,
    ],
  ],
  [
    "changes, no review, with the PRs' problems",
    plan(true),
    reviews([], ["PR #7 has no plan comment by bot", "PR #8's plan comment is stale"]),
    "refuse",
    ["(PR #7 has no plan comment by bot; PR #8's plan comment is stale); not applied"],
  ],
  [
    "changes, another hash reviewed",
    plan(true),
    reviews([[UNIT.id, review(OTHER)]]),
    "refuse",
    [
      `the plan now (${"1".repeat(12)}) is not the plan reviewed in PR #7 at ${"b".repeat(12)} (${"2".repeat(12)}); not applied.`,
      "Open a PR (or push to one) so that plan-comment plans it again for review.",
    ],
  ],
  [
    "changes, another hash reviewed, with what differs",
    plan(true, HASH, { "aws_db.main": "x1", "aws_s3.logs": "y", "aws_iam.new": "z" }),
    reviews([
      [UNIT.id, review(OTHER, { entries: { "aws_db.main": "x0", "aws_s3.logs": "y", old: "o" } })],
    ]),
    "refuse",
    [
      "What differs:",
      "  new since review: aws_iam.new",
      "  no longer planned: old",
      "  planned differently: aws_db.main",
    ],
  ],
];

describe("reviewGate", () => {
  it.each(table)("%s", (_name, unitPlan, found, kind, says) => {
    const decision = reviewGate(UNIT, unitPlan, found);
    expect(decision.kind).toBe(kind);
    const why = decision.kind === "refuse" ? decision.why : "";
    for (const text of says) expect(why).toContain(text);
  });

  it("a unit with no apply record and no review is pending, refused, and says so", () => {
    const appeared = "c".repeat(40);
    const decision = reviewGate({ ...UNIT, appeared }, plan(true), reviews([]));
    expect(decision.kind).toBe("refuse");
    expect(decision.kind === "refuse" && decision.why).toContain(
      `stacks/platform/jp1: pending — it has no apply record, and no PR merged since it appeared (${"c".repeat(12)}) has a reviewed plan for it`,
    );
    // Reviewed, it is applied like any unit, naming the review; unchanged, it needs none.
    const review7 = review(HASH);
    expect(reviewGate({ ...UNIT, appeared }, plan(true), reviews([[UNIT.id, review7]]))).toEqual({
      kind: "apply",
      review: review7,
    });
    expect(reviewGate({ ...UNIT, appeared }, plan(false), reviews([])).kind).toBe("no-changes");
  });

  it("a reviewed plan without entries names no differences", () => {
    const decision = reviewGate(
      UNIT,
      plan(true, HASH, { a: "1" }),
      reviews([[UNIT.id, review(OTHER)]]),
    );
    expect(decision.kind === "refuse" && decision.why).not.toContain("What differs");
  });
});
