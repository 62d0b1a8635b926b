import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  createGitHubClient,
  statusOf
} from "./chunk-XPURT6RJ.js";
import "./chunk-BOG7BZ5N.js";
export {
  createGitHubClient,
  statusOf
};
