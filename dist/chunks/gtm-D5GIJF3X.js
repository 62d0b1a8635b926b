import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  clockFromEnv
} from "./chunk-7EAAW733.js";
import {
  UsageError
} from "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";

// cli/gtm.ts
import path from "node:path";
import { parseArgs } from "node:util";
function options(args) {
  let [sub, ...rest] = args;
  if (sub !== "reconcile") throw new UsageError(`unknown gtm command ${JSON.stringify(sub ?? "")}`);
  let { values } = parseArgs({
    args: rest,
    strict: !0,
    allowPositionals: !1,
    options: {
      config: { type: "string" },
      repo: { type: "string" },
      "dry-run": { type: "boolean" },
      force: { type: "boolean" },
      watch: { type: "string" },
      for: { type: "string" },
      policy: { type: "string", multiple: !0 },
      "status-branch": { type: "string" },
      "prometheus-url": { type: "string" },
      format: { type: "string" }
    }
  }), format = values.format ?? "markdown";
  if (format !== "markdown" && format !== "json")
    throw new UsageError(`--format must be markdown or json, not ${JSON.stringify(format)}`);
  if (values.watch === void 0 != (values.for === void 0))
    throw new UsageError("--watch SECONDS and --for MINUTES go together");
  let watch = values.watch === void 0 ? void 0 : {
    intervalSeconds: positive("--watch", values.watch),
    forMinutes: positive("--for", values.for ?? "")
  };
  return {
    configDir: values.config ?? "platform-config",
    repoRoot: values.repo ?? ".",
    dryRun: values["dry-run"] ?? !1,
    force: values.force ?? !1,
    watch,
    policies: values.policy ?? [],
    statusBranch: values["status-branch"],
    prometheusUrl: values["prometheus-url"],
    format
  };
}
function positive(flag, raw) {
  let n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n) || n <= 0)
    throw new UsageError(`${flag} must be a number > 0, not ${JSON.stringify(raw)}`);
  return n;
}
async function gtmCommand(args, io) {
  let o = options(args), log = {
    debug: () => {
    },
    info: (m) => io.err(`${m}
`),
    warning: (m) => io.err(`warning: ${m}
`),
    group: (title, lines) => io.err(`${title}
${lines.map((l) => `  ${l}
`).join("")}`)
  }, github = await githubFor(o, log), { reconcileGtm } = await import("./gtm-67YONBKT.js"), controller = new AbortController(), stop = () => controller.abort();
  process.once("SIGINT", stop);
  try {
    let outcome = await reconcileGtm({
      configDir: o.configDir,
      repoRoot: path.resolve(o.repoRoot),
      policies: o.policies,
      dryRun: o.dryRun,
      force: o.force,
      ...o.watch ? { watch: o.watch, clock: clockFromEnv() } : {},
      ...o.statusBranch ? { statusBranch: o.statusBranch } : {},
      ...o.prometheusUrl ? { prometheusUrl: o.prometheusUrl } : {},
      ...github ? { github } : {},
      env: process.env,
      log,
      signal: controller.signal
    });
    return io.out(o.format === "json" ? `${JSON.stringify(outcome.decision)}
` : `${outcome.markdown}
`), outcome.result.ok ? 0 : 1;
  } finally {
    process.removeListener("SIGINT", stop);
  }
}
async function githubFor(o, log) {
  let token = process.env.GITHUB_TOKEN ?? "";
  if (token === "") {
    if (o.dryRun) return;
    throw new UsageError(
      "a reconcile records its decisions on the status branch: set GITHUB_TOKEN (contents: write, issues: write), or use --dry-run"
    );
  }
  let full = process.env.GITHUB_REPOSITORY ?? "";
  if (full === "") {
    let { loadGtmSetup } = await import("./targets-TGKUF4AR.js");
    full = (await loadGtmSetup(o.configDir)).owner;
  }
  let [owner = "", repo = ""] = full.split("/"), { createGitHubClient } = await import("./client-5S2XOFIO.js");
  return { gh: createGitHubClient({
    token,
    log,
    ...process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}
  }), repo: { owner, repo } };
}
async function gtmDryRun(configDir, repoRoot) {
  let { gtmDryRunMarkdown } = await import("./dry-run-4N7TM57U.js");
  return gtmDryRunMarkdown(configDir, repoRoot);
}
export {
  gtmCommand,
  gtmDryRun
};
