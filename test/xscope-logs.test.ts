// `cloudneutral logs` over each region's Loki. No Loki server can be installed on these
// machines, so each region's Loki is a loopback HTTP server answering with the shapes Loki's
// HTTP API documents for `GET /loki/api/v1/query_range` (a "streams" result of [ns, line]
// pairs; a plain-text 400 for a query it cannot parse), and misbehaving as a real one can:
// 429 with Retry-After, 5xx, no answer at all, an answer of the wrong shape.
import { appendFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { FanOutSource } from "../lib/metrics/fan-out.ts";
import { logQuery, queryLogs } from "../lib/metrics/logs.ts";
import { cli, sampleRepo } from "./helpers.ts";
import { type Reply, startFaultServer } from "./prometheus/fault-server.ts";
import { HOSTILE_REGIONS } from "./prometheus/history.ts";

const NOW = Date.UTC(2026, 11, 3, 10, 0, 0);
const ns = (ms: number) => `${BigInt(ms) * 1_000_000n}`;
const window = { start: new Date(NOW - 15 * 60_000), end: new Date(NOW) };
const fast = { timeoutMs: 2000, backoffMs: 10, limit: 100, ...window };

/** Loki's documented success answer for a log query. */
function streams(result: Array<{ stream: Record<string, string>; values: string[][] }>): Reply {
  return {
    status: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      status: "success",
      data: { resultType: "streams", result, stats: { summary: { totalLinesProcessed: 3 } } },
    }),
  };
}

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});
async function loki(replies: Reply[]) {
  const server = await startFaultServer(replies);
  stops.push(server.stop);
  return server;
}

