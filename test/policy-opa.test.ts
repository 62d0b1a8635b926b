// No OPA compiler runs on this machine, so the Rego → wasm step is exercised by the repository's
// GitHub workflow (test/fixtures/opa/policy.rego). Here: bundle reading, every way a bundle can
// be wrong, entrypoint selection, result conversion, and the SDK plumbing with a hand-assembled
// module that speaks OPA's wasm ABI (constant answers, no Rego behind it).
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { loadDocuments, type SourceDoc } from "../lib/model/load.ts";
import { loadOpaPolicy, opaResults, readBundle, selectEntrypoints } from "../lib/policy/opa.ts";
import { regoEntrypoints } from "../lib/policy/rego.ts";
import type { RuleInput } from "../lib/policy/types.ts";

const enc = new TextEncoder();
const bytes = (b: Uint8Array | string) => (typeof b === "string" ? enc.encode(b) : b);

/** One ustar entry; `type` "L" is a GNU long name, "x" a PAX header. */
function tarEntry(name: string, data: Uint8Array, type = "0", prefix = ""): Uint8Array {
  const header = new Uint8Array(512);
  const put = (s: string, at: number) => header.set(enc.encode(s), at);
  put(name.slice(0, 100), 0);
  put("0000644\0", 100);
  put("0000000\0", 108);
  put("0000000\0", 116);
  put(`${data.length.toString(8).padStart(11, "0")}\0`, 124);
  put("00000000000\0", 136);
  put("        ", 148);
  header[156] = type.charCodeAt(0);
  put("ustar\0", 257);
  put("00", 263);
  put(prefix, 345);
  const sum = header.reduce((a, b) => a + b, 0);
  put(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
  const out = new Uint8Array(512 + Math.ceil(data.length / 512) * 512);
  out.set(header);
  out.set(data, 512);
  return out;
}

function tar(files: [string, Uint8Array | string][]): Uint8Array {
  const parts = [...files.map(([n, d]) => tarEntry(n, bytes(d))), new Uint8Array(1024)];
  return Buffer.concat(parts);
}

const tgz = (files: [string, Uint8Array | string][]) => gzipSync(tar(files));

// --- A module that speaks OPA's wasm ABI 1.2 -----------------------------------------------
const leb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const sleb = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) return [...out, b];
    out.push(b | 0x80);
  }
};
const name = (s: string) => [...leb(s.length), ...enc.encode(s)];
const vec = (items: number[][]) => [...leb(items.length), ...items.flat()];
const section = (id: number, body: number[]) => [id, ...leb(body.length), ...body];
const I32 = 0x7f;

/**
 * `entrypoints` map names to ids; `opa_eval` answers entrypoint i with `results[i]` (JSON
 * result-set text), and traps (like a Rego runtime error) for `trap`.
 */
function fakeOpaWasm(opts: {
  entrypoints: Record<string, number>;
  results: string[];
  trap?: number;
  abi?: number;
}): Uint8Array {
  const strings = ["{}", JSON.stringify(opts.entrypoints), ...opts.results];
  const addrs: number[] = [];
  let next = 1024;
  for (const s of strings) {
    addrs.push(next);
    next += enc.encode(s).length + 1;
  }
  const konst = (v: number) => [0x41, ...sleb(v)];
  const results = addrs.slice(2);
  const choose = (i: number): number[] =>
    i === results.length - 1
      ? konst(results[i] ?? 0)
      : [...konst(results[i] ?? 0), ...choose(i + 1), 0x20, 1, ...konst(i), 0x46, 0x1b];
  const trap =
    opts.trap === undefined ? [] : [0x20, 1, ...konst(opts.trap), 0x46, 0x04, 0x40, 0x00, 0x0b];
  const bodies = [
    konst(addrs[0] ?? 0), // builtins
    konst(addrs[1] ?? 0), // entrypoints
    [0x23, 2, 0x23, 2, 0x20, 0, 0x6a, 0x24, 2], // opa_malloc: bump the heap pointer
    [0x20, 0], // opa_json_parse: values are their own JSON text
    [0x20, 0], // opa_json_dump
    [0x23, 2], // opa_heap_ptr_get
    [0x20, 0, 0x24, 2], // opa_heap_ptr_set
    [...trap, ...choose(0)], // opa_eval
  ];
  const types = [
    [0x60, 0, 1, I32],
    [0x60, 1, I32, 1, I32],
    [0x60, 2, I32, I32, 1, I32],
    [0x60, 1, I32, 0],
    [0x60, 7, ...Array(7).fill(I32), 1, I32],
  ];
  const funcs = ["builtins", "entrypoints", "opa_malloc", "opa_json_parse", "opa_json_dump"];
  const more = ["opa_heap_ptr_get", "opa_heap_ptr_set", "opa_eval"];
  const exports = [
    [...name("opa_wasm_abi_version"), 3, 0],
    [...name("opa_wasm_abi_minor_version"), 3, 1],
    ...[...funcs, ...more].map((f, i) => [...name(f), 0, i]),
  ];
  const global = (mutable: number, v: number) => [I32, mutable, ...konst(v), 0x0b];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec(types)),
    ...section(2, vec([[...name("env"), ...name("memory"), 0x02, 0x00, ...leb(2)]])),
    ...section(3, vec([0, 0, 1, 2, 1, 0, 3, 4].map((t) => [t]))),
    ...section(6, vec([global(0, opts.abi ?? 1), global(0, 2), global(1, 65536)])),
    ...section(7, vec(exports)),
    ...section(10, vec(bodies.map((b) => [...leb(b.length + 2), 0, ...b, 0x0b]))),
    ...section(
      11,
      vec(strings.map((s, i) => [0, ...konst(addrs[i] ?? 0), 0x0b, ...name(`${s}\0`)])),
    ),
  ]);
}

