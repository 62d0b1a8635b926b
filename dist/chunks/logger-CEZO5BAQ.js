import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);
import "./chunk-BOG7BZ5N.js";

// lib/logger.ts
var silentLogger = { debug() {
}, info() {
}, warning() {
}, group() {
} };
export {
  silentLogger
};
