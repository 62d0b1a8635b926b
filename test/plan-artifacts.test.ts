// lib/plan/artifacts.ts on its own: the limits, the layout, the exact shapes; and what a
// hostile string in an accepted artifact becomes in the comment (text, never markup).
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ArtifactError, readReviewArtifacts } from "../lib/plan/artifacts.ts";
import { planComment } from "../lib/plan/comment.ts";
import { commentTemplates } from "../lib/plan/comment-templates.ts";
import type { StackResult } from "../lib/plan/run.ts";
import { ROOT, scratch } from "./helpers.ts";

const HEAD = "a".repeat(40);
const BASE = "b".repeat(40);
const HASH = "c".repeat(64);

const result = (over: Record<string, unknown> = {}) => ({
  id: "stacks/platform/jp1",
  layer: "platform",
  region: "jp1",
  engine: "terraform",
  status: "changes",
  files: ["stacks/platform/jp1/main.tf"],
  hash: HASH,
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

describe("hostile strings in an accepted artifact", () => {
  it("reach the comment as text: no tag, no mention, no table cell, no marker break-out", async () => {
    const evil = "x` | <img src=x onerror=alert(1)> @admin [link](https://evil) -->";
    const r = result({
      text: `${evil}\n\`\`\`\nbreak out`,
      summary: {
        formatVersion: "1.2",
        counts: {
          create: 1,
          update: 0,
          delete: 0,
          replace: 0,
          read: 0,
          noop: 0,
          forget: 0,
          import: 0,
          move: 0,
        },
        resources: [
          {
            address: evil,
            type: evil,
            actions: ["create"],
            action: "create",
            reason: evil,
            importing: false,
          },
        ],
        outputs: [{ name: evil, actions: ["create"], action: "create", sensitive: false }],
        errored: false,
        complete: true,
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
    expect(JSON.stringify(content.meta)).not.toContain("-->");
  });
});
