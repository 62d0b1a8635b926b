import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  AUDIENCES,
  cloudCredentials,
  cloudCredentialsEnv,
  requestIdToken
} from "./chunk-FUWXGA5S.js";
import "./chunk-BOG7BZ5N.js";
export {
  AUDIENCES,
  cloudCredentials,
  cloudCredentialsEnv,
  requestIdToken
};
