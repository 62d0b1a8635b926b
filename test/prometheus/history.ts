// The backfilled history the metrics tests query: 20 minutes of 15-second samples ending at
// `end`, shaped so that every figure has a known answer at `end`.
//
// jp1 (the pool of the autoscale tests):
//   n1  2 CPUs, 1.0 busy, up, booted a day ago            → ready, usage 1, capacity 2
//   n2  4 CPUs, 3.0 busy, up, booted a day ago            → ready, usage 3, capacity 4
//   n3  2 CPUs, 0.4 busy, up, booted 60 s before `end`    → not ready under a 120 s warm-up
//   n4  2 CPUs, its busy counters have one sample only    → ready, usage missing
//   n5  up until 15 min before `end`, then down and silent → not ready, capacity unknown
//   traffic: orders-api 9 ok + 1 error per second, billing 5 + 5, search 4 + none (no 5xx
//   series at all); orders-api's request durations give a p95 of 0.75 s.
// eu1: one node also named n1 (8 CPUs, 6 busy) and no traffic at all (rates of 0).
// sg1: nothing.
// cn_probe: one series per hostile region name, for the escaping tests.
import type { Series } from "./server.ts";

export const HOSTILE_REGIONS = [
  'a"b',
  "back\\slash",
  "new\nline",
  'jp1"} or up{region=~".*',
  "tab\there",
  "東京-1 🗼",
  "$1 ${x}",
];

export function history(end: number): Series[] {
  const start = end - 1200;
  const times: number[] = [];
  for (let t = start; t <= end; t += 15) times.push(t);
  const out: Series[] = [];
  const add = (
    name: string,
    labels: Record<string, string>,
    f: (t: number) => number,
    from = start,
    to = end,
  ) =>
    out.push({
      name,
      labels,
      samples: times.filter((t) => t >= from && t <= to).map((t) => [t, f(t)] as const),
    });
  const counter = (perSecond: number) => (t: number) => 1000 + perSecond * (t - start);

  const node = (
    region: string,
    name: string,
    busy: number[],
    opts: { boot?: number; from?: number; downAt?: number; busyOnlyAt?: number } = {},
  ) => {
    const { from = start, downAt } = opts;
    // After `downAt` the exporter is silent and its target reports down.
    const to = downAt ?? end;
    const labels = { region, node: name };
    add("up", labels, (t) => (downAt === undefined || t < downAt ? 1 : 0), from, end);
    add("node_boot_time_seconds", labels, () => opts.boot ?? end - 86_400, from, to);
    busy.forEach((b, cpu) => {
      const cpuLabels = { ...labels, cpu: String(cpu) };
      add("node_cpu_seconds_total", { ...cpuLabels, mode: "idle" }, counter(1 - b), from, to);
      if (opts.busyOnlyAt !== undefined) {
        // One sample in the window: rate() has nothing to say about this CPU.
        const t = opts.busyOnlyAt;
        add("node_cpu_seconds_total", { ...cpuLabels, mode: "user" }, counter(b), t, t);
        return;
      }
      // Two busy modes, so that the usage query has to sum over them.
      add("node_cpu_seconds_total", { ...cpuLabels, mode: "user" }, counter(b * 0.75), from, to);
      add("node_cpu_seconds_total", { ...cpuLabels, mode: "system" }, counter(b * 0.25), from, to);
    });
  };

  node("jp1", "n1", [0.6, 0.4]);
  node("jp1", "n2", [0.75, 0.75, 0.75, 0.75]);
  node("jp1", "n3", [0.2, 0.2], { boot: end - 60, from: end - 60 });
  node("jp1", "n4", [0.5, 0.5], { busyOnlyAt: end - 30 });
  node("jp1", "n5", [0.5, 0.5], { downAt: end - 900 });
  node("eu1", "n1", [0.75, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75]);

  const http = (region: string, service: string, code: string, perSecond: number) =>
    add("http_requests_total", { region, service, tenant: "acme", code }, counter(perSecond));
  http("jp1", "orders-api", "200", 9);
  http("jp1", "orders-api", "500", 1);
  http("jp1", "billing", "200", 5);
  http("jp1", "billing", "503", 5);
  http("jp1", "search", "200", 4); // never failed: no 5xx series at all
  http("eu1", "orders-api", "200", 0);
  const buckets: Array<[string, number]> = [
    ["0.1", 5],
    ["0.25", 8],
    ["0.5", 9],
    ["1", 10],
    ["+Inf", 10],
  ];
  for (const [le, perSecond] of buckets)
    add(
      "http_request_duration_seconds_bucket",
      { region: "jp1", service: "orders-api", tenant: "acme", le },
      counter(perSecond),
    );

  HOSTILE_REGIONS.forEach((region, i) => {
    add("cn_probe", { region }, () => i);
  });
  return out;
}
