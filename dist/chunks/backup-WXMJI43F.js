import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  decryptBackup,
  encryptBackup
} from "./chunk-LQV7SQED.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  decryptBackup,
  encryptBackup
};
