// Git's smart HTTP protocol, served by `git http-backend` as a CGI program, so `git clone`
// and `git push` against the simulator are the real thing.
import { spawn } from "node:child_process";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gitEnv } from "./git-store.ts";

const HEADER_END = Buffer.from("\r\n\r\n");
const HEADER_END_LF = Buffer.from("\n\n");

/**
 * Serves one request. `pathInfo` is `/owner/repo.git/...` below `projectRoot`. Resolves
 * with the HTTP status once the response has been sent.
 */
export function serveGitHttp(
  req: IncomingMessage,
  res: ServerResponse,
  projectRoot: string,
  pathInfo: string,
  query: string,
): Promise<number> {
  const env: Record<string, string> = {
    GIT_PROJECT_ROOT: projectRoot,
    GIT_HTTP_EXPORT_ALL: "1",
    PATH_INFO: pathInfo,
    REQUEST_METHOD: req.method ?? "GET",
    QUERY_STRING: query,
    CONTENT_TYPE: req.headers["content-type"] ?? "",
    REMOTE_USER: "sim",
    REMOTE_ADDR: "127.0.0.1",
    SERVER_PROTOCOL: "HTTP/1.1",
    GATEWAY_INTERFACE: "CGI/1.1",
  };
  const length = req.headers["content-length"];
  if (length) env.CONTENT_LENGTH = length;
  const encoding = req.headers["content-encoding"];
  if (encoding) env.HTTP_CONTENT_ENCODING = encoding;
  const protocol = req.headers["git-protocol"];
  if (typeof protocol === "string") env.GIT_PROTOCOL = protocol;

  return new Promise((resolve) => {
    const child = spawn("git", ["http-backend"], { env: gitEnv(env) });
    let head: Buffer | undefined = Buffer.alloc(0);
    let status = 200;
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString("utf8");
    });
    child.stdout.on("data", (chunk: Buffer) => {
      if (!head) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      let end = head.indexOf(HEADER_END);
      let sep = HEADER_END.length;
      const lf = head.indexOf(HEADER_END_LF);
      if (lf >= 0 && (end < 0 || lf < end)) {
        end = lf;
        sep = HEADER_END_LF.length;
      }
      if (end < 0) return;
      for (const line of head.subarray(0, end).toString("latin1").split(/\r?\n/)) {
        const colon = line.indexOf(":");
        if (colon < 0) continue;
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === "status") status = Number.parseInt(value, 10) || 500;
        else res.setHeader(name, value);
      }
      res.statusCode = status;
      const rest = head.subarray(end + sep);
      head = undefined;
      if (rest.length > 0) res.write(rest);
    });
    let done = false;
    const finish = (code: number | null) => {
      if (done) return;
      done = true;
      if (head !== undefined && !res.headersSent) {
        // http-backend died before writing headers
        status = 500;
        res.statusCode = 500;
        res.setHeader("content-type", "text/plain");
        res.write(`git http-backend failed (${code}): ${stderr}`);
      }
      res.end();
      resolve(status);
    };
    child.on("error", () => finish(null));
    child.on("close", finish);
    child.stdin.on("error", () => {});
    req.pipe(child.stdin);
  });
}
