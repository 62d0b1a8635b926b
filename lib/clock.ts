// Time as the control loops see it: what time it is, and waiting. The watch of the GTM (its
// round grid, and through the rounds its hysteresis) reads both from a Clock, so that a test
// can run a watch's rounds without waiting for them, and never depends on how fast they go.
import { setTimeout as wait } from "node:timers/promises";

export interface Clock {
  /** Milliseconds since the epoch, as Date.now(). */
  now(): number;
  /** Resolves after `ms`; rejects when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The machine's clock: Date.now() and real timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => wait(Math.max(0, ms), undefined, signal ? { signal } : {}),
};

/**
 * A clock that moves only when someone sleeps: `now()` starts at `start` and a sleep of `ms`
 * moves it forward by `ms` at once. A watch on it has exactly the rounds its interval and
 * duration make, each starting on the grid, however long the rounds take in real time.
 */
export function virtualClock(start = Date.now()): Clock & { readonly slept: number[] } {
  let current = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => current,
    async sleep(ms, signal) {
      signal?.throwIfAborted();
      const step = Math.max(0, ms);
      slept.push(step);
      current += step;
      // Still a turn of the event loop, as a timer would be.
      await new Promise<void>((resolve) => setImmediate(resolve));
      signal?.throwIfAborted();
    },
  };
}

/**
 * The clock an adapter runs a watch on: the machine's, unless `CLOUDNEUTRAL_WATCH_CLOCK` is
 * `virtual` (the suite sets it to run a bundled action's watch without waiting for it).
 */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  const kind = env.CLOUDNEUTRAL_WATCH_CLOCK?.trim() ?? "";
  if (kind === "" || kind === "system") return systemClock;
  if (kind === "virtual") return virtualClock();
  throw new RangeError(
    `CLOUDNEUTRAL_WATCH_CLOCK must be "system" or "virtual", got ${JSON.stringify(kind)}`,
  );
}
