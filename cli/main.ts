#!/usr/bin/env node
import { runCli } from "./cloudneutral.ts";

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`cloudneutral: internal error: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 3;
  },
);
