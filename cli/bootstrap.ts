// `cloudneutral bootstrap`: render (as `render` does, bootstrap stacks included) and print what
// an administrator applies once per cloud account, and the GitHub Environments to create.
import { command, type Io } from "./args.ts";

const FLAGS = {
  config: {
    type: "string",
    arg: "DIR",
    default: "platform-config",
    help: "the platform-config directory",
  },
  out: { type: "string", arg: "DIR", default: "infra", help: "where the output goes" },
  format: { type: "string", choices: ["text", "json"], default: "text", help: "output" },
} as const;

export const BOOTSTRAP_COMMANDS = [
  command({
    name: "bootstrap",
    summary:
      "render each cloud account's one-time stack (OIDC trust, state bucket, identities) and say how to apply it",
    flags: FLAGS,
    details: "  Writes what `render` writes; the stacks are <out>/bootstrap/<provider>-<account>/.",
    run: (values, _args, io) => bootstrap(values.config, values.out, values.format, io),
  }),
];

async function bootstrap(
  configDir: string,
  outDir: string,
  format: string,
  io: Io,
): Promise<number> {
  const { render } = await import("../lib/render/index.ts");
  const { bootstrapGuide } = await import("../lib/render/bootstrap.ts");
  const { validateConfig } = await import("../lib/model/index.ts");
  const { listUnits } = await import("../lib/stacks/inventory.ts");
  const { routeUnits } = await import("../lib/stacks/routing.ts");
  const result = await render({ configDir, outDir });
  const { config } = await validateConfig(configDir);
  const environments = [
    ...new Set([...routeUnits(config, listUnits(outDir)).values()].map((r) => r.environment)),
  ].sort();
  if (format === "json")
    io.out(`${JSON.stringify({ accounts: result.accounts, environments }, null, 2)}\n`);
  else io.out(bootstrapGuide(result.accounts, outDir, environments));
  return 0;
}
