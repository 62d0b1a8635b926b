import { describe, expect, it } from "vitest";
import { parseMarker, stickyMarker } from "../lib/github/sticky-comment.ts";
import { fitSections } from "../lib/report/budget.ts";
import { fitSummary, reportProblems } from "../lib/report/job-report.ts";

const note = (dropped: string[]) => `dropped: ${dropped.join(", ")}`;

describe("fitSections", () => {
  const sections = [
    { title: "table", body: "T".repeat(100), priority: 3 },
    { title: "plan text", body: "P".repeat(500), priority: 1 },
    { title: "diff", body: "D".repeat(300), priority: 2 },
  ];

  it("keeps everything that fits, in order", () => {
    const fitted = fitSections("head", sections, 10_000, note);
    expect(fitted.dropped).toEqual([]);
    expect(fitted.text).toBe(
      ["head", "T".repeat(100), "P".repeat(500), "D".repeat(300)].join("\n\n"),
    );
  });

  it("drops the least important sections first and says which", () => {
    const fitted = fitSections("head", sections, 600, note);
    expect(fitted.dropped).toEqual(["plan text"]);
    expect(fitted.text.length).toBeLessThanOrEqual(600);
    expect(fitted.text).toContain("D".repeat(300));
    expect(fitted.text.endsWith("dropped: plan text")).toBe(true);
    const tighter = fitSections("head", sections, 200, note);
    expect(tighter.dropped).toEqual(["plan text", "diff"]);
    expect(tighter.text).toContain("T".repeat(100));
  });

  it("cuts an over-long head but still ends with the note", () => {
    const fitted = fitSections("H".repeat(5000), sections, 300, note);
    expect(fitted.text.length).toBeLessThanOrEqual(300);
    expect(fitted.text).toMatch(/truncated[\s\S]*dropped: table, plan text, diff$/);
  });
});

describe("job summary and annotations", () => {
  it("cuts a summary at GitHub's limit on a line boundary, multi-byte safe", () => {
    const text = Array.from({ length: 1000 }, (_, i) => `line ${i} ✓ ${"é".repeat(50)}`).join("\n");
    const fitted = fitSummary(text, 10_000);
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(10_000);
    expect(fitted).toMatch(/cut at GitHub's 1 MiB limit/);
    expect(fitted).not.toContain("\uFFFD");
    expect(fitSummary("short")).toBe("short");
  });

  it("annotates the first ten problems and lists all in the summary", () => {
    const problems = Array.from({ length: 14 }, (_, i) => ({
      root: "platform-config",
      file: `f${i}.yaml`,
      line: i + 1,
      column: 2,
      message: `bad | ${i}\nnext`,
    }));
    const report = reportProblems("Problems", problems);
    expect(report.annotate).toHaveLength(10);
    expect(report.annotate[0]?.file).toBe("platform-config/f0.yaml");
    expect(report.markdown.match(/^\| `platform-config\/f\d+\.yaml:\d+:2` \|/gm)).toHaveLength(14);
    expect(report.markdown).toContain("bad \\| 13 next");
    expect(report.markdown).toContain("4 more than GitHub annotates");
  });
});

describe("sticky markers", () => {
  it("round-trips key and metadata, and cannot close the HTML comment early", () => {
    const marker = stickyMarker("plan", { hash: "a--b-->" });
    expect(marker.slice(4, -3)).not.toContain("--");
    expect(parseMarker(`${marker}\nbody`)).toEqual({ hash: "a--b-->", key: "plan" });
    expect(parseMarker("no marker")).toBeUndefined();
  });
});
