import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// cli/console.ts
import path from "node:path";
import { pathToFileURL } from "node:url";
var BUILD_FLAGS = {
  config: {
    type: "string",
    arg: "DIR",
    default: "platform-config",
    help: "the platform-config directory"
  },
  infra: {
    type: "string",
    arg: "DIR",
    default: "infra",
    help: "the rendered output (node-pool counts, units)"
  },
  out: {
    type: "string",
    arg: "DIR",
    default: "site",
    help: "where the site is written (replaced whole)"
  },
  "status-branch": {
    type: "string",
    arg: "BRANCH",
    help: "the status branch (default: the Platform's statusBranch, else cloudneutral/status), read from origin/BRANCH or BRANCH"
  }
}, CONSOLE_COMMANDS = [
  {
    name: "console build",
    summary: "the console (XControl): a static site from the repository and its status branch",
    flags: BUILD_FLAGS,
    details: "  Reads platform-config/, infra/ and the status branch with git; no network. Pages: Cloud, Traffic, Capacity, Changes, Policy.",
    run: async (values, _args, io) => {
      let { text } = await consoleBuild({
        configDir: values.config,
        infraDir: values.infra,
        out: values.out,
        ...values["status-branch"] ? { statusBranch: values["status-branch"] } : {}
      });
      return io.out(text), 0;
    }
  }
];
async function consoleBuild(options) {
  let { buildConsole } = await import("./console-KIDG26MG.js"), site = await buildConsole(options), kb = (site.bytes / 1024).toFixed(1), index = pathToFileURL(path.join(site.out, "index.html")).href, status = site.data.statusHead ? `status branch ${site.data.statusBranch} at ${site.data.statusHead.sha.slice(0, 12)}` : `no status branch ${site.data.statusBranch} in this checkout`;
  return {
    text: `Console: ${site.files.length} pages, ${kb} KiB in ${site.out} (${status}).
Open ${index}
`
  };
}

export {
  CONSOLE_COMMANDS,
  consoleBuild
};
