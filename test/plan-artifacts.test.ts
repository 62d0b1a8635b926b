// lib/plan/artifacts.ts on its own: the limits, the layout, the exact shapes; and what a
// hostile string in an accepted artifact becomes in the comment (text, never markup).
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { stickyMarker } from "../lib/github/sticky-comment.ts";
import { ArtifactError, readReviewArtifacts } from "../lib/plan/artifacts.ts";
import { planComment } from "../lib/plan/comment.ts";
import { commentTemplates } from "../lib/plan/comment-templates.ts";
import type { StackResult } from "../lib/plan/run.ts";
import { normalisedDigest } from "../lib/tfplan/hash.ts";
import { ROOT, scratch } from "./helpers.ts";

const HEAD = "a".repeat(40);
const BASE = "b".repeat(40);

const counts = (create = 0, del = 0) => ({
  create,
  update: 0,
  delete: del,
  replace: 0,
  read: 0,
  noop: 0,
  forget: 0,
  import: 0,
  move: 0,
});

/** A Terraform result whose hash, summary and normalised plan agree, as the engine writes it. */
function bound(
  resources: { address: string; action: "create" | "delete" }[],
  outputs: string[] = [],
) {
  const normalised = [
    ...resources.map((r) => ({ address: r.address, actions: [r.action], after: null })),
    ...outputs.map((o) => ({ output: o, actions: ["create"], after: "x" })),
  ];
  const c = counts(
    resources.filter((r) => r.action === "create").length,
    resources.filter((r) => r.action === "delete").length,
  );
  return {
    normalised,
    hash: normalisedDigest(normalised).hash,
    counts: c,
    summary: {
      formatVersion: "1.2",
      counts: c,
      resources: resources.map((r) => ({
        address: r.address,
        type: r.address.split(".")[0]!,
        actions: [r.action],
        action: r.action,
        importing: false,
      })),
      outputs: outputs.map((name) => ({
        name,
        actions: ["create"],
        action: "create",
        sensitive: false,
      })),
      errored: false,
      complete: true,
    },
  };
}

const result = (over: Record<string, unknown> = {}) => ({
  id: "stacks/platform/jp1",
  layer: "platform",
  region: "jp1",
  engine: "terraform",
  status: "changes",
  files: ["stacks/platform/jp1/main.tf"],
  ...bound([{ address: "local_file.a", action: "create" }]),
  commit: HEAD,
  ...over,
});

async function artifactDir(plans: Record<string, unknown>, pull: unknown = {}) {
  const dir = await scratch("cn-art-");
  await mkdir(path.join(dir, "cloudneutral-pull"));
  await writeFile(
    path.join(dir, "cloudneutral-pull/pull.json"),
    JSON.stringify({ number: 4, head: HEAD, base: BASE, ...(pull as object) }),
  );
  if (Object.keys(plans).length > 0) await mkdir(path.join(dir, "cloudneutral-plan"));
  for (const [name, value] of Object.entries(plans))
    await writeFile(
      path.join(dir, "cloudneutral-plan", name),
      typeof value === "string" ? value : JSON.stringify(value),
    );
  return dir;
}

async function problems(p: Promise<unknown>): Promise<string[]> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ArtifactError);
  return (err as ArtifactError).problems;
}

