// The trusted job's half: the record as canonical JSON, attested by the workflow's GitHub
// OIDC token requested for the audience `cloudneutral-review:<sha256 of that JSON>`.
import { type OidcRequest, requestIdToken } from "../engines/oidc.ts";
import { resolveCommit } from "../git/index.ts";
import { type ReviewRecord, recordText, reviewAudience, type StoredAttestation } from "./record.ts";

export async function attestReview(
  record: ReviewRecord,
  request: Omit<OidcRequest, "dir">,
): Promise<StoredAttestation> {
  const text = recordText(record);
  const token = await requestIdToken(request, reviewAudience(text), "review attestations");
  return { record: text, token };
}

/** The record of a planned pull request (base and head resolved to commits), attested. */
export async function attestPull(
  o: {
    repoDir: string;
    repository: string;
    pull: number;
    base: string;
    head: string;
    verdict: string;
    hashes: Record<string, string>;
  },
  request: Omit<OidcRequest, "dir">,
): Promise<StoredAttestation> {
  return attestReview(
    {
      repository: o.repository,
      pull: o.pull,
      base: await resolveCommit(o.repoDir, o.base, "base"),
      head: await resolveCommit(o.repoDir, o.head, "head"),
      verdict: o.verdict,
      hashes: o.hashes,
    },
    request,
  );
}
