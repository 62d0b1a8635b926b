// The plan, understood: every recorded `terraform show -json` output (format 0.1 to 1.2)
// summarised with exact counts, the stack's fold for the PR comment, `plan summarize`.
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { planCommand } from "../cli/plan.ts";
import { inlineCode, planHeadline, planMarkdown } from "../lib/plan/markdown.ts";
import { parsePlanJson } from "../lib/tfplan/parse.ts";
import { type PlanCounts, summarizePlan, summaryJson } from "../lib/tfplan/summary.ts";
import { FIXTURES, scratch } from "./helpers.ts";

const TERRAFORM = path.join(FIXTURES, "terraform");
const fixturePath = (name: string) => path.join(TERRAFORM, name, "plan.json");
const fixtureText = (name: string) => readFile(fixturePath(name), "utf8");
const fixture = async (name: string): Promise<unknown> => JSON.parse(await fixtureText(name));

async function run(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await planCommand(args, {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

const zero: PlanCounts = {
  create: 0,
  update: 0,
  delete: 0,
  replace: 0,
  read: 0,
  noop: 0,
  forget: 0,
  import: 0,
  move: 0,
};

// Read off the fixtures by hand (jq over resource_changes and output_changes), not from the
// code: counts not named are 0; "listed" is how many resources the summary lists.
type Row = [
  name: string,
  format: string,
  counts: Partial<PlanCounts>,
  listed: number,
  outputs: number,
  sensitive: string[],
];
const EXPECTED: Row[] = [
  // fixture, format, counts, listed, output changes, sensitive outputs
  ["tfjson-110_sensitive_values", "0.2", { create: 7 }, 7, 8, ["foo"]],
  ["tfjson-action_reason", "1.2", { replace: 1 }, 1, 0, []],
  ["tfjson-basic", "0.1", { create: 7, read: 1 }, 7, 8, ["foo"]],
  ["tfjson-deep_module", "0.1", { create: 1 }, 1, 0, []],
  ["tfjson-explicit_null", "0.1", { create: 3 }, 3, 0, []],
  ["tfjson-has_changes", "0.1", { noop: 6 }, 0, 8, ["foo"]],
  ["tfjson-identity", "1.2", { update: 1, import: 1 }, 1, 0, []],
  ["tfjson-moved_block", "1.2", { noop: 1, move: 1 }, 1, 0, []],
  ["tfjson-no_changes", "0.1", { noop: 6 }, 0, 8, ["foo"]],
  ["tfjson-numerics", "1.2", { create: 1 }, 1, 0, []],
  ["tfjson-registry_module", "0.1", { create: 1 }, 1, 0, []],
  ["tpc-0-create", "1.2", { create: 3 }, 3, 0, []],
  ["tpc-1-modify", "1.2", { replace: 2, noop: 1 }, 2, 0, []],
  ["tpc-2-delete", "1.2", { delete: 2, noop: 1 }, 2, 0, []],
  ["tpc-3-remove", "1.2", { forget: 1 }, 1, 0, []],
  ["tpc-4-empty", "1.2", {}, 0, 0, []],
  ["tpc-7-create-hundreds", "1.2", { create: 300 }, 300, 0, []],
  ["tpc-ephemeral", "1.2", { create: 1 }, 1, 0, []],
];

describe("summarizePlan over the recorded plans", () => {
  it("has a row for every fixture folder", async () => {
    const folders = (await readdir(TERRAFORM, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(EXPECTED.map(([name]) => name).sort()).toEqual(folders);
  });

  it.each(EXPECTED)("%s (format %s)", async (name, format, counts, listed, outputs, sensitive) => {
    const s = summarizePlan(await fixture(name), name);
    expect(s.formatVersion).toBe(format);
    expect(s.counts).toEqual({ ...zero, ...counts });
    expect(s.resources).toHaveLength(listed);
    expect(s.outputs).toHaveLength(outputs);
    expect(s.outputs.filter((o) => o.sensitive).map((o) => o.name)).toEqual(sensitive);
    expect(s.errored).toBe(false);
    expect(s.complete).toBe(true);
  });

  it("keeps the reason and the paths that force a replacement", async () => {
    const s = summarizePlan(await fixture("tpc-1-modify"));
    expect(s.resources).toEqual([
      {
        address: "local_file.test",
        type: "local_file",
        actions: ["delete", "create"],
        action: "replace",
        reason: "replace_because_cannot_update",
        replacePaths: ["content"],
        importing: false,
      },
      {
        address: "local_file.test3",
        type: "local_file",
        actions: ["delete", "create"],
        action: "replace",
        reason: "replace_because_cannot_update",
        replacePaths: ["content"],
        importing: false,
      },
    ]);
    const tainted = summarizePlan(await fixture("tfjson-action_reason"));
    expect(tainted.resources[0]).toMatchObject({
      address: "null_resource.example",
      action: "replace",
      reason: "replace_because_tainted",
    });
    const removed = summarizePlan(await fixture("tpc-2-delete"));
    expect(removed.resources.map((r) => [r.address, r.action, r.reason])).toEqual([
      ["local_file.test", "delete", "delete_because_no_resource_config"],
      ["local_file.test3", "delete", "delete_because_no_resource_config"],
    ]);
  });

  it("lists a move and an import even when nothing else changes, and leaves reads out", async () => {
    const moved = summarizePlan(await fixture("tfjson-moved_block"));
    expect(moved.resources).toEqual([
      {
        address: "random_id.test2",
        type: "random_id",
        actions: ["no-op"],
        action: "noop",
        movedFrom: "random_id.test",
        importing: false,
      },
    ]);
    const imported = summarizePlan(await fixture("tfjson-identity"));
    expect(imported.resources[0]).toMatchObject({ action: "update", importing: true });
    const basic = summarizePlan(await fixture("tfjson-basic"));
    expect(basic.resources.some((r) => r.address.startsWith("data."))).toBe(false);
    expect(basic.resources.map((r) => r.address)).toEqual([
      "module.foo.null_resource.aliased",
      "module.foo.null_resource.foo",
      "null_resource.bar",
      "null_resource.baz[0]",
      "null_resource.baz[1]",
      "null_resource.baz[2]",
      "null_resource.foo",
    ]);
  });
});

/** A plan of format 1.2 with the given resource_changes entries (type taken from the address). */
function plan(
  changes: {
    address: string;
    actions: string[];
    reason?: string;
    previous?: string;
    importing?: boolean;
    deposed?: string;
    before?: unknown;
    after?: unknown;
  }[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    format_version: "1.2",
    terraform_version: "1.13.5",
    planned_values: { root_module: {} },
    resource_changes: changes.map((c) => ({
      address: c.address,
      ...(c.previous ? { previous_address: c.previous } : {}),
      ...(c.deposed ? { deposed: c.deposed } : {}),
      mode: "managed",
      type: c.address.replace(/^(module\.[^.]+\.)*/, "").split(".")[0],
      name: "x",
      change: {
        actions: c.actions,
        before: c.before ?? null,
        after: c.after ?? null,
        ...(c.importing ? { importing: { id: "i-1" } } : {}),
      },
      ...(c.reason ? { action_reason: c.reason } : {}),
    })),
    ...extra,
  };
}

describe("summarizePlan rules", () => {
  it("counts both replace orders (and create-then-forget) only as replace", () => {
    const s = summarizePlan(
      plan([
        { address: "a_b.one", actions: ["delete", "create"] },
        { address: "a_b.two", actions: ["create", "delete"], reason: "replace_by_triggers" },
        { address: "a_b.three", actions: ["create", "forget"] },
      ]),
    );
    expect(s.counts).toEqual({ ...zero, replace: 3 });
  });

  it("counts a move or an import in addition to the action, and a same-address previous_address as no move", () => {
    const s = summarizePlan(
      plan([
        { address: "a_b.new", previous: "a_b.old", actions: ["update"] },
        { address: "a_b.same", previous: "a_b.same", actions: ["no-op"] },
        { address: "a_b.imp", importing: true, actions: ["no-op"] },
        { address: "a_b.gone", deposed: "00aa", actions: ["delete"] },
      ]),
    );
    expect(s.counts).toEqual({ ...zero, update: 1, noop: 2, delete: 1, move: 1, import: 1 });
    expect(s.resources.map((r) => r.address)).toEqual(["a_b.new", "a_b.imp", "a_b.gone"]);
    expect(s.resources[2]).toMatchObject({ deposed: "00aa" });
  });

  it("refuses an action list no Terraform plans, naming the resource", () => {
    expect(() => summarizePlan(plan([{ address: "a_b.c", actions: ["explode"] }]), "s")).toThrow(
      'plan of s: a_b.c has actions ["explode"]',
    );
  });

  it("reads errored and incomplete plans", () => {
    const s = summarizePlan(plan([], { errored: true, complete: false }));
    expect(s).toMatchObject({ errored: true, complete: false });
    expect(planMarkdown(s)).toMatch(/stopped with errors[\s\S]*deferred/);
  });
});

describe("bad input", () => {
  it("tells corrupt JSON from truncated JSON, with where", async () => {
    expect(() => parsePlanJson('{"format_version": "1.2",\n  ]', "p.json")).toThrow(
      /^plan of p\.json: invalid JSON at line 2, column 3; expected the output of terraform show -json/,
    );
    // V8's messages quote the text around the error, which may be a secret: never repeated.
    expect(() => parsePlanJson('{"format_version": "1.2",\n  "x": ]}', "p.json")).toThrow(
      /^plan of p\.json: invalid JSON( at line \d+, column \d+)?; expected the output of terraform show -json/,
    );
    const whole = await fixtureText("tpc-1-modify");
    const half = whole.slice(0, Math.floor(whole.length / 2));
    expect(() => parsePlanJson(half, "p.json")).toThrow(/ends early .*truncated/);
    expect(() => parsePlanJson('{"format_version":"1.2"', "p.json")).toThrow(/truncated/);
    expect(() => parsePlanJson("", "p.json")).toThrow(/empty/);
    const text = await readFile(path.join(TERRAFORM, "tpc-1-modify/plan.txt"), "utf8");
    expect(() => parsePlanJson(text, "p")).toThrow(
      /not JSON \(the text output of terraform plan or show\?\)/,
    );
  });

  it("refuses a state, a raw state file and a newer format by name", () => {
    const shownState = {
      format_version: "1.0",
      terraform_version: "1.13.5",
      values: { root_module: { resources: [] } },
    };
    expect(() => summarizePlan(shownState, "s")).toThrow(/a state rather than a plan/);
    const tfstate = {
      version: 4,
      terraform_version: "1.13.5",
      serial: 3,
      lineage: "f0e1d2c3-0000-0000-0000-000000000000",
      outputs: {},
      resources: [],
    };
    expect(() => summarizePlan(tfstate, "s")).toThrow(
      /a Terraform state file \(terraform\.tfstate\), not a plan/,
    );
    expect(() => summarizePlan({ format_version: "2.0", planned_values: {} }, "s")).toThrow(
      'plan of s: unsupported format_version "2.0" (0.x and 1.x are read)',
    );
    expect(() => summarizePlan([], "s")).toThrow(/not a JSON object/);
    expect(() => summarizePlan(plan([], { output_changes: { x: { before: 1 } } }), "s")).toThrow(
      /output_changes\.x lacks actions/,
    );
  });

  it("plan summarize: exit 1 with a clear message for unreadable or invalid plans", async () => {
    const dir = await scratch("cn-plan-");
    const write = async (name: string, text: string) => {
      const file = path.join(dir, name);
      await writeFile(file, text);
      return file;
    };
    const cases: [string, RegExp][] = [
      [path.join(dir, "missing.json"), /cannot read the plan .*missing\.json: no such file/],
      [dir, /cannot read the plan .*: it is a directory/],
      [await write("corrupt.json", "{]"), /invalid JSON at line 1, column 2/],
      [await write("cut.json", (await fixtureText("tpc-2-delete")).slice(0, 500)), /truncated/],
      [
        await write("state.json", JSON.stringify({ format_version: "1.0", values: {} })),
        /state rather than a plan/,
      ],
      [
        await write("v2.json", JSON.stringify({ format_version: "2.0", planned_values: {} })),
        /unsupported format_version "2\.0"/,
      ],
    ];
    for (const [file, message] of cases) {
      const r = await run("summarize", "--plan-json", file);
      expect(r, file).toMatchObject({ code: 1, stdout: "" });
      expect(r.stderr).toMatch(message);
      expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    }
  });

  it("plan summarize: exit 2 for usage errors", async () => {
    for (const args of [
      [],
      ["summarise", "--plan-json", "x"],
      ["summarize"],
      ["summarize", "--plan-json", "x", "--format", "yaml"],
      ["summarize", "--plan-json", "x", "--bogus"],
      ["summarize", "--plan-json", "x", "extra"],
    ]) {
      const r = await run(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/usage: cloudneutral plan summarize --plan-json FILE/);
    }
  });
});

describe("plan summarize", () => {
  it("prints the documented JSON, keys in order, reason only when there is one", async () => {
    const r = await run(
      "summarize",
      "--plan-json",
      fixturePath("tpc-1-modify"),
      "--format",
      "json",
    );
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toBe(
      '{"create":0,"update":0,"delete":0,"replace":2,"read":0,"noop":1,"forget":0,"import":0,"move":0,' +
        '"resources":[{"address":"local_file.test","actions":["delete","create"],"reason":"replace_because_cannot_update"},' +
        '{"address":"local_file.test3","actions":["delete","create"],"reason":"replace_because_cannot_update"}]}\n',
    );
    const empty = await run("summarize", "--plan-json", fixturePath("tpc-4-empty"));
    expect(empty.stdout).toBe(
      '{"create":0,"update":0,"delete":0,"replace":0,"read":0,"noop":0,"forget":0,"import":0,"move":0,"resources":[]}\n',
    );
    const identity = JSON.parse(
      (await run("summarize", "--plan-json", fixturePath("tfjson-identity"))).stdout,
    );
    expect(identity.resources).toEqual([
      { address: "corner_user_identity.user", actions: ["update"] },
    ]);
  });

  it("prints the stack's fold with --format markdown", async () => {
    const r = await run(
      "summarize",
      "--plan-json",
      fixturePath("tpc-2-delete"),
      "--format",
      "markdown",
      "--stack",
      "stacks/platform/jp1",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<details open><summary><code>stacks\/platform\/jp1<\/code>: /);
    expect(r.stdout).toContain("| − delete | `local_file.test` | no longer in the configuration |");
    expect(r.stdout.trimEnd()).toMatch(/<\/details>$/);
  });
});

describe("planMarkdown", () => {
  it("headline: totals with + ~ − ±, then what else is not zero", async () => {
    expect(planHeadline(summarizePlan(await fixture("tpc-1-modify")))).toBe(
      "+0 create · ~0 update · −0 delete · ±2 replace · 1 unchanged",
    );
    expect(planHeadline(summarizePlan(await fixture("tfjson-basic")))).toBe(
      "+7 create · ~0 update · −0 delete · ±0 replace · 8 outputs changed · 1 read",
    );
    expect(planHeadline(summarizePlan(await fixture("tfjson-identity")))).toBe(
      "+0 create · ~1 update · −0 delete · ±0 replace · 1 import",
    );
    expect(planHeadline(summarizePlan(await fixture("tpc-4-empty")))).toBe("no changes");
    expect(planHeadline(summarizePlan(await fixture("tfjson-no_changes")))).toBe(
      "no resource changes · 8 outputs changed · 6 unchanged",
    );
  });

  it("calls out destroys, replaces and forgets first, with reasons; then other changes; then outputs", () => {
    const s = summarizePlan(
      plan(
        [
          { address: "aws_instance.web", actions: ["create"] },
          {
            address: "aws_db_instance.main",
            actions: ["delete", "create"],
            reason: "replace_because_cannot_update",
          },
          {
            address: "aws_s3_bucket.logs",
            actions: ["delete"],
            reason: "delete_because_no_resource_config",
          },
          { address: "aws_iam_role.ci", actions: ["update"], previous: "aws_iam_role.build" },
          { address: "aws_kms_key.k", actions: ["forget"] },
        ],
        {
          output_changes: {
            db_password: { actions: ["update"], before_sensitive: true, after_sensitive: true },
            url: { actions: ["create"], before_sensitive: false, after_sensitive: false },
            same: { actions: ["no-op"] },
          },
        },
      ),
    );
    const md = planMarkdown(s, { title: "stacks/platform/jp1" });
    const at = (text: string) => {
      const i = md.indexOf(text);
      expect(i, text).toBeGreaterThan(-1);
      return i;
    };
    expect(md.startsWith("<details open>")).toBe(true);
    expect(at("`aws_db_instance.main` | cannot be updated in place")).toBeLessThan(
      at("`aws_instance.web`"),
    );
    expect(at("`aws_s3_bucket.logs` | no longer in the configuration")).toBeLessThan(
      at("**Other changes**"),
    );
    expect(
      at("| ⊘ forget | `aws_kms_key.k` | removed from the state, not destroyed |"),
    ).toBeLessThan(at("**Other changes**"));
    expect(at("| ~ update | `aws_iam_role.ci` | moved from `aws_iam_role.build` |")).toBeLessThan(
      at("**Outputs** (2)"),
    );
    expect(md).toContain("| ~ update | `db_password` | (sensitive) |");
    expect(md).toContain("| + create | `url` |  |");
    expect(md).not.toContain("`same`");
    expect(planMarkdown(s, { open: false }).startsWith("<details><summary>")).toBe(true);
  });

  it("escapes |, backticks and HTML in addresses and titles", () => {
    const hostile =
      'aws_s3_bucket.b["key with | and <tags> & `ticks` \\| <img src=x onerror=alert(1)>"]';
    const s = summarizePlan(
      plan([
        { address: hostile, actions: ["delete"] },
        { address: 'aws_s3_bucket.c["line\nbreak\u202e"]', actions: ["create"] },
      ]),
    );
    const md = planMarkdown(s, { title: "stacks/<b>x</b>|`y`" });
    expect(md).not.toMatch(/<tags>|<img|<b>|`ticks`/);
    expect(md).toContain("<code>stacks/&#60;b&#62;x&#60;/b&#62;&#124;&#96;y&#96;</code>: ");
    for (const row of md
      .split("\n")
      .filter((l) => l.startsWith("| ") && !l.startsWith("| action"))) {
      // Every table row keeps its cells: no pipe, newline or backtick escaped the address.
      expect(row.split("|").length, row).toBeLessThanOrEqual(5);
    }
    expect(md).toContain("\\u000a");
    expect(md).toContain("\\u202e");
    expect(inlineCode("aws_instance.web[0]")).toBe("`aws_instance.web[0]`");
    expect(inlineCode("a|b")).toBe("<code>a&#124;b</code>");
    expect(inlineCode("a`b")).toBe("<code>a&#96;b</code>");
    expect(inlineCode("<x>")).toBe("<code>&#60;x&#62;</code>");
  });

  it("never prints a value: not from the fixtures, not a sensitive one", async () => {
    const secrets = ["hunter2-very-secret", "AKIAEXAMPLESECRETKEY", "p@ssw0rd-output"];
    const s = summarizePlan(
      plan(
        [
          {
            address: "aws_db_instance.main",
            actions: ["update"],
            before: { password: secrets[0] },
            after: { password: secrets[1] },
          },
        ],
        {
          output_changes: {
            pw: { actions: ["create"], after: secrets[2], after_sensitive: true },
          },
        },
      ),
    );
    const printed = planMarkdown(s) + JSON.stringify(summaryJson(s)) + JSON.stringify(s);
    for (const secret of secrets) expect(printed).not.toContain(secret);

    // Every string value in every fixture's changes: none reaches the comment.
    for (const [name] of EXPECTED) {
      const raw = (await fixture(name)) as {
        resource_changes?: { address: string; change: { before: unknown; after: unknown } }[];
        output_changes?: Record<string, { before?: unknown; after?: unknown }>;
      };
      const sum = summarizePlan(raw);
      const md = planMarkdown(sum);
      const names = [
        ...(raw.resource_changes ?? []).map((r) => r.address),
        ...Object.keys(raw.output_changes ?? {}),
      ].join("\n");
      const values: string[] = [];
      const collect = (v: unknown): void => {
        if (typeof v === "string") values.push(v);
        else if (Array.isArray(v)) v.forEach(collect);
        else if (v !== null && typeof v === "object") Object.values(v).forEach(collect);
      };
      for (const r of raw.resource_changes ?? []) collect([r.change.before, r.change.after]);
      for (const o of Object.values(raw.output_changes ?? {})) collect([o.before, o.after]);
      for (const v of values.filter((v) => v.length >= 6 && !names.includes(v)))
        expect(md, `${name}: ${v}`).not.toContain(v);
    }
  });

  it("keeps 5,000 resources under 60,000 characters, destroys and replaces in full", () => {
    const changes = Array.from({ length: 5000 }, (_, i) => {
      const address = `module.svc_${Math.floor(i / 10)}.aws_instance.main["${i % 10}"]`;
      if (i % 25 === 0)
        return { address, actions: ["delete"], reason: "delete_because_no_resource_config" };
      if (i % 25 === 1)
        return { address, actions: ["delete", "create"], reason: "replace_because_cannot_update" };
      return { address, actions: [i % 3 === 0 ? "update" : "create"] };
    });
    const s = summarizePlan(plan(changes));
    const md = planMarkdown(s);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(60_000);
    for (const r of s.resources.filter((r) => r.action === "delete" || r.action === "replace"))
      expect(md).toContain(`\`${r.address}\``);
    expect(md).toMatch(/\| \+ create \| `aws_instance` \| 3,066 \|/);
    expect(md).not.toContain("not shown");
  });

  it("stays within the budget when even the destroys do not fit, and says so", () => {
    const changes = Array.from({ length: 5000 }, (_, i) => ({
      address: `module.svc_${i}.aws_instance.main`,
      actions: i < 4000 ? ["delete"] : ["create"],
    }));
    const s = summarizePlan(plan(changes, { output_changes: { url: { actions: ["update"] } } }));
    for (const max of [60_000, 8_000, 1_000, 300]) {
      const md = planMarkdown(s, { maxChars: max, moreAt: "the job summary" });
      expect(Buffer.byteLength(md), String(max)).toBeLessThanOrEqual(max);
      expect(md).toContain("−4,000 delete");
      if (max >= 1_000) {
        expect(md).toMatch(
          /… and [\d,]+ more destroys, replaces or forgets not shown here: see the job summary/,
        );
        expect(md).toContain("**Other changes** (1,000)");
        expect(md).toContain("**Outputs** (1)");
      }
    }
  });
});
