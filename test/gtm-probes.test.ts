// HTTP(S) probes against real servers on loopback: what counts as evidence (refused, reset,
// timeout, wrong status, wrong body, bad certificate) and what is unknown (nothing could be
// sent), the Host header and TLS server name of the public name, the concurrency limit.
import { readFile } from "node:fs/promises";
import { createServer as createHttpsServer, type Server as HttpsServer } from "node:https";
import { createServer as createNetServer } from "node:net";
import type { TLSSocket } from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probeAddress, probeRegions, regionProbe, statusRange } from "../lib/probes/http.ts";
import { createLimiter } from "../lib/probes/limit.ts";
import { type HealthFleet, startHealthFleet } from "./health-servers.ts";
import { scratch } from "./helpers.ts";
import { testCa } from "./tls-certs.ts";

const A = "127.0.0.41";
const B = "127.0.0.42";
let fleet: HealthFleet;

beforeAll(async () => {
  fleet = await startHealthFleet([A, B]);
});
afterAll(async () => fleet?.close());

const spec = (over: Partial<Parameters<typeof probeAddress>[1]> = {}) => ({
  scheme: "http" as const,
  path: "/healthz",
  port: fleet.port,
  hostname: "api.gtm.test",
  timeoutMs: 500,
  expectedStatus: "200-299",
  bodyMatch: '"status":"ok"',
  ...over,
});

describe("probes", () => {
  it("speaks to the address as the public name", async () => {
    fleet.setMode("ok");
    const r = await probeAddress(A, spec());
    expect(r).toMatchObject({ address: A, result: "ok", status: 200 });
    expect(fleet.servers.get(A)!.hosts.at(-1)).toBe(`api.gtm.test:${fleet.port}`);
    expect((await probeAddress(A, spec({ port: 80, scheme: "http" }))).result).not.toBe("ok");
  });

  it("fails on a wrong status, a wrong body, a refused connection and a hang", async () => {
    fleet.setMode("error", A);
    expect(await probeAddress(A, spec())).toMatchObject({
      result: "failed",
      failure: "status",
      status: 503,
      detail: "HTTP 503, expected 200-299",
    });
    expect((await probeAddress(A, spec({ expectedStatus: "503" }))).result).toBe("failed"); // body
    expect(
      (await probeAddress(A, spec({ expectedStatus: "503", bodyMatch: undefined }))).result,
    ).toBe("ok");
    fleet.setMode("wrong-body", A);
    expect(await probeAddress(A, spec())).toMatchObject({ result: "failed", failure: "body" });
    fleet.setMode("hang", A);
    const t = performance.now();
    expect(await probeAddress(A, spec({ timeoutMs: 300 }))).toMatchObject({
      result: "failed",
      failure: "timeout",
      detail: "no answer within 300 ms",
    });
    // The detail names the 300 ms timeout that ended it; the bound only says "it ended, and
    // not on some other, longer wait", loose enough for a busy machine.
    expect(performance.now() - t).toBeLessThan(10_000);
    fleet.setMode("ok", A);
    await fleet.kill(A);
    expect(await probeAddress(A, spec())).toMatchObject({ result: "failed", failure: "refused" });
    await fleet.revive(A);
    expect((await probeAddress(A, spec())).result).toBe("ok");
  });

  it("fails on a connection closed without an answer", async () => {
    const rude = createNetServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => rude.listen(0, "127.0.0.43", resolve));
    const port = (rude.address() as { port: number }).port;
    try {
      expect(await probeAddress("127.0.0.43", spec({ port }))).toMatchObject({
        result: "failed",
        failure: "reset",
      });
    } finally {
      await new Promise((resolve) => rude.close(resolve));
    }
  });

  it("is unknown when nothing could be probed, and never fails a region on its own", async () => {
    expect(await probeAddress("not-an-address", spec())).toMatchObject({ result: "unknown" });
    const cancelled = AbortSignal.abort();
    expect(await probeAddress(A, spec(), cancelled)).toMatchObject({ result: "unknown" });
    const [none] = await probeRegions([{ region: "x", addresses: [] }], spec());
    expect(none).toMatchObject({ result: "unknown", evidence: "no ingress address configured" });
    const mixed = regionProbe("jp1", [
      { address: A, result: "ok", status: 200, ms: 3 },
      { address: "192.0.2.1", result: "unknown", detail: "network unreachable" },
    ]);
    expect(mixed.result).toBe("ok");
    expect(mixed.evidence).toMatch(/not probed: 192\.0\.2\.1: network unreachable/);
  });

  it("fails a region when any of its addresses fails, naming it", async () => {
    await fleet.kill(B);
    const [r] = await probeRegions([{ region: "jp1", addresses: [A, B] }], spec());
    expect(r).toMatchObject({ result: "failed", evidence: `${B}: connection refused (1/2 ok)` });
    await fleet.revive(B);
  });

  it("keeps to the concurrency limit", async () => {
    const limit = createLimiter(2);
    let active = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 10 }, () =>
        limit(async () => {
          active++;
          peak = Math.max(peak, active);
          await new Promise((r) => setTimeout(r, 5));
          active--;
        }),
      ),
    );
    expect(peak).toBe(2);
  });

  it("reads status ranges", () => {
    expect(statusRange("200")).toEqual({ min: 200, max: 200 });
    expect(statusRange(undefined)).toEqual({ min: 200, max: 299 });
    expect(() => statusRange("299-200")).toThrow(/empty/);
    expect(() => statusRange("2xx")).toThrow();
  });
});

describe("HTTPS probes", () => {
  let server: HttpsServer;
  let cert: string;
  let port = 0;
  const names: (string | false | null)[] = [];

  beforeAll(async () => {
    // openssl (Debian package openssl) makes the throwaway CA and the server's certificate.
    const ca = await testCa(await scratch("cn-tls-"));
    const issued = await ca.issue("api.gtm.test");
    cert = ca.ca;
    const key = issued.keyFile;
    const serverCert = await readFile(issued.certificateFile, "utf8");
    server = createHttpsServer({ key: await readFile(key), cert: serverCert }, (req, res) => {
      names.push((req.socket as TLSSocket).servername);
      res.end('{"status":"ok"}');
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.44", resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("sends the public name as SNI and checks the certificate against it", async () => {
    const https = spec({ scheme: "https", port, ca: cert });
    expect(await probeAddress("127.0.0.44", https)).toMatchObject({ result: "ok", status: 200 });
    expect(names.at(-1)).toBe("api.gtm.test");
    expect(await probeAddress("127.0.0.44", { ...https, hostname: "www.gtm.test" })).toMatchObject({
      result: "failed",
      failure: "tls",
      detail: "TLS: the certificate does not name www.gtm.test",
    });
    expect(await probeAddress("127.0.0.44", { ...https, ca: undefined })).toMatchObject({
      result: "failed",
      failure: "tls",
    });
  });
});
