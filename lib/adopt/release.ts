// Where adopters get CloudNeutral's reusable workflows and actions, and at which release: the
// one place that names this repository from outside (init's callers, doctor's pin check; the
// reusable workflows spell the same ref, and test/workflows.test.ts holds them to it).
/** owner/name of this repository on GitHub, as other repositories `uses:` it. */
export const RELEASE_REPOSITORY = "cloudneutral/cloudneutral";

/** The release tag of a package version (the CLI passes its own VERSION). */
export function releaseTag(version: string): string {
  return `v${version}`;
}

/** `cloudneutral/cloudneutral/.github/workflows/<file>@<tag>`. */
export function reusableWorkflow(file: string, version: string): string {
  return `${RELEASE_REPOSITORY}/.github/workflows/${file}@${releaseTag(version)}`;
}
