import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  createGitHubClient,
  envMilliseconds,
  statusOf
} from "./chunk-XSFAT2KL.js";
import "./chunk-BOG7BZ5N.js";
export {
  createGitHubClient,
  envMilliseconds,
  statusOf
};
