import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/apply/records.ts
var STALE_CLAIM_MS = 216e5, recordPath = (unit) => `apply/${unit}.json`, empty = (unit) => ({ unit, applied: [] }), ConcurrentApplyError = class extends Error {
  name = "ConcurrentApplyError";
}, AlreadyAppliedError = class extends Error {
  constructor(entry) {
    super(
      `already applied at ${entry.commit.slice(0, 12)} (plan ${entry.hash.slice(0, 12)}, run ${entry.run})`
    );
    this.entry = entry;
  }
  entry;
  name = "AlreadyAppliedError";
}, released = (r) => {
  let { inProgress: _, ...rest } = r;
  return rest;
};
function applyRecords(store, run) {
  let read = async (unit) => await store.read(recordPath(unit)) ?? empty(unit);
  async function claim(unit, commit, since, now, purpose = "apply") {
    await store.write(
      recordPath(unit),
      (current) => {
        let r = current ?? empty(unit), done = r.applied.find((e) => e.commit === commit);
        if (done && purpose === "apply") throw new AlreadyAppliedError(done);
        let held = r.inProgress;
        if (held && held.run !== run && now.getTime() - Date.parse(held.since) < 216e5)
          throw new ConcurrentApplyError(
            `${unit} is being applied by run ${held.run} (commit ${held.commit.slice(0, 12)}, since ${held.since}); not applying it twice \u2014 the next run converges`
          );
        let claimed = { ...r, inProgress: { commit, run, since: now.toISOString() } };
        return purpose === "apply" ? { ...claimed, pendingSince: r.pendingSince ?? since } : claimed;
      },
      () => `${purpose} ${unit}: claimed by run ${run} at ${commit.slice(0, 12)}`
    );
  }
  async function succeeded(unit, entry) {
    await store.write(
      recordPath(unit),
      (current) => {
        let { pendingSince: _, ...rest } = released(current ?? empty(unit));
        return { ...rest, lastApplied: entry, applied: [entry, ...rest.applied].slice(0, 50) };
      },
      () => `apply ${unit}: ${entry.result} at ${entry.commit.slice(0, 12)} (plan ${entry.hash.slice(0, 12)}, run ${entry.run})`
    );
  }
  async function failed(unit, o) {
    await store.write(
      recordPath(unit),
      (current) => {
        let r = released(current ?? empty(unit));
        return {
          ...r,
          pendingSince: r.pendingSince ?? o.since,
          lastFailure: {
            commit: o.commit,
            run,
            at: o.now.toISOString(),
            error: o.error.slice(0, 2e3)
          }
        };
      },
      () => `apply ${unit}: not applied at ${o.commit.slice(0, 12)} (run ${run}): ${o.error.split(`
`)[0]?.slice(0, 120)}`
    );
  }
  async function corrected(unit, o) {
    await store.write(
      recordPath(unit),
      (current) => ({
        ...released(current ?? empty(unit)),
        lastCorrection: { commit: o.commit, hash: o.hash, run, at: o.now.toISOString() }
      }),
      () => `drift ${unit}: corrected to ${o.commit.slice(0, 12)} (plan ${o.hash.slice(0, 12)}, run ${run})`
    );
  }
  async function release(unit, why) {
    await store.write(
      recordPath(unit),
      (current) => released(current ?? empty(unit)),
      () => `${unit}: claim released by run ${run}: ${why.split(`
`)[0]?.slice(0, 120)}`
    );
  }
  return { read, claim, succeeded, failed, corrected, release };
}

export {
  STALE_CLAIM_MS,
  recordPath,
  ConcurrentApplyError,
  AlreadyAppliedError,
  applyRecords
};
