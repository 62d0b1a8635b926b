// HTML by construction: the `html` tag escapes every value it is given (lib/render/escape.ts's
// htmlText), except fragments made by `html` itself. So no string from the repository or the
// status branch can become markup, whichever page or chart it lands in; the pages also carry a
// Content-Security-Policy that allows no script at all, in case one ever did.
import { createHash } from "node:crypto";
import { htmlText } from "../render/escape.ts";

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

function part(v: Part): string {
  if (v instanceof Html) return v.text;
  if (v === null || v === undefined || v === false) return "";
  if (Array.isArray(v)) return v.map(part).join("");
  return htmlText(v as string | number | boolean);
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += part(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

export const join = (parts: readonly Part[], sep = ""): Html => new Html(parts.map(part).join(sep));

/** An id (and fragment) for a name: letters, digits and `-` kept, anything else hex-coded. */
export function anchor(prefix: string, name: string): string {
  return `${prefix}-${name.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}

const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

/**
 * Links into GitHub, built only from a repository the schema checked and a sha or number that
 * is one: anything else gets no link (never a URL taken from the data as it is).
 */
export function githubLink(
  repository: string,
  what: { commit: string } | { pull: number } | { run: string },
  text: Part,
): Html {
  let href: string | undefined;
  if (REPOSITORY.test(repository)) {
    if ("commit" in what && /^[0-9a-f]{7,64}$/.test(what.commit))
      href = `https://github.com/${repository}/commit/${what.commit}`;
    else if ("pull" in what && Number.isSafeInteger(what.pull) && what.pull > 0)
      href = `https://github.com/${repository}/pull/${what.pull}`;
    else if ("run" in what && /^[0-9]{1,20}$/.test(what.run))
      href = `https://github.com/${repository}/actions/runs/${what.run}`;
  }
  return href ? html`<a href="${href}">${text}</a>` : html`${text}`;
}

/** An ISO time as people read it in a table: minutes, UTC. */
export function when(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : `${new Date(t).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export const shortSha = (sha: string) => html`<code>${sha.slice(0, 12)}</code>`;

export interface Page {
  file: string;
  title: string;
  nav: string;
}

export const PAGES: readonly Page[] = [
  { file: "index.html", title: "Cloud", nav: "Cloud" },
  { file: "traffic.html", title: "Traffic", nav: "Traffic" },
  { file: "capacity.html", title: "Capacity", nav: "Capacity" },
  { file: "changes.html", title: "Changes", nav: "Changes" },
  { file: "policy.html", title: "Policy", nav: "Policy" },
];

const CSS = `
:root{color-scheme:light;--fg:#1b1f24;--muted:#4d5663;--line:#cfd6de;--bg:#fff;--soft:#f3f5f8;--link:#0b57c2}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
header{background:#102a43;color:#fff;padding:.6rem 1.2rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
header p{margin:0;font-weight:600}
header a{color:#fff}
header code{background:transparent;color:#fff}
nav ul{list-style:none;margin:0;padding:0;display:flex;gap:.4rem;flex-wrap:wrap}
nav a{display:block;padding:.25rem .6rem;border-radius:4px;text-decoration:none}
nav a[aria-current=page]{background:#fff;color:#102a43;font-weight:600}
main{padding:1rem 1.2rem;max-width:1200px}
footer{padding:1rem 1.2rem;color:var(--muted);border-top:1px solid var(--line)}
a{color:var(--link)}
h1{font-size:1.5rem;margin:.2rem 0 .8rem}
h2{font-size:1.2rem;margin:1.6rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
h3{font-size:1.05rem;margin:1.1rem 0 .4rem}
table{border-collapse:collapse;margin:.4rem 0 1rem;font-size:14px}
th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:var(--soft)}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
code{font:13px ui-monospace,SFMono-Regular,Menlo,monospace;background:var(--soft);padding:0 .2rem;border-radius:3px;overflow-wrap:anywhere}
.muted{color:var(--muted)}
.chips{display:inline-flex;flex-wrap:wrap;gap:.25rem;list-style:none;margin:0;padding:0}
.chips li a,.chips li span{display:inline-block;border:1px solid var(--line);border-radius:10px;padding:0 .45rem;font-size:13px}
.state-up{color:#116329}.state-degraded{color:#7a4d00}.state-down{color:#b3261e}
.state-applied{color:#116329}.state-pending,.state-held,.state-in-progress{color:#7a4d00}.state-failed{color:#b3261e}.state-never{color:var(--muted)}
figure{margin:.5rem 0 1rem}
figcaption{color:var(--muted);font-size:13px}
svg{max-width:100%;height:auto}
svg text{font:12px system-ui,sans-serif}
details>summary{cursor:pointer}
ul.tree{margin:.2rem 0;padding-left:1.2rem}
`;

const CSS_HASH = createHash("sha256").update(CSS).digest("base64");

export interface Footer {
  repository: string;
  builtAt: string;
  statusBranch: string;
  statusHead?: { sha: string; at: string };
}

/** One page: no script, one inline style allowed by its hash, every link plain HTML. */
export function pageHtml(page: Page, body: Html, footer: Footer): string {
  const csp = `default-src 'none'; style-src 'sha256-${CSS_HASH}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const nav = PAGES.map(
    (p) =>
      html`<li><a href="${p.file}"${p.file === page.file ? html` aria-current="page"` : ""}>${p.nav}</a></li>`,
  );
  const status = footer.statusHead
    ? html`status branch <code>${footer.statusBranch}</code> at ${githubLink(footer.repository, { commit: footer.statusHead.sha }, shortSha(footer.statusHead.sha))} (${when(footer.statusHead.at)})`
    : html`no status branch <code>${footer.statusBranch}</code> in this checkout: nothing recorded yet`;
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${page.title} · CloudNeutral console</title>
<style>${new Html(CSS)}</style>
</head><body>
<header><p>CloudNeutral · <code>${footer.repository}</code></p>
<nav aria-label="Console pages"><ul>${nav}</ul></nav></header>
<main id="main">
${body}
</main>
<footer>Built ${footer.builtAt} from the repository and ${status}. A static page: no script, no server.</footer>
</body></html>
`.text;
}
