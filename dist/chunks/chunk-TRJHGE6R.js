import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  decodeTfvars,
  readNodeCount
} from "./chunk-WRVK7YPS.js";
import {
  git,
  gitText
} from "./chunk-ZPMZPS3A.js";
import {
  errorMessage
} from "./chunk-Q3YCBL2Q.js";

// lib/autoscale/git-history.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
var MAX_EVENTS = 100;
async function scaleEvents(options) {
  let dir = path.dirname(path.resolve(options.file)), name = `./${path.basename(options.file)}`, ref = options.ref ?? "HEAD", since = `--since=@${Math.floor(options.since.getTime() / 1e3)}`;
  if ((await gitText(dir, ["rev-parse", "--is-inside-work-tree"]).catch(() => {
  }))?.trim() !== "true")
    return options.log.warning(
      `${options.file} is not in a git checkout: no past scale events, so the rate limits start from the current count`
    ), [];
  let log;
  try {
    log = await gitText(dir, [
      "log",
      "--first-parent",
      "--format=%H %P%x00%ct",
      since,
      `--max-count=${MAX_EVENTS}`,
      "--end-of-options",
      ref,
      "--",
      name
    ]);
  } catch (err) {
    return options.log.warning(
      `cannot read the history of ${options.file}: ${errorMessage(err)}; the rate limits start from the current count`
    ), [];
  }
  let events = [];
  for (let line of log.split(`
`).filter(Boolean)) {
    let [shas = "", seconds = "0"] = line.split("\0"), [sha, parent] = shas.split(" ");
    if (!sha || !parent) continue;
    let to = await countAt(dir, sha, name), from = await countAt(dir, parent, name);
    to !== void 0 && from !== void 0 && to !== from && events.push({ at: new Date(Number(seconds) * 1e3), from, to });
  }
  return await warnIfTruncated(dir, ref, since, options), events.reverse();
}
async function countAt(dir, commit, file) {
  try {
    let bytes = (await git(dir, ["show", `${commit}:${file}`])).stdout;
    return readNodeCount(decodeTfvars(bytes, file), file).count;
  } catch {
    return;
  }
}
async function warnIfTruncated(dir, ref, since, options) {
  if ((await gitText(dir, ["rev-parse", "--is-shallow-repository"])).trim() !== "true") return;
  let shallowFile = (await gitText(dir, ["rev-parse", "--git-path", "shallow"])).trim(), boundary = new Set(
    (await readFile(path.resolve(dir, shallowFile), "utf8").catch(() => "")).split(`
`)
  ), cut = (await gitText(dir, ["rev-list", "--first-parent", since, "--end-of-options", ref])).split(`
`).find((sha) => sha !== "" && boundary.has(sha));
  cut && options.log.warning(
    `the checkout's history ends at ${cut.slice(0, 7)}, inside the rate-limit period: scale events before it are unknown (check out with a larger fetch-depth)`
  );
}
async function readStatusFromGit(dir, branch, file) {
  for (let ref of [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`]) {
    let text = await gitText(dir, ["show", `${ref}:${file}`]).catch(() => {
    });
    if (text !== void 0)
      try {
        return JSON.parse(text);
      } catch {
        return;
      }
  }
}
async function checkoutRoot(dir) {
  return (await gitText(dir, ["rev-parse", "--show-toplevel"]).catch(() => {
  }))?.trim() || void 0;
}

export {
  scaleEvents,
  readStatusFromGit,
  checkoutRoot
};
