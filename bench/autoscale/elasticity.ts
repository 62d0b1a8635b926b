// The SPEC Research Group's elasticity metrics (Herbst et al., "Ready for Rain? A View from
// SPEC Research on the Future of Cloud Metrics", 2016, and "Quantifying Cloud Performance and
// Dependability", TOMPECS 2018), for equally spaced samples of demanded and supplied
// resources (here: nodes). Accuracy θ is the average relative shortfall or excess, in percent
// of the demand; timeshare τ is the share of time spent under or over, in percent. Both are
// time averages, so a trace's length does not change them.

export interface Elasticity {
  /** θU: average of max(d − s, 0) / d over time, in %. */
  underAccuracy: number;
  /** θO: average of max(s − d, 0) / d over time, in %. */
  overAccuracy: number;
  /** τU: share of time with s < d, in %. */
  underTimeshare: number;
  /** τO: share of time with s > d, in %. */
  overTimeshare: number;
}

/**
 * `demand[i]` and `supply[i]` hold over the same sampling interval. Demand must be positive:
 * the metrics divide by it, and a pool never needs fewer than one node anyway.
 */
export function elasticity(demand: readonly number[], supply: readonly number[]): Elasticity {
  if (demand.length !== supply.length)
    throw new Error(`elasticity: ${demand.length} demand samples, ${supply.length} supply`);
  if (demand.length === 0) throw new Error("elasticity: no samples");
  let under = 0;
  let over = 0;
  let underSteps = 0;
  let overSteps = 0;
  for (let i = 0; i < demand.length; i++) {
    const d = demand[i]!;
    const s = supply[i]!;
    if (!(d > 0)) throw new Error(`elasticity: demand at sample ${i} is ${d}, not positive`);
    if (s < d) {
      under += (d - s) / d;
      underSteps++;
    } else if (s > d) {
      over += (s - d) / d;
      overSteps++;
    }
  }
  const percent = (x: number) => (100 * x) / demand.length;
  return {
    underAccuracy: percent(under),
    overAccuracy: percent(over),
    underTimeshare: percent(underSteps),
    overTimeshare: percent(overSteps),
  };
}

/** Σ nodes × the interval they held, in hours: what the pool cost. */
export function nodeHours(nodes: readonly number[], stepSeconds: number): number {
  let total = 0;
  for (const n of nodes) total += n;
  return (total * stepSeconds) / 3600;
}
