// What a run remembers between its rounds, and how decisions reach the status branch: the
// record as the branch holds it and as the latest round decided it, written when worth a
// commit (every change in one-shot runs, changed decisions in a watch, and what is left at
// the end of a watch).
import type { DnsProvider } from "../dns/provider.ts";
import { errorMessage } from "../errors.ts";
import type { StatusStore } from "../github/status-store.ts";
import type { Logger } from "../logger.ts";
import {
  decisionChanged,
  type GtmRecord,
  gtmStatusPath,
  parseGtmRecord,
  recordMessage,
  sameRecord,
} from "./record.ts";
import type { GtmDecision } from "./types.ts";

export interface PolicyMemory {
  /** What the status branch holds (as far as this run knows). */
  stored: GtmRecord | undefined;
  /** The latest decision's record, written or not. */
  current: GtmRecord | undefined;
  decision?: GtmDecision;
  /** When the policy was last observed (the round's start). */
  observedAt?: number;
  /** The alert issue was looked at in this run. */
  alertChecked?: boolean;
}

/** State kept between the rounds of one run (watch mode). */
export interface GtmMemory {
  policies: Map<string, PolicyMemory>;
  /** One provider per Platform entry and run, so its call counts and settings carry over. */
  providers: Map<string, Promise<DnsProvider>>;
}

export function gtmMemory(): GtmMemory {
  return { policies: new Map(), providers: new Map() };
}

export type PersistMode =
  /** Write every change, counters included (one-shot runs: the next run needs them). */
  | "all"
  /** Write only changed decisions; counters wait for flushRecords (watch mode). */
  | "decisions";

export interface RecordOutcome {
  /** A commit was made this round. */
  written: boolean;
  commit?: string;
  message: string;
  /** The decision differs from the branch but waits for a later write (watch mode). */
  deferred: boolean;
  /** Why nothing could be recorded at all. */
  unrecorded?: "dry run" | "no status branch";
  error?: string;
}

/** The policy's memory, read from the status branch the first time a run needs it. */
export async function loadMemory(
  store: StatusStore | undefined,
  log: Logger,
  memory: GtmMemory,
  policy: string,
): Promise<PolicyMemory> {
  const known = memory.policies.get(policy);
  if (known) return known;
  let stored: GtmRecord | undefined;
  if (store) {
    const raw = await store.read<unknown>(gtmStatusPath(policy));
    if (raw !== undefined) {
      const parsed = parseGtmRecord(raw);
      if (typeof parsed === "string")
        log.warning(
          `${store.branch}:${gtmStatusPath(policy)}: ${parsed}; GtmPolicy ${policy} starts from no state`,
        );
      else stored = parsed;
    }
  }
  const mem: PolicyMemory = { stored, current: stored };
  memory.policies.set(policy, mem);
  return mem;
}

/** Writes `next` when `persist` says it is worth a commit; never in a dry run. */
export async function recordDecision(
  store: StatusStore | undefined,
  dryRun: boolean,
  mem: PolicyMemory,
  policy: string,
  next: GtmRecord,
  text: string,
  persist: PersistMode,
): Promise<RecordOutcome> {
  if (dryRun) return { written: false, message: text, deferred: false, unrecorded: "dry run" };
  if (!store)
    return { written: false, message: text, deferred: false, unrecorded: "no status branch" };
  const unchanged = sameRecord(mem.stored, next);
  const worth = persist === "all" ? !unchanged : decisionChanged(mem.stored, next);
  if (!worth) return { written: false, message: text, deferred: !unchanged };
  return writeRecord(store, mem, policy, next, text);
}

async function writeRecord(
  store: StatusStore,
  mem: PolicyMemory,
  policy: string,
  next: GtmRecord,
  text: string,
): Promise<RecordOutcome> {
  try {
    // Last writer wins: the concurrency group keeps GTM runs apart, and a record written
    // meanwhile by anything else is replaced by this newer decision, not merged into it.
    const result = await store.write<GtmRecord>(
      gtmStatusPath(policy),
      () => next,
      () => text,
    );
    mem.stored = next;
    return {
      written: result.commit !== undefined,
      ...(result.commit ? { commit: result.commit } : {}),
      message: text,
      deferred: false,
    };
  } catch (err) {
    const error = errorMessage(err);
    return { written: false, message: text, deferred: true, error };
  }
}

/**
 * Writes what rounds kept in memory only (watch mode's counters), so the next run starts
 * from them. One commit per policy whose record differs from the branch.
 */
export async function flushRecords(
  store: StatusStore,
  memory: GtmMemory,
): Promise<(RecordOutcome & { policy: string })[]> {
  const out: (RecordOutcome & { policy: string })[] = [];
  for (const [policy, mem] of memory.policies) {
    if (!mem.current || !mem.decision || sameRecord(mem.stored, mem.current)) continue;
    const text = recordMessage(mem.decision, mem.stored, mem.current);
    out.push({ policy, ...(await writeRecord(store, mem, policy, mem.current, text)) });
  }
  return out;
}
