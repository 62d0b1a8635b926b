// What apply remembers, on the status branch (one JSON file per unit, one commit per
// change): the last applied commit (where the next push counts changes from), every
// (commit, plan hash) applied (so a re-run skips it), and a claim while a run applies the
// unit (so two runs never apply one unit at once, even across workflows).
import type { StatusStore } from "../github/status-store.ts";

export interface AppliedEntry {
  commit: string;
  hash: string;
  at: string;
  run: string;
  result: "applied" | "no-changes";
}

export interface UnitRecord {
  unit: string;
  lastApplied?: AppliedEntry;
  /** Newest first, at most HISTORY entries. */
  applied: AppliedEntry[];
  inProgress?: { commit: string; run: string; since: string };
  lastFailure?: { commit: string; run: string; at: string; error: string };
}

const HISTORY = 50;
/** A claim older than this is from a run that died; it no longer blocks. */
export const STALE_CLAIM_MS = 6 * 60 * 60 * 1000;

export const recordPath = (unit: string) => `apply/${unit}.json`;

const empty = (unit: string): UnitRecord => ({ unit, applied: [] });

export class ConcurrentApplyError extends Error {
  override name = "ConcurrentApplyError";
}

export function applyRecords(store: StatusStore, run: string) {
  const read = async (unit: string) =>
    (await store.read<UnitRecord>(recordPath(unit))) ?? empty(unit);

  /** Claims the unit for this run; throws ConcurrentApplyError when another run holds it. */
  async function claim(unit: string, commit: string, now: Date): Promise<void> {
    await store.write<UnitRecord>(
      recordPath(unit),
      (current) => {
        const r = current ?? empty(unit);
        const held = r.inProgress;
        if (held && held.run !== run && now.getTime() - Date.parse(held.since) < STALE_CLAIM_MS) {
          throw new ConcurrentApplyError(
            `${unit} is being applied by run ${held.run} (commit ${held.commit.slice(0, 12)}, since ${held.since}); not applying it twice — the next run converges`,
          );
        }
        return { ...r, inProgress: { commit, run, since: now.toISOString() } };
      },
      () => `apply ${unit}: claimed by run ${run} at ${commit.slice(0, 12)}`,
    );
  }

  async function succeeded(unit: string, entry: AppliedEntry): Promise<void> {
    await store.write<UnitRecord>(
      recordPath(unit),
      (current) => {
        const r = current ?? empty(unit);
        const { inProgress: _, ...rest } = r;
        return { ...rest, lastApplied: entry, applied: [entry, ...r.applied].slice(0, HISTORY) };
      },
      () =>
        `apply ${unit}: ${entry.result} at ${entry.commit.slice(0, 12)} (plan ${entry.hash.slice(0, 12)}, run ${entry.run})`,
    );
  }

  /** Releases the claim; the last applied commit stays, so the next push retries. */
  async function failed(unit: string, commit: string, error: string, now: Date): Promise<void> {
    await store.write<UnitRecord>(
      recordPath(unit),
      (current) => {
        const r = current ?? empty(unit);
        const { inProgress: _, ...rest } = r;
        return {
          ...rest,
          lastFailure: { commit, run, at: now.toISOString(), error: error.slice(0, 2_000) },
        };
      },
      () =>
        `apply ${unit}: not applied at ${commit.slice(0, 12)} (run ${run}): ${error.split("\n")[0]?.slice(0, 120)}`,
    );
  }

  return { read, claim, succeeded, failed };
}

export type ApplyRecords = ReturnType<typeof applyRecords>;
