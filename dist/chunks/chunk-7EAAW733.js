import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/clock.ts
import { setTimeout as wait } from "node:timers/promises";
var systemClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => wait(Math.max(0, ms), void 0, signal ? { signal } : {})
};
function virtualClock(start = Date.now()) {
  let current = start, slept = [];
  return {
    slept,
    now: () => current,
    async sleep(ms, signal) {
      signal?.throwIfAborted();
      let step = Math.max(0, ms);
      slept.push(step), current += step, await new Promise((resolve) => setImmediate(resolve)), signal?.throwIfAborted();
    }
  };
}
function clockFromEnv(env = process.env) {
  let kind = env.CLOUDNEUTRAL_WATCH_CLOCK?.trim() ?? "";
  if (kind === "" || kind === "system") return systemClock;
  if (kind === "virtual") return virtualClock();
  throw new RangeError(
    `CLOUDNEUTRAL_WATCH_CLOCK must be "system" or "virtual", got ${JSON.stringify(kind)}`
  );
}

export {
  systemClock,
  clockFromEnv
};
