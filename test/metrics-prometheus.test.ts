import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { decide } from "../lib/autoscale/decide.ts";
import type { Logger } from "../lib/logger.ts";
import {
  checkLabelName,
  checkQueryTemplate,
  expandQuery,
  instantQuery,
  MetricsUnavailableError,
  nodeMetrics,
  promqlString,
  QueryError,
  rangeQuery,
  regionHealth,
  retryAfterMs,
  scopeSelector,
} from "../lib/metrics/index.ts";
import { failure, type Reply, startFaultServer, success } from "./prometheus/fault-server.ts";
import { HOSTILE_REGIONS, history } from "./prometheus/history.ts";
import { freePort, type RunningServer, startPrometheus } from "./prometheus/server.ts";

// The history ends 10 minutes ago on a whole minute; every query is evaluated there.
const END = Math.floor(Date.now() / 60_000) * 60 - 600;
const time = new Date(END * 1000);
const fast = { timeoutMs: 2000, backoffMs: 10 };
const nodeOptions = { ...fast, time, windowSeconds: 300, warmupSeconds: 120 };

/** The error a promise rejects with, for assertions on its kind and fields. */
async function rejection(p: Promise<unknown>): Promise<Error> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof Error)) throw new Error(`expected a rejection, got ${String(err)}`);
  return err;
}

