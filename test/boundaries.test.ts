// Module boundaries, checked the way the stale-schema test checks the schema: the import graph
// of lib/, actions/ and cli/ has no cycle between files and none between lib/ folders, the
// leaves stay leaves, and lib/ never reaches for the Actions toolkit (adapters do).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .map((f) => path.posix.join(dir, f.split(path.sep).join("/")));
}

/** file → the files (and packages) it imports, type-only imports included. */
function importGraph(): Map<string, { files: string[]; packages: string[] }> {
  const graph = new Map<string, { files: string[]; packages: string[] }>();
  for (const file of ["lib", "actions", "cli"].flatMap(sources)) {
    const info = ts.preProcessFile(readFileSync(path.join(root, file), "utf8"), true, true);
    const files: string[] = [];
    const packages: string[] = [];
    for (const { fileName } of info.importedFiles) {
      if (fileName.startsWith(".")) files.push(path.posix.join(path.posix.dirname(file), fileName));
      else packages.push(fileName);
    }
    graph.set(file, { files, packages });
  }
  return graph;
}

/** Strongly connected components with more than one member (Tarjan), each sorted. */
function cycles(edges: Map<string, Set<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges.get(v)?.has(v)) found.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** The lib/ folder a file belongs to ("lib" for the files directly in lib/). */
function libFolder(file: string): string | undefined {
  const parts = file.split("/");
  if (parts[0] !== "lib") return undefined;
  return parts.length > 2 ? parts[1] : "lib";
}

const graph = importGraph();

describe("module boundaries", () => {
  it("every relative import names a file that exists", () => {
    const missing = [...graph].flatMap(([file, { files }]) =>
      files.filter((f) => !graph.has(f) && !f.endsWith(".json")).map((f) => `${file} → ${f}`),
    );
    expect(missing).toEqual([]);
  });

  it("has no import cycle between files", () => {
    const edges = new Map([...graph].map(([f, { files }]) => [f, new Set(files)]));
    expect(cycles(edges)).toEqual([]);
  });

  it("has no import cycle between lib/ folders", () => {
    const edges = new Map<string, Set<string>>();
    for (const [file, { files }] of graph) {
      const from = libFolder(file);
      if (!from || from === "lib") continue;
      const to = edges.get(from) ?? new Set();
      for (const f of files) {
        const folder = libFolder(f);
        if (folder && folder !== from && folder !== "lib") to.add(folder);
      }
      edges.set(from, to);
    }
    expect(cycles(edges)).toEqual([]);
  });

  it("keeps git and tfplan leaves: they import no other lib/ folder but lib/'s own files", () => {
    const reached = [...graph]
      .filter(([file]) => ["git", "tfplan"].includes(libFolder(file) ?? ""))
      .flatMap(([file, { files }]) =>
        files
          .filter((f) => {
            const folder = libFolder(f);
            return folder !== libFolder(file) && folder !== "lib";
          })
          .map((f) => `${file} → ${f}`),
      );
    expect(reached).toEqual([]);
  });

  it("keeps the Actions toolkit out of lib/: only the adapters under actions/ use it", () => {
    const users = [...graph]
      .filter(
        ([file, { packages }]) =>
          file.startsWith("lib/") && packages.some((p) => p.startsWith("@actions/")),
      )
      .map(([file]) => file);
    expect(users).toEqual([]);
  });
});
