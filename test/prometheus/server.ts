// A real Prometheus for tests: the history is written as OpenMetrics text, backfilled into
// TSDB blocks with promtool, and served by a prometheus process on a loopback port chosen at
// run time, with no scrape targets, so the answers depend only on that history. A missing
// binary is an error, never a skip: these tests are the only check of the PromQL we ship.
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";

export interface Series {
  /** The sample name as stored (counters with their `_total`). */
  name: string;
  labels: Record<string, string>;
  /** [unix seconds, value], any order. */
  samples: ReadonlyArray<readonly [number, number]>;
}

export interface RunningServer {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  stop(): Promise<void>;
}

const PROMETHEUS = process.env.PROMETHEUS_BIN ?? "prometheus";
const PROMTOOL = process.env.PROMTOOL_BIN ?? "promtool";

/** OpenMetrics text: label values escaped as the format says (\\, \", \n). */
export function openMetrics(series: readonly Series[]): string {
  const lines: string[] = [];
  for (const s of series) {
    const labels = Object.entries(s.labels)
      .map(
        ([k, v]) => `${k}="${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`,
      )
      .join(",");
    const head = labels === "" ? s.name : `${s.name}{${labels}}`;
    // promtool wants each series' samples in time order.
    for (const [t, v] of [...s.samples].sort((a, b) => a[0] - b[0]))
      lines.push(`${head} ${formatValue(v)} ${t}`);
  }
  lines.push("# EOF", "");
  return lines.join("\n");
}

function formatValue(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Number.POSITIVE_INFINITY) return "+Inf";
  if (v === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(v);
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  await once(server, "close");
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

function notInstalled(bin: string, err: unknown): unknown {
  const missing = err instanceof Error && "code" in err && err.code === "ENOENT";
  return missing
    ? new Error(`${bin} is not installed: apt-get install prometheus (or set PROMETHEUS_BIN)`)
    : err;
}

/**
 * Prometheus serving `series`. All sample times must lie in the past (promtool refuses
 * nothing, but Prometheus only serves what is older than its head) and within its 15-day
 * retention; query them with an explicit `time` to keep answers independent of the clock.
 */
export async function startPrometheus(series: readonly Series[]): Promise<RunningServer> {
  const dir = await mkdtemp(path.join(tmpdir(), "cn-prometheus-"));
  try {
    const input = path.join(dir, "history.om");
    await writeFile(input, openMetrics(series));
    const data = path.join(dir, "data");
    await promisify(execFile)(PROMTOOL, [
      "tsdb",
      "create-blocks-from",
      "openmetrics",
      input,
      data,
    ]).catch((err: unknown) => {
      throw notInstalled(PROMTOOL, err);
    });
    const config = path.join(dir, "prometheus.yml");
    await writeFile(config, "global:\n  scrape_interval: 15s\n");
    // Another process may take the free port before Prometheus binds it: try a few.
    for (let attempt = 1; ; attempt++) {
      try {
        return await serve(dir, data, config, await freePort());
      } catch (err) {
        if (!(err instanceof PortTaken) || attempt === 3) throw err;
      }
    }
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

class PortTaken extends Error {}

async function serve(dir: string, data: string, config: string, port: number) {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    PROMETHEUS,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${data}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--log.level=warn",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let log = "";
  child.stderr.on("data", (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once("exit", () => {
      exited = true;
      resolve();
    });
  });
  const spawnError = new Promise<never>((_, reject) =>
    child.once("error", (err) => reject(notInstalled(PROMETHEUS, err))),
  );
  spawnError.catch(() => {});
  // A test runner that dies must not leave Prometheus behind.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const stop = async () => {
    process.removeListener("exit", killOnExit);
    if (!exited) {
      child.kill("SIGTERM");
      const killed = sleep(5000).then(() => child.kill("SIGKILL"));
      await Promise.race([exit, killed]);
      await exit;
    }
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 20_000;
  try {
    while (true) {
      const ready = fetch(`${url}/-/ready`).then(
        (r) => r.ok,
        () => false,
      );
      const up = await Promise.race([ready, spawnError, exit.then(() => false)]);
      if (up) return { url, stop };
      if (exited) {
        if (log.includes("address already in use")) throw new PortTaken(log);
        throw new Error(`prometheus exited before it was ready:\n${log}`);
      }
      if (Date.now() > deadline) throw new Error(`prometheus was not ready within 20 s:\n${log}`);
      await sleep(50);
    }
  } catch (err) {
    if (!exited && child.pid !== undefined) {
      child.kill("SIGKILL");
      await exit;
    }
    process.removeListener("exit", killOnExit);
    throw err;
  }
}
