// XControl, the console: a static site built from the repository (platform-config/, infra/)
// and the status branch, read with git, with no network. `consoleSite` is pure (data → files);
// `buildConsole` reads, builds and writes the site whole or not at all.
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { checkoutRoot } from "../autoscale/git-history.ts";
import { ConfigurationError, UsageError } from "../errors.ts";
import { DEFAULT_STATUS_BRANCH } from "../github/status-store.ts";
import { validateConfig } from "../model/index.ts";
import { listUnits } from "../stacks/inventory.ts";
import { firstParentVersions, readStatusBranch, recentSubjects } from "./git-read.ts";
import { type Html, PAGES, type Page, pageHtml } from "./html.ts";
import { type ConsoleData, consoleData, nodeCountOf } from "./model.ts";
import { capacityPage } from "./pages-capacity.ts";
import { changesPage } from "./pages-changes.ts";
import { BACKENDS_FILE, backendsPage, cloudPage } from "./pages-cloud.ts";
import { policyPage } from "./pages-policy.ts";
import { trafficPage } from "./pages-traffic.ts";

export type { ConsoleData } from "./model.ts";

/** In every site built, so a rebuild replaces only a directory that holds a site. */
export const MARKER = ".cloudneutral-console";

const BODIES: Record<string, (d: ConsoleData) => Html> = {
  "index.html": cloudPage,
  "traffic.html": trafficPage,
  "capacity.html": capacityPage,
  "changes.html": changesPage,
  "policy.html": policyPage,
};

/** Every file of the site: the five pages and the region backends one click from Cloud. */
export function consoleSite(data: ConsoleData): Map<string, string> {
  const footer = {
    repository: data.repository,
    builtAt: data.builtAt,
    statusBranch: data.statusBranch,
    ...(data.statusHead ? { statusHead: data.statusHead } : {}),
  };
  const files = new Map<string, string>();
  for (const page of PAGES) files.set(page.file, pageHtml(page, BODIES[page.file]!(data), footer));
  const backends: Page = { file: BACKENDS_FILE, title: "Region backends", nav: "" };
  files.set(BACKENDS_FILE, pageHtml(backends, backendsPage(data), footer));
  return files;
}

export interface BuildConsoleOptions {
  configDir: string;
  infraDir: string;
  out: string;
  /** Default: the Platform's statusBranch, else cloudneutral/status. */
  statusBranch?: string;
  now?: Date;
}

export interface BuiltConsole {
  out: string;
  files: { file: string; bytes: number }[];
  bytes: number;
  data: ConsoleData;
}

/** What the console shows, read from the checkout `configDir` is in (no network). */
export async function readConsoleData(
  options: Omit<BuildConsoleOptions, "out">,
): Promise<ConsoleData> {
  if (options.statusBranch !== undefined && !/^[A-Za-z0-9._/-]+$/.test(options.statusBranch))
    throw new UsageError(
      `status branch ${JSON.stringify(options.statusBranch)} is not a branch name (letters, digits and . _ / - only)`,
    );
  const infraDir = path.resolve(options.infraDir);
  const root = await checkoutRoot(path.resolve(options.configDir));
  // git works in its own processes while the configuration is validated here: the status
  // branch is read under the name the options give or the default, and read again only when
  // the Platform names another.
  const guess = options.statusBranch ?? DEFAULT_STATUS_BRANCH;
  const poolFolder = root ? path.relative(root, path.join(infraDir, "node-pool")) : "";
  const reads = root
    ? Promise.all([
        readStatusBranch(root, guess, ["gtm", "autoscale"]),
        firstParentVersions(root, poolFolder.split(path.sep).join("/")),
        recentSubjects(root),
      ])
    : Promise.resolve([undefined, new Map(), new Map<string, string>()] as const);
  const [{ config, problems }, [guessed, history, subjects]] = await Promise.all([
    validateConfig(options.configDir),
    reads,
  ]);
  if (problems.length > 0) throw new ConfigurationError(problems);
  const statusBranch =
    options.statusBranch ??
    config.byKind.Platform[0]?.value.spec.statusBranch ??
    DEFAULT_STATUS_BRANCH;
  const status =
    root && statusBranch !== guess
      ? await readStatusBranch(root, statusBranch, ["gtm", "autoscale"])
      : guessed;
  const units = listUnits(infraDir);
  const nodeCounts = new Map<string, number>();
  await Promise.all(
    config.byKind.Region.map(async ({ name: region }) => {
      const file = path.join(infraDir, "node-pool", `${region}.tfvars`);
      const count = nodeCountOf(await readFile(file).catch(() => undefined), file);
      if (count !== undefined) nodeCounts.set(region, count);
    }),
  );
  // History keys are repository paths; the model wants them relative to infra/.
  const poolHistory = new Map(
    [...history].map(([file, points]) => [
      path.posix.relative(
        path
          .relative(root ?? "", infraDir)
          .split(path.sep)
          .join("/"),
        file,
      ),
      points,
    ]),
  );
  return consoleData({
    config,
    units,
    nodeCounts,
    poolHistory,
    status,
    statusBranch,
    subjects,
    builtAt: options.now ?? new Date(),
  });
}

/**
 * Builds the site into `out`: written beside it first, then moved into place, so a failed
 * build leaves the previous site (or nothing) rather than half a site.
 */
export async function buildConsole(options: BuildConsoleOptions): Promise<BuiltConsole> {
  const out = path.resolve(options.out);
  const present = await readdir(out).catch(() => undefined);
  if (present && present.length > 0 && !present.includes(MARKER))
    throw new UsageError(
      `refusing to replace ${options.out}: it is not empty and not a site console build wrote (no ${MARKER} in it)`,
    );
  const data = await readConsoleData(options);
  const site = consoleSite(data);
  const staging = `${out}.tmp-${randomBytes(4).toString("hex")}`;
  await mkdir(staging, { recursive: true });
  try {
    const files: BuiltConsole["files"] = [];
    for (const [file, text] of site) {
      await writeFile(path.join(staging, file), text);
      files.push({ file, bytes: Buffer.byteLength(text) });
    }
    await writeFile(path.join(staging, MARKER), "written by cloudneutral console build\n");
    await rm(out, { recursive: true, force: true });
    await rename(staging, out);
    return { out, files, bytes: files.reduce((n, f) => n + f.bytes, 0), data };
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
}
