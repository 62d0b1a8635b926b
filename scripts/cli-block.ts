// Rewrites the README's "## The CLI" block from the command table (test/cli.test.ts fails when
// they differ): `npx tsx scripts/cli-block.ts`.
import { readFile, writeFile } from "node:fs/promises";
import { usageLine } from "../cli/args.ts";
import { COMMANDS } from "../cli/cloudneutral.ts";

const readme = await readFile("README.md", "utf8");
const block = COMMANDS.map((c) => `cloudneutral ${usageLine(c)}\n`).join("");
const next = readme.replace(/(## The CLI\n\n```\n)[\s\S]*?(```)/, (_, a, b) => a + block + b);
await writeFile("README.md", next);
process.stdout.write(
  next === readme ? "README CLI block already current\n" : "README CLI block rewritten\n",
);
