import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  createGitHubClient,
  envMilliseconds,
  statusOf
} from "./chunk-5YSYQDP2.js";
import "./chunk-BOG7BZ5N.js";
export {
  createGitHubClient,
  envMilliseconds,
  statusOf
};
