// The verification of an attested review, as a table: every check apply makes, each failing
// alone, with a local JWKS from jose (no network).
import { createLocalJWKSet, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type ReviewRecord,
  recordText,
  reviewAudience,
  type StoredAttestation,
} from "../lib/review/record.ts";
import { type TrustPolicy, verifyAttestation } from "../lib/review/verify.ts";

const ISSUER = "https://issuer.test";
const REPO = "cloudneutral/platform";
const HEAD = "a".repeat(40);
const TRUSTED = `${REPO}/.github/workflows/review.yml@refs/heads/main`;
const RECORD: ReviewRecord = {
  repository: REPO,
  pull: 7,
  head: HEAD,
  base: "b".repeat(40),
  verdict: "allow",
  hashes: { "stacks/platform/jp1": "c".repeat(64) },
};
const NOW = Math.floor(Date.now() / 1000);

let policy: TrustPolicy;
let sign: (claims: JWTPayload, key?: "trusted" | "other") => Promise<string>;

beforeAll(async () => {
  const trusted = await generateKeyPair("RS256");
  const other = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(trusted.publicKey)), kid: "k1", alg: "RS256" };
  policy = {
    repository: REPO,
    defaultBranch: "main",
    workflow: "review.yml",
    issuer: ISSUER,
    keys: createLocalJWKSet({ keys: [jwk] }),
  };
  sign = (claims, key = "trusted") =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .sign(key === "trusted" ? trusted.privateKey : other.privateKey);
});

const claims = (text: string, over: JWTPayload = {}): JWTPayload => ({
  iss: ISSUER,
  aud: reviewAudience(text),
  iat: NOW,
  nbf: NOW - 5,
  exp: NOW + 300,
  repository: REPO,
  workflow_ref: TRUSTED,
  job_workflow_ref: TRUSTED,
  event_name: "workflow_run",
  sha: "d".repeat(40),
  ref: "refs/heads/main",
  ...over,
});

interface Case {
  name: string;
  record?: Partial<ReviewRecord>;
  claims?: JWTPayload;
  key?: "trusted" | "other";
  /** Changes the stored record text after signing. */
  edit?: (text: string) => string;
  pull?: { head?: string; lastPushAt?: Date };
  expected: string;
}

const cases: Case[] = [
  { name: "a correct attestation", expected: "ok" },
  {
    name: "an expired token (the attestation is of the past)",
    claims: { iat: NOW - 86_400, nbf: NOW - 86_405, exp: NOW - 86_100 },
    expected: "ok",
  },
  { name: "another key", key: "other", expected: "signature" },
  { name: "another issuer", claims: { iss: "https://evil.test" }, expected: "signature" },
  { name: "no iat", claims: { iat: undefined }, expected: "signature" },
  {
    name: "the record edited after attestation",
    edit: (t) => t.replace('"allow"', '"allow" '),
    expected: "audience",
  },
  {
    name: "another record's audience",
    claims: { aud: reviewAudience(recordText({ ...RECORD, verdict: "deny" })) },
    expected: "audience",
  },
  {
    name: "another repository's token",
    claims: { repository: "evil/platform" },
    expected: "repository",
  },
  {
    name: "a record for another repository",
    record: { repository: "evil/platform" },
    expected: "repository",
  },
  {
    name: "a workflow of the PR's merge ref",
    claims: {
      workflow_ref: `${REPO}/.github/workflows/review.yml@refs/pull/7/merge`,
      job_workflow_ref: `${REPO}/.github/workflows/review.yml@refs/pull/7/merge`,
    },
    expected: "workflow",
  },
  {
    name: "another workflow on main",
    claims: { workflow_ref: `${REPO}/.github/workflows/pr.yml@refs/heads/main` },
    expected: "workflow",
  },
  {
    name: "a reusable workflow from another repository",
    claims: { job_workflow_ref: "evil/x/.github/workflows/r.yml@refs/heads/main" },
    expected: "workflow",
  },
  { name: "a record of another PR", record: { pull: 8 }, expected: "pull" },
  { name: "a record of an older head", pull: { head: "e".repeat(40) }, expected: "head" },
  {
    name: "a token issued before the last push",
    pull: { lastPushAt: new Date((NOW + 5) * 1000) },
    expected: "pushed-after",
  },
  {
    name: "a token issued in the second of the last push",
    pull: { lastPushAt: new Date(NOW * 1000 + 900) },
    expected: "ok",
  },
  { name: "a deny verdict", record: { verdict: "deny" }, expected: "verdict" },
  { name: "a malformed record", edit: () => "{", expected: "record" },
];

describe("verifyAttestation", () => {
  it.each(cases)("$name: $expected", async (c) => {
    const text = recordText({ ...RECORD, ...c.record });
    const token = await sign(claims(text, c.claims), c.key);
    const stored: StoredAttestation = { record: c.edit ? c.edit(text) : text, token };
    const v = await verifyAttestation(stored, policy, { number: 7, head: HEAD, ...c.pull });
    expect(v.ok ? "ok" : `${v.check}`, v.ok ? "" : v.why).toBe(c.expected);
  });

  // An adopter's pr-review.yml calls the release's cloudneutral-pr-review.yml: the token's
  // job_workflow_ref names that file at the release tag, which apply trusts by name, exactly.
  const RELEASE = "cloudneutral/cloudneutral/.github/workflows/cloudneutral-pr-review.yml";
  it.each([
    [`${RELEASE}@refs/tags/v0.1.0`, "ok"],
    [`${RELEASE}@refs/tags/v0.0.9`, "workflow"],
    [`${RELEASE}@refs/heads/main`, "workflow"],
    [`${RELEASE}@refs/pull/1/merge`, "workflow"],
    ["evil/cloudneutral/.github/workflows/cloudneutral-pr-review.yml@refs/tags/v0.1.0", "workflow"],
  ])("the named reusable review workflow: job_workflow_ref %s is %s", async (job, expected) => {
    const text = recordText(RECORD);
    const token = await sign(claims(text, { job_workflow_ref: job }));
    const trusting = { ...policy, jobWorkflow: `${RELEASE}@refs/tags/v0.1.0` };
    const v = await verifyAttestation({ record: text, token }, trusting, { number: 7, head: HEAD });
    expect(v.ok ? "ok" : v.check, v.ok ? "" : v.why).toBe(expected);
    // Without the input, only this repository's workflows count.
    const plain = await verifyAttestation({ record: text, token }, policy, {
      number: 7,
      head: HEAD,
    });
    expect(plain.ok).toBe(false);
  });

  it("no attestation at all", async () => {
    const v = await verifyAttestation(undefined, policy, { number: 7, head: HEAD });
    expect(v).toMatchObject({ ok: false, check: "attestation" });
  });

  it("names what differs in the refusal", async () => {
    const text = recordText(RECORD);
    const token = await sign(
      claims(text, { workflow_ref: `${REPO}/.github/workflows/pr.yml@refs/pull/7/merge` }),
    );
    const v = await verifyAttestation({ record: text, token }, policy, { number: 7, head: HEAD });
    expect(v.ok ? "" : v.why).toBe(
      `the token's workflow_ref is ${REPO}/.github/workflows/pr.yml@refs/pull/7/merge, not the trusted ${TRUSTED}`,
    );
  });
});
