// XScopeHub against real Prometheus: two servers, one per region, each with its own history
// backfilled by promtool. Each server also holds decoy series labelled with the *other*
// region, with figures unlike the real ones, so a consumer that asked the wrong server (or
// one server for both) gets numbers the assertions refuse.
import { execFile } from "node:child_process";
import { appendFile, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { proposeAutoscale } from "../lib/autoscale/propose.ts";
import { observePolicy } from "../lib/gtm/observe.ts";
import { loadGtmSetup } from "../lib/gtm/targets.ts";
import { silentLogger } from "../lib/logger.ts";
import { type FanOutSource, queryRegions } from "../lib/metrics/fan-out.ts";
import { distinctSources } from "../lib/metrics/hub.ts";
import { injectMatchers } from "../lib/metrics/inject.ts";
import { checkLabels } from "../lib/metrics/label-check.ts";
import { createLimiter } from "../lib/probes/limit.ts";
import { render } from "../lib/render/index.ts";
import { nodeExporter } from "./autoscale-series.ts";
import { writeGtmConfig } from "./health-servers.ts";
import { cli, sampleRepo, scratch } from "./helpers.ts";
import { HOSTILE_REGIONS } from "./prometheus/history.ts";
import { freePort, type RunningServer, type Series, startPrometheus } from "./prometheus/server.ts";

// Every query is evaluated at END, ten minutes ago on a whole minute, inside the history.
const END = Math.floor(Date.now() / 60_000) * 60 - 600;
const time = new Date(END * 1000);
const fast = { timeoutMs: 5000, backoffMs: 10 };
const RATE = "sum by (service) (rate(http_requests_total[5m]))";

function counter(perSecond: number) {
  const out: Array<readonly [number, number]> = [];
  for (let t = END - 1200; t <= END; t += 15) out.push([t, 1000 + perSecond * (t - END + 1200)]);
  return out;
}

function traffic(region: string | undefined, service: string, perSecond: number): Series {
  const labels: Record<string, string> = {
    job: `acme/shop/prod/${service}`,
    tenant: "acme",
    project: "shop",
    env: "prod",
    service,
    code: "200",
  };
  if (region) labels.region = region;
  return { name: "http_requests_total", labels, samples: counter(perSecond) };
}

const cpus = (busy: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `n${i + 1}`, cpus: 2, busy }));

// jp1's server: its own 3 nodes (busy 0.75) and traffic (its series carry no region label,
// as a Prometheus inside a region often does not), a build-info series without `service`, and
// 6 decoy nodes claiming eu1.
const JP1: Series[] = [
  ...nodeExporter(END, "jp1", cpus(0.75, 3)),
  ...nodeExporter(END, "eu1", cpus(0.1, 6)),
  traffic(undefined, "orders-api", 10),
  traffic(undefined, "billing", 4),
  {
    name: "cn_build_info",
    labels: { job: "build", tenant: "acme", project: "shop", env: "prod", region: "jp1" },
    samples: counter(0),
  },
];
// eu1's server: its own 2 nodes (busy 0.9) and traffic (labelled eu1), 5 decoys claiming jp1.
const EU1: Series[] = [
  ...nodeExporter(END, "eu1", cpus(0.9, 2)),
  ...nodeExporter(END, "jp1", cpus(0.1, 5)),
  traffic("eu1", "orders-api", 2),
];

let jp1: RunningServer;
let eu1: RunningServer;
let down: string;

beforeAll(async () => {
  [jp1, eu1] = await Promise.all([startPrometheus(JP1), startPrometheus(EU1)]);
  down = `http://127.0.0.1:${await freePort()}`;
}, 60_000);
afterAll(async () => {
  await Promise.all([jp1?.stop(), eu1?.stop()]);
});

const both = (): FanOutSource[] => [
  { region: "eu1", url: eu1.url },
  { region: "jp1", url: jp1.url },
];
const values = (r: Awaited<ReturnType<typeof queryRegions>>) =>
  r.resultType === "vector" ? r.result.map((s) => [s.labels, s.sample.value]) : [];

