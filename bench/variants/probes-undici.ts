// lib/probes/http.ts with undici underneath, for bench/libraries.mjs: one probe is an undici
// `request` through an Agent whose TLS server name is the public name (what node:http gives
// us with `servername`). Bundled in place of lib/probes/http.ts, it gives the time from a
// cold process to the first probe answered when probes are built on undici.
import { isIP } from "node:net";
import { Agent, request } from "undici";
import {
  type AddressProbe,
  type HttpProbeSpec,
  type ProbeOptions,
  type ProbeTarget,
  type RegionProbe,
  regionProbe,
  statusRange,
} from "../../lib/probes/http.ts";

export * from "../../lib/probes/http.ts";

export async function probeAddress(
  address: string,
  spec: HttpProbeSpec,
  signal?: AbortSignal,
): Promise<AddressProbe> {
  if (isIP(address) === 0)
    return { address, result: "unknown", detail: "not an IP address; nothing probed" };
  const range = statusRange(spec.expectedStatus);
  const secure = spec.scheme === "https";
  const port = spec.port ?? (secure ? 443 : 80);
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const dispatcher = new Agent({
    pipelining: 0,
    connect: {
      ...(secure && isIP(spec.hostname) === 0 ? { servername: spec.hostname } : {}),
      ...(spec.ca !== undefined ? { ca: spec.ca } : {}),
    },
  });
  try {
    const host = address.includes(":") ? `[${address}]` : address;
    const res = await request(`${spec.scheme}://${host}:${port}${spec.path}`, {
      dispatcher,
      headers: {
        host: port === (secure ? 443 : 80) ? spec.hostname : `${spec.hostname}:${port}`,
        "user-agent": "cloudneutral-gtm-probe",
      },
      signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(spec.timeoutMs)]) : undefined,
      headersTimeout: spec.timeoutMs,
      bodyTimeout: spec.timeoutMs,
    });
    const body = spec.bodyMatch === undefined ? undefined : await res.body.text();
    if (body === undefined) res.body.destroy();
    if (res.statusCode < range.min || res.statusCode > range.max)
      return {
        address,
        result: "failed",
        failure: "status",
        status: res.statusCode,
        detail: `HTTP ${res.statusCode}, expected ${range.min}-${range.max}`,
        ms: ms(),
      };
    if (spec.bodyMatch !== undefined && !(body ?? "").includes(spec.bodyMatch))
      return {
        address,
        result: "failed",
        failure: "body",
        status: res.statusCode,
        detail: "the body lacks the expected text",
        ms: ms(),
      };
    return { address, result: "ok", status: res.statusCode, ms: ms() };
  } catch (err) {
    const code = String((err as { code?: unknown }).code ?? "");
    return { address, result: "failed", failure: "refused", detail: code, ms: ms() };
  } finally {
    await dispatcher.close();
  }
}

export async function probeRegions(
  targets: readonly ProbeTarget[],
  spec: HttpProbeSpec,
  options: ProbeOptions = {},
): Promise<RegionProbe[]> {
  return Promise.all(
    targets.map(async (t) =>
      regionProbe(
        t.region,
        await Promise.all(t.addresses.map((a) => probeAddress(a, spec, options.signal))),
      ),
    ),
  );
}
