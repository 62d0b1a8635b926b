// The console's data: what the five pages show, built from the loaded configuration, the
// rendered units, the node-pool history and the status branch. Pure: the reading is done
// (index.ts, git-read.ts), the HTML comes after (pages-*.ts).
import { decodeTfvars, readNodeCount } from "../autoscale/tfvars.ts";
import { resolveMatrix } from "../policy/matrix.ts";
import { policyView, regionViews, tenantViews } from "./model-config.ts";
import { capacityViews, trafficViews } from "./model-status.ts";
import { unitViews } from "./model-units.ts";
import type { ConsoleData, ConsoleInput } from "./views.ts";

export { pullOf } from "./model-units.ts";
export type * from "./views.ts";
export { percent } from "./views.ts";

export function consoleData(input: ConsoleInput): ConsoleData {
  const { config } = input;
  const platform = config.byKind.Platform[0]?.value.spec;
  const matrixDoc = config.byKind.DecisionMatrix[0];
  const matrix = resolveMatrix(matrixDoc);
  return {
    repository: platform?.repository ?? "",
    builtAt: input.builtAt.toISOString(),
    statusBranch: input.statusBranch,
    ...(input.status ? { statusHead: input.status.head } : {}),
    tenants: tenantViews(config),
    regions: regionViews(config),
    traffic: trafficViews(input),
    capacity: capacityViews(input),
    ...unitViews(input, matrix),
    policy: policyView(config, matrix, matrixDoc?.name),
    counts: {
      services: config.byKind.Service.length,
      regions: config.byKind.Region.length,
      units: input.units.length,
    },
  };
}

/** The node count a node-pool file holds, or undefined when it is missing or unreadable. */
export function nodeCountOf(bytes: Uint8Array | undefined, file: string): number | undefined {
  if (!bytes) return undefined;
  try {
    return readNodeCount(decodeTfvars(bytes, file), file).count;
  } catch {
    return undefined;
  }
}
