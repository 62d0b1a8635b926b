// Whether a stored review may be applied: the record must be attested by an OIDC token that
// GitHub signed for the trusted workflow on the default branch, bound to this exact record
// (audience = its sha256), for this repository and pull request, at the PR's last head,
// after its last push, with a verdict other than deny. Each refusal names the check that
// failed. Signature and claims are verified by jose; the keys come from the issuer.
import {
  createRemoteJWKSet,
  decodeJwt,
  errors,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
} from "jose";
import { errorMessage } from "../errors.ts";
import {
  parseRecord,
  type ReviewRecord,
  recordDigest,
  reviewAudience,
  type StoredAttestation,
} from "./record.ts";

export const GITHUB_OIDC_ISSUER = "https://token.actions.githubusercontent.com";
export const DEFAULT_TRUSTED_WORKFLOW = "pr-review.yml";

export type AttestationCheck =
  | "attestation"
  | "record"
  | "signature"
  | "audience"
  | "repository"
  | "workflow"
  | "pull"
  | "head"
  | "pushed-after"
  | "verdict";

export interface TrustPolicy {
  /** `owner/name` of the repository being applied. */
  repository: string;
  defaultBranch: string;
  /** The attesting workflow: a file name under .github/workflows/ or a repository path. */
  workflow: string;
  /**
   * A reusable workflow of another repository that `workflow` may call to attest: its
   * `job_workflow_ref` exactly (owner/repo/path@ref, pinned to a release by the adopter).
   */
  jobWorkflow?: string;
  issuer: string;
  /** The issuer's signing keys (createRemoteJWKSet; a local set in tests). */
  keys: JWTVerifyGetKey;
}

/** What apply knows of the merged pull request. */
export interface PullFacts {
  number: number;
  /** Its last head commit. */
  head: string;
  /** When its head was last moved by a force push; tokens older than that are refused. */
  lastPushAt?: Date;
}

export type Verification =
  | { ok: true; record: ReviewRecord; issuedAt: Date; workflowRef: string }
  | { ok: false; check: AttestationCheck; why: string };

