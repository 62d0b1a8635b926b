// `cloudneutral console build`: the console's static site from this checkout and its status
// branch, offline; prints where it was written and how large it is.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { command, type Flags } from "./args.ts";

const BUILD_FLAGS = {
  config: {
    type: "string",
    arg: "DIR",
    default: "platform-config",
    help: "the platform-config directory",
  },
  infra: {
    type: "string",
    arg: "DIR",
    default: "infra",
    help: "the rendered output (node-pool counts, units)",
  },
  out: {
    type: "string",
    arg: "DIR",
    default: "site",
    help: "where the site is written (replaced whole)",
  },
  "status-branch": {
    type: "string",
    arg: "BRANCH",
    help: "the status branch (default: the Platform's statusBranch, else cloudneutral/status), read from origin/BRANCH or BRANCH",
  },
} as const satisfies Flags;

export const CONSOLE_COMMANDS = [
  command({
    name: "console build",
    summary: "the console (XControl): a static site from the repository and its status branch",
    flags: BUILD_FLAGS,
    details:
      "  Reads platform-config/, infra/ and the status branch with git; no network. Pages: Cloud, Traffic, Capacity, Changes, Policy.",
    run: async (values, _args, io) => {
      const { text } = await consoleBuild({
        configDir: values.config,
        infraDir: values.infra,
        out: values.out,
        ...(values["status-branch"] ? { statusBranch: values["status-branch"] } : {}),
      });
      io.out(text);
      return 0;
    },
  }),
];

/** Builds the site and says where to open it (also the end of `cloudneutral main`). */
export async function consoleBuild(options: {
  configDir: string;
  infraDir: string;
  out: string;
  statusBranch?: string;
}): Promise<{ text: string }> {
  const { buildConsole } = await import("../lib/console/index.ts");
  const site = await buildConsole(options);
  const kb = (site.bytes / 1024).toFixed(1);
  const index = pathToFileURL(path.join(site.out, "index.html")).href;
  const status = site.data.statusHead
    ? `status branch ${site.data.statusBranch} at ${site.data.statusHead.sha.slice(0, 12)}`
    : `no status branch ${site.data.statusBranch} in this checkout`;
  return {
    text: `Console: ${site.files.length} pages, ${kb} KiB in ${site.out} (${status}).\nOpen ${index}\n`,
  };
}
