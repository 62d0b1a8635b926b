// RFC 1035 §5 master files, as far as a zone a person may also edit by hand needs: $ORIGIN,
// $TTL, `@`, relative names, a blank owner repeating the previous one, parentheses across
// lines, `;` comments, quoted strings, TTLs with units. Output is one canonical spelling
// (sorted, absolute targets, explicit TTLs) so that the committed file only changes where
// the zone does. $INCLUDE and $GENERATE are refused: the zone lives in one file.
import { byCodeUnit } from "../normalize.ts";

export interface MasterRecord {
  /** Absolute, lower case. */
  name: string;
  ttl: number;
  /** Upper case. */
  type: string;
  /** Presentation form, fields separated by one space; names in known types absolute. */
  rdata: string;
}

export interface Soa {
  mname: string;
  rname: string;
  serial: number;
  refresh: number;
  retry: number;
  expire: number;
  minimum: number;
  ttl: number;
}

export interface MasterZone {
  origin: string;
  defaultTtl: number;
  soa: Soa | null;
  records: MasterRecord[];
}

interface Line {
  tokens: string[];
  blankOwner: boolean;
  line: number;
}

/** Where a rdata field holds a domain name, by type, so relative names can be qualified. */
const NAME_FIELDS: Record<string, number[]> = { CNAME: [0], NS: [0], PTR: [0], MX: [1], SRV: [3] };
const TTL_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

export function parseMasterFile(text: string, zone: string, file: string): MasterZone {
  const at = (line: number) => `${file}:${line}`;
  let origin = zone;
  let defaultTtl: number | null = null;
  let lastTtl: number | null = null;
  let lastOwner: string | null = null;
  let soa: Soa | null = null;
  const records: MasterRecord[] = [];
  for (const { tokens, blankOwner, line } of logicalLines(text, file)) {
    const first = tokens[0]!;
    if (first.startsWith("$")) {
      const directive = first.toUpperCase();
      if (directive === "$ORIGIN" && tokens[1]) origin = absolute(tokens[1], origin);
      else if (directive === "$TTL" && tokens[1]) defaultTtl = parseTtl(tokens[1], at(line));
      else
        throw new Error(`${at(line)}: ${first} is not supported here (keep the zone in one file)`);
      continue;
    }
    let i = blankOwner ? 0 : 1;
    const owner: string | null = blankOwner ? lastOwner : absolute(first, origin);
    if (owner === null) throw new Error(`${at(line)}: the first record needs an owner name`);
    let ttl: number | undefined;
    for (let k = 0; k < 2 && i < tokens.length; k++) {
      const t = tokens[i]!;
      if (ttl === undefined && /^\d/.test(t)) ttl = parseTtl(t, at(line));
      else if (/^(IN|CH|HS|CS|CLASS\d+)$/i.test(t)) {
        if (t.toUpperCase() !== "IN") throw new Error(`${at(line)}: class ${t} is not IN`);
      } else break;
      i++;
    }
    const type = tokens[i]?.toUpperCase();
    const rdata = tokens.slice(i + 1);
    if (type === undefined || rdata.length === 0)
      throw new Error(`${at(line)}: expected "name [ttl] [IN] TYPE data"`);
    ttl ??= defaultTtl ?? lastTtl ?? undefined;
    if (ttl === undefined) throw new Error(`${at(line)}: no TTL and no $TTL before it`);
    lastOwner = owner;
    lastTtl = ttl;
    if (type === "SOA") {
      if (soa || owner !== zone || rdata.length !== 7)
        throw new Error(`${at(line)}: expected one SOA of 7 fields at ${zone}`);
      const n = rdata.slice(2).map((v) => parseTtl(v, at(line)));
      const [mname, rname] = [absolute(rdata[0]!, origin), absolute(rdata[1]!, origin)];
      soa = {
        mname,
        rname,
        serial: n[0]!,
        refresh: n[1]!,
        retry: n[2]!,
        expire: n[3]!,
        minimum: n[4]!,
        ttl,
      };
      continue;
    }
    for (const f of NAME_FIELDS[type] ?? [])
      if (rdata[f] !== undefined) rdata[f] = absolute(rdata[f]!, origin);
    records.push({ name: owner, ttl, type, rdata: rdata.join(" ") });
  }
  return { origin: zone, defaultTtl: defaultTtl ?? soa?.minimum ?? 3600, soa, records };
}

