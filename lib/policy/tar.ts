// Just enough of tar to read an OPA bundle (`opa build` writes a gzipped ustar archive with
// Go's archive/tar): regular files, with GNU long names and PAX `path` records.
import { gunzipSync } from "node:zlib";

/** A bundle that cannot be read; the message is for the person who built it. */
export class BundleError extends Error {
  override name = "BundleError";
}

/** A gzip bomb would otherwise fill memory: real policy bundles are far smaller. */
export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;

const BLOCK = 512;

export function gunzip(bytes: Uint8Array): Uint8Array {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b)
    throw new BundleError(
      "not a gzip file; expected a .tar.gz bundle built by `opa build -t wasm`",
    );
  try {
    const out = gunzipSync(bytes, { maxOutputLength: MAX_BUNDLE_BYTES });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength); // a view, not a Buffer
  } catch (err) {
    throw new BundleError(`corrupt gzip data: ${(err as Error).message}`);
  }
}

/** Files of a tar archive by path, without a leading `/` or `./`. */
export function untar(tar: Uint8Array): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const latin1 = new TextDecoder("latin1");
  const utf8 = new TextDecoder();
  let offset = 0;
  let longName: string | undefined;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) return files; // end of archive
    if (!checksumOk(header))
      throw new BundleError(`not a tar archive (bad header checksum at byte ${offset})`);
    const field = (start: number, length: number) =>
      utf8.decode(header.subarray(start, start + length)).replace(/\0.*$/s, "");
    const size = Number.parseInt(latin1.decode(header.subarray(124, 136)).trim() || "0", 8);
    if (!Number.isFinite(size) || size < 0) throw new BundleError("not a tar archive (bad size)");
    const dataStart = offset + BLOCK;
    const data = tar.subarray(dataStart, dataStart + size);
    if (data.length < size) throw new BundleError("truncated tar archive");
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;

    const type = String.fromCharCode(header[156] ?? 0);
    if (type === "L") {
      longName = utf8.decode(data).replace(/\0.*$/s, "");
      continue;
    }
    if (type === "x") {
      longName = paxPath(utf8.decode(data)) ?? longName;
      continue;
    }
    const prefix = field(345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = undefined;
    // Regular files only ("0", or NUL from old tars); directories, links and globals are skipped.
    if (type === "0" || type === "\0") files.set(normalize(name), data);
  }
  if (offset === 0) throw new BundleError("not a tar archive (empty)");
  return files;
}

function checksumOk(header: Uint8Array): boolean {
  const stored = Number.parseInt(
    new TextDecoder("latin1").decode(header.subarray(148, 156)).replace(/\0.*$/s, "").trim(),
    8,
  );
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
  return sum === stored;
}

/** PAX records are `<length> <key>=<value>\n`. */
function paxPath(text: string): string | undefined {
  for (const record of text.split("\n")) {
    const m = /^\d+ path=(.*)$/s.exec(record);
    if (m) return m[1];
  }
  return undefined;
}

function normalize(name: string): string {
  return name.replace(/^(\.\/|\/)+/, "");
}
