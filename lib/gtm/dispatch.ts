// A `repository_dispatch` that asks for a GTM run (an alert's webhook, a person's curl). Its
// client_payload is whatever the sender wrote, so it is checked strictly: known keys only,
// a policy that exists, a short printable reason. Nothing else of it is used or echoed.
import { UsageError } from "../errors.ts";

export const GTM_DISPATCH_TYPE = "cloudneutral-gtm";

export interface DispatchRequest {
  /** The one policy to reconcile; all (of the run's filter) when absent. */
  policy?: string;
  /** Why, for the job summary (an alert's name). */
  reason?: string;
}

const ALLOWED = ["policy", "reason"];
const NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const MAX_REASON = 200;

/**
 * The request in a dispatch event's `action` (event type) and `client_payload`. Throws a
 * UsageError naming what is wrong, without repeating the sender's text beyond a short,
 * quoted prefix.
 */
export function parseDispatch(
  eventType: unknown,
  payload: unknown,
  knownPolicies: readonly string[],
): DispatchRequest {
  if (eventType !== GTM_DISPATCH_TYPE)
    throw new UsageError(
      `repository_dispatch event type ${quote(eventType)} is not ${GTM_DISPATCH_TYPE}`,
    );
  if (payload === undefined || payload === null) return {};
  if (typeof payload !== "object" || Array.isArray(payload))
    throw new UsageError("client_payload must be a JSON object");
  const fields = payload as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((k) => !ALLOWED.includes(k));
  if (unknown.length > 0)
    throw new UsageError(
      `client_payload: unknown key(s) ${unknown.slice(0, 5).map(quote).join(", ")}; allowed: ${ALLOWED.join(", ")}`,
    );
  const out: DispatchRequest = {};
  if (fields.policy !== undefined) {
    const policy = fields.policy;
    if (typeof policy !== "string" || !NAME.test(policy))
      throw new UsageError(`client_payload.policy ${quote(policy)} is not a policy name`);
    if (!knownPolicies.includes(policy))
      throw new UsageError(
        `client_payload.policy: no GtmPolicy ${quote(policy)} here; known: ${knownPolicies.join(", ") || "none"}`,
      );
    out.policy = policy;
  }
  if (fields.reason !== undefined) {
    const reason = fields.reason;
    if (
      typeof reason !== "string" ||
      reason.length > MAX_REASON ||
      [...reason].some((c) => c < " " || c === "\x7f")
    )
      throw new UsageError(
        `client_payload.reason must be one line of at most ${MAX_REASON} printable characters`,
      );
    out.reason = reason;
  }
  return out;
}

/** A sender's value, shown short and quoted: never more than 40 characters of it. */
function quote(v: unknown): string {
  const text = typeof v === "string" ? v : (JSON.stringify(v) ?? String(v));
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
