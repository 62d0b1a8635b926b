// Failures a test asks the simulator for: rate limits with `retry-after`, server errors, and
// a batch that fails inside its transaction after doing all its work (nothing must stick).
import type { CfError } from "./records.ts";

export interface Fault {
  method?: string;
  /** Tested against the request path below the base URL, without the query. */
  path: RegExp;
  /** How many matching requests it hits (default 1). */
  times?: number;
  /** Matching requests to let through before it starts hitting (default 0). */
  skip?: number;
  kind: "rate-limit" | "server-error" | "batch-aborts";
  /** `retry-after` seconds of a rate limit (default 1). */
  retryAfter?: number;
  /** Status of a server error or an aborted batch (default 500). */
  status?: number;
}

export interface FaultReply {
  status: number;
  headers: Record<string, string>;
  errors: CfError[];
}

export interface FaultQueue {
  add(fault: Fault): void;
  /** Hits still to come, summed over all faults. */
  pending(): number;
  /** The fault for this request, if any; counts it as used. */
  take(method: string, path: string): Fault | undefined;
}

export function createFaultQueue(): FaultQueue {
  const queue: { fault: Fault; skip: number; left: number }[] = [];
  return {
    add: (fault) => queue.push({ fault, skip: fault.skip ?? 0, left: fault.times ?? 1 }),
    pending: () => queue.reduce((n, q) => n + q.left, 0),
    take(method, path) {
      const at = queue.findIndex(
        (q) =>
          (!q.fault.method || q.fault.method.toUpperCase() === method.toUpperCase()) &&
          q.fault.path.test(path),
      );
      if (at < 0) return undefined;
      const entry = queue[at]!;
      if (entry.skip > 0) {
        entry.skip -= 1;
        return undefined;
      }
      entry.left -= 1;
      if (entry.left <= 0) queue.splice(at, 1);
      return entry.fault;
    },
  };
}

/** The response a fault sends, in Cloudflare's envelope and with its rate-limit headers. */
export function faultReply(fault: Fault): FaultReply {
  switch (fault.kind) {
    case "rate-limit": {
      const after = fault.retryAfter ?? 1;
      return {
        status: 429,
        headers: {
          "retry-after": String(after),
          ratelimit: `"default";r=0;t=${after}`,
          "ratelimit-policy": `"burst";q=200;w=1`,
        },
        errors: [{ code: 971, message: "Please wait and consider throttling your request speed" }],
      };
    }
    case "server-error":
      return {
        status: fault.status ?? 500,
        headers: {},
        errors: [{ code: 10001, message: "Internal server error" }],
      };
    case "batch-aborts":
      return {
        status: fault.status ?? 500,
        headers: {},
        errors: [{ code: 10001, message: "Internal server error: the batch transaction aborted" }],
      };
  }
}
