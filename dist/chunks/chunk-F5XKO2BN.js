import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/adopt/release.ts
var RELEASE_REPOSITORY = "cloudneutral/cloudneutral";
function releaseTag(version) {
  return `v${version}`;
}
function reusableWorkflow(file, version) {
  return `${RELEASE_REPOSITORY}/.github/workflows/${file}@${releaseTag(version)}`;
}

// lib/adopt/callers.ts
var PR_PATHS = "[platform-config/**, templates/**, infra/**, .github/workflows/**]", CALLER_SECRETS = {
  backup: "CLOUDNEUTRAL_BACKUP_PUBLIC_KEY",
  members: "CLOUDNEUTRAL_MEMBERS_TOKEN",
  appClientId: "CLOUDNEUTRAL_AUTOSCALE_CLIENT_ID",
  appKey: "CLOUDNEUTRAL_AUTOSCALE_APP_KEY"
}, REUSABLE_BY_CALLER = {
  "pr.yml": "cloudneutral-pr.yml",
  "pr-judge.yml": "cloudneutral-pr-judge.yml",
  "pr-review.yml": "cloudneutral-pr-review.yml",
  "apply.yml": "cloudneutral-apply.yml",
  "drift.yml": "cloudneutral-drift.yml",
  "gtm.yml": "cloudneutral-gtm.yml",
  "autoscale.yml": "cloudneutral-autoscale.yml"
}, secret = (input, name) => `      ${input}: \${{ secrets.${name} }}`;
function callerWorkflows(version) {
  let uses = (caller) => `    uses: ${reusableWorkflow(REUSABLE_BY_CALLER[caller], version)}`, lines = (...l) => `${l.join(`
`)}
`;
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
      "    permissions: { contents: read, id-token: write }"
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
      "    permissions: {}"
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
      secret("members-token", CALLER_SECRETS.members)
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
      secret("backup-public-key", CALLER_SECRETS.backup)
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
      "    permissions: { contents: write, issues: write, id-token: write }"
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
      "    permissions: { contents: write, issues: write }"
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
      secret("app-private-key", CALLER_SECRETS.appKey)
    )
  };
}

export {
  RELEASE_REPOSITORY,
  releaseTag,
  reusableWorkflow,
  CALLER_SECRETS,
  REUSABLE_BY_CALLER,
  callerWorkflows
};
