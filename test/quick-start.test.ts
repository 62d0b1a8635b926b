// What `npm start` (cloudneutral main) says on the sample: with no pull request, the verdict
// judges the work tree against HEAD (an untouched sample has nothing to judge, so no phantom
// deny); nothing is called a PR preview; the GTM dry run labels probe counts and hysteresis
// apart, and says why shares are equal when the weights are not.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { gitCheckout } from "./harness.ts";
import { cli, sampleRepo } from "./helpers.ts";

const main = (repo: string) =>
  cli("main", "--config", path.join(repo, "platform-config"), "--out", path.join(repo, "infra"));

/** The policy section: from its heading to the next one. */
function policySection(stdout: string): string {
  const start = stdout.indexOf("### Policy:");
  expect(start, stdout).toBeGreaterThanOrEqual(0);
  return stdout.slice(start, stdout.indexOf("\n### ", start + 1));
}

describe("npm start on the sample", () => {
  it("an untouched checkout: nothing changed against HEAD, so allow, and no PR preview", async () => {
    const repo = await sampleRepo({ infra: true });
    const head = await gitCheckout(repo);
    const r = await main(repo);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const policy = policySection(r.stdout);
    expect(policy).toMatch(/^### Policy: ✅ allow\n/);
    expect(policy).toContain(
      `No pull request: the work tree judged against HEAD (\`${head.slice(0, 7)}\`). Nothing in \`platform-config/\`, \`templates/\`, \`infra/\` differs from it: no change, nothing to judge.`,
    );
    expect(policy).toContain("0 deny, 0 warn.");
    expect(r.stdout).not.toMatch(/preview/i);
    expect(r.stdout).not.toContain("PR");
    expect(r.stdout).toContain("### Plan: the working configuration against `");
    expect(r.stdout).toContain("nothing to plan");
    // It ends with the console of the sample, built beside infra/, and where to open it.
    const open =
      /\n## Console\n\nConsole: 6 pages, [\d.]+ KiB in (\S+) \(no status branch cloudneutral\/status in this checkout\)\.\nOpen (file:\/\/\S+)\n$/.exec(
        r.stdout,
      );
    expect(open, r.stdout.slice(-400)).not.toBeNull();
    expect(open![1]).toBe(path.join(repo, "site"));
    expect(fileURLToPath(open![2]!)).toBe(path.join(repo, "site", "index.html"));
    expect(await readFile(path.join(repo, "site", "index.html"), "utf8")).toContain(
      "<h1>Cloud</h1>",
    );
  });

  it("uncommitted edits are judged as a pull request of them would be, the policy edit previewed", async () => {
    const repo = await sampleRepo({ infra: true });
    await gitCheckout(repo);
    const file = path.join(repo, "platform-config/policies/prod-services.yaml");
    const text = await readFile(file, "utf8");
    await writeFile(
      file,
      text.replace(
        "message: prod services run in at least two regions",
        "message: prod services run in two regions or more",
      ),
    );
    const r = await main(repo);
    expect(r.code).toBe(0);
    const policy = policySection(r.stdout);
    expect(policy).toContain(
      "No pull request: the work tree's uncommitted edits judged against HEAD",
    );
    expect(policy).toContain(
      "<details><summary>Preview: what these edits' own policy changes would report (prod-services;",
    );
    // The repository's own index and history are untouched.
    const { execFileSync } = await import("node:child_process");
    const status = execFileSync("git", ["status", "--porcelain"], { cwd: repo, encoding: "utf8" });
    // site/ is the console npm start builds (this checkout's .gitignore leaves it out).
    expect(status).toBe(" M platform-config/policies/prod-services.yaml\n?? site/\n");
    const log = execFileSync("git", ["log", "--oneline"], { cwd: repo, encoding: "utf8" });
    expect(log.trim().split("\n")).toHaveLength(1);
  });

  it("outside a git repository every document is new, and the verdict says that is what it judged", async () => {
    const r = await main(await sampleRepo({ infra: true }));
    expect(r.code).toBe(0);
    const policy = policySection(r.stdout);
    expect(policy).toContain(
      "Not a git repository (or no commit yet): nothing committed to compare with",
    );
    expect(policy).not.toContain("Preview");
  });

  it("the GTM dry run labels probe counts and hysteresis apart and says why shares are equal", async () => {
    const repo = await sampleRepo({ infra: true });
    await gitCheckout(repo);
    const r = await main(repo);
    const gtm = r.stdout.slice(r.stdout.indexOf("## GTM reconcile (dry run)"));
    expect(gtm).toMatch(/Probes \(1000 ms each\): \d+ of 12 ingress addresses answered/);
    if (/up, 1\/3 probes failed/.test(gtm))
      expect(gtm).toContain(
        '"up, 1/3 probes failed" below counts rounds, not addresses: this round\'s probe of the region failed, 1 of the 3 failed rounds that would take it down.',
      );
    expect(gtm).toContain(
      "`api.cloudneutral.io`: weights jp1 100, sg1 80, eu1 40; shares are by membership here (the zone-file stand-in can only include or drop a region, so each region in the answer gets 33.3%); `pdns` (powerdns), the policy's provider, weights natively and would give jp1 45.5%, sg1 36.4%, eu1 18.2%.",
    );
  });
});
