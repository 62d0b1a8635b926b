// The GitHub client's pacing in tests. vitest.config.ts sets it in every worker's
// environment and the harness hands it to every bundled action it runs: writes are not
// spaced by GitHub's second (github.test.ts checks the production spacing, with these unset),
// and a `retry-after: 1` or a backoff step waits 10 ms instead of a second. Production reads
// neither variable unless someone sets it, so its defaults stay 1000 ms.
export const TEST_GITHUB_PACING: Record<string, string> = {
  CLOUDNEUTRAL_GITHUB_WRITE_INTERVAL_MS: "0",
  CLOUDNEUTRAL_GITHUB_BACKOFF_MS: "10",
};

/**
 * A bundled action's watch (gtm-reconcile's `watch-seconds`) runs on a virtual clock in the
 * tests: its rounds follow each other at once, as many as the interval and the duration make,
 * so no assertion about rounds depends on how fast they go (lib/clock.ts).
 */
export const TEST_WATCH_CLOCK: Record<string, string> = { CLOUDNEUTRAL_WATCH_CLOCK: "virtual" };
