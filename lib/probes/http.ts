// HTTP(S) health probes of a region's ingress, from wherever the reconciler runs. Each probe
// connects to one ingress address but speaks to it as clients do: the Host header is the
// public name and, for HTTPS, so are the TLS server name (SNI) and the name the certificate
// must carry. node:http/https rather than fetch: fetch sets Host from the URL and has no
// servername option without the undici package's Agent, which is not a dependency here.
//
// The result separates evidence from ignorance. A refused connection, a reset, a timeout, a
// wrong status, a body without the expected text, a bad certificate: the region answered
// badly, so the probe "failed". A probe that could not be made from here (no address, no
// route out of the runner, no file descriptors) says nothing about the region: "unknown",
// which never takes a region down on its own.
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { errorMessage } from "../errors.ts";
import { createLimiter, type Limiter } from "./limit.ts";

/** A probe's answer: "unknown" when it could not run, which is no evidence either way. */
export type ProbeResult = "ok" | "failed" | "unknown";

export interface HttpProbeSpec {
  scheme: "http" | "https";
  /** Absolute path, e.g. `/healthz`. */
  path: string;
  /** Default 80 for http, 443 for https. */
  port?: number;
  /** The public name: Host header, TLS server name, certificate name. */
  hostname: string;
  /** The whole exchange: connect, TLS, headers and (with bodyMatch) the body. */
  timeoutMs: number;
  /** `200` or `200-299`; default `200-299`. */
  expectedStatus?: string;
  /** Text the body must contain (plain text, not a pattern: it comes from config). */
  bodyMatch?: string;
  /** Extra trusted certificates (PEM), for private CAs and tests. */
  ca?: string | Buffer;
}

export type ProbeFailure =
  | "status"
  | "timeout"
  | "refused"
  | "reset"
  | "unreachable"
  | "body"
  | "tls"
  | "protocol";

export type AddressProbe =
  | { address: string; result: "ok"; status: number; ms: number }
  | {
      address: string;
      result: "failed";
      failure: ProbeFailure;
      status?: number;
      /** For people: "connection refused", "HTTP 503, expected 200-299". */
      detail: string;
      ms: number;
    }
  | { address: string; result: "unknown"; detail: string };

export interface RegionProbe {
  region: string;
  result: ProbeResult;
  addresses: AddressProbe[];
  /** One line: what the probes saw. */
  evidence: string;
}

export interface ProbeTarget {
  region: string;
  addresses: readonly string[];
}

export interface ProbeOptions {
  /** Probes in flight at once, across every region; default 16. */
  concurrency?: number;
  /** A limiter shared with other callers (one per round), instead of `concurrency`. */
  limiter?: Limiter;
  /** Cancels every probe; cancelled probes are unknown, not failed. */
  signal?: AbortSignal;
}

/** Bytes of body read when looking for `bodyMatch`: health pages are short. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * Probes every address of every region. A region is:
 * - `failed` when any address failed: DNS sends a share of its clients to each address, so
 *   one bad address fails that share (the evidence names it);
 * - `ok` when no address failed and at least one answered as expected;
 * - `unknown` when no probe could be made at all (no address, runner-side errors).
 */
export async function probeRegions(
  targets: readonly ProbeTarget[],
  spec: HttpProbeSpec,
  options: ProbeOptions = {},
): Promise<RegionProbe[]> {
  const limiter = options.limiter ?? createLimiter(options.concurrency ?? 16);
  return Promise.all(
    targets.map(async (t) => {
      const addresses = await Promise.all(
        t.addresses.map((a) => limiter(() => probeAddress(a, spec, options.signal))),
      );
      return regionProbe(t.region, addresses);
    }),
  );
}

export function regionProbe(region: string, addresses: AddressProbe[]): RegionProbe {
  const failed = addresses.filter((a) => a.result === "failed");
  const ok = addresses.filter((a) => a.result === "ok");
  const unknown = addresses.filter((a) => a.result === "unknown");
  let result: ProbeResult;
  let evidence: string;
  if (addresses.length === 0) {
    result = "unknown";
    evidence = "no ingress address configured";
  } else if (failed.length > 0) {
    result = "failed";
    evidence = failed.map((a) => `${a.address}: ${a.detail}`).join("; ");
    if (ok.length > 0) evidence += ` (${ok.length}/${addresses.length} ok)`;
  } else if (ok.length > 0) {
    result = "ok";
    const statuses = [...new Set(ok.map((a) => (a.result === "ok" ? a.status : 0)))].join("/");
    const slowest = Math.max(...ok.map((a) => (a.result === "ok" ? a.ms : 0)));
    evidence = `${ok.length}/${addresses.length} ok (HTTP ${statuses}, ≤${slowest} ms)`;
    if (unknown.length > 0)
      evidence += `; not probed: ${unknown.map((a) => `${a.address}: ${a.detail}`).join("; ")}`;
  } else {
    result = "unknown";
    evidence = `could not probe: ${unknown.map((a) => `${a.address}: ${a.detail}`).join("; ")}`;
  }
  return { region, result, addresses, evidence };
}

/** The inclusive status range `expected` names; throws on anything else (config is checked). */
export function statusRange(expected: string | undefined): { min: number; max: number } {
  const m = /^([1-5]\d{2})(?:-([1-5]\d{2}))?$/.exec(expected ?? "200-299");
  if (!m) throw new Error(`expected status ${JSON.stringify(expected)} is not NNN or NNN-NNN`);
  const min = Number(m[1]);
  const max = Number(m[2] ?? m[1]);
  if (max < min) throw new Error(`expected status ${expected}: the range is empty`);
  return { min, max };
}

