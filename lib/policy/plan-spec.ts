import { UsageError } from "../errors.ts";
import { Layers, type Lifecycle } from "../model/schema.ts";

export interface PlanSpec {
  /** The stack the plan belongs to, e.g. stacks/platform/jp1. */
  stack: string;
  layer: Lifecycle;
  file: string;
}

const STACK = new RegExp(`^stacks/(${Layers.join("|")})/[a-z0-9]([a-z0-9-]*[a-z0-9])?$`);

/**
 * `<stack>=<plan file>` lines (blank lines ignored), split at the first `=` so that file
 * paths may contain one; the stack must name a rendered stack, which fixes its layer.
 */
export function parsePlanSpecs(lines: string[]): PlanSpec[] {
  return lines
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf("=");
      const stack = line.slice(0, Math.max(at, 0));
      const file = line.slice(at + 1);
      const m = STACK.exec(stack);
      if (at < 0 || !m || !file) {
        throw new UsageError(
          `a plan is given as stacks/<layer>/<region>=<file>; got ${JSON.stringify(line)}`,
        );
      }
      return { stack, layer: m[1] as Lifecycle, file };
    });
}

/** The layer of a stack path such as stacks/foundation/jp1 (undefined for anything else). */
export function layerOfStack(stack: string): Lifecycle | undefined {
  return STACK.exec(stack)?.[1] as Lifecycle | undefined;
}
