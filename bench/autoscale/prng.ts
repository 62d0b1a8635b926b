// A seeded generator so that every trace, and so every figure of the autoscaling bench, is
// the same on every machine and every run: the numbers compare strategies, not luck.
// mulberry32 (Tommy Ettinger's 32-bit generator): tiny, fast and good enough for load shapes.

export type Random = () => number;

/** Uniform in [0, 1), fully determined by `seed`. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal by Box–Muller; 1 − u keeps the logarithm away from 0. */
export function normal(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
