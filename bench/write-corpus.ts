// Writes synthetic articles as a data folder's article files (front matter + body), the
// way `conflict-kg serve` and `build` read them; used by bench:live.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleDoc } from '../src/types.ts';

/** @example writeCorpus('/tmp/data/articles', syntheticCorpus(1000, 1)) */
export function writeCorpus(dir: string, docs: readonly ArticleDoc[]): void {
  mkdirSync(dir, { recursive: true });
  for (const d of docs) {
    const meta = [d.date && `date: ${d.date}`, d.title && `title: "${d.title.replace(/"/g, "'")}"`, d.source && `source: ${d.source}`].filter(Boolean);
    writeFileSync(join(dir, d.id), `---\n${meta.join('\n')}\n---\n${d.text}`);
  }
}