describe("one query over every region", () => {
  it("merges both servers' answers, adding the region where a source lacks it", async () => {
    const r = await queryRegions(RATE, both(), { ...fast, time });
    expect(r).toMatchObject({ partial: false, missing: [], resultType: "vector" });
    expect(r.regions.map((x) => [x.region, x.status])).toEqual([
      ["eu1", "ok"],
      ["jp1", "ok"],
    ]);
    expect(values(r)).toEqual([
      [{ region: "eu1", service: "orders-api" }, expect.closeTo(2, 9)],
      [{ region: "jp1", service: "billing" }, expect.closeTo(4, 9)],
      [{ region: "jp1", service: "orders-api" }, expect.closeTo(10, 9)],
    ]);
    // A range query merges matrices the same way.
    const range = await queryRegions(RATE, both(), {
      ...fast,
      range: { start: new Date((END - 300) * 1000), end: time, stepSeconds: 60 },
    });
    expect(range.resultType).toBe("matrix");
    expect(
      range.resultType === "matrix" &&
        range.result.map((s) => [s.labels.region, s.labels.service, s.samples.length]),
    ).toEqual([
      ["eu1", "orders-api", 6],
      ["jp1", "billing", 6],
      ["jp1", "orders-api", 6],
    ]);
  });

  it("narrows every selector to the scope, and a hostile value selects nothing", async () => {
    const billing = await queryRegions(RATE, both(), {
      ...fast,
      time,
      scope: { service: "billing" },
    });
    expect(values(billing)).toEqual([
      [{ region: "jp1", service: "billing" }, expect.closeTo(4, 9)],
    ]);
    for (const service of [...HOSTILE_REGIONS, 'orders-api"} or http_requests_total{x="']) {
      const r = await queryRegions(RATE, both(), { ...fast, time, scope: { service } });
      expect({ service, partial: r.partial, series: r.result.length }).toEqual({
        service,
        partial: false,
        series: 0,
      });
    }
    // Selectors inside functions, binary operators and subqueries all get the matchers.
    expect(
      injectMatchers('sum(rate(a{x="}"}[5m])) / b + c[5m:1m]', [{ name: "tenant", value: 'a"b' }]),
    ).toBe('sum(rate(a{x="}",tenant="a\\"b"}[5m])) / b{tenant="a\\"b"} + c{tenant="a\\"b"}[5m:1m]');
  });

  it("asks a source several regions share once per region, scoped to it", async () => {
    const shared: FanOutSource[] = [
      { region: "eu1", url: eu1.url },
      { region: "jp1", url: eu1.url },
    ];
    const r = await queryRegions('count(up{node!=""})', shared, { ...fast, time });
    expect(values(r)).toEqual([
      [{ region: "eu1" }, 2],
      [{ region: "jp1" }, 5],
    ]);
  });

  it("with one server down, the result is partial and names the missing region", async () => {
    const r = await queryRegions(
      RATE,
      [
        { region: "eu1", url: down },
        { region: "jp1", url: jp1.url },
        { region: "sg1", url: undefined },
      ],
      { ...fast, time, attempts: 2 },
    );
    expect(r).toMatchObject({ partial: true, missing: ["eu1", "sg1"] });
    expect(r.regions).toEqual([
      {
        region: "eu1",
        status: "missing",
        reason: "unreachable",
        error: expect.stringMatching(/ECONNREFUSED.*after 2 attempts/),
      },
      { region: "jp1", status: "ok", series: 2, warnings: [] },
      {
        region: "sg1",
        status: "missing",
        reason: "not-configured",
        error: "no metrics source is configured",
      },
    ]);
    expect(values(r).map(([l]) => l)).toEqual([
      { region: "jp1", service: "billing" },
      { region: "jp1", service: "orders-api" },
    ]);
  });

  it("refuses a query that does not parse before asking anyone", async () => {
    await expect(queryRegions("sum(rate(x[5m])", both(), fast)).rejects.toMatchObject({
      name: "QueryError",
      message: expect.stringMatching(/does not parse: 1:16: syntax error/),
    });
  });
});

describe("the label convention, checked", () => {
  it("finds the job whose series lack service, per source", async () => {
    const { sources, unconfigured } = distinctSources([
      { region: "eu1", url: eu1.url },
      { region: "jp1", url: jp1.url },
      { region: "sg1", url: undefined },
    ]);
    const check = await checkLabels(sources, unconfigured, { ...fast, time });
    expect(check).toMatchObject({ partial: true, unconfigured: ["sg1"], gaps: 3 });
    const jp1Check = check.sources.find((s) => s.regions[0] === "jp1");
    // The traffic series lack region (their source never added it); cn_build_info lacks
    // service; the node series need only a region, and have it.
    expect(jp1Check?.status === "ok" && jp1Check.gaps.map((g) => [g.job, g.missing])).toEqual([
      ["acme/shop/prod/billing", { region: 1 }],
      ["acme/shop/prod/orders-api", { region: 1 }],
      ["build", { service: 1 }],
    ]);
    const eu1Check = check.sources.find((s) => s.regions[0] === "eu1");
    expect(eu1Check).toMatchObject({ status: "ok", gaps: [] });
  });
});

