// Ownership markers in the external-dns manner: a short `key=value` text that names the
// tool (heritage) and the owner id. The same text goes into a `_cn-owner` TXT record or a
// provider's comment field, so a person reading either sees who manages the record.
import { ownerProblem } from "../parse.ts";

export const HERITAGE = "cloudneutral";

/** First label of the TXT record set that holds the markers of the record sets at a name. */
export const OWNER_LABEL = "_cn-owner";

/** `heritage=cloudneutral,owner=<id>` and, for TXT markers, `,type=<TYPE>`. */
export function formatOwnerMarker(owner: string, type?: string): string {
  const problem = ownerProblem(owner);
  if (problem) throw new Error(`cannot mark ownership: ${problem}`);
  return `heritage=${HERITAGE},owner=${owner}${type === undefined ? "" : `,type=${type}`}`;
}

/**
 * The owner (and type, for TXT markers) a marker names, or null when the text is not one
 * of ours: a note a person wrote, or a marker of another tool, means nobody we know.
 */
export function parseOwnerMarker(text: string): { owner: string; type?: string } | null {
  const fields = new Map<string, string>();
  for (const part of text.trim().split(",")) {
    const eq = part.indexOf("=");
    if (eq <= 0) return null;
    const key = part.slice(0, eq).trim();
    if (fields.has(key)) return null;
    fields.set(key, part.slice(eq + 1).trim());
  }
  const owner = fields.get("owner");
  if (fields.get("heritage") !== HERITAGE || owner === undefined) return null;
  if (ownerProblem(owner) !== null) return null;
  const type = fields.get("type");
  return type === undefined ? { owner } : { owner, type: type.toUpperCase() };
}

/** `_cn-owner.api.example.com.` for `api.example.com.`. */
export function ownerRecordName(name: string): string {
  return `${OWNER_LABEL}.${name}`;
}

/** The name whose markers a `_cn-owner` name holds, or null for any other name. */
export function ownedName(markerName: string): string | null {
  const prefix = `${OWNER_LABEL}.`;
  return markerName.startsWith(prefix) ? markerName.slice(prefix.length) : null;
}
