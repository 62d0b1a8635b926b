// A DnsPlan as Cloudflare batch requests, pure. Cloudflare runs one batch in one transaction,
// so the unit we must never split is the record set: all changes of a set go into the same
// batch, and a failed run leaves every set wholly old or wholly new.
import { normalizeRecordSet } from "../normalize.ts";
import type { DnsPlan, RecordSet } from "../types.ts";
import {
  type CloudflarePatch,
  type CloudflarePost,
  type CloudflareRecordSet,
  ownerComment,
  recordBody,
  setKey,
} from "./cloudflare-records.ts";

/** What one record set's change costs: deletes, patches and posts of its records. */
export interface SetChange {
  key: string;
  deletes: { id: string }[];
  patches: CloudflarePatch[];
  posts: CloudflarePost[];
}

export interface CloudflareBatch {
  deletes: { id: string }[];
  patches: CloudflarePatch[];
  posts: CloudflarePost[];
  /** The record sets the batch changes, for error messages. */
  keys: string[];
}

/**
 * The record changes that carry out `plan` on a zone whose record sets are `current`.
 * Sets are deleted first, then updated, then created, so that a name changing type (an A
 * set giving way to a CNAME) is freed in the same or an earlier batch than it is taken.
 *
 * Throws, before anything is written, when `current` no longer matches what the plan was
 * made from: writing on top of a zone someone changed meanwhile could touch their records.
 */
export function setChanges(
  plan: DnsPlan,
  current: ReadonlyMap<string, CloudflareRecordSet>,
): SetChange[] {
  const changes: SetChange[] = [];
  for (const gone of plan.delete) {
    const have = expectCurrent(current, gone);
    changes.push({
      key: keyOf(gone),
      deletes: have.records.map((r) => ({ id: r.id })),
      patches: [],
      posts: [],
    });
  }
  for (const { from, to } of plan.update) changes.push(updateOf(expectCurrent(current, from), to));
  for (const fresh of plan.create) {
    const key = keyOf(fresh);
    if (current.has(key))
      throw new Error(`${key} exists in Cloudflare but the plan creates it: plan again`);
    const set = normalizeRecordSet(fresh);
    const comment = ownerComment(ownerOf(set));
    changes.push({
      key,
      deletes: [],
      patches: [],
      posts: set.values.map((v) => recordBody(set, v, comment)),
    });
  }
  return changes;
}

/**
 * The fewest record writes that turn `have` into `to`: a record whose value stays keeps its
 * id (patched only if its TTL, comment or proxy status is off); a value that goes is patched
 * into a value that comes, so a changed address is one write, not a delete and a create.
 */
function updateOf(have: CloudflareRecordSet, toRaw: RecordSet): SetChange {
  const to = normalizeRecordSet(toRaw);
  const comment = ownerComment(ownerOf(to));
  const wanted = new Set(to.values);
  const kept = new Set<string>();
  const change: SetChange = { key: keyOf(to), deletes: [], patches: [], posts: [] };
  const freed: string[] = [];
  for (const r of have.records) {
    if (wanted.has(r.value) && !kept.has(r.value)) {
      kept.add(r.value);
      if (r.ttl !== to.ttl || r.comment !== comment || r.proxied)
        change.patches.push({ ...recordBody(to, r.value, comment), id: r.id });
    } else {
      freed.push(r.id);
    }
  }
  const added = to.values.filter((v) => !kept.has(v));
  for (const [i, value] of added.entries()) {
    const id = freed[i];
    if (id === undefined) change.posts.push(recordBody(to, value, comment));
    else change.patches.push({ ...recordBody(to, value, comment), id });
  }
  for (const id of freed.slice(added.length)) change.deletes.push({ id });
  return change;
}

/**
 * Changes packed, in order, into batches of at most `size` record operations, never splitting
 * one set's changes over two batches.
 */
export function packBatches(changes: readonly SetChange[], size: number): CloudflareBatch[] {
  const batches: CloudflareBatch[] = [];
  let open: CloudflareBatch | undefined;
  let used = 0;
  for (const change of changes) {
    const cost = change.deletes.length + change.patches.length + change.posts.length;
    if (cost === 0) continue;
    if (cost > size)
      throw new Error(
        `${change.key} needs ${cost} record changes, more than the ${size} one Cloudflare batch holds, so it cannot change atomically`,
      );
    if (!open || used + cost > size) {
      open = { deletes: [], patches: [], posts: [], keys: [] };
      batches.push(open);
      used = 0;
    }
    open.deletes.push(...change.deletes);
    open.patches.push(...change.patches);
    open.posts.push(...change.posts);
    open.keys.push(change.key);
    used += cost;
  }
  return batches;
}

function expectCurrent(
  current: ReadonlyMap<string, CloudflareRecordSet>,
  planned: RecordSet,
): CloudflareRecordSet {
  const key = keyOf(planned);
  const have = current.get(key);
  const want = normalizeRecordSet(planned);
  const same =
    have !== undefined &&
    have.set.owner === (want.owner ?? null) &&
    have.set.ttl === want.ttl &&
    have.set.values.join("\n") === want.values.join("\n");
  if (!same) throw new Error(`${key} changed in Cloudflare since the plan was made: plan again`);
  return have;
}

function ownerOf(set: RecordSet): string {
  // planDns gives every set it creates or updates our owner; one without is a caller bug.
  if (!set.owner) throw new Error(`${keyOf(set)} has no owner to write into its comment`);
  return set.owner;
}

function keyOf(set: RecordSet): string {
  return setKey(set.name, set.type);
}
