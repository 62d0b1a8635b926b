// node_exporter series as the autoscaler's default queries read them, for the action tests
// that run it against a real Prometheus.
import type { Series } from "./prometheus/server.ts";

/**
 * A region's nodes (2 CPUs each, `n1`, `n2`, …), each busy `busy` of the time, 20 minutes of
 * 15-second samples up to `end` (Unix seconds).
 */
export function nodePool(end: number, busy: number, region = "jp1", nodes = 3): Series[] {
  const times: number[] = [];
  for (let t = end - 1200; t <= end; t += 15) times.push(t);
  const at = (f: (t: number) => number) => times.map((t) => [t, f(t)] as const);
  const out: Series[] = [];
  for (let i = 1; i <= nodes; i++) {
    const labels = { region, node: `n${i}` };
    out.push({ name: "up", labels, samples: at(() => 1) });
    out.push({ name: "node_boot_time_seconds", labels, samples: at(() => end - 86_400) });
    for (const cpu of ["0", "1"]) {
      const c = { ...labels, cpu };
      const counter = (rate: number) => at((t) => rate * (t - end + 5000));
      out.push({
        name: "node_cpu_seconds_total",
        labels: { ...c, mode: "idle" },
        samples: counter(1 - busy),
      });
      out.push({
        name: "node_cpu_seconds_total",
        labels: { ...c, mode: "user" },
        samples: counter(busy * 0.8),
      });
      out.push({
        name: "node_cpu_seconds_total",
        labels: { ...c, mode: "system" },
        samples: counter(busy * 0.2),
      });
    }
  }
  return out;
}
