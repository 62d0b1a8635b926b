// A loopback HTTP server that answers as a failing Prometheus (or a proxy in front of one)
// would, one scripted reply per request, so the client's retries, timeouts and error kinds
// can be tested without waiting for a real one to fail.
import { once } from "node:events";
import { createServer, type IncomingHttpHeaders } from "node:http";

export type Reply =
  | { status: number; headers?: Record<string, string>; body?: string }
  /** Accept the request and never answer. */
  | "hang";

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** Date.now() when the request arrived, to check the waits between retries. */
  at: number;
}

export interface FaultServer {
  url: string;
  requests: SeenRequest[];
  stop(): Promise<void>;
}

/** Prometheus' success answer holding `result` of `resultType`. */
export function success(resultType: string, result: unknown): Reply {
  return {
    status: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ status: "success", data: { resultType, result } }),
  };
}

/** Prometheus' error answer, as it sends it with 400, 422 or 503. */
export function failure(status: number, errorType: string, error: string): Reply {
  return {
    status,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ status: "error", errorType, error }),
  };
}

/** Answers the n-th request with `replies[n]`, and every later one with the last reply. */
export async function startFaultServer(replies: readonly Reply[]): Promise<FaultServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const n = requests.length;
      requests.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
        at: Date.now(),
      });
      const reply = replies[Math.min(n, replies.length - 1)] ?? "hang";
      if (reply === "hang") return;
      res.writeHead(reply.status, reply.headers ?? {});
      res.end(reply.body ?? "");
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    stop: async () => {
      // Hanging requests keep their sockets open; close() alone would wait for them.
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}
