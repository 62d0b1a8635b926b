// `cloudneutral init`: what it writes validates and renders at once, for every provider; it
// never writes over anything, and refuses hostile values with nothing written. (The workflows
// it writes are linted and held to their reusable workflows in workflows.test.ts.)
import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCommand } from "../cli/args.ts";
import { COMMANDS } from "../cli/cloudneutral.ts";
import { VERSION } from "../cli/version.ts";
import { callerWorkflows } from "../lib/adopt/callers.ts";
import { cli, ROOT, scratch, snapshotTree } from "./helpers.ts";

const REPO = "acme/platform";

describe("cloudneutral init", () => {
  it("scaffolds a repository that validates, renders and is up to date after one render", async () => {
    const dir = path.join(await scratch("cn-init-"), "platform");
    const r = await cli(
      "init",
      dir,
      "--repository",
      REPO,
      "--providers",
      "aws,gcp,alicloud,onprem",
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const tree = await snapshotTree(dir);
    expect(Object.keys(tree).sort()).toEqual(
      [
        "platform-config/platform.yaml",
        "platform-config/environments.yaml",
        "platform-config/tenants/example.yaml",
        "platform-config/regions/aws1.yaml",
        "platform-config/regions/gcp1.yaml",
        "platform-config/regions/ali1.yaml",
        "platform-config/regions/dc1.yaml",
        "platform-config/sizes.yaml",
        "platform-config/services/hello.yaml",
        ...Object.keys(callerWorkflows(VERSION)).map((f) => `.github/workflows/${f}`),
      ].sort(),
    );
    for (const f of Object.keys(tree)) expect(r.stdout).toContain(`created ${f}\n`);
    expect(r.stdout).toContain(`npx cloudneutral doctor --repo ${REPO}`);
    expect(r.stdout).toContain("npx cloudneutral bootstrap");
    expect(tree["platform-config/platform.yaml"]).toContain(`repository: ${REPO}`);
    expect(tree[".github/workflows/apply.yml"]).toContain(
      `uses: cloudneutral/cloudneutral/.github/workflows/cloudneutral-apply.yml@v${VERSION}`,
    );

    const config = path.join(dir, "platform-config");
    const out = path.join(dir, "infra");
    const valid = await cli("validate", "--config", config);
    expect(valid.stderr).toBe("");
    expect(valid.code).toBe(0);
    const rendered = await cli("render", "--config", config, "--out", out);
    expect(rendered.code).toBe(0);
    for (const region of ["aws1", "gcp1", "ali1", "dc1"]) {
      expect(rendered.stdout).toContain(`create: ${out}/stacks/foundation/${region}/stack.json`);
      expect(rendered.stdout).toContain(`create: ${out}/k8s/${region}/example-web-dev/hello.yaml`);
    }
    expect((await cli("render", "--config", config, "--out", out, "--check")).code).toBe(0);
  });

  it.each(["aws", "gcp", "alicloud", "onprem"])(
    "validates with --providers %s alone",
    async (p) => {
      const dir = await scratch("cn-init-");
      expect((await cli("init", dir, "--repository", REPO, "--providers", p)).code).toBe(0);
      const sizes = await readFile(path.join(dir, "platform-config/sizes.yaml"), "utf8");
      expect(sizes).toContain(`      ${p}: {`);
      const valid = await cli("validate", "--config", path.join(dir, "platform-config"));
      expect(valid.stderr).toBe("");
      expect(valid.code).toBe(0);
    },
  );

  it("writes nothing when any file it would write exists, and says which", async () => {
    const dir = await scratch("cn-init-");
    await mkdir(path.join(dir, "platform-config"), { recursive: true });
    await writeFile(path.join(dir, "platform-config/sizes.yaml"), "mine\n");
    await mkdir(path.join(dir, ".github/workflows"), { recursive: true });
    await writeFile(path.join(dir, ".github/workflows/pr.yml"), "mine too\n");
    const before = await snapshotTree(dir);
    const r = await cli("init", dir, "--repository", REPO);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `cloudneutral init: wrote nothing: these exist already in ${dir}:\n  .github/workflows/pr.yml\n  platform-config/sizes.yaml\n`,
    );
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it("writes nothing through a folder that is a link", async () => {
    const dir = await scratch("cn-init-");
    const elsewhere = await scratch("cn-elsewhere-");
    await symlink(elsewhere, path.join(dir, "platform-config"));
    const r = await cli("init", dir, "--repository", REPO);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("  platform-config (a link, not a folder)\n");
    expect(await snapshotTree(elsewhere)).toEqual({});
    expect(await snapshotTree(path.join(dir, ".github"))).toEqual({});
  });

  it.each([
    [["--providers", "aws,azure"], '--providers: "azure" is not a provider'],
    [
      ["--providers", "aws,$(touch /tmp/pwned)"],
      '--providers: "$(touch /tmp/pwned)" is not a provider',
    ],
    [["--providers", "aws,aws"], "--providers: aws is named twice"],
    [["--providers", ""], '--providers: "" is not a provider'],
    [["--repository", "acme/plat\nform"], '--repository: "acme/plat\\nform" is not owner/name'],
    [["--repository", "../etc"], '--repository: "../etc" is not owner/name'],
    [["--repository", "acme/${{ secrets.X }}"], "is not owner/name"],
    [
      ["--owner", "<script>alert(1)</script>"],
      '--owner: "<script>alert(1)</script>" is not a GitHub user',
    ],
    [["--owner", '@acme/ops"; rm -rf /'], "is not a GitHub user or @org/team"],
  ])("refuses %j with exit 2 and writes nothing", async (flags, message) => {
    const dir = await scratch("cn-init-");
    const args = ["init", dir, "--repository", REPO, ...flags];
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain("usage: cloudneutral init");
    expect(await snapshotTree(dir)).toEqual({});
  });

  it("refuses a DIR that is a file or holds a control character", async () => {
    const dir = await scratch("cn-init-");
    const file = path.join(dir, "file");
    await writeFile(file, "x");
    const asFile = await cli("init", file, "--repository", REPO);
    expect(asFile.code).toBe(2);
    expect(asFile.stderr).toContain(`DIR ${JSON.stringify(file)} exists and is not a directory`);
    const newline = await cli("init", `${dir}/a\nb`, "--repository", REPO);
    expect(newline.code).toBe(2);
    expect(newline.stderr).toContain("is not a usable directory name");
    expect(Object.keys(await snapshotTree(dir))).toEqual(["file"]);
  });

  it("needs --repository, and says so with the usage", async () => {
    const r = await cli("init", await scratch("cn-init-"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--repository OWNER/NAME is required");
  });
});

describe("the README's Adopt in 15 minutes", () => {
  it("uses commands and flags the CLI has, and init's as it runs", async () => {
    const readme = await readFile(path.join(ROOT, "README.md"), "utf8");
    const section = /^## Adopt in 15 minutes\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? "";
    const lines = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) =>
      m[1]!.split("\n").flatMap((l) => l.split("&&")),
    );
    const commands = lines
      .map((l) => /npx cloudneutral (.*)$/.exec(l.trim())?.[1]?.trim())
      .filter((c) => c !== undefined);
    expect(commands.map((c) => c.split(" ")[0])).toEqual(["init", "validate", "render", "doctor"]);
    for (const text of commands) {
      const argv = text.split(/\s+/);
      const c = COMMANDS.find((x) => x.name === argv[0]);
      expect(c, text).toBeDefined();
      expect(() => parseCommand(c!, argv.slice(1)), text).not.toThrow();
    }
    // The init line, as written, scaffolds a repository that validates.
    const dir = await scratch("cn-init-readme-");
    const init = commands[0]!.split(/\s+/);
    expect((await cli(...init, dir)).code).toBe(0);
    expect((await cli("validate", "--config", path.join(dir, "platform-config"))).code).toBe(0);
  });
});
