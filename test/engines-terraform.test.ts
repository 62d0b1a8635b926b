import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  PLAN_FILE_NAME,
  type TerraformOptions,
  terraformApply,
  terraformPlan,
  terraformStatePull,
} from "../lib/engines/terraform.ts";
import type { Logger } from "../lib/logger.ts";
import { summarizePlan } from "../lib/tfplan/summary.ts";
import { FIXTURES, ROOT, scratch } from "./helpers.ts";

const STANDIN_BIN = path.join(ROOT, "test/fixtures/bin");

interface Recorded {
  argv: string[];
  cwd: string;
  env: Record<string, string>;
}

function captureLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug() {},
    info: (m: string) => lines.push(m),
    warning: (m: string) => lines.push(`warning: ${m}`),
    // As the runner shows a group (without its stop-commands guard).
    group: (title: string, body: string[]) =>
      lines.push(`::group::${title}`, ...body, "::endgroup::"),
  };
}

interface StandIn {
  fixture: string;
  planExit?: number;
  fail?: "plan" | "apply" | null;
  sleep?: number;
}

/** A scratch stack directory answered by the stand-in, and options that run it. */
async function standInStack(
  cfg: StandIn,
  extra: Partial<TerraformOptions> = {},
): Promise<{
  o: TerraformOptions;
  log: ReturnType<typeof captureLog>;
  calls: () => Promise<Recorded[]>;
}> {
  const dir = await scratch("cn-tf-");
  const stackDir = path.join(dir, "stack");
  await mkdir(stackDir);
  await writeFile(path.join(stackDir, ".standin.json"), JSON.stringify(cfg));
  const standinLog = path.join(dir, "calls.jsonl");
  const log = captureLog();
  const o: TerraformOptions = {
    binary: "terraform",
    stackDir,
    log,
    env: {
      PATH: `${STANDIN_BIN}${path.delimiter}${process.env.PATH ?? ""}`,
      STANDIN_LOG: standinLog,
    },
    ...extra,
  };
  const calls = async (): Promise<Recorded[]> => {
    if (!existsSync(standinLog)) return [];
    const text = await readFile(standinLog, "utf8");
    return text
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => JSON.parse(l) as Recorded);
  };
  return { o, log, calls };
}

