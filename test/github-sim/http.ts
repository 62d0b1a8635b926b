// The pieces every route shares: what a handler gets, what it returns, GitHub's error bodies
// and its page links.
import { findRepo, type RepoState, type SimState } from "./state.ts";

export interface Ctx {
  state: SimState;
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** The request's URL, for page links. */
  url: URL;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: Ctx) => Promise<Reply> | Reply;

export interface Route {
  method: string;
  /** The path exactly as GitHub's OpenAPI description spells it. */
  template: string;
  handler: Handler;
}

const DOCS = "https://docs.github.com/rest";

/** Thrown by helpers deep in a handler; the server turns it into the response. */
export class ReplyError extends Error {
  constructor(readonly reply: Reply) {
    super(`HTTP ${reply.status}`);
  }
}

export function errorBody(status: number, message: string, extra: Record<string, unknown> = {}) {
  return { message, ...extra, documentation_url: DOCS, status: String(status) };
}

export function fail(status: number, message: string, extra: Record<string, unknown> = {}): never {
  throw new ReplyError({ status, body: errorBody(status, message, extra) });
}

export function notFound(): never {
  return fail(404, "Not Found");
}

/** GitHub's 422 "Validation Failed" with its `errors` array. */
export function validationFailed(...errors: Record<string, unknown>[]): never {
  return fail(422, "Validation Failed", { errors });
}

export function repoOf(ctx: Ctx): RepoState {
  return findRepo(ctx.state, ctx.params.owner ?? "", ctx.params.repo ?? "") ?? notFound();
}

export function json(status: number, body: unknown): Reply {
  return { status, body };
}

export function bodyOf(ctx: Ctx): Record<string, unknown> {
  const b = ctx.body;
  return typeof b === "object" && b !== null && !Array.isArray(b)
    ? (b as Record<string, unknown>)
    : {};
}

export function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

export function intParam(ctx: Ctx, name: string): number {
  const v = Number(ctx.params[name]);
  return Number.isInteger(v) ? v : notFound();
}

export interface Page {
  page: number;
  perPage: number;
  start: number;
}

export function pageOf(ctx: Ctx, fallback = 30): Page {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.get("per_page")) || fallback));
  const page = Math.max(1, Number(ctx.query.get("page")) || 1);
  return { page, perPage, start: (page - 1) * perPage };
}

/** `Link` as GitHub sends it: next/last after a page, prev/first before one. */
export function linkHeader(ctx: Ctx, page: Page, total: number): Record<string, string> {
  const last = Math.max(1, Math.ceil(total / page.perPage));
  const at = (n: number) => {
    const u = new URL(ctx.url);
    u.searchParams.set("per_page", String(page.perPage));
    u.searchParams.set("page", String(n));
    return `<${ctx.state.baseUrl}${u.pathname}${u.search}>`;
  };
  const links: string[] = [];
  if (page.page > 1) links.push(`${at(page.page - 1)}; rel="prev"`);
  if (page.page < last) links.push(`${at(page.page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
  if (page.page > 1) links.push(`${at(1)}; rel="first"`);
  return links.length ? { link: links.join(", ") } : {};
}

/** One page of `items` with its Link header. */
export function paged<T>(ctx: Ctx, items: T[], map: (item: T) => unknown, fallback = 30): Reply {
  const page = pageOf(ctx, fallback);
  const slice = items.slice(page.start, page.start + page.perPage).map(map);
  return { status: 200, body: slice, headers: linkHeader(ctx, page, items.length) };
}