/** The workflow_ref a token of the trusted workflow on the default branch carries. */
function trustedWorkflowRef(
  policy: Pick<TrustPolicy, "repository" | "defaultBranch" | "workflow">,
): string {
  const file = policy.workflow.includes("/")
    ? policy.workflow.replace(/^\.\//, "")
    : `.github/workflows/${policy.workflow}`;
  return `${policy.repository}/${file}@refs/heads/${policy.defaultBranch}`;
}

const refuse = (check: AttestationCheck, why: string): Verification => ({ ok: false, check, why });
const same = (a: unknown, b: string) =>
  typeof a === "string" && a.toLowerCase() === b.toLowerCase();
/** Clock skew allowed between GitHub's token service and the times GitHub's API reports. */
const SKEW_SECONDS = 60;

async function verifiedPayload(
  token: string,
  policy: TrustPolicy,
): Promise<{ payload: JWTPayload } | { why: string }> {
  let iat: number | undefined;
  try {
    iat = decodeJwt(token).iat;
  } catch {
    return { why: "the token is not a JWT" };
  }
  if (typeof iat !== "number") return { why: "the token has no issue time (iat)" };
  try {
    // The attestation is of the past: the token is checked as of when it was issued, so an
    // expired token still attests; it cannot be used for anything else (its audience).
    const { payload } = await jwtVerify(token, policy.keys, {
      issuer: policy.issuer,
      algorithms: ["RS256"],
      currentDate: new Date(iat * 1000),
      clockTolerance: SKEW_SECONDS,
    });
    return { payload };
  } catch (err) {
    if (err instanceof errors.JWTClaimValidationFailed)
      return { why: `the token's ${err.claim} claim is wrong (${err.message})` };
    if (err instanceof errors.JWSSignatureVerificationFailed)
      return { why: `the token's signature does not verify with ${policy.issuer}'s keys` };
    if (err instanceof errors.JWKSNoMatchingKey)
      return { why: `no key of ${policy.issuer} signed the token` };
    return { why: `the token could not be verified: ${errorMessage(err)}` };
  }
}

/** Verifies one stored review against the trust policy and the merged pull request. */
export async function verifyAttestation(
  stored: StoredAttestation | undefined,
  policy: TrustPolicy,
  pull: PullFacts,
): Promise<Verification> {
  if (!stored) return refuse("attestation", "the plan comment carries no attested review record");
  const record = parseRecord(stored.record);
  if (typeof record === "string") return refuse("record", record);
  const verified = await verifiedPayload(stored.token, policy);
  if ("why" in verified) return refuse("signature", verified.why);
  const claims = verified.payload;
  const audience = reviewAudience(stored.record);
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!aud.includes(audience))
    return refuse(
      "audience",
      `the token attests a record with sha256 ${
        String(aud[0] ?? "")
          .replace(/^cloudneutral-review:/, "")
          .slice(0, 12) || "(none)"
      }, the stored record's is ${recordDigest(stored.record).slice(0, 12)}: the record was changed after it was attested`,
    );
  if (!same(claims.repository, policy.repository))
    return refuse(
      "repository",
      `the token is for ${String(claims.repository)}, not ${policy.repository}`,
    );
  if (!same(record.repository, policy.repository))
    return refuse("repository", `the record is for ${record.repository}, not ${policy.repository}`);
  const trusted = trustedWorkflowRef(policy);
  if (claims.workflow_ref !== trusted)
    return refuse(
      "workflow",
      `the token's workflow_ref is ${String(claims.workflow_ref)}, not the trusted ${trusted}`,
    );
  // A reusable workflow the trusted one calls runs code of this repository's default branch
  // too, or is the one release of CloudNeutral's review workflow the adopter named.
  const job = claims.job_workflow_ref;
  if (
    job !== undefined &&
    !(
      typeof job === "string" &&
      ((job.toLowerCase().startsWith(`${policy.repository.toLowerCase()}/`) &&
        job.endsWith(`@refs/heads/${policy.defaultBranch}`)) ||
        (policy.jobWorkflow !== undefined && job === policy.jobWorkflow))
    )
  )
    return refuse(
      "workflow",
      `the token's job_workflow_ref ${String(job)} is not a workflow of ${policy.repository} on ${policy.defaultBranch}${policy.jobWorkflow ? ` nor ${policy.jobWorkflow}` : ""}`,
    );
  if (record.pull !== pull.number)
    return refuse("pull", `the record is for PR #${record.pull}, not PR #${pull.number}`);
  if (record.head !== pull.head)
    return refuse(
      "head",
      `the record is for ${record.head.slice(0, 12)}, but the PR was merged at ${pull.head.slice(0, 12)}: its last push was never reviewed`,
    );
  const issuedAt = new Date((claims.iat ?? 0) * 1000);
  // GitHub reports push times in whole seconds, tokens too.
  if (pull.lastPushAt && (claims.iat ?? 0) < Math.floor(pull.lastPushAt.getTime() / 1000))
    return refuse(
      "pushed-after",
      `the record was attested at ${issuedAt.toISOString()}, before the PR's last push at ${pull.lastPushAt.toISOString()}`,
    );
  if (record.verdict === "deny")
    return refuse("verdict", "the policy verdict of the review is deny");
  return { ok: true, record, issuedAt, workflowRef: trusted };
}

/** The issuer's keys, found through its discovery document, fetched lazily and cached by jose. */
export function issuerKeys(issuer: string): JWTVerifyGetKey {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const discover = async () => {
    const url = `${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`;
    const res = await fetch(url, { signal: AbortSignal.timeout(15_000) });
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    const doc = (await res.json()) as { issuer?: unknown; jwks_uri?: unknown };
    if (doc.issuer !== issuer) throw new Error(`${url} names the issuer ${String(doc.issuer)}`);
    if (typeof doc.jwks_uri !== "string") throw new Error(`${url} has no jwks_uri`);
    return createRemoteJWKSet(new URL(doc.jwks_uri));
  };
  return async (header, token) => {
    keys ??= discover().catch((err: unknown) => {
      keys = undefined;
      throw err;
    });
    return (await keys)(header, token);
  };
}