export function formatMasterFile(zone: MasterZone, header: readonly string[]): string {
  const out = header.map((h) => `; ${h}`);
  out.push(`$ORIGIN ${zone.origin}`, `$TTL ${zone.defaultTtl}`);
  const rel = (name: string) => relative(name, zone.origin);
  const { soa } = zone;
  if (soa)
    out.push(
      `@\t${soa.ttl}\tIN\tSOA\t${soa.mname} ${soa.rname} ${soa.serial} ${soa.refresh} ${soa.retry} ${soa.expire} ${soa.minimum}`,
    );
  for (const r of [...zone.records].sort(canonicalOrder))
    out.push(`${rel(r.name)}\t${r.ttl}\tIN\t${r.type}\t${r.rdata}`);
  return `${out.join("\n")}\n`;
}

/** RFC 4034 §6.1 order (labels compared from the right), then type, then data. */
export function canonicalOrder(a: MasterRecord, b: MasterRecord): number {
  const la = a.name.split(".").reverse();
  const lb = b.name.split(".").reverse();
  for (let i = 0; i < Math.min(la.length, lb.length); i++) {
    const c = byCodeUnit(la[i]!, lb[i]!);
    if (c !== 0) return c;
  }
  return la.length - lb.length || byCodeUnit(a.type, b.type) || byCodeUnit(a.rdata, b.rdata);
}

function absolute(name: string, origin: string): string {
  if (name === "@") return origin;
  const lower = name.toLowerCase();
  return lower.endsWith(".") ? lower : `${lower}.${origin}`;
}

function relative(name: string, origin: string): string {
  if (name === origin) return "@";
  return name.endsWith(`.${origin}`) ? name.slice(0, -origin.length - 1) : name;
}

function parseTtl(token: string, at: string): number {
  if (/^\d+$/.test(token)) return Number(token);
  const parts = [...token.toLowerCase().matchAll(/(\d+)([smhdw])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== token.toLowerCase())
    throw new Error(
      `${at}: ${JSON.stringify(token)} is not a TTL (seconds, or units such as 1h30m)`,
    );
  return parts.reduce((sum, p) => sum + Number(p[1]) * TTL_UNITS[p[2]!]!, 0);
}

/** Physical lines joined into records: parentheses continue a line, `;` starts a comment. */
function logicalLines(text: string, file: string): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let lineNo = 1;
  let depth = 0;
  let lineStart = true;
  let blank = false;
  const push = (token: string) => {
    current ??= { tokens: [], blankOwner: blank, line: lineNo };
    current.tokens.push(token);
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "\n") {
      if (depth === 0) {
        if (current) lines.push(current);
        current = null;
        lineStart = true;
        blank = false;
      }
      lineNo++;
      i++;
    } else if (c === " " || c === "\t" || c === "\r") {
      if (lineStart && depth === 0 && current === null) blank = true;
      lineStart = false;
      i++;
    } else if (c === ";") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "(" || c === ")") {
      depth += c === "(" ? 1 : -1;
      if (depth < 0) throw new Error(`${file}:${lineNo}: ")" without "("`);
      lineStart = false;
      i++;
    } else {
      const start = i;
      const quoted = c === '"';
      i += quoted ? 1 : 0;
      for (;;) {
        const d = text[i];
        if (d === undefined || d === "\n") {
          if (quoted) throw new Error(`${file}:${lineNo}: unterminated quoted string`);
          break;
        }
        if (d === "\\") i += 2;
        else if (quoted && d === '"') {
          i++;
          break;
        } else if (!quoted && /[\s;()"]/.test(d)) break;
        else i++;
      }
      lineStart = false;
      push(text.slice(start, i));
    }
  }
  if (depth !== 0) throw new Error(`${file}: "(" without ")"`);
  if (current) lines.push(current);
  return lines;
}