const EMPTY_WASM = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
const DENY = "cloudneutral/main/deny";
const WARN = "cloudneutral/main/warn";
const ALLOW = "cloudneutral/main/allow";
const opaModule = (trap?: number, abi?: number) =>
  fakeOpaWasm({
    entrypoints: { [DENY]: 0, [WARN]: 1, [ALLOW]: 2 },
    results: [
      JSON.stringify([{ result: ["needs two regions", { msg: "from an object", details: 1 }] }]),
      JSON.stringify([{ result: ["image uses :latest"] }]),
      JSON.stringify([{ result: true }]),
    ],
    ...(trap !== undefined && { trap }),
    ...(abi !== undefined && { abi }),
  });

// --- Config on disk ------------------------------------------------------------------------
const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

const OPA_SPEC = "  opa:\n    bundle: policies/bundle.tar.gz\n";

async function opaDoc(
  bundle: Uint8Array | undefined,
  spec = OPA_SPEC,
): Promise<{ doc: SourceDoc<"Policy">; read: (rel: string) => Promise<Uint8Array> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "cn-opa-"));
  dirs.push(dir);
  await mkdir(path.join(dir, "policies"));
  if (bundle) await writeFile(path.join(dir, "policies/bundle.tar.gz"), bundle);
  await writeFile(
    path.join(dir, "policies/rego.yaml"),
    `apiVersion: cloudneutral.io/v1alpha1
kind: Policy
metadata:
  name: rego
spec:
${spec}`,
  );
  const { config, problems } = await loadDocuments(dir);
  expect(problems).toEqual([]);
  const doc = config.byKind.Policy[0];
  if (!doc) throw new Error("no policy loaded");
  return { doc, read: (rel) => readFile(path.join(dir, rel)) };
}

const input: RuleInput = {
  object: { kind: "Service", metadata: { name: "shop" }, spec: { env: "prod" } },
  oldObject: null,
  change: { kind: "Service", name: "shop", operation: "CREATE", environment: "prod" },
  pr: null,
};

