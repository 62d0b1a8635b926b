import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/apply/records.ts
var recordPath = (unit) => `apply/${unit}.json`, empty = (unit) => ({ unit, applied: [] }), ConcurrentApplyError = class extends Error {
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
        let held2 = r.inProgress;
        if (held2 && held2.run !== run && now.getTime() - Date.parse(held2.since) < 216e5)
          throw new ConcurrentApplyError(
            `${unit} is being applied by run ${held2.run} (commit ${held2.commit.slice(0, 12)}, since ${held2.since}); not applying it twice \u2014 the next run converges`
          );
        let { held: _, ...unheld } = r, claimed = {
          ...purpose === "apply" ? unheld : r,
          inProgress: { commit, run, since: now.toISOString() }
        };
        return purpose === "apply" ? { ...claimed, pendingSince: r.pendingSince ?? since } : claimed;
      },
      () => `${purpose} ${unit}: claimed by run ${run} at ${commit.slice(0, 12)}`
    );
  }
  async function succeeded(unit, entry) {
    await store.write(
      recordPath(unit),
      (current) => {
        let { pendingSince: _, held: __, ...rest } = released(current ?? empty(unit));
        return { ...rest, lastApplied: entry, applied: [entry, ...rest.applied].slice(0, 50) };
      },
      () => `apply ${unit}: ${entry.result} at ${entry.commit.slice(0, 12)} (plan ${entry.hash.slice(0, 12)}, run ${entry.run})`
    );
  }
  async function keepPending(unit, since, why, message) {
    await store.write(
      recordPath(unit),
      (current) => {
        let r = released(current ?? empty(unit));
        return { ...r, pendingSince: r.pendingSince ?? since, ...why };
      },
      () => message
    );
  }
  async function failed(unit, attempt) {
    let lastFailure = {
      commit: attempt.commit,
      run,
      at: attempt.now.toISOString(),
      error: attempt.error.slice(0, 2e3)
    };
    await keepPending(
      unit,
      attempt.since,
      { lastFailure },
      `apply ${unit}: not applied at ${attempt.commit.slice(0, 12)} (run ${run}): ${attempt.error.split(`
`)[0]?.slice(0, 120)}`
    );
  }
  async function held(unit, attempt) {
    let hold = {
      commit: attempt.commit,
      run,
      at: attempt.now.toISOString(),
      until: attempt.until.toISOString()
    };
    await keepPending(
      unit,
      attempt.since,
      { held: hold },
      `apply ${unit}: held at ${attempt.commit.slice(0, 12)} until ${attempt.until.toISOString()} (run ${run})`
    );
  }
  async function corrected(unit, correction) {
    await store.write(
      recordPath(unit),
      (current) => ({
        ...released(current ?? empty(unit)),
        lastCorrection: {
          commit: correction.commit,
          hash: correction.hash,
          run,
          at: correction.now.toISOString()
        }
      }),
      () => `drift ${unit}: corrected to ${correction.commit.slice(0, 12)} (plan ${correction.hash.slice(0, 12)}, run ${run})`
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
  return { read, claim, succeeded, failed, held, corrected, release };
}

export {
  recordPath,
  ConcurrentApplyError,
  AlreadyAppliedError,
  applyRecords
};
