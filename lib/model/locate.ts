import { type Document, isMap, isScalar, isSeq, type LineCounter, type Node } from "yaml";

export type Path = readonly (string | number)[];
export interface Position {
  line: number;
  column: number;
}

/**
 * Where `path` is in a parsed YAML document: the value's node, or with `key` the key of the
 * last segment (where an unknown field is). Stops at the deepest node that exists, so a
 * missing field points at the mapping that should hold it.
 */
export function locate(doc: Document, counter: LineCounter, path: Path, key = false): Position {
  let node: Node | null | undefined = doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length && node; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    let next: Node | null | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === segment);
      if (!pair) break;
      if (last && key && isScalar(pair.key) && pair.key.range) {
        offset = pair.key.range[0];
        break;
      }
      next = pair.value as Node | null;
      if (!next && isScalar(pair.key)) offset = pair.key.range?.[0] ?? offset;
    } else if (isSeq(node)) {
      next = node.items[Number(segment)] as Node | undefined;
    }
    node = next;
    if (node?.range) offset = node.range[0];
  }
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}