describe("readReviewArtifacts", () => {
  it("reads the pull request and one result per unit", async () => {
    const dir = await artifactDir({ "a.json": result() });
    const read = await readReviewArtifacts(dir);
    expect(read.pull).toEqual({ number: 4, head: HEAD, base: BASE });
    expect(read.planned).toBe(true);
    expect([...read.results.keys()]).toEqual(["stacks/platform/jp1"]);
  });

  it("without a plan artifact (a fork's PR): no results, not planned", async () => {
    const read = await readReviewArtifacts(await artifactDir({}));
    expect(read).toMatchObject({ planned: false, results: new Map() });
  });

  it("refuses a missing pull.json and a directory that is not there", async () => {
    const dir = await scratch("cn-art-");
    expect(await problems(readReviewArtifacts(dir))).toEqual([
      "cloudneutral-pull/ must hold exactly pull.json",
    ]);
    expect(await problems(readReviewArtifacts(path.join(dir, "nope")))).toHaveLength(1);
  });

  it("holds the per-file, total and count limits", async () => {
    const dir = await artifactDir({ "a.json": result(), "b.json": result({ id: "k8s/jp1" }) });
    const limits = { file: 10_000, total: 10_000, files: 10 };
    expect(await readReviewArtifacts(dir, limits)).toBeDefined();
    expect(await problems(readReviewArtifacts(dir, { ...limits, file: 100 }))).toEqual([
      expect.stringMatching(/^cloudneutral-pull\/pull\.json: \d+ bytes, more than the 100 allowed/),
      expect.stringMatching(/^cloudneutral-plan\/a\.json: \d+ bytes, more than the 100 allowed/),
      expect.stringMatching(/^cloudneutral-plan\/b\.json: \d+ bytes, more than the 100 allowed/),
    ]);
    expect(await problems(readReviewArtifacts(dir, { ...limits, total: 400 }))).toEqual([
      expect.stringMatching(/^the artifacts exceed 400 bytes in all/),
    ]);
    expect(await problems(readReviewArtifacts(dir, { ...limits, files: 2 }))).toEqual([
      "3 files: more than 2",
    ]);
  });

  it("refuses two results for one unit, and a result planned at another commit", async () => {
    const dir = await artifactDir({
      "a.json": result(),
      "b.json": result(),
      "c.json": result({ id: "k8s/jp1", commit: BASE }),
    });
    expect(await problems(readReviewArtifacts(dir))).toEqual([
      'cloudneutral-plan/b.json: a second result for "stacks/platform/jp1"',
      "cloudneutral-plan/c.json: planned bbbbbbbbbbbb, not the head aaaaaaaaaaaa",
    ]);
  });

  it("refuses a file name that is not JSON, non-UTF-8 bytes and a prototype key", async () => {
    const dir = await artifactDir({ "c.txt": "{}" });
    expect(await problems(readReviewArtifacts(dir))).toEqual([
      "cloudneutral-plan/c.txt: not a JSON file name",
    ]);
    await rm(path.join(dir, "cloudneutral-plan/c.txt"));
    await writeFile(path.join(dir, "cloudneutral-plan/b.json"), Buffer.from([0x7b, 0xff, 0x7d]));
    expect(await problems(readReviewArtifacts(dir))).toEqual([
      "cloudneutral-plan/b.json: not UTF-8",
    ]);
    await rm(path.join(dir, "cloudneutral-plan/b.json"));
    const proto = `{"__proto__": {"x": 1}, ${JSON.stringify(result()).slice(1)}`;
    await writeFile(path.join(dir, "cloudneutral-plan/a.json"), proto);
    expect((await problems(readReviewArtifacts(dir)))[0]).toMatch(
      /^cloudneutral-plan\/a\.json: \/__proto__: Unexpected property/,
    );
  });
});

describe("a Terraform result's hash and what it shows are of one plan", () => {
  const deleting = bound([{ address: "aws_db_instance.orders", action: "delete" }]);

  it.each([
    [
      "shows +1 create, hashes a delete plan",
      { hash: deleting.hash },
      "its hash is not the hash of the plan it carries",
    ],
    [
      "carries the delete plan and its hash, shows a create",
      { hash: deleting.hash, normalised: deleting.normalised },
      "its summary lists other resource changes than the plan its hash is of",
    ],
    [
      "shows the delete resource but counts a create",
      { ...deleting, counts: counts(1), summary: { ...deleting.summary, counts: counts(1) } },
      "its counts (create) are not those of the plan its hash is of",
    ],
    [
      "leaves the normalised plan out",
      { normalised: undefined },
      "a Terraform plan without its normalised plan and summary: its hash cannot be checked",
    ],
  ])("refuses a result that %s", async (_, over, why) => {
    const value = JSON.parse(JSON.stringify(result(over)));
    expect(await problems(readReviewArtifacts(await artifactDir({ "a.json": value })))).toEqual([
      `cloudneutral-plan/a.json: ${why}`,
    ]);
  });

  it("keeps the per-change digests of the plan, not the artifact's", async () => {
    const dir = await artifactDir({
      "a.json": result({ entries: { "local_file.a": "0".repeat(10) } }),
    });
    const [r] = [...(await readReviewArtifacts(dir)).results.values()];
    expect(r?.entries).toEqual(normalisedDigest(r!.normalised!).entries);
    expect(r?.entries?.["local_file.a"]).not.toBe("0".repeat(10));
  });
});

describe("hostile strings in an accepted artifact", () => {
  it("reach the comment as text: no tag, no mention, no table cell, no marker break-out", async () => {
    const evil = "x` | <img src=x onerror=alert(1)> @admin [link](https://evil) -->";
    const plan = bound([{ address: evil, action: "create" }], [evil]);
    const r = result({
      text: `${evil}\n\`\`\`\nbreak out`,
      ...plan,
      summary: {
        ...plan.summary,
        resources: plan.summary.resources.map((x) => ({ ...x, type: evil, reason: evil })),
      },
    });
    const read = await readReviewArtifacts(await artifactDir({ "a.json": r }));
    const results = [...read.results.values()] as StackResult[];
    const { full, content } = planComment({
      results,
      routes: new Map(),
      policy: "allow",
      commit: HEAD,
      diffs: [],
      templates: await commentTemplates(ROOT, "HEAD", "templates"),
      fullTextAt: "the job summary",
    });
    const outsideFences = full.replace(/(`{3,})[a-z]*\n[\s\S]*?\n\1/g, "");
    expect(outsideFences).not.toContain("<img");
    expect(outsideFences).not.toContain("@admin");
    expect(outsideFences).not.toContain("](https://evil)");
    // Addresses are keys of the marker's digests: the marker stays one HTML comment.
    const marker = stickyMarker("plan", content.meta);
    expect(marker.indexOf("-->")).toBe(marker.length - 3);
  });
});
