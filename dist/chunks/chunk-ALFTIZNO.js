import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  dispatch
} from "./chunk-GISXQ2J5.js";
import {
  clockFromEnv
} from "./chunk-7EAAW733.js";
import {
  UsageError
} from "./chunk-Q3YCBL2Q.js";

// cli/gtm.ts
import path from "node:path";
var RECONCILE_FLAGS = {
  config: { type: "string", arg: "DIR", default: "platform-config", help: "the platform-config" },
  repo: { type: "string", arg: "DIR", default: ".", help: "the repository's root" },
  "dry-run": { type: "boolean", help: "decide and print; needs no token, writes nothing" },
  force: { type: "boolean", help: "apply a DNS plan the safety limits refuse" },
  watch: { type: "string", arg: "SECONDS", help: "a round every SECONDS (with --for)" },
  for: { type: "string", arg: "MINUTES", help: "how long to watch" },
  policy: { type: "string", arg: "NAME", multiple: !0, help: "only these GtmPolicies" },
  "status-branch": { type: "string", arg: "BRANCH", help: "where decisions are recorded" },
  "prometheus-url": { type: "string", arg: "URL", help: "instead of the Platform's" },
  format: { type: "string", choices: ["markdown", "json"], default: "markdown", help: "output" }
}, GTM_COMMANDS = [
  {
    name: "gtm reconcile",
    summary: "a global traffic management round (or watch): probes, metrics, weights, DNS",
    flags: RECONCILE_FLAGS,
    details: `  A real reconcile records its decisions on the status branch: it needs GITHUB_TOKEN
  (and GITHUB_REPOSITORY, or the Platform's repository). Exit 1 when something failed.`,
    run: (values, _args, io) => reconcile(options(values), io)
  }
];
function gtmCommand(args, io) {
  return dispatch(GTM_COMMANDS, ["gtm", ...args], io);
}
function options(values) {
  if (values.watch === void 0 != (values.for === void 0))
    throw new UsageError("--watch SECONDS and --for MINUTES go together");
  let watch = values.watch === void 0 ? void 0 : {
    intervalSeconds: positive("--watch", values.watch),
    forMinutes: positive("--for", values.for ?? "")
  };
  return {
    configDir: values.config,
    repoRoot: values.repo,
    dryRun: values["dry-run"],
    force: values.force,
    watch,
    policies: values.policy,
    statusBranch: values["status-branch"],
    prometheusUrl: values["prometheus-url"],
    format: values.format
  };
}
function positive(flag, raw) {
  let n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n) || n <= 0)
    throw new UsageError(`${flag} must be a number > 0, not ${JSON.stringify(raw)}`);
  return n;
}
async function reconcile(o, io) {
  let log = {
    debug: () => {
    },
    info: (m) => io.err(`${m}
`),
    warning: (m) => io.err(`warning: ${m}
`),
    group: (title, lines) => io.err(`${title}
${lines.map((l) => `  ${l}
`).join("")}`)
  }, github = await githubFor(o, log), { reconcileGtm } = await import("./gtm-3ZMR2HS7.js"), controller = new AbortController(), stop = () => controller.abort();
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
    let { loadGtmSetup } = await import("./targets-37B3WOU3.js");
    full = (await loadGtmSetup(o.configDir)).owner;
  }
  let [owner = "", repo = ""] = full.split("/"), { createGitHubClient } = await import("./client-XF6CP53F.js");
  return { gh: createGitHubClient({
    token,
    log,
    ...process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}
  }), repo: { owner, repo } };
}
async function gtmDryRun(configDir, repoRoot) {
  let { gtmDryRunMarkdown } = await import("./dry-run-FKMDX4XM.js");
  return gtmDryRunMarkdown(configDir, repoRoot);
}

export {
  GTM_COMMANDS,
  gtmCommand,
  gtmDryRun
};
