import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import {
  hasIdAndStatus,
  readUnitResults,
  writeUnitResult
} from "./chunk-HS3NLA7O.js";
import "./chunk-J6YPK43K.js";
import "./chunk-BOG7BZ5N.js";
export {
  hasIdAndStatus,
  readUnitResults,
  writeUnitResult
};
