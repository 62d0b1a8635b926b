import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  getInput,
  runnerLog
} from "./chunk-PLNVP7W7.js";

// actions/engine-inputs.ts
import path from "node:path";
function wholeNumber(name, raw, fallback) {
  if (raw === "") return fallback;
  let n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`input "${name}" must be a whole number \u2265 0, not ${JSON.stringify(raw)}`);
  return n;
}
function engineInputs(workspace) {
  let cache = getInput("plugin-cache"), kubeconfig = getInput("kubeconfig"), minutes = wholeNumber("timeout-minutes", getInput("timeout-minutes"), 30);
  return {
    log: runnerLog,
    terraformBinary: getInput("binary") || "terraform",
    pluginCacheDir: cache !== "" ? path.resolve(workspace, cache) : path.join(
      process.env.RUNNER_TEMP ?? path.join(workspace, ".cloudneutral"),
      "tf-plugin-cache"
    ),
    lockTimeoutSeconds: wholeNumber("lock-timeout", getInput("lock-timeout"), 300),
    timeoutMs: minutes === 0 ? void 0 : minutes * 6e4,
    kubeconfig: kubeconfig === "" ? void 0 : path.resolve(workspace, kubeconfig)
  };
}
var workspaceDir = () => process.env.GITHUB_WORKSPACE ?? process.cwd();

export {
  engineInputs,
  workspaceDir
};