describe("logs from every region's Loki", () => {
  it("asks each Loki by its documented parameters and merges the lines newest first", async () => {
    const jp1 = await loki([
      streams([
        {
          // A Loki inside its region: no region label on its streams.
          stream: { service: "orders-api", tenant: "acme" },
          values: [
            [ns(NOW - 1000), "GET /orders 200"],
            [ns(NOW - 5000), "GET /orders timeout"],
          ],
        },
      ]),
    ]);
    const eu1 = await loki([
      streams([
        {
          stream: { service: "orders-api", region: "eu1" },
          // Loki 3 may add structured metadata as a third element.
          values: [[ns(NOW - 3000), "GET /orders timeout", { trace_id: "abc" } as never]],
        },
      ]),
    ]);
    const sources: FanOutSource[] = [
      { region: "eu1", url: `${eu1.url}/loki-proxy`, token: "s3cret" },
      { region: "jp1", url: jp1.url },
    ];
    const r = await queryLogs(sources, {
      ...fast,
      scope: { service: "orders-api" },
      grep: "timeout",
    });
    expect(r).toMatchObject({ partial: false, missing: [], truncated: false });
    expect(r.lines.map((l) => [l.labels.region, l.line])).toEqual([
      ["jp1", "GET /orders 200"],
      ["eu1", "GET /orders timeout"],
      ["jp1", "GET /orders timeout"],
    ]);
    const [seen] = eu1.requests;
    const url = new URL(seen?.url ?? "", eu1.url);
    expect(seen?.method).toBe("GET");
    expect(url.pathname).toBe("/loki-proxy/loki/api/v1/query_range");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      query: '{service="orders-api"} |= "timeout"',
      start: ns(NOW - 15 * 60_000),
      end: ns(NOW),
      limit: "100",
      direction: "backward",
    });
    expect(seen?.headers.authorization).toBe("Bearer s3cret");
    expect(jp1.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("quotes hostile values by LogQL's string rules, and scopes a shared Loki per region", async () => {
    for (const value of [...HOSTILE_REGIONS, '"} |= "x', "`back`tick`"]) {
      const q = logQuery([{ name: "service", value }], value);
      // The selector and the filter each hold exactly the value: LogQL strings are Go's.
      const quoted = JSON.stringify(value).replace(/\\u00([0-9a-f]{2})/g, "\\x$1");
      expect(q).toBe(`{service=${quoted}} |= ${quoted}`);
    }
    expect(logQuery([], undefined)).toBe('{service=~".+"}');
    const shared = await loki([streams([]), streams([])]);
    await queryLogs(
      [
        { region: "eu1", url: shared.url },
        { region: "jp1", url: shared.url },
      ],
      { ...fast, scope: { tenant: "acme" } },
    );
    expect(
      shared.requests.map((q) => new URL(q.url, shared.url).searchParams.get("query")).sort(),
    ).toEqual(['{tenant="acme",region="eu1"}', '{tenant="acme",region="jp1"}']);
  });

  it("retries a 429 and a 503, and a Loki that stays down, hangs or answers nonsense makes the result partial", async () => {
    const ok = streams([{ stream: { service: "a" }, values: [[ns(NOW), "up"]] }]);
    const limited = await loki([
      { status: 429, headers: { "retry-after": "0" } },
      { status: 503 },
      ok,
    ]);
    const down = await loki([{ status: 502, body: "<html>bad gateway</html>" }]);
    const hanging = await loki(["hang"]);
    const matrix = await loki([
      {
        status: 200,
        body: JSON.stringify({ status: "success", data: { resultType: "matrix", result: [] } }),
      },
    ]);
    const r = await queryLogs(
      [
        { region: "r1", url: limited.url },
        { region: "r2", url: down.url },
        { region: "r3", url: hanging.url },
        { region: "r4", url: matrix.url },
        {
          region: "r5",
          url: limited.url,
          token: new Error("its token variable LOKI_TOKEN is not set"),
        },
      ],
      { ...fast, timeoutMs: 300, attempts: 3 },
    );
    expect(limited.requests).toHaveLength(3);
    expect(down.requests).toHaveLength(3);
    expect(matrix.requests).toHaveLength(1);
    expect(r.partial).toBe(true);
    expect(r.missing).toEqual(["r2", "r3", "r4", "r5"]);
    expect(
      r.regions.map((x) => (x.status === "missing" ? [x.region, x.reason] : [x.region, x.status])),
    ).toEqual([
      ["r1", "ok"],
      ["r2", "http"],
      ["r3", "timeout"],
      ["r4", "malformed"],
      ["r5", "not-configured"],
    ]);
    expect(r.lines.map((l) => [l.labels.region, l.line])).toEqual([["r1", "up"]]);
  });

  it("cuts the merged lines at the limit and says so", async () => {
    const many = (from: number) =>
      streams([
        {
          stream: { service: "a" },
          values: [0, 1, 2].map((i) => [ns(NOW - from - i * 10), `l${from + i}`]),
        },
      ]);
    const a = await loki([many(0)]);
    const b = await loki([many(5)]);
    const r = await queryLogs(
      [
        { region: "a1", url: a.url },
        { region: "b1", url: b.url },
      ],
      { ...fast, limit: 3 },
    );
    expect(r.lines.map((l) => l.line)).toEqual(["l0", "l5", "l1"]);
    expect(r.truncated).toBe(true);
  });

  it("a query Loki rejects (400) is an error, not a partial result", async () => {
    const bad = await loki([
      { status: 400, body: "parse error : syntax error: unexpected IDENTIFIER\n" },
    ]);
    await expect(queryLogs([{ region: "jp1", url: bad.url }], fast)).rejects.toMatchObject({
      name: "QueryError",
      message: expect.stringMatching(
        /^region jp1: Loki at http:\/\/127\.0\.0\.1:\d+ rejected the query: parse error/,
      ),
    });
    expect(bad.requests).toHaveLength(1);
  });
});

describe("cloudneutral logs", () => {
  it("prints lines with control characters escaped, marks a partial answer and exits 4", async () => {
    const jp1 = await loki([
      streams([
        {
          stream: { service: "orders-api" },
          values: [[ns(NOW - 1000), "evil \u001b[2J\nFAKE 2026-12-03T00:00:00.000Z eu1 x ok"]],
        },
      ]),
    ]);
    const repo = await sampleRepo();
    const regions = path.join(repo, "platform-config", "regions");
    await appendFile(path.join(regions, "jp1.yaml"), `  logs:\n    loki:\n      url: ${jp1.url}\n`);
    const r = await cli(
      "logs",
      "--config",
      path.join(repo, "platform-config"),
      "--region",
      "jp1",
      "--region",
      "eu1",
      "--service",
      "orders-api",
      "--until",
      new Date(NOW).toISOString(),
    );
    expect(r.code).toBe(4);
    expect(r.stdout).toBe(
      "PARTIAL RESULT: no answer from region eu1\n  eu1: no Loki is configured\n\n" +
        "2026-12-03T09:59:59.000Z jp1 orders-api evil \\u001b[2J\\nFAKE 2026-12-03T00:00:00.000Z eu1 x ok\n" +
        "1 line(s) from 1 of 2 regions (partial)\n",
    );
    const since = new URL(jp1.requests[0]?.url ?? "", jp1.url).searchParams.get("start");
    expect(since).toBe(ns(NOW - 15 * 60_000));
    const usage = await cli("logs", "--since", "15 minutes");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--since must be a duration such as 90s/);
  });
});