describe("readBundle", () => {
  it("reads the module, merges data files by path and parses the manifest", () => {
    const wasm = opaModule();
    const bundle = readBundle(
      tgz([
        [
          "/.manifest",
          '{"revision":"r1","wasm":[{"entrypoint":"x/deny","module":"/policy.wasm"}]}',
        ],
        ["/data.json", '{"limits":{"regions":2}}'],
        ["/policy.wasm", wasm],
        ["/teams/data.json", '{"platform":["alice"]}'],
        ["/policy.rego", "package x"],
      ]),
    );
    expect(bundle.wasm).toEqual(wasm);
    expect(bundle.data).toEqual({ limits: { regions: 2 }, teams: { platform: ["alice"] } });
    expect(bundle.manifest).toMatchObject({ revision: "r1" });
  });

  it("follows GNU long names, PAX paths and the ustar prefix", () => {
    const long = `${"d/".repeat(60)}data.json`;
    const record = ` path=${"e/".repeat(60)}data.json\n`;
    const pax = enc.encode(`${record.length + 3}${record}`);
    const archive = Buffer.concat([
      tarEntry("././@LongLink", enc.encode(`${long}\0`), "L"),
      tarEntry("truncated", enc.encode('{"a":1}')),
      tarEntry("PaxHeaders/x", pax, "x"),
      tarEntry("ignored", enc.encode('{"b":2}')),
      tarEntry("policy.wasm", EMPTY_WASM, "0", "."),
      tarEntry("dir/", new Uint8Array(0), "5"),
      new Uint8Array(1024),
    ]);
    const bundle = readBundle(gzipSync(archive));
    expect(bundle.wasm).toEqual(EMPTY_WASM);
    const dig = (key: string) => {
      let d: unknown = bundle.data;
      for (let i = 0; i < 60; i++) d = (d as Record<string, unknown>)[key];
      return d;
    };
    expect(dig("d")).toEqual({ a: 1 });
    expect(dig("e")).toEqual({ b: 2 });
  });

  it.each([
    ["not gzip", tar([["policy.wasm", EMPTY_WASM]]), /not a gzip file/],
    ["corrupt gzip", gzipSync(tar([["policy.wasm", EMPTY_WASM]])).subarray(0, 40), /corrupt gzip/],
    ["not a tar", gzipSync(enc.encode("just some text, not an archive ".repeat(40))), /not a tar/],
    ["empty", gzipSync(new Uint8Array(0)), /not a tar archive \(empty\)/],
    [
      "truncated tar",
      gzipSync(tar([["policy.wasm", new Uint8Array(2000)]]).subarray(0, 1024)),
      /truncated/,
    ],
    ["no policy.wasm", tgz([["/data.json", "{}"]]), /no \/policy\.wasm \(it has data\.json\)/],
    [
      "bad data.json",
      tgz([
        ["/policy.wasm", EMPTY_WASM],
        ["/data.json", "{"],
      ]),
      /data\.json is not valid JSON/,
    ],
  ])("refuses a bundle that is %s", (_, archive, message) => {
    expect(() => readBundle(archive)).toThrow(message);
  });
});

