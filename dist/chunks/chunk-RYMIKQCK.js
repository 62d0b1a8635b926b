import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/apply/records.ts
var STALE_CLAIM_MS = 216e5, recordPath = (unit) => `apply/${unit}.json`, empty = (unit) => ({ unit, applied: [] }), ConcurrentApplyError = class extends Error {
  name = "ConcurrentApplyError";
};
function applyRecords(store, run) {
  let read = async (unit) => await store.read(recordPath(unit)) ?? empty(unit);
  async function claim(unit, commit, now) {
    await store.write(
      recordPath(unit),
      (current) => {
        let r = current ?? empty(unit), held = r.inProgress;
        if (held && held.run !== run && now.getTime() - Date.parse(held.since) < 216e5)
          throw new ConcurrentApplyError(
            `${unit} is being applied by run ${held.run} (commit ${held.commit.slice(0, 12)}, since ${held.since}); not applying it twice \u2014 the next run converges`
          );
        return { ...r, inProgress: { commit, run, since: now.toISOString() } };
      },
      () => `apply ${unit}: claimed by run ${run} at ${commit.slice(0, 12)}`
    );
  }
  async function succeeded(unit, entry) {
    await store.write(
      recordPath(unit),
      (current) => {
        let r = current ?? empty(unit), { inProgress: _, ...rest } = r;
        return { ...rest, lastApplied: entry, applied: [entry, ...r.applied].slice(0, 50) };
      },
      () => `apply ${unit}: ${entry.result} at ${entry.commit.slice(0, 12)} (plan ${entry.hash.slice(0, 12)}, run ${entry.run})`
    );
  }
  async function failed(unit, commit, error, now) {
    await store.write(
      recordPath(unit),
      (current) => {
        let r = current ?? empty(unit), { inProgress: _, ...rest } = r;
        return {
          ...rest,
          lastFailure: { commit, run, at: now.toISOString(), error: error.slice(0, 2e3) }
        };
      },
      () => `apply ${unit}: not applied at ${commit.slice(0, 12)} (run ${run}): ${error.split(`
`)[0]?.slice(0, 120)}`
    );
  }
  return { read, claim, succeeded, failed };
}

export {
  STALE_CLAIM_MS,
  recordPath,
  ConcurrentApplyError,
  applyRecords
};
