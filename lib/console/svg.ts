// Charts as inline SVG, written by hand: a step chart of values over time, a bar of shares and
// a layered graph. No charting library: these three shapes are a few dozen lines each, need no
// script in the page (a library would bring one, and its size, into every page), and every
// label goes through the same escaping `html` tag as the rest of the page. Each chart is an
// image with a title for screen readers; the numbers it draws are also in a table beside it.
import { type Html, html, join } from "./html.ts";

/** Colours with at least 3:1 contrast against white (WCAG's figure for graphics). */
export const PALETTE = [
  "#0b57c2",
  "#b3261e",
  "#116329",
  "#7a4d00",
  "#6f3fb5",
  "#00677f",
  "#a4336b",
];

const f = (n: number) => Number(n.toFixed(1));

export interface Series {
  label: string;
  /** Time in ms, value; oldest first. */
  points: { t: number; v: number }[];
  /** Draw as dots (recommendations) rather than a step line (counts). */
  dots?: boolean;
}

/** Values over time as step lines: each value holds until the next point, then to `until`. */
export function stepChart(options: {
  /** Unique in the page: the chart's title is referenced by it. */
  id: string;
  title: string;
  series: Series[];
  until: number;
  yLabel: string;
  /** Horizontal reference lines (min, max). */
  marks?: { label: string; v: number }[];
  width?: number;
}): Html {
  const width = options.width ?? 640;
  const height = 220;
  const pad = { l: 44, r: 110, t: 26, b: 28 };
  const all = options.series.flatMap((s) => s.points);
  if (all.length === 0) return html``;
  const values = [...all.map((p) => p.v), ...(options.marks ?? []).map((m) => m.v)];
  const t0 = Math.min(...all.map((p) => p.t));
  const t1 = Math.max(options.until, ...all.map((p) => p.t), t0 + 1);
  const v0 = Math.min(0, ...values);
  const v1 = Math.max(...values, v0 + 1);
  const x = (t: number) => f(pad.l + ((t - t0) / (t1 - t0)) * (width - pad.l - pad.r));
  const y = (v: number) => f(height - pad.b - ((v - v0) / (v1 - v0)) * (height - pad.t - pad.b));
  const id = options.id;
  const ticks = niceTicks(v0, v1);
  const lines = options.series.map((s, i) => {
    const colour = PALETTE[i % PALETTE.length]!;
    if (s.dots)
      return join(
        s.points.map(
          (p) =>
            html`<circle cx="${x(p.t)}" cy="${y(p.v)}" r="3.5" fill="none" stroke="${colour}" stroke-width="1.5"/>`,
        ),
      );
    let d = "";
    s.points.forEach((p, k) => {
      d += k === 0 ? `M${x(p.t)} ${y(p.v)}` : `H${x(p.t)}V${y(p.v)}`;
    });
    const last = s.points.at(-1);
    if (last) d += `H${x(t1)}`;
    return html`<path d="${d}" fill="none" stroke="${colour}" stroke-width="2"/>`;
  });
  const legend = options.series.map(
    (s, i) =>
      html`<text x="${width - pad.r + 8}" y="${pad.t + 12 + i * 16}" fill="${PALETTE[i % PALETTE.length]!}">${s.dots ? "○ " : "— "}${s.label}</text>`,
  );
  const marks = (options.marks ?? []).map(
    (m) =>
      html`<line x1="${pad.l}" x2="${width - pad.r}" y1="${y(m.v)}" y2="${y(m.v)}" stroke="#8a949e" stroke-dasharray="4 3"/><text x="${pad.l + 4}" y="${y(m.v) - 3}">${m.label} ${m.v}</text>`,
  );
  return html`<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}"><title id="${id}">${options.title}</title>
<g>${ticks.map((v) => html`<line x1="${pad.l}" x2="${width - pad.r}" y1="${y(v)}" y2="${y(v)}" stroke="#e3e8ee"/><text x="${pad.l - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`)}</g>
<text x="${pad.l}" y="${height - 8}">${day(t0)}</text><text x="${width - pad.r}" y="${height - 8}" text-anchor="end">${day(t1)}</text>
<text x="4" y="12">${options.yLabel}</text>
${marks}${lines}${legend}</svg>`;
}

/** One horizontal bar split by share, with each label and percentage written in. */
export function shareBar(
  id: string,
  title: string,
  parts: { label: string; share: number }[],
): Html {
  const width = 640;
  const height = 46;
  let at = 0;
  const segments = parts
    .filter((p) => p.share > 0)
    .map((p, i) => {
      const w = p.share * width;
      const seg = html`<rect x="${f(at)}" y="4" width="${f(w)}" height="22" fill="${PALETTE[i % PALETTE.length]!}"/>${
        w > 70
          ? html`<text x="${f(at + 6)}" y="20" fill="#fff">${p.label} ${pct(p.share)}</text>`
          : ""
      }`;
      at += w;
      return seg;
    });
  const none = at === 0 ? html`<text x="6" y="20">no region in the answer</text>` : "";
  return html`<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}"><title id="${id}">${title}</title><rect x="0" y="4" width="${width}" height="22" fill="#eef1f5"/>${segments}${none}</svg>`;
}