describe("loadOpaPolicy", () => {
  it.each([
    ["is missing", undefined, /OPA bundle policies\/bundle\.tar\.gz not found/],
    ["is not gzip", enc.encode("hello"), /not a gzip file/],
    ["is not a tar", gzipSync(enc.encode("x".repeat(600))), /not a tar archive/],
    ["has no policy.wasm", tgz([["data.json", "{}"]]), /no \/policy\.wasm/],
    ["holds no WebAssembly", tgz([["policy.wasm", "not wasm"]]), /not a WebAssembly module/],
    [
      "holds a module that is not OPA",
      tgz([["policy.wasm", EMPTY_WASM]]),
      /not an OPA policy \(it does not export opa_wasm_abi_version/,
    ],
    [
      "has an unsupported ABI",
      tgz([["policy.wasm", opaModule(undefined, 2)]]),
      /does not instantiate as an OPA policy: unsupported ABI version 2/,
    ],
  ])("reports a bundle that %s at the opa.bundle field", async (_, bundle, message) => {
    const { doc, read } = await opaDoc(bundle);
    const { policy, problems } = await loadOpaPolicy(doc, read);
    expect(policy).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "policies/rego.yaml", line: 7, column: 13 });
    expect(problems[0]?.message).toMatch(/^Policy rego: /);
    expect(problems[0]?.message).toMatch(message);
  });

  it("runs the conftest entrypoints of a module and turns their sets into results", async () => {
    const { doc, read } = await opaDoc(
      tgz([
        ["/policy.wasm", opaModule()],
        ["/data.json", "{}"],
      ]),
    );
    const { policy, problems } = await loadOpaPolicy(doc, read);
    expect(problems).toEqual([]);
    expect(policy?.entrypoints).toEqual([DENY, WARN]);
    const at = { root: "platform-config", file: "services/shop.yaml", line: 4, column: 1 };
    expect(policy?.evaluate({ ...input, at })).toEqual([
      {
        rule: `rego/${DENY}`,
        severity: "deny",
        object: "Service/shop",
        message: "needs two regions",
        at,
      },
      {
        rule: `rego/${DENY}`,
        severity: "deny",
        object: "Service/shop",
        message: "from an object",
        at,
      },
      {
        rule: `rego/${WARN}`,
        severity: "warn",
        object: "Service/shop",
        message: "image uses :latest",
        at,
      },
    ]);
  });

  it("applies the policy's match and fails closed when a rule traps", async () => {
    const match = `  match:\n    kinds: [Service]\n${OPA_SPEC}`;
    const { doc, read } = await opaDoc(tgz([["policy.wasm", opaModule(1)]]), match);
    const { policy } = await loadOpaPolicy(doc, read);
    expect(policy?.evaluate({ ...input, change: { ...input.change, kind: "Region" } })).toEqual([]);
    const results = policy?.evaluate(input) ?? [];
    expect(results.map((r) => [r.rule, r.severity])).toEqual([
      [`rego/${DENY}`, "deny"],
      [`rego/${DENY}`, "deny"],
      [`rego/${WARN}`, "deny"],
    ]);
    expect(results[2]?.message).toMatch(
      /rule failed to evaluate \(.*unreachable.*\), so it denies/,
    );
  });

  it("runs the entrypoints asked for, and names the ones it has when one is missing", async () => {
    const bundle = tgz([["policy.wasm", opaModule()]]);
    const asked = await opaDoc(bundle, `${OPA_SPEC}    entrypoints: [${ALLOW}]\n`);
    const ok = await loadOpaPolicy(asked.doc, asked.read);
    expect(ok.policy?.entrypoints).toEqual([ALLOW]);
    expect(ok.policy?.evaluate(input)).toMatchObject([
      { rule: `rego/${ALLOW}`, severity: "deny", message: `${ALLOW} is true` },
    ]);

    const { doc, read } = await opaDoc(bundle, `${OPA_SPEC}    entrypoints: [${DENY}, x/nope]\n`);
    const missing = await loadOpaPolicy(doc, read);
    expect(missing.policy).toBeUndefined();
    expect(missing.problems).toEqual([
      {
        file: "policies/rego.yaml",
        line: 8,
        column: 43,
        message: `Policy rego: OPA bundle policies/bundle.tar.gz has no entrypoint x/nope; it has: ${ALLOW}, ${DENY}, ${WARN}`,
      },
    ]);
  });

  it("reports a module without conftest entrypoints", async () => {
    const wasm = fakeOpaWasm({ entrypoints: { "x/allow": 0 }, results: ["[]"] });
    const { doc, read } = await opaDoc(tgz([["policy.wasm", wasm]]));
    const { problems } = await loadOpaPolicy(doc, read);
    expect(problems[0]?.message).toMatch(
      /has no deny, violation or warn entrypoint \(it has: x\/allow\)/,
    );
  });
});

describe("selectEntrypoints", () => {
  const available = ["p/deny", "p/violation", "p/warn", "p/warn_latest", "p/allow", "q/denylist"];
  it.each([
    [undefined, ["p/deny", "p/violation", "p/warn", "p/warn_latest"], []],
    [[], ["p/deny", "p/violation", "p/warn", "p/warn_latest"], []],
    [["p/allow"], ["p/allow"], []],
    [["p/deny", "p/nope"], ["p/deny"], ["p/nope"]],
  ])("asked %j → %j, missing %j", (requested, entrypoints, missing) => {
    expect(selectEntrypoints(available, requested)).toEqual({ entrypoints, missing });
  });
});

describe("opaResults", () => {
  const about = { policy: "p", object: "Service/a" };
  const r = (message: string, severity = "deny", rule = "p/x/deny") => ({
    rule,
    severity,
    object: "Service/a",
    message,
  });
  it.each([
    ["an undefined rule", [], "x/deny", []],
    ["an empty set", [{ result: [] }], "x/deny", []],
    ["a set of strings", [{ result: ["a", "b"] }], "x/deny", [r("a"), r("b")]],
    [
      "objects with msg",
      [{ result: [{ msg: "m", details: { n: 1 } }] }],
      "x/violation",
      [r("m", "deny", "p/x/violation")],
    ],
    ["objects without msg", [{ result: [{ reason: "r" }] }], "x/deny", [r('{"reason":"r"}')]],
    ["warnings", [{ result: ["w"] }], "x/warn", [r("w", "warn", "p/x/warn")]],
    ["suffixed warnings", [{ result: ["w"] }], "x/warn_tags", [r("w", "warn", "p/x/warn_tags")]],
    ["a true boolean", [{ result: true }], "x/deny", [r("x/deny is true")]],
    ["a false boolean", [{ result: false }], "x/deny", []],
    ["a single message", [{ result: "one" }], "x/deny", [r("one")]],
    [
      "not a result set",
      { result: 1 },
      "x/warn",
      [r('rule failed to evaluate (unexpected result {"result":1})', "deny", "p/x/warn")],
    ],
  ])("converts %s", (_, resultSet, entrypoint, expected) => {
    expect(opaResults(resultSet, entrypoint, about)).toEqual(expected);
  });
});

