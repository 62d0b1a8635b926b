// What apply remembers, on the status branch (one JSON file per unit, one commit per
// change): the last applied commit, where the unit's unapplied changes start (so a failed
// or refused apply is retried by the next push), every (commit, plan hash) applied (so a
// re-run skips it), and a claim while a run applies the unit (so two runs never apply one
// unit at once, even across workflows).
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
  /** Set while changes are not applied: the commit they are counted from. */
  pendingSince?: string;
  inProgress?: { commit: string; run: string; since: string };
  lastFailure?: { commit: string; run: string; at: string; error: string };
  /** Set while the changes wait for the region's maintenance window (not a failure). */
  held?: { commit: string; run: string; at: string; until: string };
  /** Drift corrections: the reviewed state put back, not a new apply of a commit. */
  lastCorrection?: { commit: string; hash: string; run: string; at: string };
}

const HISTORY = 50;
/** A claim older than this is from a run that died; it no longer blocks. */
export const STALE_CLAIM_MS = 6 * 60 * 60 * 1000;

export const recordPath = (unit: string) => `apply/${unit}.json`;

const empty = (unit: string): UnitRecord => ({ unit, applied: [] });

export class ConcurrentApplyError extends Error {
  override name = "ConcurrentApplyError";
}

export class AlreadyAppliedError extends Error {
  override name = "AlreadyAppliedError";
  constructor(readonly entry: AppliedEntry) {
    super(
      `already applied at ${entry.commit.slice(0, 12)} (plan ${entry.hash.slice(0, 12)}, run ${entry.run})`,
    );
  }
}

/** Everything but the claim. */
const released = (r: UnitRecord): UnitRecord => {
  const { inProgress: _, ...rest } = r;
  return rest;
};

export function applyRecords(store: StatusStore, run: string) {
  const read = async (unit: string) =>
    (await store.read<UnitRecord>(recordPath(unit))) ?? empty(unit);

  /**
   * Claims the unit for this run, atomically with the checks: AlreadyAppliedError when the
   * commit is applied, ConcurrentApplyError when another live run holds the unit. `since`
   * is where this attempt counts changes from; it stays pending until an apply succeeds.
   */
  async function claim(
    unit: string,
    commit: string,
    since: string,
    now: Date,
    purpose: "apply" | "correct" = "apply",
  ): Promise<void> {
    await store.write<UnitRecord>(
      recordPath(unit),
      (current) => {
        const r = current ?? empty(unit);
        const done = r.applied.find((e) => e.commit === commit);
        if (done && purpose === "apply") throw new AlreadyAppliedError(done);
        const held = r.inProgress;
        if (held && held.run !== run && now.getTime() - Date.parse(held.since) < STALE_CLAIM_MS)
          throw new ConcurrentApplyError(
            `${unit} is being applied by run ${held.run} (commit ${held.commit.slice(0, 12)}, since ${held.since}); not applying it twice — the next run converges`,
          );
        // A hold lasts until the next attempt: this run holds the unit again, or it does not.
        const { held: _, ...unheld } = r;
        const claimed = {
          ...(purpose === "apply" ? unheld : r),
          inProgress: { commit, run, since: now.toISOString() },
        };
        return purpose === "apply"
          ? { ...claimed, pendingSince: r.pendingSince ?? since }
          : claimed;
      },
      () => `${purpose} ${unit}: claimed by run ${run} at ${commit.slice(0, 12)}`,
    );
  }

  async function succeeded(unit: string, entry: AppliedEntry): Promise<void> {
    await store.write<UnitRecord>(
      recordPath(unit),
      (current) => {
        const { pendingSince: _, held: __, ...rest } = released(current ?? empty(unit));
        return { ...rest, lastApplied: entry, applied: [entry, ...rest.applied].slice(0, HISTORY) };
      },
      () =>
        `apply ${unit}: ${entry.result} at ${entry.commit.slice(0, 12)} (plan ${entry.hash.slice(0, 12)}, run ${entry.run})`,
    );
  }

  /** Releases the claim and keeps the changes pending from `since` (or where they already were). */
  async function keepPending(
    unit: string,
    since: string,
    why: Pick<UnitRecord, "lastFailure" | "held">,
    message: string,
  ): Promise<void> {
    await store.write<UnitRecord>(
      recordPath(unit),
      (current) => {
        const r = released(current ?? empty(unit));
        return { ...r, pendingSince: r.pendingSince ?? since, ...why };
      },
      () => message,
    );
  }

  /** Not applied: the changes stay pending, so the next push tries again. */
  async function failed(
    unit: string,
    attempt: { commit: string; since: string; error: string; now: Date },
  ): Promise<void> {
    const lastFailure = {
      commit: attempt.commit,
      run,
      at: attempt.now.toISOString(),
      error: attempt.error.slice(0, 2_000),
    };
    await keepPending(
      unit,
      attempt.since,
      { lastFailure },
      `apply ${unit}: not applied at ${attempt.commit.slice(0, 12)} (run ${run}): ${attempt.error.split("\n")[0]?.slice(0, 120)}`,
    );
  }

  /** Like a failure, but a hold: the unit waits for its maintenance window; a run inside it applies. */
  async function held(
    unit: string,
    attempt: { commit: string; since: string; until: Date; now: Date },
  ): Promise<void> {
    const hold = {
      commit: attempt.commit,
      run,
      at: attempt.now.toISOString(),
      until: attempt.until.toISOString(),
    };
    await keepPending(
      unit,
      attempt.since,
      { held: hold },
      `apply ${unit}: held at ${attempt.commit.slice(0, 12)} until ${attempt.until.toISOString()} (run ${run})`,
    );
  }

  /** A drift correction done: the claim released, nothing about which commits are applied. */
  async function corrected(
    unit: string,
    correction: { commit: string; hash: string; now: Date },
  ): Promise<void> {
    await store.write<UnitRecord>(
      recordPath(unit),
      (current) => ({
        ...released(current ?? empty(unit)),
        lastCorrection: {
          commit: correction.commit,
          hash: correction.hash,
          run,
          at: correction.now.toISOString(),
        },
      }),
      () =>
        `drift ${unit}: corrected to ${correction.commit.slice(0, 12)} (plan ${correction.hash.slice(0, 12)}, run ${run})`,
    );
  }

  /** Releases a claim without recording a result (a drift correction that failed). */
  async function release(unit: string, why: string): Promise<void> {
    await store.write<UnitRecord>(
      recordPath(unit),
      (current) => released(current ?? empty(unit)),
      () => `${unit}: claim released by run ${run}: ${why.split("\n")[0]?.slice(0, 120)}`,
    );
  }

  return { read, claim, succeeded, failed, held, corrected, release };
}

export type ApplyRecords = ReturnType<typeof applyRecords>;
