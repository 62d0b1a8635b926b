// The trusted job's half: the record as canonical JSON, attested by the workflow's GitHub
// OIDC token requested for the audience `cloudneutral-review:<sha256 of that JSON>`.
import { type OidcRequest, requestIdToken } from "../engines/oidc.ts";
import { type ReviewRecord, recordText, reviewAudience, type StoredAttestation } from "./record.ts";

export async function attestReview(
  record: ReviewRecord,
  request: Omit<OidcRequest, "dir">,
): Promise<StoredAttestation> {
  const text = recordText(record);
  const token = await requestIdToken(request, reviewAudience(text), "review attestations");
  return { record: text, token };
}
