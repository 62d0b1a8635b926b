// The strategies the bench compares. Both autoscalers go through the product's `decide()` and
// the same GitOps delays, so that the only difference between them is `behavior`: the HPA's
// defaults (stabilization, rate limits) against none at all.
import { decide } from "../../lib/autoscale/decide.ts";
import { behaviorForRun } from "../../lib/autoscale/run-policy.ts";
import type { Behavior, DecisionPolicy } from "../../lib/autoscale/types.ts";
import type { Decider } from "./simulate.ts";

export interface Strategy {
  key: "autoscaler" | "plain" | "static";
  label: string;
  /** Absent for the static pool, which never decides. */
  decider?: Decider;
  /** The count the pool starts at; absent means "what the first sample demands". */
  initial?: number;
}

/**
 * The plain HPA rule, ceil(ratio × nodes) with the tolerance only: no stabilization window,
 * and rate limits that can never bind (any growth, shrinking to zero, per second).
 * Written as a `behavior` rather than a second formula, so that missing and unready nodes
 * are treated exactly alike in both.
 */
export const PLAIN_BEHAVIOR: Behavior = {
  scaleUp: {
    stabilizationWindowSeconds: 0,
    selectPolicy: "Max",
    policies: [{ type: "Percent", value: 1_000_000, periodSeconds: 1 }],
  },
  scaleDown: {
    stabilizationWindowSeconds: 0,
    selectPolicy: "Max",
    policies: [{ type: "Percent", value: 100, periodSeconds: 1 }],
  },
};

/**
 * This autoscaler as the action runs it: the policy's behavior with its stabilization
 * windows widened by one cron interval (lib/autoscale/run-policy.ts).
 */
export function strategies(policy: DecisionPolicy, cronSeconds: number): Strategy[] {
  const run = { ...policy, behavior: behaviorForRun(policy.behavior, cronSeconds).behavior };
  const down = run.behavior.scaleDown?.stabilizationWindowSeconds;
  return [
    {
      key: "autoscaler",
      label: `this autoscaler (HPA behavior as run every ${cronSeconds} s: scale-down window ${down} s)`,
      decider: (input) => decide({ ...input, policy: run }),
    },
    {
      key: "plain",
      label: "plain HPA rule",
      decider: (input) => decide({ ...input, policy: { ...policy, behavior: PLAIN_BEHAVIOR } }),
    },
    { key: "static", label: "static pool at max", initial: policy.max },
  ];
}
