// The environment a regional unit answers to: a unit serves every environment placed in its
// region, so it is gated by the strictest of them. Given several configurations (the base
// branch and the pull request's head), the strictest over all of them wins: a PR that moves
// every prod service out of a region does not make that region's units a dev matter.
import type { LoadedConfig } from "../model/index.ts";

export interface EnvironmentRule {
  name: string;
  protected: boolean;
  approvals: number;
}

/** The strictest environment of the services in `region`: protected first, then most approvals. */
export function strictestEnvironment(
  configs: readonly LoadedConfig[],
  region: string,
): EnvironmentRule | undefined {
  const names = new Set<string>();
  for (const config of configs)
    for (const s of config.byKind.Service)
      if (s.value.spec.regions.includes(region)) names.add(s.value.spec.env);
  const rules: EnvironmentRule[] = [];
  for (const name of names) {
    // An environment is as strict as its strictest definition among the configurations.
    const docs = configs.flatMap((c) => c.byKind.Environment.filter((e) => e.name === name));
    if (docs.length === 0) continue;
    rules.push({
      name,
      protected: docs.some((d) => d.value.spec.protected === true),
      approvals: Math.max(...docs.map((d) => d.value.spec.approvals ?? 0)),
    });
  }
  rules.sort(
    (a, b) =>
      Number(b.protected) - Number(a.protected) ||
      b.approvals - a.approvals ||
      (a.name < b.name ? -1 : 1),
  );
  return rules[0];
}
