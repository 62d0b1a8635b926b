// The command table: every command's --help, --version, and usage errors (unknown flags,
// unknown commands, missing arguments) printing the command's usage with exit 2.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { usageLine } from "../cli/args.ts";
import { COMMANDS } from "../cli/cloudneutral.ts";
import { cli, ROOT } from "./helpers.ts";

const names = COMMANDS.map((c) => c.name);

describe("cloudneutral --help and --version", () => {
  it("lists every command with its summary", async () => {
    for (const args of [["--help"], ["-h"], ["help"]]) {
      const r = await cli(...args);
      expect(r).toMatchObject({ code: 0, stderr: "" });
      expect(r.stdout).toMatch(/^usage: cloudneutral <command> \[options\]\n/);
      for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`\\n  ${c.name} +\\S`));
    }
    const bare = await cli();
    expect(bare).toMatchObject({ code: 2, stdout: "" });
    expect(bare.stderr).toContain("commands:\n  validate ");
  });

  it("prints the package's version", async () => {
    const { version } = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8"));
    expect(await cli("--version")).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it.each(names)("%s --help: the usage, every flag with its help, exit 0", async (name) => {
    const c = COMMANDS.find((x) => x.name === name)!;
    const words = name.split(" ");
    const long = await cli(...words, "--help");
    expect(long).toMatchObject({ code: 0, stderr: "" });
    expect(long.stdout.startsWith(`usage: cloudneutral ${usageLine(c)}\n\n${c.summary}\n`)).toBe(
      true,
    );
    for (const [flag, f] of Object.entries(c.flags)) {
      expect(long.stdout).toMatch(
        new RegExp(`\\n  --${flag}\\b[^\\n]*\\n?[^\\n]*${literal(f.help)}`),
      );
      if (f.default !== undefined) expect(long.stdout).toContain(`(default: ${f.default})`);
    }
    // -h, after other flags too, and `help <command>`, print the same.
    expect((await cli(...words, "-h")).stdout).toBe(long.stdout);
    expect((await cli(...words, "--format", "json", "--help")).stdout).toBe(long.stdout);
    expect((await cli("help", ...words)).stdout).toBe(long.stdout);
  });

  it.each(names)("%s --no-such-flag: the command's usage on stderr, exit 2", async (name) => {
    const c = COMMANDS.find((x) => x.name === name)!;
    const r = await cli(...name.split(" "), "--no-such-flag");
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toBe(
      `cloudneutral: Unknown option '--no-such-flag'\nusage: cloudneutral ${usageLine(c)}\n${c.details ? `${c.details}\n` : ""}`,
    );
  });

  it("an unknown command or subcommand gets the list of commands, or the group's usage", async () => {
    const r = await cli("frobnicate", "--config", "x");
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toMatch(
      /^cloudneutral: unknown command "frobnicate"\nusage: cloudneutral <command>/,
    );
    expect(r.stderr).toContain("  backup decrypt ");
    const sub = await cli("plan", "summarise");
    expect(sub).toMatchObject({ code: 2, stdout: "" });
    expect(sub.stderr).toBe(
      'cloudneutral: unknown plan command "summarise"\n' +
        `usage: cloudneutral ${usageLine(COMMANDS.find((c) => c.name === "plan summarize")!)}\n` +
        `       cloudneutral ${usageLine(COMMANDS.find((c) => c.name === "plan pr")!)}\n`,
    );
    const group = await cli("plan", "--help");
    expect(group).toMatchObject({ code: 0, stderr: "" });
    expect(group.stdout).toMatch(/\n {2}plan summarize +\S/);
    expect(group.stdout).toMatch(/\n {2}plan pr +\S/);
  });

  it("missing required flags and arguments, and values outside the choices, exit 2", async () => {
    const cases: [string[], string][] = [
      [["plan", "summarize"], "--plan-json FILE is required"],
      [["policy", "check"], "--base REF is required"],
      [["backup", "decrypt", "--key", "k.pem"], "FILE is required"],
      [["backup", "decrypt", "--key", "k.pem", "a", "b"], "Unexpected argument 'b'"],
      [["validate", "--format", "xml"], '--format must be one of text, json, github, not "xml"'],
      [["render", "--format", "xml"], '--format must be text or json, not "xml"'],
      [
        ["validate", "stray"],
        "Unexpected argument 'stray'. This command does not take positional arguments",
      ],
    ];
    for (const [args, message] of cases) {
      const r = await cli(...args);
      expect({ args, code: r.code, stdout: r.stdout }).toEqual({ args, code: 2, stdout: "" });
      expect(r.stderr).toMatch(
        new RegExp(`^cloudneutral: ${literal(message)}\nusage: cloudneutral `),
      );
    }
  });

  it("the README's CLI section is the table's usage lines", async () => {
    const readme = await readFile(path.join(ROOT, "README.md"), "utf8");
    const block = /## The CLI\n\n```\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(COMMANDS.map((c) => `cloudneutral ${usageLine(c)}\n`).join(""));
  });
});

function literal(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