describe("label convention", () => {
  it("quotes values by PromQL's string rules", () => {
    expect(promqlString('a"b\\c\nd\re\tf')).toBe('"a\\"b\\\\c\\nd\\re\\tf"');
    expect(promqlString("\x01\x7f東京")).toBe('"\\x01\\x7f東京"');
    expect(() => promqlString("\ud800")).toThrow(/not valid Unicode/);
  });

  it("accepts label names only", () => {
    for (const bad of ["", "1a", "a-b", "a b", 'a"}', "région", "a\n"])
      expect(checkLabelName(bad)).toMatch(/is not a label name/);
    for (const good of ["a", "_a", "__name__", "A9_z"])
      expect(checkLabelName(good)).toBeUndefined();
  });

  it("builds a scope's matchers in one order and refuses what would widen or mislead", () => {
    expect(scopeSelector({ service: "api", region: 'j"p', tenant: "acme" })).toBe(
      'tenant="acme",region="j\\"p",service="api"',
    );
    expect(() => scopeSelector({ region: "" })).toThrow(/cannot be empty/);
    expect(() => scopeSelector({})).toThrow(/at least one/);
    expect(() => scopeSelector({ ["zone" as "region"]: "x" })).toThrow(/not a label/);
  });

  it("expands templates and checks overrides", () => {
    const q = "rate(x{$selector}[$window]) > $warmup";
    const values = { scope: { region: "jp1" }, windowSeconds: 300, warmupSeconds: 60 };
    expect(expandQuery(q, values)).toBe('rate(x{region="jp1"}[300s]) > 60');
    expect(checkQueryTemplate("sum(up)")).toMatch(/must use \$selector/);
    expect(checkQueryTemplate("up{$selector} > $warmpu")).toMatch(/unknown placeholder \$warmpu/);
    expect(() => expandQuery("x{$selector}[$window]", { scope: { region: "a" } })).toThrow(
      RangeError,
    );
    expect(() => expandQuery("sum(up)", values)).toThrow(QueryError);
  });

  it("reads Retry-After as seconds or a date", () => {
    expect(retryAfterMs("3")).toBe(3000);
    expect(retryAfterMs("Wed, 21 Oct 2015 07:28:05 GMT", Date.UTC(2015, 9, 21, 7, 28))).toBe(5000);
    expect(retryAfterMs("soon")).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});

describe("against a real Prometheus with backfilled history", () => {
  let prom: RunningServer;
  beforeAll(async () => {
    prom = await startPrometheus(history(END));
  });
  afterAll(async () => {
    await prom?.stop();
  });

  it("gives every hostile value back exactly as written", async () => {
    for (const v of [...HOSTILE_REGIONS, "\x01\x1f\x7f", "\u2028", 'a\\\\\\"', ""]) {
      const r = await instantQuery(prom.url, `absent(nothing{v=${promqlString(v)}})`, fast);
      expect(r.resultType === "vector" && r.result[0]?.labels.v).toBe(v === "" ? undefined : v);
    }
  });

  it("selects exactly one region, whatever its name", async () => {
    for (const [i, region] of HOSTILE_REGIONS.entries()) {
      const r = await instantQuery(prom.url, `cn_probe{${scopeSelector({ region })}}`, {
        ...fast,
        time,
      });
      expect(
        r.resultType === "vector" && r.result.map((s) => [s.labels.region, s.sample.value]),
      ).toEqual([[region, i]]);
    }
  });

  it("reads each node's usage, capacity and readiness", async () => {
    const m = await nodeMetrics(prom.url, "jp1", nodeOptions);
    const n3 = m.nodes.find((n) => n.name === "n3");
    expect(n3?.usage).toBeGreaterThan(0);
    expect(m.nodes.map((n) => ({ ...n, usage: n.name === "n3" ? "some" : n.usage }))).toEqual([
      { name: "n1", usage: expect.closeTo(1, 9), capacity: 2, ready: true },
      { name: "n2", usage: expect.closeTo(3, 9), capacity: 4, ready: true },
      { name: "n3", usage: "some", capacity: 2, ready: false }, // booted 60 s ago
      { name: "n4", capacity: 2, ready: true }, // one busy sample in the window: no usage
      { name: "n5", capacity: 2, ready: false }, // down: capacity filled in
    ]);
    expect(m.capacityFilledIn).toEqual(["n5"]);
    const warm = await nodeMetrics(prom.url, "jp1", { ...nodeOptions, warmupSeconds: 30 });
    expect(warm.nodes.find((n) => n.name === "n3")?.ready).toBe(true);
    // The output is the decision's input as it is.
    const policy = { min: 1, max: 10, targetUtilization: 0.5 };
    expect(decide({ policy, current: 5, nodes: m.nodes, now: time }).recommendation).toBe(5);
  });

  it("keeps regions apart and treats an empty region as no data", async () => {
    const eu1 = await nodeMetrics(prom.url, "eu1", nodeOptions);
    expect(eu1.nodes).toEqual([
      { name: "n1", usage: expect.closeTo(6, 9), capacity: 8, ready: true },
    ]);
    const err = await rejection(nodeMetrics(prom.url, "sg1", nodeOptions));
    expect(err).toBeInstanceOf(MetricsUnavailableError);
    expect(err).toMatchObject({ reason: "empty" });
  });

  it("reports overrides that are rejected or do not answer per node as query errors", async () => {
    const flat = { usage: "sum(rate(node_cpu_seconds_total{$selector}[$window]))" };
    const shape = await rejection(nodeMetrics(prom.url, "jp1", { ...nodeOptions, queries: flat }));
    expect(shape).toMatchObject({ name: "QueryError", errorType: "bad_shape" });
    const bad = await rejection(
      nodeMetrics(prom.url, "jp1", { ...nodeOptions, queries: { ready: "up{$selector" } }),
    );
    expect(bad).toMatchObject({ name: "QueryError", status: 400, errorType: "bad_data" });
  });

  it("reads a region's health; what cannot be known is undefined, never 0", async () => {
    const opts = { ...fast, time };
    expect(await regionHealth(prom.url, "jp1", opts)).toEqual({
      readyNodes: 4,
      errorRate: expect.closeTo(6 / 24, 9),
      latencySeconds: expect.closeTo(0.75, 9),
      problems: [],
    });
    const orders = await regionHealth(prom.url, "jp1", {
      ...opts,
      match: { service: "orders-api" },
    });
    expect(orders.errorRate).toBeCloseTo(0.1, 9);
    const search = await regionHealth(prom.url, "jp1", { ...opts, match: { service: "search" } });
    expect(search).toMatchObject({ errorRate: 0, latencySeconds: undefined });
    const eu1 = await regionHealth(prom.url, "eu1", opts); // traffic of 0 per second
    expect(eu1).toMatchObject({ readyNodes: 1, errorRate: undefined, latencySeconds: undefined });
    expect(eu1.problems.map((p) => [p.figure, p.error.name, p.error.message])).toEqual([
      ["errorRate", "MetricsUnavailableError", expect.stringMatching(/eu1: .*NaN/)],
      ["latencySeconds", "MetricsUnavailableError", expect.stringMatching(/returned nothing/)],
    ]);
    const sg1 = await regionHealth(prom.url, "sg1", opts);
    expect(sg1).toMatchObject({ readyNodes: undefined, errorRate: undefined });
    expect(sg1.problems.map((p) => p.error.message)[0]).toMatch(/returned nothing/);
  });

  it("answers range queries as matrices", async () => {
    const q =
      'sum by (node) (rate(node_cpu_seconds_total{region="jp1",node="n2",mode!="idle"}[1m]))';
    const start = new Date((END - 600) * 1000);
    const r = await rangeQuery(prom.url, q, { ...fast, start, end: time, stepSeconds: 60 });
    expect(r.result).toHaveLength(1);
    expect(r.result[0]?.labels).toEqual({ node: "n2" });
    expect(r.result[0]?.samples.map((s) => s.time)).toEqual(
      Array.from({ length: 11 }, (_, i) => END - 600 + i * 60),
    );
    for (const s of r.result[0]?.samples ?? []) expect(s.value).toBeCloseTo(3, 9);
  });

  it("turns NaN and infinities into numbers and keeps scalars and strings apart", async () => {
    const values = async (q: string) => {
      const r = await instantQuery(prom.url, q, { ...fast, time });
      return r.resultType === "scalar" || r.resultType === "string" ? r.result.value : r.result;
    };
    expect(await values("1/0")).toBe(Number.POSITIVE_INFINITY);
    expect(await values("-1/0")).toBe(Number.NEGATIVE_INFINITY);
    expect(await values("0/0")).toBeNaN();
    expect(await values('"text"')).toBe("text");
  });

  it("throws QueryError for a query Prometheus rejects, without retrying", async () => {
    const err = await rejection(instantQuery(prom.url, "up{", fast));
    expect(err).toBeInstanceOf(QueryError);
    expect(err).toMatchObject({ status: 400, errorType: "bad_data", query: "up{" });
  });
});

describe("when Prometheus cannot answer", () => {
  const stops: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });
  async function serve(replies: Reply[]) {
    const server = await startFaultServer(replies);
    stops.push(server.stop);
    return server;
  }
  const ok = success("vector", [{ metric: { node: "n1" }, value: [END, "1"] }]);

  it("retries a refused connection, then says unavailable", async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const err = await rejection(instantQuery(url, "up", fast));
    expect(err).toMatchObject({
      name: "MetricsUnavailableError",
      reason: "unreachable",
      attempts: 3,
    });
    expect(err.message).toMatch(/ECONNREFUSED.*after 3 attempts/);
    const health = await regionHealth(url, "jp1", fast);
    expect(health).toMatchObject({ readyNodes: undefined, errorRate: undefined });
    expect(health.problems.map((p) => p.error.name)).toEqual(
      Array(3).fill("MetricsUnavailableError"),
    );
    await expect(nodeMetrics(url, "jp1", nodeOptions)).rejects.toThrow(MetricsUnavailableError);
  });

  it("retries 500 and 503, and gives up after the last attempt", async () => {
    const once = await serve([{ status: 500 }, ok]);
    expect(await instantQuery(once.url, "up", fast)).toMatchObject({ resultType: "vector" });
    expect(once.requests).toHaveLength(2);
    const always = await serve([failure(503, "unavailable", "too many queries")]);
    const err = await rejection(instantQuery(always.url, "up", { ...fast, attempts: 4 }));
    expect(err).toMatchObject({ reason: "http", status: 503, attempts: 4 });
    expect(err.message).toMatch(/HTTP 503: unavailable: too many queries \(after 4 attempts\)/);
  });

  it("waits as long as a 429's Retry-After says, unless that is too long", async () => {
    const limited = await serve([{ status: 429, headers: { "retry-after": "1" } }, ok]);
    await instantQuery(limited.url, "up", fast);
    const [first, second] = limited.requests;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
    const later = await serve([{ status: 429, headers: { "retry-after": "3600" } }]);
    const err = await rejection(instantQuery(later.url, "up", fast));
    expect(err.message).toMatch(
      /HTTP 429; asked to retry after 3600 s, more than the 30 s allowed/,
    );
    expect(later.requests).toHaveLength(1);
  });

  it("times out each attempt of a server that never answers", async () => {
    const hanging = await serve(["hang"]);
    const started = Date.now();
    const err = await rejection(
      instantQuery(hanging.url, "up", { ...fast, timeoutMs: 200, attempts: 2 }),
    );
    expect(err).toMatchObject({ reason: "timeout", attempts: 2 });
    // Two attempts of 200 ms each, 10 ms apart; the bound is loose (a busy machine is slow)
    // and still far short of the server's never.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(hanging.requests).toHaveLength(2);
  });

  it("does not retry what cannot pass", async () => {
    const cases: Array<[Reply, Record<string, unknown>]> = [
      [failure(422, "execution", "many-to-many matching"), { name: "QueryError", status: 422 }],
      [
        { status: 400, body: "<html>bad request</html>" },
        { reason: "http", status: 400 },
      ],
      [{ status: 401 }, { reason: "http", status: 401 }],
      [{ status: 200, body: "<html>login</html>" }, { reason: "malformed" }],
      [success("histogram", []), { reason: "malformed" }],
    ];
    for (const [reply, expected] of cases) {
      const server = await serve([reply, ok]);
      expect(await rejection(instantQuery(server.url, "up", fast))).toMatchObject(expected);
      expect(server.requests).toHaveLength(1);
    }
  });

  it("sends credentials as basic auth and never shows them", async () => {
    const server = await serve([failure(503, "unavailable", "busy")]);
    const logged: string[] = [];
    const logger: Logger = {
      debug: (m) => logged.push(m),
      info: (m) => logged.push(m),
      warning: (m) => logged.push(m),
      group: () => {},
    };
    const url = server.url.replace("//", "//ci-bot:s3cr%40t@");
    const err = await rejection(
      instantQuery(`${url}/prom?token=t0ken`, "up", { ...fast, time, logger }),
    );
    const request = server.requests[0];
    expect(request?.headers.authorization).toBe(
      `Basic ${Buffer.from("ci-bot:s3cr@t").toString("base64")}`,
    );
    expect(request?.url).toBe("/prom/api/v1/query");
    expect(new URLSearchParams(request?.body)).toEqual(
      new URLSearchParams({ query: "up", time: `${END}.000`, timeout: "2000ms" }),
    );
    expect(logged).toHaveLength(2);
    for (const text of [err.message, err.stack ?? "", ...logged]) {
      expect(text).not.toMatch(/ci-bot|s3cr|t0ken/);
    }
    const down = await rejection(
      instantQuery(`http://ci-bot:s3cr3t@127.0.0.1:${await freePort()}`, "up", fast),
    );
    expect(down.message).not.toMatch(/ci-bot|s3cr3t/);
  });

  it("stops at once when the caller cancels", async () => {
    const hanging = await serve(["hang"]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("run cancelled")), 50);
    const err = await rejection(
      instantQuery(hanging.url, "up", { ...fast, signal: controller.signal }),
    );
    expect(err.message).toBe("run cancelled");
  });
});