export interface GraphNode {
  id: string;
  column: number;
  label: string;
  /** A class name from a fixed set (the unit's state). */
  state: string;
  emphasis: boolean;
  dependsOn: string[];
}

const STATE_FILL: Record<string, string> = {
  applied: "#dff3e4",
  pending: "#fff1cc",
  held: "#fff1cc",
  "in-progress": "#fff1cc",
  failed: "#fbe0dd",
  never: "#eef1f5",
};

/** Columns (layers) of boxes, left to right, with an edge for each dependency. */
export function layerGraph(id: string, title: string, columns: string[], nodes: GraphNode[]): Html {
  const colWidth = 190;
  const rowHeight = 30;
  const top = 30;
  const rows = new Map<number, number>();
  const pos = new Map<string, { x: number; y: number }>();
  for (const n of nodes) {
    const row = rows.get(n.column) ?? 0;
    rows.set(n.column, row + 1);
    pos.set(n.id, { x: 10 + n.column * colWidth, y: top + row * rowHeight });
  }
  const width = columns.length * colWidth + 10;
  const height = top + Math.max(1, ...rows.values()) * rowHeight + 10;
  const boxW = colWidth - 30;
  const edges = nodes.flatMap((n) =>
    n.dependsOn.flatMap((d) => {
      const a = pos.get(d);
      const b = pos.get(n.id);
      if (!a || !b) return [];
      return [
        html`<path d="M${a.x + boxW} ${a.y + 11}C${a.x + boxW + 15} ${a.y + 11} ${b.x - 15} ${b.y + 11} ${b.x} ${b.y + 11}" fill="none" stroke="#8a949e"/>`,
      ];
    }),
  );
  const boxes = nodes.map((n) => {
    const p = pos.get(n.id)!;
    return html`<g><rect x="${p.x}" y="${p.y}" width="${boxW}" height="22" rx="4" fill="${STATE_FILL[n.state] ?? "#eef1f5"}" stroke="${n.emphasis ? "#0b57c2" : "#8a949e"}" stroke-width="${n.emphasis ? 2.5 : 1}"/><text x="${p.x + 6}" y="${p.y + 15}">${n.label.length > 24 ? `${n.label.slice(0, 23)}…` : n.label}</text></g>`;
  });
  const heads = columns.map(
    (c, i) => html`<text x="${10 + i * colWidth}" y="18" font-weight="600">${c}</text>`,
  );
  return html`<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}"><title id="${id}">${title}</title>${heads}${edges}${boxes}</svg>`;
}

function pct(x: number): string {
  return `${Number((x * 100).toFixed(1))}%`;
}

function day(t: number): string {
  return new Date(t).toISOString().slice(0, 16).replace("T", " ");
}

function niceTicks(lo: number, hi: number): number[] {
  const span = hi - lo;
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000].find((s) => span / s <= 5) ?? 1000;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) out.push(v);
  return out;
}
