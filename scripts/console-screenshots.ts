// `npm run screenshots`: the console of the sample, built from the console tests' fixture
// (a history of node-pool changes and a status branch written by lib/'s writers), each of the
// five pages photographed by Debian's chromium into docs/console-<page>.png for the README.
import { rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PAGES } from "../lib/console/html.ts";
import { buildConsole } from "../lib/console/index.ts";
import { launchChromium } from "../test/browser.ts";
import { consoleFixture } from "../test/console-fixture.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** A fixed moment, so that a new run changes the pictures only when the pages change. */
const NOW = new Date("2026-12-01T12:00:00Z");

const fixture = await consoleFixture({ now: NOW });
const out = path.join(fixture.repo, "site");
try {
  await buildConsole({
    configDir: path.join(fixture.repo, "platform-config"),
    infraDir: path.join(fixture.repo, "infra"),
    out,
    now: NOW,
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    for (const p of PAGES) {
      await page.goto(pathToFileURL(path.join(out, p.file)).href);
      const file = path.join(ROOT, "docs", `console-${p.nav.toLowerCase()}.png`);
      await page.screenshot({ path: file });
      process.stdout.write(`${path.relative(ROOT, file)}\n`);
    }
  } finally {
    await browser.close();
  }
} finally {
  await rm(fixture.repo, { recursive: true, force: true });
}
