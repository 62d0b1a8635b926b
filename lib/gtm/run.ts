// Running the GTM: one round (cron, dispatch), or `watch` — a round every N seconds for up to
// M minutes inside one job, so failover is not bound to the scheduler's 5-minute floor (and
// its delays). Between rounds the state stays in memory; the status branch gets a commit
// when a decision changes, and once at the end for the counters that moved meanwhile.
import { type Clock, systemClock } from "../clock.ts";
import { flushGtm, type GtmContext, type GtmRound, gtmMemory, gtmRound } from "./reconcile.ts";

export interface WatchOptions {
  /** Seconds between round starts; > 0. */
  intervalSeconds: number;
  /** The run ends after this many minutes (the last round starts before). */
  forMinutes: number;
}

export interface GtmRunOptions extends GtmContext {
  watch?: WatchOptions;
  /**
   * What time it is and how to wait, for the round grid and every round's decisions; the
   * machine's by default (`now`, when given, still overrides its time).
   */
  clock?: Clock;
  /** Called after each round (progress lines, benches). */
  onRound?: (round: GtmRound, index: number) => void | Promise<void>;
}

export interface RecordedDecision {
  at: Date;
  policy: string;
  message: string;
  commit?: string;
}

export interface PolicyBaseline {
  states: Record<string, "up" | "down" | null>;
  weights: Record<string, number | null>;
  shares: Record<string, number> | undefined;
}

export interface GtmRunResult {
  rounds: number;
  /** The last round: the decision the run ends with. */
  last: GtmRound;
  /** Every round that went wrong somewhere, in order (watch mode keeps going after them). */
  troubled: GtmRound[];
  /** Commits made on the status branch, and decisions that changed without one, in order. */
  recorded: RecordedDecision[];
  /** Per policy, how things stood before its first round: what the summary compares with. */
  before: Map<string, PolicyBaseline>;
  /** Problems of the final write (watch mode's flush). */
  flushErrors: string[];
  /** True when the last round went through and the final write did too. */
  ok: boolean;
}

export async function runGtm(options: GtmRunOptions): Promise<GtmRunResult> {
  const watch = options.watch;
  if (watch) {
    if (!(watch.intervalSeconds > 0)) throw new RangeError("watch interval must be > 0 seconds");
    if (!(watch.forMinutes >= 0)) throw new RangeError("watch duration must be ≥ 0 minutes");
  }
  const clock = options.clock ?? systemClock;
  const now = options.now ?? (() => clock.now());
  // The rounds see the time this run sees.
  const ctx: GtmRunOptions = { ...options, now };
  const memory = gtmMemory();
  const recorded: RecordedDecision[] = [];
  const troubled: GtmRound[] = [];
  const before = new Map<string, PolicyBaseline>();
  const start = now();
  const deadline = watch ? start + watch.forMinutes * 60_000 : start;
  let rounds = 0;
  let last: GtmRound | undefined;
  for (;;) {
    const round = await gtmRound(ctx, memory, watch ? "decisions" : "all");
    rounds++;
    last = round;
    if (!round.ok) troubled.push(round);
    for (const p of round.policies) {
      if (!before.has(p.policy))
        before.set(p.policy, {
          states: Object.fromEntries(p.decision.regions.map((r) => [r.region, r.previousState])),
          weights: Object.fromEntries(p.decision.regions.map((r) => [r.region, r.previousWeight])),
          shares: p.sharesBefore,
        });
      // Commits, and changed decisions that could not be committed (dry runs, no branch).
      if (p.record.written || (p.changed && p.record.unrecorded))
        recorded.push({
          at: round.at,
          policy: p.policy,
          message: p.record.message,
          ...(p.record.commit ? { commit: p.record.commit } : {}),
        });
    }
    await options.onRound?.(round, rounds - 1);
    if (!watch || options.signal?.aborted) break;
    // Rounds start on a fixed grid; a round that overran skips the starts it missed.
    const step = watch.intervalSeconds * 1000;
    const nextStart = start + Math.ceil((now() - start + 1) / step) * step;
    if (nextStart >= deadline) break;
    try {
      await clock.sleep(nextStart - now(), options.signal);
    } catch {
      break; // aborted
    }
  }
  const flushed = await flushGtm(ctx, memory);
  for (const f of flushed)
    if (f.written)
      recorded.push({
        at: new Date(now()),
        policy: f.policy,
        message: f.message,
        ...(f.commit ? { commit: f.commit } : {}),
      });
  const flushErrors = flushed.flatMap((f) => (f.error ? [f.error] : []));
  const ok = last.ok && flushErrors.length === 0;
  return { rounds, last, troubled, recorded, before, flushErrors, ok };
}
