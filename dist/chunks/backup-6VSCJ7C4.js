import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  decryptBackup,
  encryptBackup
} from "./chunk-EUCEDX4W.js";
import "./chunk-Q3YCBL2Q.js";
import "./chunk-BOG7BZ5N.js";
export {
  decryptBackup,
  encryptBackup
};
