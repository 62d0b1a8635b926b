// The npm package as a user gets it: `npm pack`, installed into an empty project without the
// network (dist/cli.js is one self-contained bundle, so the package has no dependencies),
// then `npx cloudneutral` on the sample. Needs a built dist/ (`npm run build`).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT, SAMPLE_CONFIG, scratch } from "./helpers.ts";

const run = promisify(execFile);

describe("the npm package", () => {
  // About 10 s alone on 2 cores (npm pack, npm install, four npx runs); npm is slow under load.
  it("packs what a user needs, installs offline into an empty project and runs with npx", {
    timeout: 180_000,
  }, async () => {
    expect(existsSync(path.join(ROOT, "dist/cli.js")), "dist/cli.js: run npm run build").toBe(true);
    const tmp = await scratch("cn-pack-");
    const env = {
      ...process.env,
      npm_config_cache: path.join(tmp, "npm-cache"),
      npm_config_update_notifier: "false",
      npm_config_audit: "false",
      npm_config_fund: "false",
    };
    // --ignore-scripts: prepack would rebuild dist/, which other tests are reading.
    const packed = await run(
      "npm",
      ["pack", "--ignore-scripts", "--json", "--pack-destination", tmp],
      { cwd: ROOT, env },
    );
    const [info] = JSON.parse(packed.stdout) as {
      filename: string;
      files: { path: string }[];
    }[];
    const files = info!.files.map((f) => f.path);
    expect(files).toContain("package.json");
    expect(files).toContain("dist/cli.js");
    expect(files).toContain("schema/platform-config.schema.json");
    expect(files).toContain("README.md");
    expect(files.some((f) => f.startsWith("templates/"))).toBe(true);
    expect(files.some((f) => f.startsWith("dist/chunks/"))).toBe(true);
    const extra = files.filter(
      (f) =>
        !/^(package\.json|README\.md|dist\/cli\.js|dist\/chunks\/|schema\/|templates\/)/.test(f),
    );
    expect(extra).toEqual([]);

    const manifest = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as {
      version: string;
      private?: boolean;
      dependencies?: object;
    };
    expect(manifest.private).toBeUndefined();
    // Everything is in the bundle: an install needs nothing from the registry.
    expect(manifest.dependencies ?? {}).toEqual({});

    const project = path.join(tmp, "project");
    await cp(SAMPLE_CONFIG, path.join(project, "platform-config"), { recursive: true });
    await writeFile(
      path.join(project, "package.json"),
      `${JSON.stringify({ name: "adopter", version: "1.0.0", private: true })}\n`,
    );
    const installed = await run(
      "npm",
      ["install", "--offline", "--no-package-lock", path.join(tmp, info!.filename)],
      { cwd: project, env },
    );
    expect(installed.stderr).not.toMatch(/EBADENGINE|ERR!/);

    const npx = (...args: string[]) =>
      run("npx", ["--offline", "cloudneutral", ...args], { cwd: project, env });
    expect((await npx("--version")).stdout).toBe(`${manifest.version}\n`);
    const valid = await npx("validate");
    expect(valid.stdout).toMatch(/^platform-config: valid \(\d+ documents in \d+ files\)\n$/);
    const help = await npx("validate", "--help");
    expect(help.stdout).toContain("usage: cloudneutral validate [--config DIR]");
    const bad = await npx("validate", "--bogus").catch(
      (err: { code: number; stderr: string }) => err,
    );
    expect(bad).toMatchObject({ code: 2 });
    expect((bad as { stderr: string }).stderr).toContain("Unknown option '--bogus'");
  });
});
