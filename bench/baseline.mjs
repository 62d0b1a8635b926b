// The baseline render is compared to: the work any renderer of this configuration must do,
// and nothing else. It reads and parses every YAML file of the config directory with the
// parser render itself uses for values (js-yaml, core schema), then writes the same files,
// byte for byte as many, that the real render wrote.
//
//   node bench/baseline.mjs CONFIG_DIR OUT_DIR LISTING_JSON
//
// LISTING_JSON holds [[relativePath, bytes], …] of the real render's output.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CORE_SCHEMA, loadAll } from "js-yaml";

const [configDir, outDir, listingFile] = process.argv.slice(2);
if (!configDir || !outDir || !listingFile) {
  process.stderr.write("usage: node bench/baseline.mjs CONFIG_DIR OUT_DIR LISTING_JSON\n");
  process.exit(2);
}

const yamlFiles = readdirSync(configDir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
  .map((e) => path.join(e.parentPath, e.name))
  .sort();
let documents = 0;
for (const file of yamlFiles) {
  loadAll(
    readFileSync(file, "utf8"),
    (doc) => {
      if (doc !== null && doc !== undefined) documents++;
    },
    { schema: CORE_SCHEMA },
  );
}

/** @type {[string, number][]} */
const listing = JSON.parse(readFileSync(listingFile, "utf8"));
const largest = listing.reduce((max, [, bytes]) => Math.max(max, bytes), 0);
const filler = Buffer.alloc(largest, "x");
const made = new Set();
let bytes = 0;
for (const [rel, size] of listing) {
  const target = path.join(outDir, rel);
  const dir = path.dirname(target);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  writeFileSync(target, filler.subarray(0, size));
  bytes += size;
}
process.stdout.write(
  `${documents} documents in ${yamlFiles.length} files; wrote ${listing.length} files, ${bytes} bytes\n`,
);
