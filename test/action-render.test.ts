// The bundled action, run as the runner runs it: `node dist/render.js` under Node 24 with
// INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, in a workspace checkout.
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT, sampleRepo, scratch, snapshotTree } from "./helpers.ts";

const NODE24 = path.join(ROOT, "node_modules/node/bin/node");

interface ActionRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const end = lines.indexOf(m[2]!, i + 1);
    outputs[m[1]!] = lines.slice(i + 1, end).join("\n");
    i = end;
  }
  return outputs;
}

async function runAction(
  name: string,
  workspace: string,
  inputs: Record<string, string>,
): Promise<ActionRun> {
  const runnerTemp = await scratch("cn-runner-");
  const outputFile = path.join(runnerTemp, "output");
  const summaryFile = path.join(runnerTemp, "summary");
  await writeFile(outputFile, "");
  await writeFile(summaryFile, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const result = await promisify(execFile)(NODE24, [path.join(ROOT, "dist", `${name}.js`)], {
    cwd: workspace,
    env,
  }).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
  );
  return {
    ...result,
    outputs: parseOutputs(await readFile(outputFile, "utf8")),
    summary: await readFile(summaryFile, "utf8"),
  };
}

const defaults = { "config-dir": "platform-config", "out-dir": "infra", mode: "write" };

describe("the render action (dist/render.js under Node 24)", () => {
  it("runs under the runtime action.yml declares", async () => {
    const { stdout } = await promisify(execFile)(NODE24, ["--version"]);
    expect(stdout).toMatch(/^v24\./);
    expect(await readFile(path.join(ROOT, "actions/render/action.yml"), "utf8")).toMatch(
      /using: node24\n\s+main: \.\.\/\.\.\/dist\/render\.js/,
    );
  });

  it("renders, sets outputs and writes a per-stack summary; a second run changes nothing", async () => {
    const repo = await sampleRepo();
    const first = await runAction("render", repo, defaults);
    expect(first.code).toBe(0);
    expect(first.outputs.changed).toBe("true");
    const files = JSON.parse(first.outputs.files!) as { path: string; change: string }[];
    expect(
      files.some((f) => f.path === "stacks/foundation/jp1/network.tf" && f.change === "create"),
    ).toBe(true);
    expect(first.summary).toContain("| unit | + create | ~ update | − delete |");
    expect(first.summary).toMatch(/\| `stacks\/foundation\/jp1` \| \d+ \| 0 \| 0 \|/);

    const second = await runAction("render", repo, defaults);
    expect(second.code).toBe(0);
    expect(second.outputs).toEqual({ changed: "false", files: "[]" });
  });

  it("check mode fails on a stale tree and writes nothing", async () => {
    const repo = await sampleRepo({ infra: true });
    await writeFile(path.join(repo, "infra/gateway/eu1/nginx.conf"), "stale\n");
    const before = await snapshotTree(path.join(repo, "infra"));
    const run = await runAction("render", repo, { ...defaults, mode: "check" });
    expect(run.code).toBe(1);
    expect(run.outputs.changed).toBe("true");
    expect(run.stdout).toMatch(/^::error::infra\/ is stale: 1 file\(s\) differ/m);
    expect(await snapshotTree(path.join(repo, "infra"))).toEqual(before);
  });

  it("reports configuration problems as annotations on their lines, all of them in the summary", async () => {
    const repo = await sampleRepo();
    for (let i = 0; i < 12; i++) {
      await writeFile(
        path.join(repo, `platform-config/bad-${String(i).padStart(2, "0")}.yaml`),
        `apiVersion: cloudneutral.io/v1alpha1\nkind: Environment\nmetadata:\n  name: "Bad_${i}"\nspec: {approvals: 0, protected: false}\n`,
      );
    }
    const run = await runAction("render", repo, defaults);
    expect(run.code).toBe(1);
    const annotations = run.stdout.split("\n").filter((l) => l.startsWith("::error file="));
    expect(annotations).toHaveLength(10);
    expect(annotations[0]).toMatch(
      /^::error file=platform-config\/bad-00\.yaml,line=4,col=9::metadata\.name: expected lower-case letters, digits and /,
    );
    expect(run.summary.match(/platform-config\/bad-\d+\.yaml:4:9/g)).toHaveLength(12);
    expect(await snapshotTree(path.join(repo, "infra"))).toEqual({});
  });

  it("a missing required input fails the step with a clear message", async () => {
    const repo = await sampleRepo();
    const run = await runAction("render", repo, { "out-dir": "infra" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::Input required and not supplied: config-dir");
  });

  it("an invalid mode is refused", async () => {
    const repo = await sampleRepo();
    const run = await runAction("render", repo, { ...defaults, mode: "yolo" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('input "mode" must be one of write, check; got "yolo"');
  });
});
