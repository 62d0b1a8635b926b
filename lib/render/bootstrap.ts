// What an administrator does once per cloud account, as text: `cloudneutral bootstrap` prints
// it after rendering the account's bootstrap stack. Pure: accounts in, lines out.
import type { BootstrapAccount } from "./index.ts";

const WHO: Record<BootstrapAccount["provider"], (account: string) => string> = {
  aws: (a) => `with administrator credentials for AWS account ${a}`,
  gcp: (a) => `as an owner of GCP project ${a} (gcloud auth application-default login)`,
  alicloud: (a) => `with an administrator's AccessKey for Alibaba Cloud account ${a}`,
  onprem: () => "",
};

export function bootstrapGuide(
  accounts: BootstrapAccount[],
  outDir: string,
  environments: string[],
): string {
  const lines: string[] = [];
  if (accounts.length === 0)
    lines.push("No cloud account: every region is on-prem, there is nothing to bootstrap.", "");
  for (const a of accounts) {
    const dir = `${outDir}/bootstrap/${a.id}`;
    lines.push(
      `## ${a.id}: ${dir}`,
      "",
      `Creates GitHub's OIDC trust (once for the account)${a.stateBucket ? `, the state bucket ${a.stateBucket}` : ""} and a plan and an apply identity for each of ${a.units.length} unit(s): ${a.units.join(", ")}.`,
      `Apply it once, ${WHO[a.provider](a.account)}:`,
      "",
      `  cd ${dir}`,
    );
    if (a.backend !== "local")
      lines.push(
        "  # first apply: local state, the bucket may not exist yet",
        `  printf 'terraform {\\n  backend "local" {}\\n}\\n' > bootstrap_override.tf`,
        "  terraform init && terraform apply",
        "  # then move the state into the bucket",
        "  rm bootstrap_override.tf && terraform init -migrate-state -force-copy",
      );
    else lines.push("  terraform init && terraform apply");
    lines.push(
      "",
      "Apply it again (terraform init && terraform apply) whenever a PR changes it: a new region, layer or composition permission.",
      "",
    );
  }
  lines.push(
    "## GitHub",
    "",
    "Create these Environments (Settings → Environments), with required reviewers where your gates ask for them; a unit's apply job runs in one of them, and its apply identity trusts exactly that one:",
    "",
    ...environments.map((e) => `  ${e}`),
    "",
    "Then nothing is wired per unit: plan-comment and apply assume each unit's identity from its stack.json.",
  );
  return `${lines.join("\n")}\n`;
}
