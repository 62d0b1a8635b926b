// Failures a test asks for: rate limits, outages, bad credentials, "already exists" and a
// person pushing at the worst moment.
import { errorBody, type Reply } from "./http.ts";

export interface Fault {
  method?: string;
  /** Tested against the decoded request path, without the query. */
  path: RegExp;
  /** How many matching requests it hits (default 1). */
  times?: number;
  kind:
    | "secondary-rate-limit"
    | "server-error"
    | "unauthorized"
    | "already-exists"
    | "move-ref-before";
  /** Seconds in `retry-after` for a secondary rate limit (default 1). */
  retryAfter?: number;
  /** For move-ref-before: the branch to advance (`main`, `heads/main` or `refs/heads/main`). */
  ref?: string;
}

export interface FaultQueue {
  add(f: Fault): void;
  /** Hits still to come, summed over all faults. */
  pending(): number;
}

export interface FaultQueueInternal extends FaultQueue {
  /** The fault for this request, if any; counts it as used. */
  take(method: string, path: string): Fault | undefined;
}

export function createFaultQueue(): FaultQueueInternal {
  const queue: { fault: Fault; left: number }[] = [];
  return {
    add(fault) {
      if (fault.kind === "move-ref-before" && !fault.ref)
        throw new Error("a move-ref-before fault needs `ref`");
      queue.push({ fault, left: fault.times ?? 1 });
    },
    pending: () => queue.reduce((n, q) => n + q.left, 0),
    take(method, path) {
      const at = queue.findIndex(
        (q) =>
          (!q.fault.method || q.fault.method.toUpperCase() === method.toUpperCase()) &&
          q.fault.path.test(path),
      );
      if (at < 0) return undefined;
      const entry = queue[at]!;
      entry.left -= 1;
      if (entry.left <= 0) queue.splice(at, 1);
      return entry.fault;
    },
  };
}

/** The branch name a move-ref-before fault names. */
export function faultBranch(fault: Fault): string {
  return (fault.ref ?? "").replace(/^refs\//, "").replace(/^heads\//, "");
}

/** The response a fault replaces the real one with (move-ref-before has none). */
export function faultReply(
  fault: Fault,
  method: string,
  path: string,
  body: unknown,
  owner: string,
): Reply | undefined {
  switch (fault.kind) {
    case "secondary-rate-limit":
      return {
        status: 403,
        headers: { "retry-after": String(fault.retryAfter ?? 1) },
        body: errorBody(
          403,
          "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.",
        ),
      };
    case "server-error":
      return { status: 502, body: errorBody(502, "Server Error") };
    case "unauthorized":
      return { status: 401, body: errorBody(401, "Bad credentials") };
    case "already-exists":
      return { status: 422, body: alreadyExistsBody(method, path, body, owner) };
    case "move-ref-before":
      return undefined;
  }
}

function alreadyExistsBody(method: string, path: string, body: unknown, owner: string) {
  const b = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  if (method === "POST" && /\/pulls$/.test(path)) {
    const head = String(b.head ?? "");
    const label = head.includes(":") ? head : `${owner}:${head}`;
    return errorBody(422, "Validation Failed", {
      errors: [
        {
          resource: "PullRequest",
          code: "custom",
          message: `A pull request already exists for ${label}.`,
        },
      ],
    });
  }
  if (/\/git\/refs/.test(path)) return errorBody(422, "Reference already exists");
  const resource = /\/labels/.test(path)
    ? "Label"
    : /\/comments/.test(path)
      ? "IssueComment"
      : /\/check-runs/.test(path)
        ? "CheckRun"
        : "Resource";
  return errorBody(422, "Validation Failed", {
    errors: [{ resource, code: "already_exists", field: "name" }],
  });
}
