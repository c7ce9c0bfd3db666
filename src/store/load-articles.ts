// Loads every `.txt`/`.md` article of a folder, in file-name order (so builds are
// deterministic). Unusable files are skipped with a warning; the rest still load.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { NotFoundError } from '../errors.ts';
import type { ArticleDoc } from '../types.ts';
import { readArticleFile } from './read-article-file.ts';

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface LoadedCorpus {
  docs: ArticleDoc[];
  skipped: SkippedFile[];
}

const ARTICLE_FILE = /\.(txt|md)$/i;

/**
 * @example const { docs, skipped } = await loadArticles('data/articles', (w) => console.warn(w));
 */
export async function loadArticles(dir: string, warn: (line: string) => void = () => {}): Promise<LoadedCorpus> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isFile() && ARTICLE_FILE.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch (error) {
    throw new NotFoundError(`store.loadArticles: cannot read folder "${dir}" (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  const docs: ArticleDoc[] = [];
  const skipped: SkippedFile[] = [];
  for (const name of names) {
    const result = await readArticleFile(join(dir, name));
    if ('doc' in result) docs.push(result.doc);
    else {
      skipped.push({ file: name, reason: result.skipped });
      warn(`skipped ${name}: ${result.skipped}`);
    }
  }
  return { docs, skipped };
}
