// A loopback proxy in front of the real PowerDNS API that misbehaves on purpose: the n-th
// request gets the n-th fault (a status such as 503 or 429, a hang, a dropped connection)
// or is passed through to PowerDNS unchanged. So retries are tested against the real API's
// answers, not against a model of them.
import { once } from "node:events";
import { createServer, type Server } from "node:http";

export type Fault =
  | "pass"
  | { status: number; retryAfter?: string }
  /** Accept the request and never answer. */
  | "hang"
  /** Close the connection without an answer. */
  | "drop"
  /** Pass the request on, then close the connection instead of answering: done, but unsaid. */
  | "lose-answer";

export interface ProxySeen {
  method: string;
  url: string;
  fault: Fault;
}

export interface FaultyProxy {
  url: string;
  seen: ProxySeen[];
  /** Faults for the next requests, in order; once spent, requests pass. */
  faults: Fault[];
  stop(): Promise<void>;
}

export async function startFaultyProxy(target: string, faults: Fault[] = []): Promise<FaultyProxy> {
  const seen: ProxySeen[] = [];
  const proxy: FaultyProxy = { url: "", seen, faults, stop: async () => {} };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const fault = proxy.faults.shift() ?? "pass";
      seen.push({ method: req.method ?? "", url: req.url ?? "", fault });
      if (fault === "hang") return;
      if (fault === "drop") {
        req.socket.destroy();
        return;
      }
      if (fault !== "pass" && fault !== "lose-answer") {
        const headers: Record<string, string> = { "Content-Type": "application/json" };
        if (fault.retryAfter !== undefined) headers["Retry-After"] = fault.retryAfter;
        res.writeHead(fault.status, headers);
        res.end(JSON.stringify({ error: `injected ${fault.status}` }));
        return;
      }
      const headers: Record<string, string> = {};
      for (const name of ["x-api-key", "content-type", "accept"]) {
        const value = req.headers[name];
        if (typeof value === "string") headers[name] = value;
      }
      const body = chunks.length > 0 ? Buffer.concat(chunks) : null;
      fetch(`${target}${req.url ?? "/"}`, { method: req.method ?? "GET", headers, body })
        .then(async (upstream) => {
          const text = await upstream.text();
          if (fault === "lose-answer") {
            req.socket.destroy();
            return;
          }
          res.writeHead(upstream.status, {
            "Content-Type": upstream.headers.get("content-type") ?? "application/json",
          });
          res.end(text);
        })
        .catch(() => req.socket.destroy());
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  proxy.url = `http://127.0.0.1:${port}`;
  proxy.stop = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return proxy;
}
