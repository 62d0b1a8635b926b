import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  silentLogger
} from "./chunk-C37YV2F7.js";
import {
  proposeAutoscale
} from "./chunk-XEC3PI2M.js";
import "./chunk-Y6AZDA4C.js";
import "./chunk-5TVWZLSY.js";
import "./chunk-X5TJOQ53.js";
import "./chunk-4O7L4F3E.js";
import "./chunk-IMM24FY4.js";
import "./chunk-TRJHGE6R.js";
import "./chunk-P65MNMF3.js";
import "./chunk-4XNVKP4A.js";
import "./chunk-NYTFFUUD.js";
import {
  autoscaleMarkdown
} from "./chunk-7DSXHRUY.js";
import "./chunk-WRVK7YPS.js";
import "./chunk-67MDLEXD.js";
import "./chunk-7Q6NB2VU.js";
import "./chunk-ZPMZPS3A.js";
import {
  markdownText
} from "./chunk-GCILZPZ6.js";
import "./chunk-CS2LBCZH.js";
import "./chunk-D3CWFSWO.js";
import "./chunk-IQKTJLRH.js";
import "./chunk-STEYPZ26.js";
import "./chunk-WAWDWLZY.js";
import "./chunk-KY6UT24Y.js";
import "./chunk-FM3IK77Q.js";
import "./chunk-XSFAT2KL.js";
import "./chunk-R6XTO7R2.js";
import "./chunk-JE64DLF2.js";
import "./chunk-LRUJNPW5.js";
import {
  ConfigurationError,
  UsageError,
  formatProblem
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// lib/autoscale/dry-run.ts
async function autoscaleDryRun(configDir, infraDir, prometheusUrl, options = {}) {
  try {
    let run = await proposeAutoscale({
      configDir,
      infraDir,
      ...options.repoDir === void 0 ? {} : { repoDir: options.repoDir },
      ...prometheusUrl ? { prometheusUrl } : {},
      dryRun: !0,
      query: { timeoutMs: options.timeoutMs ?? 1500, attempts: 1 },
      log: silentLogger
    });
    return autoscaleMarkdown(run);
  } catch (err) {
    if (err instanceof ConfigurationError)
      return `### Autoscale (dry run)

No decision: the configuration has problems.

${err.problems.map((p) => `- ${markdownText(formatProblem(p))}`).join(`
`)}
`;
    if (err instanceof UsageError)
      return `### Autoscale (dry run)

No decision: ${markdownText(err.message)}
`;
    throw err;
  }
}
export {
  autoscaleDryRun
};
