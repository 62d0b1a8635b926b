// Debian's chromium driven by playwright-core (which downloads no browser of its own): the
// console's browser tests and `npm run screenshots`. A missing binary is an error that says
// how to install it; the tests never skip for it.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM = process.env.CLOUDNEUTRAL_CHROMIUM ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} not found: install Debian's chromium (apt-get install chromium; .ci/run does) or set CLOUDNEUTRAL_CHROMIUM`,
    );
  // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
}
