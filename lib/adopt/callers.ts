// The workflows `cloudneutral init` writes: one short caller per loop, each naming a reusable
// workflow of the release (`cloudneutral/cloudneutral/.github/workflows/cloudneutral-*.yml@vX`).
// Everything that differs per repository is an input or a secret passed by name; what each
// reusable workflow needs is documented at its top. Every caller stays within 15 lines.
import { reusableWorkflow } from "./release.ts";

/** The paths whose changes a pull request is checked for. */
const PR_PATHS = "[platform-config/**, templates/**, infra/**, .github/workflows/**]";

/** The secrets the callers name (doctor checks each exists; values never leave GitHub). */
export const CALLER_SECRETS = {
  backup: "CLOUDNEUTRAL_BACKUP_PUBLIC_KEY",
  members: "CLOUDNEUTRAL_MEMBERS_TOKEN",
  appClientId: "CLOUDNEUTRAL_AUTOSCALE_CLIENT_ID",
  appKey: "CLOUDNEUTRAL_AUTOSCALE_APP_KEY",
} as const;

/** The reusable workflows of the release, by the caller file init writes for each. */
export const REUSABLE_BY_CALLER: Record<string, string> = {
  "pr.yml": "cloudneutral-pr.yml",
  "pr-judge.yml": "cloudneutral-pr-judge.yml",
  "pr-review.yml": "cloudneutral-pr-review.yml",
  "apply.yml": "cloudneutral-apply.yml",
  "drift.yml": "cloudneutral-drift.yml",
  "gtm.yml": "cloudneutral-gtm.yml",
  "autoscale.yml": "cloudneutral-autoscale.yml",
};

const secret = (input: string, name: string) => `      ${input}: \${{ secrets.${name} }}`;

/** `.github/workflows/<file>` → its text, for the release `version`. */
export function callerWorkflows(version: string): Record<string, string> {
  const uses = (caller: string) =>
    `    uses: ${reusableWorkflow(REUSABLE_BY_CALLER[caller]!, version)}`;
  const lines = (...l: string[]) => `${l.join("\n")}\n`;
  return {
    "pr.yml": lines(
      "name: pr",
      "on:",
      "  pull_request:",
      `    paths: ${PR_PATHS}`,
      "permissions: {}",
      "jobs:",
      "  pr:",
      uses("pr.yml"),
      "    permissions: { contents: read, id-token: write }",
    ),
    "pr-judge.yml": lines(
      "name: pr-judge",
      "on:",
      "  pull_request:",
      "    types: [labeled, unlabeled]",
      `    paths: ${PR_PATHS}`,
      "  pull_request_review:",
      "    types: [submitted, dismissed]",
      "permissions: {}",
      "jobs:",
      "  judge:",
      uses("pr-judge.yml"),
      "    permissions: {}",
    ),
    "pr-review.yml": lines(
      "name: pr-review",
      "on:",
      "  workflow_run:",
      "    workflows: [pr, pr-judge]",
      "    types: [completed]",
      "permissions: {}",
      "jobs:",
      "  review:",
      uses("pr-review.yml"),
      "    permissions:",
      "      { contents: read, actions: read, pull-requests: write, statuses: write, id-token: write }",
      "    secrets:",
      secret("members-token", CALLER_SECRETS.members),
    ),
    "apply.yml": lines(
      "name: apply",
      "on:",
      "  push: { branches: [main], paths: [infra/**, platform-config/**] }",
      "  schedule:",
      '    - cron: "7 * * * *"',
      "permissions: {}",
      "jobs:",
      "  apply:",
      uses("apply.yml"),
      "    permissions:",
      "      { contents: write, pull-requests: write, statuses: write, id-token: write, actions: read }",
      "    secrets:",
      secret("backup-public-key", CALLER_SECRETS.backup),
    ),
    "drift.yml": lines(
      "name: drift",
      "on:",
      "  schedule:",
      '    - cron: "17 */6 * * *"',
      "  workflow_dispatch: {}",
      "permissions: {}",
      "jobs:",
      "  drift:",
      uses("drift.yml"),
      "    permissions: { contents: write, issues: write, id-token: write }",
    ),
    "gtm.yml": lines(
      "name: gtm",
      "on:",
      "  schedule:",
      '    - cron: "*/5 * * * *"',
      "  repository_dispatch: { types: [cloudneutral-gtm] }",
      "  workflow_dispatch: {}",
      "permissions: {}",
      "jobs:",
      "  gtm:",
      uses("gtm.yml"),
      "    permissions: { contents: write, issues: write }",
    ),
    "autoscale.yml": lines(
      "name: autoscale",
      "on:",
      "  schedule:",
      '    - cron: "*/5 * * * *"',
      "  workflow_dispatch: {}",
      "permissions: {}",
      "jobs:",
      "  autoscale:",
      uses("autoscale.yml"),
      "    permissions: { contents: write, pull-requests: write, statuses: read, checks: read }",
      "    secrets:",
      secret("app-client-id", CALLER_SECRETS.appClientId),
      secret("app-private-key", CALLER_SECRETS.appKey),
    ),
  };
}
