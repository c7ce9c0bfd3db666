// Loads every `.txt`/`.md` article of a folder, in file-name order (so builds are
// deterministic). Unusable files are skipped with a warning; the rest still load. Files
// are read a few dozen at a time (10,000 articles in well under a second, not one by one).
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
const PARALLEL_READS = 32;

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
  const results = new Array<Awaited<ReturnType<typeof readArticleFile>>>(names.length);
  let next = 0;
  const reader = async () => {
    for (let i = next++; i < names.length; i = next++) results[i] = await readArticleFile(join(dir, names[i]));
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, names.length) }, reader));
  const docs: ArticleDoc[] = [];
  const skipped: SkippedFile[] = [];
  results.forEach((result, i) => {
    if ('doc' in result) docs.push(result.doc);
    else {
      skipped.push({ file: names[i], reason: result.skipped });
      warn(`skipped ${names[i]}: ${result.skipped}`);
    }
  });
  return { docs, skipped };
}
