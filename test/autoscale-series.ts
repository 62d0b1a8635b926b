// node_exporter series as the autoscaler's default queries read them, for the tests that run
// it against a real Prometheus.
import type { Series } from "./prometheus/server.ts";

export interface SeriesNode {
  name: string;
  cpus: number;
  /** The share of each CPU busy (user and system), all the time. */
  busy: number;
}

/** `nodes` of `region`, up and booted a day ago: 20 minutes of 15-second samples up to `end`. */
export function nodeExporter(end: number, region: string, nodes: SeriesNode[]): Series[] {
  const times: number[] = [];
  for (let t = end - 1200; t <= end; t += 15) times.push(t);
  const at = (f: (t: number) => number) => times.map((t) => [t, f(t)] as const);
  const out: Series[] = [];
  for (const n of nodes) {
    const labels = { region, node: n.name };
    out.push({ name: "up", labels, samples: at(() => 1) });
    out.push({ name: "node_boot_time_seconds", labels, samples: at(() => end - 86_400) });
    for (let cpu = 0; cpu < n.cpus; cpu++) {
      const c = { ...labels, cpu: String(cpu) };
      const counter = (rate: number) => at((t) => rate * (t - end + 5000));
      out.push({
        name: "node_cpu_seconds_total",
        labels: { ...c, mode: "idle" },
        samples: counter(1 - n.busy),
      });
      out.push({
        name: "node_cpu_seconds_total",
        labels: { ...c, mode: "user" },
        samples: counter(n.busy * 0.8),
      });
      out.push({
        name: "node_cpu_seconds_total",
        labels: { ...c, mode: "system" },
        samples: counter(n.busy * 0.2),
      });
    }
  }
  return out;
}

/** `count` nodes `n1`, `n2`, … of 2 CPUs each, every one busy `busy` of the time. */
export function nodePool(end: number, busy: number, region = "jp1", count = 3): Series[] {
  const nodes = Array.from({ length: count }, (_, i) => ({ name: `n${i + 1}`, cpus: 2, busy }));
  return nodeExporter(end, region, nodes);
}
