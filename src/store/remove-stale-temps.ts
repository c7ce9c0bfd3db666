// Deletes temporary files that writeAtomic left behind when the process was killed
// between creating and renaming them (`.<name>.<pid>.<random>.tmp`). Only old ones: a
// younger temp file may belong to another process (an `ingest`) writing right now.
import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

/** @example await removeStaleTemps('data/articles') // → 1 (files removed) */
export async function removeStaleTemps(dir: string, olderThanMs = 60_000): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names.filter((n) => TEMP_FILE.test(n))) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile() || Date.now() - info.mtimeMs < olderThanMs) continue;
    if (await unlink(path).then(() => true, () => false)) removed++;
  }
  return removed;
}
