// The units' views: apply's record of each (last applied, pending, held, failed, corrected),
// the matrix row that routes it, the pull request its last applied commit merged.
import { recordPath, type UnitRecord } from "../apply/records.ts";
import { type Matrix, routeComposition } from "../policy/matrix.ts";
import type { ConsoleData, ConsoleInput, UnitState, UnitView } from "./views.ts";

export function unitViews(
  input: ConsoleInput,
  matrix: Matrix,
): { units: UnitView[]; lastApply?: ConsoleData["lastApply"] } {
  const records = input.units.map((u) =>
    asUnitRecord(input.status?.files.get(recordPath(u.id)), u.id),
  );
  let lastApply: ConsoleData["lastApply"];
  for (const r of records)
    if (r?.lastApplied && (!lastApply || r.lastApplied.at > lastApply.at))
      lastApply = { commit: r.lastApplied.commit, at: r.lastApplied.at, run: r.lastApplied.run };
  const compositions = input.config.byKind.Composition.map((c) => c.value);
  const units = input.units.map((u, i): UnitView => {
    const record = records[i];
    let route = matrix[u.layer];
    for (const c of compositions) {
      if (c.spec.lifecycle !== u.layer || !c.spec.regions.includes(u.region)) continue;
      const r = routeComposition(matrix, c);
      if (r.approvals > route.approvals) route = { ...route, approvals: r.approvals };
    }
    const subject = record?.lastApplied ? input.subjects.get(record.lastApplied.commit) : undefined;
    const pull = subject ? pullOf(subject) : undefined;
    return {
      id: u.id,
      layer: u.layer,
      region: u.region,
      engine: u.engine,
      dependsOn: u.dependsOn,
      route,
      state: unitState(record),
      ...(record ? { record } : {}),
      ...(subject !== undefined ? { subject } : {}),
      ...(pull !== undefined ? { pull } : {}),
      inLastApply:
        lastApply !== undefined &&
        record?.lastApplied?.run === lastApply.run &&
        record.lastApplied.commit === lastApply.commit,
    };
  });
  return { units, ...(lastApply ? { lastApply } : {}) };
}

function unitState(r: UnitRecord | undefined): UnitState {
  if (!r) return "never";
  if (r.inProgress) return "in-progress";
  if (r.held) return "held";
  if (r.lastFailure && r.pendingSince) return "failed";
  if (r.pendingSince) return "pending";
  return r.lastApplied ? "applied" : "never";
}

/** "Merge pull request #12 from …" or a squash merge's "… (#12)". */
export function pullOf(subject: string): number | undefined {
  const m = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
  return m ? Number(m[1]) : undefined;
}

/** A unit record as far as it has the shape apply writes; hand edits lose their odd parts. */
function asUnitRecord(value: unknown, unit: string): UnitRecord | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  const entry = (e: unknown) => {
    if (typeof e !== "object" || e === null) return undefined;
    const o = e as Record<string, unknown>;
    return typeof o.commit === "string" && typeof o.at === "string"
      ? {
          commit: o.commit,
          hash: typeof o.hash === "string" ? o.hash : "",
          at: o.at,
          run: typeof o.run === "string" ? o.run : String(o.run ?? ""),
          result: o.result === "no-changes" ? ("no-changes" as const) : ("applied" as const),
        }
      : undefined;
  };
  const strings = (o: unknown, keys: string[]) => {
    if (typeof o !== "object" || o === null) return undefined;
    const r = o as Record<string, unknown>;
    return keys.every((k) => typeof r[k] === "string") ? (r as Record<string, string>) : undefined;
  };
  const lastApplied = entry(v.lastApplied);
  const applied = Array.isArray(v.applied)
    ? v.applied.map(entry).filter((e) => e !== undefined)
    : [];
  const record: UnitRecord = { unit, applied };
  if (lastApplied) record.lastApplied = lastApplied;
  if (typeof v.pendingSince === "string") record.pendingSince = v.pendingSince;
  const progress = strings(v.inProgress, ["commit", "run", "since"]);
  if (progress)
    record.inProgress = { commit: progress.commit!, run: progress.run!, since: progress.since! };
  const failure = strings(v.lastFailure, ["commit", "run", "at", "error"]);
  if (failure)
    record.lastFailure = {
      commit: failure.commit!,
      run: failure.run!,
      at: failure.at!,
      error: failure.error!,
    };
  const held = strings(v.held, ["commit", "run", "at", "until"]);
  if (held)
    record.held = { commit: held.commit!, run: held.run!, at: held.at!, until: held.until! };
  const correction = strings(v.lastCorrection, ["commit", "hash", "run", "at"]);
  if (correction)
    record.lastCorrection = {
      commit: correction.commit!,
      hash: correction.hash!,
      run: correction.run!,
      at: correction.at!,
    };
  return record;
}
