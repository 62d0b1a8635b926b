import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  AUDIENCES,
  cloudCredentials,
  cloudCredentialsEnv,
  identityTargets,
  requestIdToken,
  unitCredentialsEnv
} from "./chunk-NA5XG7S6.js";
import "./chunk-BOG7BZ5N.js";
export {
  AUDIENCES,
  cloudCredentials,
  cloudCredentialsEnv,
  identityTargets,
  requestIdToken,
  unitCredentialsEnv
};
