// `cloudneutral console build` without a browser: a bad configuration is refused at its line
// and column with nothing written, a directory that is not a site is never replaced, the sample's
// site stays small, and the pieces every page is made of escape what they are given.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { readStatusBranch } from "../lib/console/git-read.ts";
import { anchor, githubLink, html } from "../lib/console/html.ts";
import { MARKER } from "../lib/console/index.ts";
import { pullOf } from "../lib/console/model.ts";
import { htmlText } from "../lib/render/escape.ts";
import { gitCheckout } from "./harness.ts";
import { cli, ROOT, sampleRepo, scratch } from "./helpers.ts";

const run = promisify(execFile);

const build = (repo: string, out: string) =>
  cli(
    "console",
    "build",
    "--config",
    path.join(repo, "platform-config"),
    "--infra",
    path.join(repo, "infra"),
    "--out",
    out,
  );

describe("console build", () => {
  it("builds the sample's six pages, well under 1 MB, and rebuilds over its own site", async () => {
    const out = path.join(await scratch(), "site");
    const r = await build(ROOT, out);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Console: 6 pages, [\d.]+ KiB in /);
    const files = (await readdir(out)).sort();
    expect(files).toEqual([
      MARKER,
      "backends.html",
      "capacity.html",
      "changes.html",
      "index.html",
      "policy.html",
      "traffic.html",
    ]);
    let bytes = 0;
    for (const f of files) bytes += (await stat(path.join(out, f))).size;
    expect(bytes).toBeLessThan(1_000_000);
    expect((await build(ROOT, out)).code).toBe(0);
  });

  it("a bad configuration: its file, line and column, exit 1, nothing written", async () => {
    const repo = await sampleRepo({ infra: true });
    const file = path.join(repo, "platform-config/services/acme-payments.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace(/size: \w+/, "size: huge"));
    const out = path.join(repo, "site");
    const r = await build(repo, out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/services\/acme-payments\.yaml:\d+:\d+: .*huge/);
    expect(existsSync(out)).toBe(false);
    expect((await readdir(repo)).sort()).toEqual(["infra", "platform-config"]);
  });

  it("never replaces a directory that is not a site it built", async () => {
    const repo = await sampleRepo({ infra: true });
    const r = await build(repo, path.join(repo, "platform-config"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("refusing to replace");
    expect(existsSync(path.join(repo, "platform-config/platform.yaml"))).toBe(true);
    const odd = await cli(
      "console",
      "build",
      "--status-branch=--upload-pack=touch x",
      "--out",
      path.join(repo, "site"),
    );
    expect(odd.code).toBe(2);
    expect(odd.stderr).toContain("is not a branch name");
    expect(existsSync(path.join(repo, "site"))).toBe(false);
  });
});

describe("the pieces of a page", () => {
  it("htmlText makes every markup character an entity and control characters U+FFFD", () => {
    expect(htmlText(`<a href="x" title='y'>&\`</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;",
    );
    expect(htmlText("tab\tnew\nline\u0000nul\u001besc\u007fdel")).toBe(
      "tab\tnew\nline\ufffdnul\ufffdesc\ufffddel",
    );
    expect(htmlText(42)).toBe("42");
  });

  it("the html tag escapes every value, arrays too, and keeps only its own fragments", () => {
    const evil = `"><script>alert(1)</script>`;
    const out = html`<p title="${evil}">${[evil, html`<b>${evil}</b>`]}</p>`.text;
    expect(out).not.toContain("<script");
    expect(out).toBe(
      `<p title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;<b>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</b></p>`,
    );
  });

  it("ids are letters, digits, - and _ whatever the name; links only to GitHub, built from checked parts", () => {
    expect(anchor("region", `<svg onload=alert(1)>`)).toMatch(/^region-[A-Za-z0-9_-]+$/);
    expect(anchor("region", "a b")).not.toBe(anchor("region", "a_b"));
    expect(githubLink("o/r", { commit: "javascript:alert(1)" }, "x").text).toBe("x");
    expect(githubLink("javascript:alert(1)//", { pull: 3 }, "x").text).toBe("x");
    expect(githubLink("o/r", { run: "1; rm -rf /" }, "x").text).toBe("x");
    expect(githubLink("o/r", { pull: 3 }, "#3").text).toBe(
      '<a href="https://github.com/o/r/pull/3">#3</a>',
    );
    expect(pullOf("Merge pull request #7 from o/b")).toBe(7);
    expect(pullOf("autoscale(jp1): 5 → 4 nodes (#9)")).toBe(9);
    expect(pullOf("no pull")).toBeUndefined();
  });

  it("reads the status branch's commits even when a message holds the record separator", async () => {
    const repo = await scratch();
    await mkdir(path.join(repo, "gtm"));
    await writeFile(path.join(repo, "gtm/api.json"), '{"version":1}\n');
    await gitCheckout(repo);
    await writeFile(path.join(repo, "gtm/api.json"), '{"version":2}\n');
    await run("git", ["commit", "-qam", "odd \x1e message\n\nbody \x1e too"], { cwd: repo });
    await run("git", ["branch", "cloudneutral/status"], { cwd: repo });
    const status = await readStatusBranch(repo, "cloudneutral/status", ["gtm"]);
    expect(status?.ref).toBe("refs/heads/cloudneutral/status");
    expect(status?.files.get("gtm/api.json")).toEqual({ version: 2 });
    const history = status?.history.get("gtm/api.json") ?? [];
    expect(history.map((h) => [h.message, h.value])).toEqual([
      ["odd \x1e message\n\nbody \x1e too", { version: 2 }],
      ["initial", { version: 1 }],
    ]);
  });
});
