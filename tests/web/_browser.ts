// Launches Debian's Chromium for the viewer tests. Without it the tests skip with a
// one-line hint, except under CI=true where a missing browser is a failure.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const IN_CI = process.env.CI === 'true';
/** Run the browser tests: the browser is there, or CI demands them (and they will fail). */
export const RUN_BROWSER_TESTS = existsSync(CHROMIUM_PATH) || IN_CI;

if (!RUN_BROWSER_TESTS) {
  console.warn(`viewer tests skipped: no ${CHROMIUM_PATH}; install the Debian package \`chromium\` (apt-get install chromium).`);
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: install the Debian package \`chromium\` (apt-get install chromium).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
}