export async function probeAddress(
  address: string,
  spec: HttpProbeSpec,
  signal?: AbortSignal,
): Promise<AddressProbe> {
  if (isIP(address) === 0)
    return { address, result: "unknown", detail: "not an IP address; nothing probed" };
  if (signal?.aborted) return { address, result: "unknown", detail: "cancelled" };
  const range = statusRange(spec.expectedStatus);
  const https_ = spec.scheme === "https";
  const port = spec.port ?? (https_ ? 443 : 80);
  const timeout = AbortSignal.timeout(spec.timeoutMs);
  const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const failed = (failure: ProbeFailure, detail: string, status?: number): AddressProbe => ({
    address,
    result: "failed",
    failure,
    detail,
    ms: ms(),
    ...(status === undefined ? {} : { status }),
  });
  try {
    const { status, body } = await exchange(address, port, spec, both);
    if (status < range.min || status > range.max) {
      const want = range.min === range.max ? `${range.min}` : `${range.min}-${range.max}`;
      return failed("status", `HTTP ${status}, expected ${want}`, status);
    }
    if (spec.bodyMatch !== undefined && !(body ?? "").includes(spec.bodyMatch))
      return failed("body", `HTTP ${status}, but the body lacks the expected text`, status);
    return { address, result: "ok", status, ms: ms() };
  } catch (err) {
    if (timeout.aborted) return failed("timeout", `no answer within ${spec.timeoutMs} ms`);
    if (signal?.aborted) return { address, result: "unknown", detail: "cancelled" };
    return classify(address, err, failed, spec.hostname);
  }
}

interface Exchange {
  status: number;
  body: string | undefined;
}

function exchange(
  address: string,
  port: number,
  spec: HttpProbeSpec,
  signal: AbortSignal,
): Promise<Exchange> {
  const secure = spec.scheme === "https";
  const defaultPort = secure ? 443 : 80;
  const options: https.RequestOptions = {
    host: address,
    port,
    path: spec.path,
    method: "GET",
    // No keep-alive: each probe is a fresh connection, as a new client's would be.
    agent: false,
    signal,
    headers: {
      host: port === defaultPort ? spec.hostname : `${spec.hostname}:${port}`,
      "user-agent": "cloudneutral-gtm-probe",
      accept: "*/*",
      connection: "close",
    },
  };
  if (secure) {
    // SNI may not carry an IP address (RFC 6066); an IP public name is checked as the host.
    if (isIP(spec.hostname) === 0) options.servername = spec.hostname;
    if (spec.ca !== undefined) options.ca = spec.ca;
  }
  return new Promise<Exchange>((resolve, reject) => {
    const req = (secure ? https : http).request(options, (res) => {
      const status = res.statusCode ?? 0;
      if (spec.bodyMatch === undefined) {
        res.destroy();
        resolve({ status, body: undefined });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        res.destroy();
        resolve({ status, body: Buffer.concat(chunks).toString("utf8") });
      };
      res.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        // Stop early once the text is there or enough was read: the rest changes nothing.
        if (
          size >= MAX_BODY_BYTES ||
          Buffer.concat(chunks)
            .toString("utf8")
            .includes(spec.bodyMatch ?? "")
        )
          finish();
      });
      res.on("end", finish);
      res.on("error", (err) => {
        if (!done) reject(err);
      });
    });
    req.on("error", reject);
    req.end();
  });
}

type Failed = (failure: ProbeFailure, detail: string, status?: number) => AddressProbe;

/** Errors that say the region answered badly (failed) from errors of this machine (unknown). */
function classify(address: string, err: unknown, failed: Failed, hostname: string): AddressProbe {
  const code = (err as { code?: unknown } | null)?.code;
  const c = typeof code === "string" ? code : "";
  const message = errorMessage(err);
  switch (c) {
    case "ECONNREFUSED":
      return failed("refused", "connection refused");
    case "ECONNRESET":
    case "EPIPE":
      return failed("reset", "connection reset");
    case "EHOSTUNREACH":
    case "EHOSTDOWN":
    case "ETIMEDOUT":
      return failed("unreachable", `host unreachable (${c})`);
  }
  if (message === "socket hang up") return failed("reset", "connection closed without an answer");
  if (c.startsWith("HPE_")) return failed("protocol", `not an HTTP answer (${c})`);
  if (
    c.startsWith("ERR_TLS_") ||
    c.startsWith("ERR_SSL_") ||
    c.includes("CERT") ||
    c === "DEPTH_ZERO_SELF_SIGNED_CERT" ||
    c === "UNABLE_TO_VERIFY_LEAF_SIGNATURE" ||
    c === "SELF_SIGNED_CERT_IN_CHAIN" ||
    /certificate|handshake|tls|ssl/i.test(message)
  )
    return failed("tls", `TLS: ${tlsProblem(c, message, hostname)}`);
  // ENETUNREACH, EADDRNOTAVAIL, EMFILE, EPERM, …: this machine could not send the probe.
  return { address, result: "unknown", detail: c ? `${message} (${c})` : message };
}

/** Short words for the usual certificate problems; Node's messages list every SAN. */
function tlsProblem(code: string, message: string, hostname: string): string {
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID") return `the certificate does not name ${hostname}`;
  if (code === "CERT_HAS_EXPIRED") return "the certificate has expired";
  if (
    code === "DEPTH_ZERO_SELF_SIGNED_CERT" ||
    code === "SELF_SIGNED_CERT_IN_CHAIN" ||
    code === "UNABLE_TO_VERIFY_LEAF_SIGNATURE" ||
    code === "UNABLE_TO_GET_ISSUER_CERT_LOCALLY"
  )
    return `the certificate is not trusted (${code})`;
  const line = message.replace(/\s+/g, " ");
  return line.length > 120 ? `${line.slice(0, 120)}…` : line;
}
