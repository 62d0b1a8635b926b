import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/logger.ts
var silentLogger = { debug() {
}, info() {
}, warning() {
}, group() {
} };

export {
  silentLogger
};