describe("the GTM and the autoscaler read each region's own server", () => {
  it("the GTM's ready nodes come from each region's Prometheus", async () => {
    const dir = await scratch("cn-xscope-gtm-");
    await writeGtmConfig({
      dir,
      zone: "gtm.test",
      publicName: "api.gtm.test",
      regions: { jp1: ["127.0.0.1"], eu1: ["127.0.0.1"] },
      policy: [
        { region: "jp1", weight: 100 },
        { region: "eu1", weight: 100 },
      ],
      port: await freePort(),
      pdnsUrl: "http://127.0.0.1:1",
      zoneFile: true,
      // The Platform's source is down: only the regions' own can answer.
      prometheusUrl: down,
    });
    for (const [name, server] of [
      ["jp1", jp1],
      ["eu1", eu1],
    ] as const)
      await appendFile(
        path.join(dir, "regions", `${name}.yaml`),
        `  metrics:\n    prometheus:\n      url: ${server.url}\n`,
      );
    const setup = await loadGtmSetup(dir);
    const seen = await observePolicy(setup.targets[0]!, {
      limiter: createLimiter(4),
      probeTimeoutMs: 500,
      prometheusUrl: setup.prometheusUrl,
      ...(setup.metricsSources ? { metricsSources: setup.metricsSources } : {}),
      metrics: { timeoutMs: 5000, attempts: 1, time: () => time },
      healthCache: new Map(),
      log: silentLogger,
    });
    expect(seen.evidence.map((e) => [e.region, e.readyNodes])).toEqual([
      ["jp1", 3],
      ["eu1", 2],
    ]);
  });

  it("the autoscaler sizes each region from its own Prometheus", async () => {
    const repo = await sampleRepo({ infra: true });
    for (const [name, server] of [
      ["jp1", jp1],
      ["eu1", eu1],
    ] as const)
      await appendFile(
        path.join(repo, "platform-config", "regions", `${name}.yaml`),
        `  metrics:\n    prometheus:\n      url: ${server.url}\n`,
      );
    const run = await proposeAutoscale({
      configDir: "platform-config",
      infraDir: "infra",
      repoDir: repo,
      regions: ["jp1", "eu1"],
      dryRun: true,
      now: time,
      query: { timeoutMs: 5000, attempts: 1 },
      log: silentLogger,
    });
    // jp1: 4.5 of 6 CPUs busy vs 0.6 → ratio 1.25 → 4; eu1: 3.6 of 4 vs 0.6 → 1.5 → 3. The
    // decoys (idle nodes under the other's name) would have sized both down.
    expect(run.regions.map((r) => [r.region, r.current, r.recommendation])).toEqual([
      ["eu1", 2, 3],
      ["jp1", 3, 4],
    ]);
    expect(run.prometheus).toBe(`eu1: ${eu1.url}, jp1: ${jp1.url}`);
  });
});

describe("cloudneutral metrics query and check", () => {
  it("prints a partial result, names the missing region and exits 4", async () => {
    const repo = await sampleRepo();
    const regions = path.join(repo, "platform-config", "regions");
    await appendFile(
      path.join(regions, "jp1.yaml"),
      `  metrics:\n    prometheus:\n      url: ${jp1.url}\n      tokenEnv: XSCOPE_TEST_TOKEN\n`,
    );
    await appendFile(
      path.join(regions, "eu1.yaml"),
      `  metrics:\n    prometheus:\n      url: ${down}\n`,
    );
    const config = path.join(repo, "platform-config");
    process.env.XSCOPE_TEST_TOKEN = "t0ken-never-shown";
    try {
      const args = ["--config", config, "--region", "jp1,eu1", "--time", String(END)];
      const json = await cli("metrics", "query", RATE, ...args, "--format", "json");
      expect(json.code).toBe(4);
      expect(json.stderr).toBe("cloudneutral: partial result: 1 of 2 regions did not answer\n");
      const answer = JSON.parse(json.stdout);
      expect(answer).toMatchObject({
        status: "partial",
        missing: [{ region: "eu1", status: "missing", reason: "unreachable" }],
        resultType: "vector",
      });
      expect(answer.result.map((s: { metric: object }) => s.metric)).toEqual([
        { region: "jp1", service: "billing" },
        { region: "jp1", service: "orders-api" },
      ]);
      const table = await cli("metrics", "query", RATE, ...args, "--service", "billing");
      expect(table.code).toBe(4);
      expect(table.stdout).toMatch(/^PARTIAL RESULT: no answer from region eu1\n {2}eu1: /);
      expect(table.stdout).toMatch(/\njp1 +\{service="billing"\} +4\n/);
      expect(table.stdout).toContain("1 series from 1 of 2 regions (partial)");
      for (const out of [json, table]) expect(out.stdout + out.stderr).not.toContain("t0ken");

      const check = await cli("metrics", "check", ...args);
      expect(check.code).toBe(1);
      expect(check.stdout).toMatch(/^PARTIAL CHECK/);
      expect(check.stdout).toMatch(/\n {2}"build" +1 +service \(1\)\n/);

      const bad = await cli("metrics", "query", "rate(x[5m]", ...args);
      expect(bad).toMatchObject({ code: 2, stdout: "" });
      expect(bad.stderr).toMatch(/^cloudneutral: PROMQL does not parse: 1:11: syntax error/);
      const unknown = await cli("metrics", "query", "up", "--config", config, "--region", "xx1");
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/no region "xx1"; the configuration has cn1, eu1, jp1, sg1/);
    } finally {
      delete process.env.XSCOPE_TEST_TOKEN;
    }
  });
});

