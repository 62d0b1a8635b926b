// The HTTP front: authentication, faults, routing, OpenAPI checks, GitHub's headers, and
// git's smart HTTP under /git/.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type FaultQueueInternal, faultBranch, faultReply } from "./faults.ts";
import { refsChanged } from "./git-store.ts";
import { type Ctx, errorBody, type Reply, ReplyError, type Route } from "./http.ts";
import { serveGitHttp } from "./http-backend.ts";
import type { OidcIssuer } from "./oidc.ts";
import { checkRequest, checkResponse, describeUnrouted } from "./openapi.ts";
import { commitAsPerson, refreshPulls } from "./repo-ops.ts";
import { findRepo, type SimState } from "./state.ts";

export interface RequestLog {
  method: string;
  /** Decoded path without the query. */
  path: string;
  query: string;
  status: number;
  /** When the request arrived (Date.now()). */
  at: number;
}

export interface ServerOptions {
  state: SimState;
  routes: Route[];
  faults: FaultQueueInternal;
  validate: boolean;
  requests: RequestLog[];
  openapiErrors: string[];
  /** The OIDC token service and its discovery, served beside the API. */
  oidc?: OidcIssuer;
}

interface CompiledRoute {
  route: Route;
  regex: RegExp;
  keys: string[];
  literals: number;
}

/** Parameters that may hold slashes (`contents/{path}`, `git/ref/{ref}`, `compare/{basehead}`). */
const GREEDY = new Set(["path", "ref", "basehead"]);

