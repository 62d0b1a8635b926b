// Validation of where each region's stacks live: the cloud account they belong to (their
// identities and state are per account) and a state backend of their own cloud, so that no
// stack ever needs another cloud's credentials.

import { ACCOUNT_ID, BACKENDS_FOR, backendFits, stateBackendOf } from "./identity.ts";
import type { ByKind, SourceDoc } from "./load.ts";
import type { Path } from "./locate.ts";
import type { Provider } from "./schema.ts";

type Report = (doc: SourceDoc, path: Path, message: string, key?: boolean) => void;

export function checkAccounts(k: ByKind, report: Report): void {
  for (const r of k.Region) {
    const { provider, account } = r.value.spec;
    if (provider === "onprem") {
      if (account)
        report(
          r,
          ["spec", "account"],
          "an onprem region has no cloud account; remove `account`",
          true,
        );
      continue;
    }
    const form = ACCOUNT_ID[provider];
    if (!account) {
      report(
        r,
        ["spec", "provider"],
        `a Region on ${provider} needs spec.account.id (${form.what}): its plan and apply identities are created per account`,
      );
      continue;
    }
    if (!form.pattern.test(account.id))
      report(r, ["spec", "account", "id"], `expected ${form.what}, got "${account.id}"`);
    if (provider === "gcp" && account.projectNumber === undefined)
      report(
        r,
        ["spec", "account"],
        "a GCP account needs projectNumber too: workload identity federation names the project by number",
      );
    if (provider !== "gcp" && account.projectNumber !== undefined)
      report(r, ["spec", "account", "projectNumber"], "projectNumber is for GCP projects only");
  }

  const platform = k.Platform[0];
  if (!platform) return;
  const spec = platform.value.spec;
  const used = new Map<Provider, SourceDoc<"Region">>();
  for (const r of k.Region)
    if (!used.has(r.value.spec.provider)) used.set(r.value.spec.provider, r);
  const checked = new Set<string>();
  for (const [provider, region] of used) {
    const own = spec.stateBackends?.[provider] !== undefined;
    const at: Path = own ? ["spec", "stateBackends", provider] : ["spec", "stateBackend"];
    const backend = stateBackendOf(spec, provider);
    if (!backendFits(provider, backend)) {
      report(
        platform,
        [...at, "type"],
        `region ${region.name} (${provider}) would keep its state in ${backend.type}${backend.endpoint ? ` at ${backend.endpoint}` : ""}, so planning it would need another cloud's credentials; give spec.stateBackends.${provider} a ${BACKENDS_FOR[provider]} backend`,
      );
      continue;
    }
    if (checked.has(at.join("/"))) continue;
    checked.add(at.join("/"));
    if (
      (backend.type === "s3" || backend.type === "gcs" || backend.type === "oss") &&
      !backend.bucket
    )
      report(platform, at, `the ${backend.type} state backend needs a bucket`);
    if ((backend.type === "s3" || backend.type === "oss") && !backend.region)
      report(platform, at, `the ${backend.type} state backend needs the bucket's region`);
  }
}