describe("terraform runner with the recorded stand-in", () => {
  it("plans: init, plan to a saved file, show -json; changes from the exit code", async () => {
    const { o, log, calls } = await standInStack({ fixture: "tpc-1-modify", planExit: 2 });
    await writeFile(path.join(o.stackDir, "prod.tfvars"), "x = 1\n");
    const cache = path.join(path.dirname(o.stackDir), "plugin-cache");
    const r = await terraformPlan({
      ...o,
      varFiles: ["prod.tfvars", "extra.tfvars"],
      lockTimeoutSeconds: 120,
      pluginCacheDir: cache,
    });
    const planFile = path.join(o.stackDir, PLAN_FILE_NAME);
    expect(r.changed).toBe(true);
    expect(r.planFile).toBe(planFile);
    expect(r.output).toContain("Plan: 2 to add, 0 to change, 2 to destroy.");
    const expected = JSON.parse(
      await readFile(path.join(FIXTURES, "terraform/tpc-1-modify/plan.json"), "utf8"),
    ) as unknown;
    expect(r.json).toEqual(expected);
    expect(existsSync(cache)).toBe(true);

    const recorded = await calls();
    expect(recorded.map((c) => c.argv)).toEqual([
      ["init", "-input=false", "-no-color"],
      [
        "plan",
        "-input=false",
        "-no-color",
        "-lock-timeout=120s",
        `-out=${planFile}`,
        "-var-file=prod.tfvars",
        "-var-file=extra.tfvars",
        "-detailed-exitcode",
      ],
      ["show", "-json", planFile],
    ]);
    for (const c of recorded) {
      expect(c.cwd).toBe(o.stackDir);
      expect(c.env).toEqual({
        TF_IN_AUTOMATION: "1",
        TF_INPUT: "0",
        CHECKPOINT_DISABLE: "1",
        TF_PLUGIN_CACHE_DIR: cache,
      });
    }

    // One group for the stack; the plan text is in it, the plan JSON is not.
    expect(log.lines[0]).toBe(`::group::${o.stackDir}`);
    expect(log.lines.at(-1)).toBe("::endgroup::");
    expect(log.lines.filter((l) => l.startsWith("::group::"))).toHaveLength(1);
    expect(log.lines).toContain("Terraform has been successfully initialized!");
    expect(log.lines.join("\n")).toContain("Plan: 2 to add");
    expect(log.lines.join("\n")).not.toContain('"format_version"');
  });

  it("no changes: exit 0 means changed=false; the lock timeout defaults to 300s", async () => {
    const { o, calls } = await standInStack({ fixture: "tpc-4-empty", planExit: 0 });
    const r = await terraformPlan({ ...o, backend: false });
    expect(r.changed).toBe(false);
    expect(summarizePlan(r.json).counts.create).toBe(0);
    const argv = (await calls()).map((c) => c.argv);
    expect(argv[0]).toEqual(["init", "-input=false", "-no-color", "-backend=false"]);
    expect(argv[1]).toContain("-lock-timeout=300s");
    expect(argv[1]?.some((a) => a.startsWith("-var-file"))).toBe(false);
  });

  it("applies the saved plan as it is, then pulls the state", async () => {
    const { o, log, calls } = await standInStack({ fixture: "tpc-0-create", planExit: 2 });
    const plan = await terraformPlan(o);
    const applied = await terraformApply(o, plan.planFile);
    expect(applied.output).toContain("Apply complete!");
    const state = await terraformStatePull(o);
    expect(JSON.parse(state)).toMatchObject({ version: 4, resources: [] });
    const argv = (await calls()).map((c) => c.argv);
    expect(argv.slice(3)).toEqual([
      ["apply", "-input=false", "-no-color", "-lock-timeout=300s", plan.planFile],
      ["state", "pull"],
    ]);
    expect(argv[3]).not.toContain("-auto-approve");
    // Three calls, three groups; the state itself is never logged.
    expect(log.lines.filter((l) => l.startsWith("::group::"))).toHaveLength(3);
    expect(log.lines.join("\n")).not.toContain("lineage");
  });

  it("a failing plan in one of several stacks names it; the others still plan", async () => {
    const stacks = await Promise.all([
      standInStack({ fixture: "tpc-0-create", planExit: 2 }),
      standInStack({ fixture: "tpc-1-modify", planExit: 2, fail: "plan" }),
      standInStack({ fixture: "tpc-4-empty", planExit: 0 }),
    ]);
    const results = await Promise.allSettled(stacks.map((s) => terraformPlan(s.o)));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const failed = results[1];
    if (failed?.status !== "rejected") throw new Error("expected a rejection");
    const message = (failed.reason as Error).message;
    expect(message).toContain(stacks[1]?.o.stackDir);
    expect(message).toContain("terraform plan failed");
    expect(message).toContain("exit code 1");
    expect(message).toContain("replayed failure of tpc-1-modify");
    // No saved plan is left behind to apply.
    expect(existsSync(path.join(stacks[1]?.o.stackDir ?? "", PLAN_FILE_NAME))).toBe(false);
    // The failure's stderr is in that stack's group.
    expect(stacks[1]?.log.lines.join("\n")).toContain("replayed failure");
  });

  it("a failing apply throws with the stack, the subcommand and stderr", async () => {
    const { o } = await standInStack({ fixture: "tpc-0-create", planExit: 2, fail: "apply" });
    const plan = await terraformPlan(o);
    await expect(terraformApply(o, plan.planFile)).rejects.toThrow(
      /terraform apply failed in stack .*\(exit code 1\):\n[\s\S]*replayed apply failure/,
    );
  });

  it("a missing stack directory is a clear error", async () => {
    const { o, calls } = await standInStack({ fixture: "tpc-0-create" });
    const gone = path.join(o.stackDir, "no-such-stack");
    await expect(terraformPlan({ ...o, stackDir: gone })).rejects.toThrow(
      `stack directory ${gone} does not exist`,
    );
    expect(await calls()).toEqual([]);
  });

  it("a missing binary is a clear error", async () => {
    const { o } = await standInStack({ fixture: "tpc-0-create" });
    const empty = await scratch("cn-empty-path-");
    await expect(terraformPlan({ ...o, binary: "tofu", env: { PATH: empty } })).rejects.toThrow(
      "tofu not found on PATH; set Platform.spec.terraform.binary or install it",
    );
    await expect(
      terraformPlan({ ...o, binary: path.join(empty, "terraform"), env: { PATH: empty } }),
    ).rejects.toThrow(/terraform not found at .*; set Platform\.spec\.terraform\.binary/);
  });

  it("a binary given as a path is run directly", async () => {
    const { o, calls } = await standInStack({ fixture: "tpc-4-empty", planExit: 0 });
    const r = await terraformPlan({
      ...o,
      binary: path.join(STANDIN_BIN, "terraform"),
      env: { STANDIN_LOG: o.env?.STANDIN_LOG ?? "" },
    });
    expect(r.changed).toBe(false);
    expect(await calls()).toHaveLength(3);
  });

  it("a timeout stops the process group and throws", async () => {
    const { o } = await standInStack({ fixture: "tpc-0-create", planExit: 2, sleep: 600 });
    const started = Date.now();
    await expect(terraformPlan({ ...o, timeoutMs: 200 })).rejects.toThrow(
      /terraform init in .* timed out after 200 ms/,
    );
    // Stopped at its timeout, not at the end of the stand-in's ten-minute sleep: how long
    // after the timeout depends on the machine, so only "well short of the sleep" is checked.
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});

/** A real terraform/tofu on PATH, other than the stand-in. */
function realBinary(): string | undefined {
  for (const name of ["terraform", "tofu"])
    for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
      if (dir === "" || path.resolve(dir) === STANDIN_BIN) continue;
      const full = path.join(dir, name);
      if (existsSync(full)) return full;
    }
  return undefined;
}

const REAL = realBinary();

describe.skipIf(REAL === undefined)("terraform runner with a real terraform/tofu", () => {
  it("plans a create, applies it, and then plans no changes", { timeout: 120_000 }, async () => {
    const dir = await scratch("cn-tf-real-");
    const stackDir = path.join(dir, "stack");
    await mkdir(stackDir);
    await writeFile(
      path.join(stackDir, "main.tf"),
      'resource "terraform_data" "x" {\n  input = "a"\n}\n',
    );
    const log = captureLog();
    const o: TerraformOptions = {
      binary: REAL ?? "terraform",
      stackDir,
      log,
      pluginCacheDir: path.join(dir, "plugin-cache"),
      timeoutMs: 100_000,
    };
    const first = await terraformPlan(o);
    expect(first.changed).toBe(true);
    const summary = summarizePlan(first.json, stackDir);
    expect(summary.counts.create).toBe(1);
    expect(summary.resources.map((r) => [r.address, r.action])).toEqual([
      ["terraform_data.x", "create"],
    ]);
    const applied = await terraformApply(o, first.planFile);
    expect(applied.output).toContain("Apply complete!");
    const state = JSON.parse(await terraformStatePull(o)) as { resources: unknown[] };
    expect(state.resources).toHaveLength(1);
    const second = await terraformPlan(o);
    expect(second.changed).toBe(false);
    expect(summarizePlan(second.json, stackDir).counts.create).toBe(0);
  });
});

describe("the runner's log groups", () => {
  it("show another program's output as text: a forged workflow command in it does nothing", async () => {
    const { runnerLog } = await import("../actions/runner.ts");
    const { parseAnnotations } = await import("./harness.ts");
    let out = "";
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      out += chunk;
      return true;
    }) as typeof process.stdout.write;
    try {
      runnerLog.group("stacks/platform/jp1", [
        "::error::forged by a provider",
        "::add-mask::x",
        "Plan: 1 to add",
      ]);
    } finally {
      process.stdout.write = write;
    }
    expect(out).toMatch(
      /^::group::stacks\/platform\/jp1\n::stop-commands::[0-9a-f-]{36}\n::error::forged/,
    );
    expect(out).toMatch(/Plan: 1 to add\n::[0-9a-f-]{36}::\n::endgroup::\n$/);
    expect(parseAnnotations(out)).toEqual([]);
  });
});
