// The plan section of `npm start` / `cloudneutral main` (no pull request here: what the working
// configuration would plan): every unit with its gate and GitHub Environment; the units the
// working configuration changes (against the rendered tree on disk), each with the
// diff of its rendered files; with Terraform on PATH, a real plan of each changed stack,
// made in a temporary copy rendered from the working configuration (local state, so
// nothing shared is locked or written). Without Terraform, it says so.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pool } from "../concurrency.ts";
import { resolveBinary } from "../engines/process.ts";
import { terraformPlan } from "../engines/terraform.ts";
import { errorMessage } from "../errors.ts";
import type { Logger } from "../logger.ts";
import type { LoadedConfig } from "../model/index.ts";
import type { RenderResult } from "../render/index.ts";
import { inlineCode, markdownText } from "../report/markdown-text.ts";
import { affects, listUnits, type Unit } from "../stacks/inventory.ts";
import { routeUnits } from "../stacks/routing.ts";
import { summarizePlan } from "../tfplan/summary.ts";
import { diffSection, type FileDiff, fenced } from "./comment.ts";
import { planMarkdown } from "./markdown.ts";

export interface PreviewOptions {
  config: LoadedConfig;
  outDir: string;
  /** A `render --check` of the working configuration against outDir. */
  rendered: RenderResult;
  terraformBinary: string;
  log: Logger;
  timeoutMs?: number;
}

const OVERRIDE = "zz_cloudneutral_preview_override.tf";

/** The rendered tree as the working configuration would make it, in `work`. */
async function renderedCopy(o: PreviewOptions, work: string): Promise<void> {
  await cp(o.outDir, work, { recursive: true });
  for (const c of o.rendered.changes) {
    const file = path.join(work, c.path);
    const text = o.rendered.contents.get(c.path);
    if (c.change === "delete" || text === undefined) await rm(file, { force: true });
    else {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
    }
  }
}

/** A real plan of one stack of the copy, with local state; the text says how it went. */
async function previewPlan(unit: Unit, o: PreviewOptions, work: string): Promise<string> {
  const stackDir = path.join(work, unit.id);
  await writeFile(
    path.join(stackDir, OVERRIDE),
    `terraform {\n  backend "local" {\n    path = ${JSON.stringify(path.join(work, ".state", `${unit.id.replaceAll("/", "_")}.tfstate`))}\n  }\n}\n`,
  );
  try {
    const r = await terraformPlan({
      binary: o.terraformBinary,
      stackDir,
      varFiles: unit.varFiles.map((v) => path.relative(stackDir, path.join(work, v))),
      log: o.log,
      timeoutMs: o.timeoutMs ?? 120_000,
      lockTimeoutSeconds: 0,
    });
    return planMarkdown(summarizePlan(r.json, unit.id), { title: unit.id, maxChars: 20_000 });
  } catch (err) {
    const text = errorMessage(err);
    return `${inlineCode(unit.id)}: the plan did not run here (a real plan needs the cloud credentials CI gets from OIDC):\n\n${fenced(text, "text", 3_000)}`;
  }
}

export async function planPreview(o: PreviewOptions): Promise<string> {
  const units = listUnits(o.outDir);
  const routes = routeUnits(o.config, units);
  const changed = units.filter((u) => o.rendered.changes.some((c) => affects(u, c.path)));
  const lines = [
    `### Plan: the working configuration against ${inlineCode(o.outDir)}`,
    "",
    `Every unit with the gate and GitHub Environment its apply runs behind; the units whose rendered files differ from ${inlineCode(o.outDir)} are planned below.`,
    "",
    `| unit | layer | region | engine | gate | GitHub Environment | differs from ${inlineCode(o.outDir)} |`,
    "|---|---|---|---|---|---|---|",
    ...units.map((u) => {
      const r = routes.get(u.id);
      return `| ${inlineCode(u.id)} | ${u.layer} | ${u.region} | ${u.engine} | ${markdownText(r?.gate ?? "")} | ${inlineCode(r?.environment ?? "")} | ${changed.includes(u) ? "yes" : ""} |`;
    }),
    "",
  ];
  if (changed.length === 0) {
    lines.push(
      `No unit differs from the rendered tree in ${inlineCode(o.outDir)}: nothing to plan. Change \`platform-config/\` and run this again to see what a pull request of the change would plan.`,
    );
    return `${lines.join("\n")}\n`;
  }
  const diffs: FileDiff[] = [];
  for (const c of o.rendered.changes) {
    const before = await readFile(path.join(o.outDir, c.path), "utf8").catch(() => undefined);
    diffs.push({ path: c.path, before, after: o.rendered.contents.get(c.path) });
  }
  const terraform = await resolveBinary(
    o.terraformBinary,
    process.env,
    "Platform.spec.terraform.binary",
  ).catch(() => undefined);
  // Terraform stacks get a real plan when Terraform is here; every other unit (and every
  // stack without Terraform) shows the diff of its rendered files.
  const planned = terraform ? changed.filter((u) => u.engine === "terraform") : [];
  if (!terraform && changed.some((u) => u.engine === "terraform"))
    lines.push(
      `No ${inlineCode(o.terraformBinary)} found on PATH: showing the rendered-file diff of each changed unit instead of a plan.`,
      "",
    );
  if (planned.length > 0) {
    const work = await mkdtemp(path.join(tmpdir(), "cn-preview-"));
    try {
      await renderedCopy(o, work);
      const plans = await pool(planned, 2, (u) => previewPlan(u, o, work));
      lines.push(...plans.flatMap((p) => [p, ""]));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  for (const u of changed.filter((c) => !planned.includes(c)))
    lines.push(
      `#### ${inlineCode(u.id)}`,
      "",
      diffSection(diffs.filter((d) => affects(u, d.path))).body,
      "",
    );
  return `${lines.join("\n")}\n`;
}
