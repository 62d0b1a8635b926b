import { readFileSync } from "node:fs";

/**
 * The package's version. Run from source it is read from package.json; build.mjs replaces
 * this module with the constant, so the bundle needs no file beside it.
 */
export const VERSION: string = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
).version;
