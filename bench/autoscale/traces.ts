// Load traces for the autoscaling simulator: CPU demand of a region, in cores, sampled every
// `stepSeconds`. Generated from a seed rather than recorded, so that the shapes that stress an
// autoscaler differently (slow daily swing, flash crowd, sustained step, jitter) are all
// present, reproducible, and free of anyone's production data.
import { mulberry32, normal, type Random } from "./prng.ts";

export interface Trace {
  name: string;
  description: string;
  stepSeconds: number;
  /** Demanded CPU cores at step i (time i × stepSeconds), always > 0. */
  cores: number[];
}

export interface TraceOptions {
  days: number;
  stepSeconds: number;
  seed: number;
}

export const DAY = 86_400;
const MINUTE = 60;
const HOUR = 3_600;
/** Some load is always there (system daemons, health checks): no region ever idles to zero. */
const FLOOR_CORES = 0.5;

export type TraceName = "diurnal" | "spike" | "step" | "noisy";
export const TRACE_NAMES: TraceName[] = ["diurnal", "spike", "step", "noisy"];

/**
 * Each trace draws from its own generator (seed mixed with the trace's index), so adding or
 * changing one trace leaves the others — and their figures — as they were.
 */
export function generateTrace(name: TraceName, options: TraceOptions): Trace {
  const { days, stepSeconds, seed } = options;
  if (!(days > 0) || !Number.isInteger(stepSeconds) || stepSeconds < 1)
    throw new Error(`traces: days must be > 0 and stepSeconds a positive integer`);
  const random = mulberry32((seed ^ Math.imul(TRACE_NAMES.indexOf(name) + 1, 0x9e3779b9)) >>> 0);
  const steps = Math.round((days * DAY) / stepSeconds);
  const shape = SHAPES[name](random, days, stepSeconds);
  const cores = Array.from({ length: steps }, (_, i) =>
    Math.max(FLOOR_CORES, shape(i * stepSeconds)),
  );
  return { name, description: DESCRIPTIONS[name], stepSeconds, cores };
}

export function generateTraces(options: TraceOptions): Trace[] {
  return TRACE_NAMES.map((name) => generateTrace(name, options));
}

const DESCRIPTIONS: Record<TraceName, string> = {
  diurnal: "day cycle 6 → 36 cores (peak 14:00) with small noise",
  spike: "8 cores; one flash crowd a day: +30 cores in 2 min, held 15 min, decays over ~1 h",
  step: "8 cores; sustained steps to 32 cores (18 h) and 24 cores (12 h)",
  noisy: "mean-reverting random walk around 18 cores plus sample noise",
};

/** A shape is built once per trace (drawing its random parameters) and then sampled in order. */
type Shape = (random: Random, days: number, stepSeconds: number) => (t: number) => number;

const SHAPES: Record<TraceName, Shape> = {
  diurnal: (random) => (t) => {
    // Lowest at 02:00, highest at 14:00: (1 − cos) / 2 goes 0 → 1 → 0 over a day.
    const phase = (2 * Math.PI * (t - 2 * HOUR)) / DAY;
    return 6 + 30 * ((1 - Math.cos(phase)) / 2) + 0.6 * normal(random);
  },

  spike: (random, days) => {
    // Start times drawn first, so the noise drawn per sample cannot move them.
    const starts = Array.from(
      { length: Math.ceil(days) },
      (_, d) => d * DAY + (2 + 20 * random()) * HOUR,
    );
    const ramp = 2 * MINUTE;
    const hold = 15 * MINUTE;
    const decay = 20 * MINUTE;
    const crowd = (t: number, start: number): number => {
      const s = t - start;
      if (s < 0) return 0;
      if (s < ramp) return (30 * s) / ramp;
      if (s < ramp + hold) return 30;
      return 30 * Math.exp(-(s - ramp - hold) / decay);
    };
    return (t) => {
      let extra = 0;
      for (const start of starts) extra += crowd(t, start);
      return 8 + extra + 0.5 * normal(random);
    };
  },

  step: () => {
    const steps = [
      { from: 0.5 * DAY, to: 1.25 * DAY, cores: 32 },
      { from: 2 * DAY, to: 2.5 * DAY, cores: 24 },
    ];
    return (t) => steps.find((s) => t >= s.from && t < s.to)?.cores ?? 8;
  },

  noisy: (random, _days, stepSeconds) => {
    // Ornstein–Uhlenbeck in discrete steps: a walk that wanders but keeps coming back, scaled
    // per minute so that the trace looks alike at any resolution.
    const perMinute = stepSeconds / MINUTE;
    const mean = 18;
    let level = mean;
    return () => {
      level += 0.02 * perMinute * (mean - level) + 1.2 * Math.sqrt(perMinute) * normal(random);
      level = Math.min(40, Math.max(2, level));
      return level + 1.5 * normal(random);
    };
  },
};