describe("sources in the configuration", () => {
  it("refuses a hostile URL, a bad token variable and unknown keys at file:line:column", async () => {
    const repo = await sampleRepo();
    const file = path.join(repo, "platform-config", "regions", "jp1.yaml");
    const lines = (await readFile(file, "utf8")).split("\n").length;
    await appendFile(
      file,
      '  metrics:\n    prometheus:\n      url: "http://x/$(id)\\"}"\n      tokenEnv: not-a-var\n  logs:\n    loki:\n      url: http://loki\n      password: hunter2\n',
    );
    const r = await cli("validate", "--config", path.join(repo, "platform-config"));
    expect(r.code).toBe(1);
    const at = (n: number) => `regions/jp1.yaml:${lines + n}:`;
    expect(r.stderr).toContain(at(2));
    expect(r.stderr).toContain(at(3));
    expect(r.stderr).toContain(at(7));
    expect(r.stderr).toMatch(/password/);
    expect(r.stdout).toBe("");
  });
});

describe("render's scrape configuration", () => {
  it("is valid for promtool and labels every job by the convention", async () => {
    const repo = await sampleRepo();
    const out = path.join(repo, "infra");
    await render({ configDir: path.join(repo, "platform-config"), outDir: out });
    const dir = path.join(out, "metrics");
    const regions = (await readdir(dir)).sort();
    expect(regions).toEqual(["cn1", "eu1", "jp1", "sg1"]);
    const k8sSd = await promtoolHasKubernetesSd(repo);
    for (const region of regions) {
      const file = path.join(dir, region, "prometheus.yml");
      const config = parse(await readFile(file, "utf8"));
      expect(config.global.external_labels).toEqual({ region });
      for (const job of config.scrape_configs) {
        const set = Object.fromEntries(
          job.relabel_configs
            .filter((r: { source_labels?: string[] }) => !r.source_labels)
            .map((r: { target_label: string; replacement: string }) => [
              r.target_label,
              r.replacement,
            ]),
        );
        if (job.job_name === "node") expect(set).toEqual({ region });
        else {
          const [tenant, project, env, service] = job.job_name.split("/");
          expect(set).toEqual({ tenant, project, env, region, service });
        }
        expect(job.honor_labels).toBe(false);
      }
      // Debian's Prometheus is built without Kubernetes service discovery: its promtool
      // refuses `kubernetes_sd_configs` as an unknown field. With such a promtool the
      // Kubernetes jobs are checked with their discovery swapped for an empty static list;
      // everything else (relabelling, job names, external labels) is checked as rendered.
      let checked = file;
      if (!k8sSd && config.scrape_configs.some((j: object) => "kubernetes_sd_configs" in j)) {
        for (const j of config.scrape_configs)
          if ("kubernetes_sd_configs" in j) {
            delete j.kubernetes_sd_configs;
            j.static_configs = [{ targets: [] }];
          }
        checked = path.join(repo, `${region}-checked.yml`);
        await writeFile(checked, stringify(config));
      }
      const { stdout } = await promisify(execFile)("promtool", ["check", "config", checked]);
      expect(stdout).toContain("SUCCESS");
    }
  });
});

async function promtoolHasKubernetesSd(dir: string): Promise<boolean> {
  const probe = path.join(dir, "k8s-probe.yml");
  await writeFile(
    probe,
    "scrape_configs:\n  - job_name: probe\n    kubernetes_sd_configs:\n      - role: pod\n",
  );
  return promisify(execFile)("promtool", ["check", "config", probe]).then(
    () => true,
    () => false,
  );
}