// Only where an OPA compiler exists (the GitHub workflow installs one): real Rego, end to end.
const HAS_OPA = spawnSync("opa", ["version"], { stdio: "ignore" }).status === 0;

describe("Rego sources", () => {
  it("finds the conftest entrypoints of a module", () => {
    const source =
      "package cloudneutral.main\n\ndeny contains msg if { true }\nwarn_images contains msg if { true }\nhelper := 1\n";
    expect(regoEntrypoints(source)).toEqual([
      "cloudneutral/main/deny",
      "cloudneutral/main/warn_images",
    ]);
    expect(regoEntrypoints("deny contains 1 if { true }")).toEqual([]);
    // A local inside a rule body is not a rule.
    expect(
      regoEntrypoints('package p\nwarn contains m if {\n    warn_limit := 3\n    m := "x"\n}\n'),
    ).toEqual(["p/warn"]);
  });

  it.skipIf(HAS_OPA)(
    "without opa on PATH, a .rego Policy is a clear configuration problem",
    async () => {
      const rego = await readFile(
        fileURLToPath(new URL("fixtures/opa/policy.rego", import.meta.url)),
      );
      const { doc } = await opaDoc(undefined, "  opa:\n    bundle: policies/policy.rego\n");
      const { policy, problems } = await loadOpaPolicy(doc, async () => rego);
      expect(policy).toBeUndefined();
      expect(problems[0]?.message).toMatch(
        /policy\.rego is Rego source, and no `opa` is on PATH to compile it/,
      );
    },
  );

  it.skipIf(!HAS_OPA)("with opa on PATH, a .rego Policy is compiled and evaluated", async () => {
    const rego = await readFile(
      fileURLToPath(new URL("fixtures/opa/policy.rego", import.meta.url)),
    );
    const { doc } = await opaDoc(undefined, "  opa:\n    bundle: policies/policy.rego\n");
    const { policy, problems } = await loadOpaPolicy(doc, async () => rego);
    expect(problems).toEqual([]);
    expect(policy?.entrypoints).toEqual([DENY, WARN]);
  });
});

describe.skipIf(!HAS_OPA)("a real Rego policy built by `opa build -t wasm`", () => {
  it("denies a prod service in one region and warns on :latest", async () => {
    const rego = fileURLToPath(new URL("fixtures/opa/policy.rego", import.meta.url));
    const out = await mkdtemp(path.join(tmpdir(), "cn-opa-build-"));
    dirs.push(out);
    const bundleFile = path.join(out, "bundle.tar.gz");
    const build = spawnSync(
      "opa",
      ["build", "-t", "wasm", "-e", DENY, "-e", WARN, "-o", bundleFile, rego],
      { encoding: "utf8" },
    );
    expect(build.status, build.stderr).toBe(0);
    const { doc, read } = await opaDoc(await readFile(bundleFile));
    const { policy, problems } = await loadOpaPolicy(doc, read);
    expect(problems).toEqual([]);
    expect(policy?.entrypoints).toEqual([DENY, WARN]);
    const service = (regions: string[], image: string) => ({
      ...input,
      object: {
        kind: "Service",
        metadata: { name: "shop" },
        spec: { env: "prod", regions, image },
      },
    });
    expect(policy?.evaluate(service(["jp1", "sg1"], "ghcr.io/a/shop:1.0"))).toEqual([]);
    expect(policy?.evaluate(service(["jp1"], "ghcr.io/a/shop:latest"))).toMatchObject([
      {
        rule: `rego/${DENY}`,
        severity: "deny",
        message: "prod service shop runs in 1 region(s); it needs at least 2",
      },
      {
        rule: `rego/${WARN}`,
        severity: "warn",
        message: "shop uses the image ghcr.io/a/shop:latest; pin a version tag or digest",
      },
    ]);
    const removed = service(["jp1"], "x:latest");
    const change = { ...input.change, operation: "DELETE" as const };
    expect(policy?.evaluate({ ...input, object: null, oldObject: removed.object, change })).toEqual(
      [],
    );
  });
});