function compile(routes: Route[]): CompiledRoute[] {
  return routes
    .map((route) => {
      const keys: string[] = [];
      // `contents/{path}` also answers `contents` and `contents/` (the root directory).
      const source = route.template
        .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
        .replace(/\/\{path\}$/, "(?:/(.*))?")
        .replace(/\{(\w+)\}/g, (_, key: string) => (GREEDY.has(key) ? "(.+)" : "([^/]+)"));
      for (const m of route.template.matchAll(/\{(\w+)\}/g)) keys.push(m[1]!);
      const literals = route.template.replace(/\{\w+\}/g, "").length;
      return { route, regex: new RegExp(`^${source}$`), keys, literals };
    })
    .sort((a, b) => b.literals - a.literals);
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export function createSimServer(options: ServerOptions): Server {
  const { state, faults, requests, openapiErrors } = options;
  const routes = compile(options.routes);
  let used = 0;
  const resetAt = Math.floor(Date.now() / 1000) + 3600;

  function send(res: ServerResponse, reply: Reply): void {
    used += 1;
    const requestId = randomBytes(10).toString("hex").toUpperCase().match(/.{4}/g)!.join(":");
    res.statusCode = reply.status;
    res.setHeader("x-github-request-id", requestId);
    res.setHeader("x-github-api-version-selected", "2022-11-28");
    res.setHeader("x-github-media-type", "github.v3; format=json");
    res.setHeader("x-ratelimit-limit", "5000");
    res.setHeader("x-ratelimit-remaining", String(Math.max(1, 5000 - used)));
    res.setHeader("x-ratelimit-reset", String(resetAt));
    res.setHeader("x-ratelimit-used", String(used));
    res.setHeader("x-ratelimit-resource", "core");
    for (const [k, v] of Object.entries(reply.headers ?? {})) res.setHeader(k, v);
    if (reply.body === undefined || reply.status === 204 || reply.status === 304) {
      res.end();
      return;
    }
    res.setHeader("content-type", "application/json; charset=utf-8");
    res.end(JSON.stringify(reply.body));
  }

  async function moveRef(fault: Parameters<typeof faultBranch>[0], path: string): Promise<void> {
    const m = /^\/(?:repos|git)\/([^/]+)\/([^/]+?)(?:\.git)?(?:\/|$)/.exec(path);
    const repo = m ? findRepo(state, m[1]!, m[2]!) : undefined;
    if (!repo) throw new Error(`move-ref-before: no repository in ${path}`);
    const n = faults.pending();
    const files = { [`concurrent/${Date.now()}-${n}.txt`]: `a change made meanwhile (${n})\n` };
    await commitAsPerson(state, repo, faultBranch(fault), files, "A concurrent change", "octocat");
  }

  /** Applies a fault for this request; true when it answered the request itself. */
  async function applyFault(method: string, path: string, body: unknown, res: ServerResponse) {
    const fault = faults.take(method, path);
    if (!fault) return undefined;
    if (fault.kind === "move-ref-before") {
      await moveRef(fault, path);
      return undefined;
    }
    const owner = /^\/repos\/([^/]+)\//.exec(path)?.[1] ?? "";
    const reply = faultReply(fault, method, path, body, owner)!;
    send(res, reply);
    return reply.status;
  }

  async function serveGit(req: IncomingMessage, res: ServerResponse, url: URL, path: string) {
    const m = /^\/git\/([^/]+)\/([^/]+)\.git(\/.*)$/.exec(path);
    const repo = m ? findRepo(state, m[1]!, m[2]!) : undefined;
    if (!repo) {
      res.statusCode = 404;
      res.end("Repository not found.\n");
      return;
    }
    if ((await applyFault(req.method ?? "GET", path, undefined, res)) !== undefined) return;
    const pathInfo = `/${repo.owner}/${repo.name}.git${m![3]}`;
    await serveGitHttp(req, res, state.root, pathInfo, url.search.slice(1));
    if (pathInfo.endsWith("/git-receive-pack")) {
      refsChanged(repo.gitDir);
      await refreshPulls(repo);
    }
  }

  async function serveApi(req: IncomingMessage, res: ServerResponse, url: URL, path: string) {
    const method = (req.method ?? "GET").toUpperCase();
    const entry: RequestLog = { method, path, query: url.search, status: 0, at: Date.now() };
    requests.push(entry);
    const raw = await readBody(req);
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString("utf8"));
      } catch {
        entry.status = 400;
        return send(res, { status: 400, body: errorBody(400, "Problems parsing JSON") });
      }
    }
    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? "");
    if (auth?.[1] !== state.token) {
      entry.status = 401;
      const message = req.headers.authorization ? "Bad credentials" : "Requires authentication";
      return send(res, { status: 401, body: errorBody(401, message) });
    }
    const faulted = await applyFault(method, path, body, res);
    if (faulted !== undefined) {
      entry.status = faulted;
      return;
    }
    let match: { compiled: CompiledRoute; values: RegExpExecArray } | undefined;
    for (const compiled of routes) {
      if (compiled.route.method !== method) continue;
      const values = compiled.regex.exec(url.pathname);
      if (values) {
        match = { compiled, values };
        break;
      }
    }
    if (!match) {
      if (options.validate) openapiErrors.push(describeUnrouted(method, url.pathname));
      entry.status = 404;
      return send(res, { status: 404, body: errorBody(404, "Not Found") });
    }
    const { compiled, values } = match;
    const params = Object.fromEntries(
      compiled.keys.map((k, i) => [k, decode(values[i + 1] ?? "")]),
    );
    const template = compiled.route.template;
    const where = `${method} ${path}${url.search}`;
    if (options.validate)
      for (const p of checkRequest(method, template, params, url.searchParams, body))
        openapiErrors.push(`${where} request: ${p}`);
    const ctx: Ctx = { state, method, params, query: url.searchParams, body, url };
    let reply: Reply;
    try {
      reply = await compiled.route.handler(ctx);
    } catch (err) {
      if (!(err instanceof ReplyError)) {
        openapiErrors.push(`${where}: simulator error: ${(err as Error).stack ?? String(err)}`);
        reply = { status: 500, body: errorBody(500, (err as Error).message) };
      } else reply = err.reply;
    }
    if (options.validate)
      for (const p of checkResponse(method, template, reply.status, reply.body))
        openapiErrors.push(`${where} → ${reply.status}: ${p}`);
    entry.status = reply.status;
    send(res, reply);
  }

  return createServer((req, res) => {
    const url = new URL(req.url ?? "/", state.baseUrl || "http://127.0.0.1");
    const path = decode(url.pathname);
    const serve = path.startsWith("/git/") ? serveGit : serveApi;
    const oidc = options.oidc;
    (oidc ? oidc.serve(req, res, path, url) : Promise.resolve(false))
      .then((served) => (served ? undefined : serve(req, res, url, path)))
      .catch((err: Error) => {
        openapiErrors.push(`${req.method} ${path}: simulator error: ${err.stack ?? err.message}`);
        if (!res.headersSent) {
          res.statusCode = 500;
          res.setHeader("content-type", "application/json; charset=utf-8");
        }
        res.end(JSON.stringify(errorBody(500, err.message)));
      });
  });
}
