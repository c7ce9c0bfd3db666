// Builds web/dist when it is missing or older than web/ sources, so the browser tests
// always drive the current viewer. A lock directory keeps parallel test files from
// building at the same time.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));
export const DIST_DIR = join(WEB_DIR, 'dist');
const LOCK = join(WEB_DIR, '.build-lock');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  const index = join(DIST_DIR, 'index.html');
  return existsSync(index) && statSync(index).mtimeMs >= newestSource(WEB_DIR);
}

export async function ensureWebBuild(): Promise<string> {
  for (let waited = 0; !isFresh(); waited += 200) {
    try {
      mkdirSync(LOCK);
    } catch {
      if (waited > 120_000) rmSync(LOCK, { recursive: true, force: true }); // a crashed builder's lock
      await sleep(200);
      continue;
    }
    try {
      if (!isFresh()) {
        const { build } = await import('vite');
        await build({ root: WEB_DIR, configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
      }
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
  return DIST_DIR;
}
