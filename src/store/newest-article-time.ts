// Modification time of the newest article file in a folder, so `serve` can tell whether
// the snapshot is older than the corpus and must be rebuilt.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const ARTICLE_FILE = /\.(txt|md)$/i;

/** Newest mtime in ms of the folder's .txt/.md files; undefined when there are none or no folder. */
export async function newestArticleTime(dir: string): Promise<number | undefined> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  let newest: number | undefined;
  for (const e of entries) {
    if (!e.isFile() || !ARTICLE_FILE.test(e.name)) continue;
    const t = (await stat(join(dir, e.name))).mtimeMs;
    if (newest === undefined || t > newest) newest = t;
  }
  return newest;
}
