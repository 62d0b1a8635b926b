import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  pool
} from "./chunk-67MDLEXD.js";
import {
  diffSection,
  fenced
} from "./chunk-P3VVBASZ.js";
import {
  planMarkdown
} from "./chunk-AKU4YV6T.js";
import {
  affects,
  listUnits
} from "./chunk-YDHX6COO.js";
import {
  routeUnits
} from "./chunk-KNIVJF6P.js";
import "./chunk-TTYZOKXK.js";
import "./chunk-6UBVXZZE.js";
import "./chunk-UVLJIHVO.js";
import "./chunk-5SZOY3OE.js";
import "./chunk-4WYCSGYA.js";
import "./chunk-DBPEO2ZL.js";
import "./chunk-66JDLIDC.js";
import "./chunk-7Q6NB2VU.js";
import "./chunk-ZPMZPS3A.js";
import {
  inlineCode,
  markdownText
} from "./chunk-GCILZPZ6.js";
import "./chunk-CS2LBCZH.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-IQKTJLRH.js";
import "./chunk-STEYPZ26.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-N4SQIPCK.js";
import {
  terraformPlan
} from "./chunk-JR2TVZUK.js";
import {
  resolveBinary
} from "./chunk-RB2DSZJL.js";
import {
  summarizePlan
} from "./chunk-7L672MCS.js";
import "./chunk-65PPA6I5.js";
import "./chunk-R6XTO7R2.js";
import {
  errorMessage
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/plan/preview.ts
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
var OVERRIDE = "zz_cloudneutral_preview_override.tf";
async function renderedCopy(o, work) {
  await cp(o.outDir, work, { recursive: !0 });
  for (let c of o.rendered.changes) {
    let file = path.join(work, c.path), text = o.rendered.contents.get(c.path);
    c.change === "delete" || text === void 0 ? await rm(file, { force: !0 }) : (await mkdir(path.dirname(file), { recursive: !0 }), await writeFile(file, text));
  }
}
async function previewPlan(unit, o, work) {
  let stackDir = path.join(work, unit.id);
  await writeFile(
    path.join(stackDir, OVERRIDE),
    `terraform {
  backend "local" {
    path = ${JSON.stringify(path.join(work, ".state", `${unit.id.replaceAll("/", "_")}.tfstate`))}
  }
}
`
  );
  try {
    let r = await terraformPlan({
      binary: o.terraformBinary,
      stackDir,
      varFiles: unit.varFiles.map((v) => path.relative(stackDir, path.join(work, v))),
      log: o.log,
      timeoutMs: o.timeoutMs ?? 12e4,
      lockTimeoutSeconds: 0
    });
    return planMarkdown(summarizePlan(r.json, unit.id), { title: unit.id, maxChars: 2e4 });
  } catch (err) {
    let text = errorMessage(err);
    return `${inlineCode(unit.id)}: the plan did not run here (a real plan needs the cloud credentials CI gets from OIDC):

${fenced(text, "text", 3e3)}`;
  }
}
async function planPreview(o) {
  let units = listUnits(o.outDir), routes = routeUnits(o.config, units), changed = units.filter((u) => o.rendered.changes.some((c) => affects(u, c.path))), lines = [
    `### Plan: the working configuration against ${inlineCode(o.outDir)}`,
    "",
    `Every unit with the gate and GitHub Environment its apply runs behind; the units whose rendered files differ from ${inlineCode(o.outDir)} are planned below.`,
    "",
    `| unit | layer | region | engine | gate | GitHub Environment | differs from ${inlineCode(o.outDir)} |`,
    "|---|---|---|---|---|---|---|",
    ...units.map((u) => {
      let r = routes.get(u.id);
      return `| ${inlineCode(u.id)} | ${u.layer} | ${u.region} | ${u.engine} | ${markdownText(r?.gate ?? "")} | ${inlineCode(r?.environment ?? "")} | ${changed.includes(u) ? "yes" : ""} |`;
    }),
    ""
  ];
  if (changed.length === 0)
    return lines.push(
      `No unit differs from the rendered tree in ${inlineCode(o.outDir)}: nothing to plan. Change \`platform-config/\` and run this again to see what a pull request of the change would plan.`
    ), `${lines.join(`
`)}
`;
  let diffs = [];
  for (let c of o.rendered.changes) {
    let before = await readFile(path.join(o.outDir, c.path), "utf8").catch(() => {
    });
    diffs.push({ path: c.path, before, after: o.rendered.contents.get(c.path) });
  }
  let terraform = await resolveBinary(
    o.terraformBinary,
    process.env,
    "Platform.spec.terraform.binary"
  ).catch(() => {
  }), planned = terraform ? changed.filter((u) => u.engine === "terraform") : [];
  if (!terraform && changed.some((u) => u.engine === "terraform") && lines.push(
    `No ${inlineCode(o.terraformBinary)} found on PATH: showing the rendered-file diff of each changed unit instead of a plan.`,
    ""
  ), planned.length > 0) {
    let work = await mkdtemp(path.join(tmpdir(), "cn-preview-"));
    try {
      await renderedCopy(o, work);
      let plans = await pool(planned, 2, (u) => previewPlan(u, o, work));
      lines.push(...plans.flatMap((p) => [p, ""]));
    } finally {
      await rm(work, { recursive: !0, force: !0 });
    }
  }
  for (let u of changed.filter((c) => !planned.includes(c)))
    lines.push(
      `#### ${inlineCode(u.id)}`,
      "",
      diffSection(diffs.filter((d) => affects(u, d.path))).body,
      ""
    );
  return `${lines.join(`
`)}
`;
}
export {
  planPreview
};
