// lib/engines/oidc.ts's token request with undici's fetch instead of Node's global one, for
// bench/libraries.mjs. Bundled in place of lib/engines/oidc.ts.
import { fetch } from "undici";
import type { OidcRequest } from "../../lib/engines/oidc.ts";

export * from "../../lib/engines/oidc.ts";

export async function requestIdToken(
  r: Omit<OidcRequest, "dir">,
  audience: string,
  purpose = "cloud credentials",
): Promise<string> {
  if (!r.requestUrl || !r.requestToken)
    throw new Error(`${purpose} need the workflow's OIDC token: give the job id-token: write`);
  const url = new URL(r.requestUrl);
  url.searchParams.set("audience", audience);
  const res = await fetch(url, {
    headers: { authorization: `Bearer ${r.requestToken}`, accept: "application/json" },
    signal: AbortSignal.timeout(r.timeoutMs ?? 15_000),
  });
  if (!res.ok) throw new Error(`GitHub refused an OIDC token for ${audience} (HTTP ${res.status})`);
  const body = (await res.json()) as { value?: unknown };
  if (typeof body.value !== "string" || body.value === "")
    throw new Error(`GitHub's OIDC token response for ${audience} has no token`);
  r.mask(body.value);
  return body.value;
}
