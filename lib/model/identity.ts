// Who may plan and who may apply each unit: the names of its two cloud identities and the
// GitHub OIDC subjects each one trusts. Render writes them into the unit's stack.json and the
// account's bootstrap stack; the actions read them back; routing names the same Environment.
// One place, so that the trust and the job that presents a token cannot disagree.
//
// GitHub's `sub` claim (docs.github.com, "OpenID Connect reference"): a job that names an
// Environment gets `repo:<owner>/<repo>:environment:<name>` (whatever its event); otherwise a
// `pull_request` job gets `repo:<owner>/<repo>:pull_request`, and a job on a branch
// `repo:<owner>/<repo>:ref:refs/heads/<branch>`.
import { createHash } from "node:crypto";
import { unitEnvironmentName } from "./environments.ts";
import type { Platform, Provider } from "./schema.ts";

export const GITHUB_OIDC_ISSUER = "https://token.actions.githubusercontent.com";

export const subjectOf = {
  environment: (repository: string, environment: string) =>
    `repo:${repository}:environment:${environment}`,
  pullRequest: (repository: string) => `repo:${repository}:pull_request`,
  branch: (repository: string, branch: string) => `repo:${repository}:ref:refs/heads/${branch}`,
};

export type IdentityUse = "plan" | "apply";

const LAYER_CODE: Record<string, string> = {
  foundation: "fnd",
  "k8s-base": "k8s",
  platform: "plt",
  applications: "app",
  config: "cfg",
};

/**
 * `parts` joined with '-', or, when longer than `max`, cut and suffixed with a hash of the
 * whole name so that two long names never meet.
 */
export function fitName(parts: string[], max: number): string {
  const full = parts.join("-");
  if (full.length <= max) return full;
  const hash = createHash("sha256").update(full).digest("hex").slice(0, 6);
  return `${full.slice(0, max - 7).replace(/-+$/, "")}-${hash}`;
}

export interface UnitIdentityNames {
  /** AWS IAM role / Alibaba RAM role name (≤ 64). */
  role: string;
  /** GCP service account id (≤ 30). */
  serviceAccountId: string;
}

export function identityNames(layer: string, region: string, use: IdentityUse): UnitIdentityNames {
  return {
    role: fitName(["cloudneutral", layer, region, use], 64),
    serviceAccountId: fitName(["cn", LAYER_CODE[layer] ?? layer, region, use], 30),
  };
}

/** The IAM path of every unit role: k8s-base's own roles (cloudneutral-<region>-*) never match it. */
export const AWS_ROLE_PATH = "/cloudneutral/";
export const GCP_POOL_ID = "cloudneutral";
export const GCP_PROVIDER_ID = "github";
export const ALICLOUD_OIDC_PROVIDER = "cloudneutral-github";

/** What a job presents: the subjects each identity of a unit trusts. */
export function trustedSubjects(
  platform: Platform["spec"],
  layer: string,
  strictestEnv: string | undefined,
): Record<IdentityUse, string[]> {
  const repo = platform.repository;
  return {
    // The PR plan job (pr.yml) and the drift check (drift.yml, on the default branch): no
    // Environment, read-only.
    plan: [subjectOf.pullRequest(repo), subjectOf.branch(repo, defaultBranchOf(platform))],
    // Exactly the Environment the unit's apply job runs in (lib/stacks/routing.ts).
    apply: [subjectOf.environment(repo, unitEnvironmentName(layer, strictestEnv))],
  };
}

export function defaultBranchOf(platform: Platform["spec"]): string {
  return platform.defaultBranch ?? "main";
}

export type StateBackend = Platform["spec"]["stateBackend"];

/** The state backend of `provider`'s stacks. */
export function stateBackendOf(platform: Platform["spec"], provider: Provider): StateBackend {
  return platform.stateBackends?.[provider] ?? platform.stateBackend;
}

/** Which backends a provider's stacks may use without another cloud's credentials. */
export function backendFits(provider: Provider, b: StateBackend): boolean {
  if (b.type === "local") return true;
  switch (provider) {
    case "aws":
      return b.type === "s3" && b.endpoint === undefined;
    case "gcp":
      return b.type === "gcs";
    case "alicloud":
      return b.type === "oss";
    case "onprem":
      return b.type === "pg" || (b.type === "s3" && b.endpoint !== undefined);
  }
}

export const BACKENDS_FOR: Record<Provider, string> = {
  aws: "s3 (or local)",
  gcp: "gcs (or local)",
  alicloud: "oss (or local)",
  onprem: "pg, or s3 with an endpoint (MinIO, Ceph) (or local)",
};

/** The account id's form per provider, for validate. */
export const ACCOUNT_ID: Record<Exclude<Provider, "onprem">, { pattern: RegExp; what: string }> = {
  aws: { pattern: /^[0-9]{12}$/, what: "an AWS account id (12 digits)" },
  gcp: {
    pattern: /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/,
    what: "a GCP project id (6–30 lower-case letters, digits and -, starting with a letter)",
  },
  alicloud: { pattern: /^[0-9]{5,20}$/, what: "an Alibaba Cloud account id (digits)" },
};
