// The apply decision for one planned unit, as a pure function: a plan without changes needs
// no review; a plan with changes is applied only when the reviews (require-review) hold a
// plan for the unit with the same hash; otherwise it is refused, with what differs. A unit
// with no apply record is held to the same rule, from when it appeared: its changes stay
// pending, reported and failing, until a reviewed PR covers them — never skipped in silence.
import type { UnitPlan } from "../engines/index.ts";
import type { AffectedUnit } from "../stacks/affected.ts";
import { digestDifference } from "../tfplan/hash.ts";
import type { Review, Reviews } from "./reviews.ts";

export type GateDecision =
  | { kind: "apply"; review?: Review }
  | { kind: "no-changes" }
  | { kind: "refuse"; why: string };

/**
 * Whether `plan` may be applied to `unit`. `reviews` undefined applies without comparing
 * (require-review: false).
 */
export function reviewGate(
  unit: Pick<AffectedUnit, "id" | "since" | "appeared">,
  plan: Pick<UnitPlan, "changed" | "hash" | "entries">,
  reviews: Reviews | undefined,
): GateDecision {
  if (!plan.changed) return { kind: "no-changes" };
  if (!reviews) return { kind: "apply" };
  const review = reviews.byUnit.get(unit.id);
  if (!review) {
    const why = reviews.problems.length > 0 ? ` (${reviews.problems.join("; ")})` : "";
    if (unit.appeared !== undefined)
      return {
        kind: "refuse",
        why: `${unit.id}: pending — it has no apply record, and no PR merged since it appeared (${unit.appeared.slice(0, 12)}) has a reviewed plan for it${why}; not applied without one. Open a PR that changes it so that plan-comment plans it for review.`,
      };
    return {
      kind: "refuse",
      why: `${unit.id}: no merged PR since ${unit.since.slice(0, 12)} has a reviewed plan for it${why}; not applied without one.`,
    };
  }
  if (review.hash !== plan.hash)
    return { kind: "refuse", why: mismatch(unit.id, review, plan.hash, plan.entries) };
  return { kind: "apply", review };
}

/** The refusal text for a plan that is not the reviewed one. */
function mismatch(
  id: string,
  review: Review,
  hash: string,
  entries?: Record<string, string>,
): string {
  const lines = [
    `${id}: the plan now (${hash.slice(0, 12)}) is not the plan reviewed in PR #${review.pull} at ${review.commit.slice(0, 12)} (${review.hash.slice(0, 12)}); not applied.`,
  ];
  if (review.entries && entries) {
    const difference = digestDifference(review.entries, entries);
    const list = (what: string, xs: string[]) =>
      xs.length > 0
        ? [`  ${what}: ${xs.slice(0, 20).join(", ")}${xs.length > 20 ? ", …" : ""}`]
        : [];
    lines.push(
      "What differs:",
      ...list("new since review", difference.added),
      ...list("no longer planned", difference.removed),
      ...list("planned differently", difference.changed),
    );
  }
  lines.push("Open a PR (or push to one) so that plan-comment plans it again for review.");
  return lines.join("\n");
}
