import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  InputError,
  getInput,
  runnerLog,
  setSecret
} from "./chunk-WDRKOJYZ.js";

// actions/engine-inputs.ts
import path from "node:path";
function wholeNumber(name, raw, fallback) {
  if (raw === "") return fallback;
  let n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new InputError(`input "${name}" must be a whole number \u2265 0, not ${JSON.stringify(raw)}`);
  return n;
}
async function engineInputs(workspace, use) {
  let cache = getInput("plugin-cache"), kubeconfig = getInput("kubeconfig"), minutes = wholeNumber("timeout-minutes", getInput("timeout-minutes"), 30), { cloudCredentials, unitCredentialsEnv } = await import("./oidc-EV23X7NN.js"), explicit = {
    awsRoleArn: getInput("aws-role-arn") || void 0,
    gcpWorkloadIdentityProvider: getInput("gcp-workload-identity-provider") || void 0,
    gcpServiceAccount: getInput("gcp-service-account") || void 0,
    alicloudRoleArn: getInput("alicloud-role-arn") || void 0,
    alicloudOidcProviderArn: getInput("alicloud-oidc-provider-arn") || void 0
  }, request = {
    requestUrl: process.env.ACTIONS_ID_TOKEN_REQUEST_URL,
    requestToken: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
    dir: path.join(process.env.RUNNER_TEMP ?? path.join(workspace, ".cloudneutral"), "oidc"),
    mask: setSecret
  }, credentials = await cloudCredentials(explicit, request), overridden = Object.values(explicit).some((v) => v !== void 0), canRequest = !!(request.requestUrl && request.requestToken);
  return {
    env: credentials.env,
    refreshCredentials: credentials.refresh,
    credentialsFor: overridden || !canRequest ? void 0 : (unit) => unitCredentialsEnv(unit, use, { ...request, dir: path.join(request.dir, use) }),
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
