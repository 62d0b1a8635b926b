// When the autoscaler's own pull request counts as green (merge.ts): the policy's verdict
// first, then every check on the head, then every check the base's protection requires.
import { describe, expect, it } from "vitest";
import { judgeChecks } from "../lib/autoscale/merge.ts";
import { POLICY_STATUS_CONTEXT } from "../lib/github/commit-status.ts";

describe("judgeChecks", () => {
  const ok = (name: string) => ({ name, state: "success" as const });
  it.each([
    [[], [], "pending", /^not pre-authorised yet/],
    [[ok("plan")], [], "pending", /^not pre-authorised yet/],
    [
      [{ name: POLICY_STATUS_CONTEXT, state: "pending" as const }],
      [],
      "pending",
      /^waiting for cloudneutral\/policy \(pending\)/,
    ],
    [
      [ok(POLICY_STATUS_CONTEXT), { name: "plan", state: "failure" as const }],
      ["plan"],
      "failed",
      /^failed check plan;/,
    ],
    [
      [ok(POLICY_STATUS_CONTEXT)],
      ["plan", "render"],
      "pending",
      /^waiting for plan \(required, not reported\), render \(required, not reported\);/,
    ],
  ])("%j required %j → %s", (checks, required, state, reason) => {
    const verdict = judgeChecks(checks, required);
    expect(verdict.state).toBe(state);
    expect(verdict.state === "green" ? "" : verdict.reason).toMatch(reason);
  });

  it("green: the policy and every check (the required ones among them) success", () => {
    expect(
      judgeChecks([ok(POLICY_STATUS_CONTEXT), ok("plan")], ["plan", POLICY_STATUS_CONTEXT]),
    ).toEqual({
      state: "green",
    });
  });
});
