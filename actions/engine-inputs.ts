import path from "node:path";
import type { EngineContext } from "../lib/engines/index.ts";
import { getInput, InputError, runnerLog, setSecret } from "./runner.ts";

function wholeNumber(name: string, raw: string, fallback: number): number {
  if (raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new InputError(`input "${name}" must be a whole number ≥ 0, not ${JSON.stringify(raw)}`);
  return n;
}

/**
 * The engine settings both plan-comment and apply take, read once. `use` is the identity the
 * job assumes for each unit: `plan` (PR plans, the drift check: no Environment) or `apply`
 * (a unit's job in its Environment). Each unit's own identity comes from its stack.json, so a
 * workflow wires no role per unit; an explicit role input overrides it for every unit of its
 * cloud (one role for everything, the old way). A job that cannot request an OIDC token (no
 * `id-token: write`, a local run) runs with the credentials its environment already has.
 */
export async function engineInputs(
  workspace: string,
  use: "plan" | "apply",
): Promise<Omit<EngineContext, "infraDir">> {
  const cache = getInput("plugin-cache");
  const kubeconfig = getInput("kubeconfig");
  const minutes = wholeNumber("timeout-minutes", getInput("timeout-minutes"), 30);
  const { cloudCredentials, unitCredentialsEnv } = await import("../lib/engines/oidc.ts");
  const explicit = {
    awsRoleArn: getInput("aws-role-arn") || undefined,
    gcpWorkloadIdentityProvider: getInput("gcp-workload-identity-provider") || undefined,
    gcpServiceAccount: getInput("gcp-service-account") || undefined,
    alicloudRoleArn: getInput("alicloud-role-arn") || undefined,
    alicloudOidcProviderArn: getInput("alicloud-oidc-provider-arn") || undefined,
  };
  const request = {
    requestUrl: process.env.ACTIONS_ID_TOKEN_REQUEST_URL,
    requestToken: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
    dir: path.join(process.env.RUNNER_TEMP ?? path.join(workspace, ".cloudneutral"), "oidc"),
    mask: setSecret,
  };
  const credentials = await cloudCredentials(explicit, request);
  const overridden = Object.values(explicit).some((v) => v !== undefined);
  const canRequest = Boolean(request.requestUrl && request.requestToken);
  return {
    env: credentials.env,
    refreshCredentials: credentials.refresh,
    credentialsFor:
      overridden || !canRequest
        ? undefined
        : (unit) => unitCredentialsEnv(unit, use, { ...request, dir: path.join(request.dir, use) }),
    log: runnerLog,
    terraformBinary: getInput("binary") || "terraform",
    pluginCacheDir:
      cache !== ""
        ? path.resolve(workspace, cache)
        : path.join(
            process.env.RUNNER_TEMP ?? path.join(workspace, ".cloudneutral"),
            "tf-plugin-cache",
          ),
    lockTimeoutSeconds: wholeNumber("lock-timeout", getInput("lock-timeout"), 300),
    timeoutMs: minutes === 0 ? undefined : minutes * 60_000,
    kubeconfig: kubeconfig === "" ? undefined : path.resolve(workspace, kubeconfig),
  };
}

export const workspaceDir = () => process.env.GITHUB_WORKSPACE ?? process.cwd();
