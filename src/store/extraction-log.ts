// The extractions of a corpus on disk (data/extractions.jsonl), so a restart resolves the
// articles again without reading them again with the extractor: a header line with the
// extractor's digest, then one `[docKey, extraction]` line per article. New articles are
// appended; a start-up that finds entries for articles no longer on disk, or a log
// written by another extractor, rewrites it whole. A torn last line (a crash while
// appending) is skipped: the log is a cache, the article files are the truth.
import { appendFile, readFile } from 'node:fs/promises';
import type { ArticleExtraction } from '../types.ts';
import { extractorDigest } from './code-digest.ts';
import { writeAtomic } from './write-atomic.ts';

export type LoggedExtraction = [docKey: string, extraction: ArticleExtraction];

const header = () => `${JSON.stringify({ extractor: extractorDigest() })}\n`;
const line = (entry: LoggedExtraction) => `${JSON.stringify(entry)}\n`;

/** Extractions by doc key; empty when the log is missing or was written by another extractor. */
export async function readExtractionLog(path: string): Promise<Map<string, ArticleExtraction>> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const lines = text.split('\n');
  const found = new Map<string, ArticleExtraction>();
  if (lines[0] !== header().trimEnd()) return found;
  for (const l of lines.slice(1)) {
    if (!l) continue;
    try {
      const [key, extraction] = JSON.parse(l) as LoggedExtraction;
      found.set(key, extraction);
    } catch {
      // a line cut short by a crash: that article is extracted again
    }
  }
  return found;
}

/** Rewrites the log with exactly these entries (atomic). */
export async function writeExtractionLog(path: string, entries: Iterable<LoggedExtraction>): Promise<void> {
  function* chunks() {
    let chunk = header();
    for (const entry of entries) {
      chunk += line(entry);
      if (chunk.length < 1 << 20) continue;
      yield chunk; // ~1 MB at a time: few writes, and the thread answers between them
      chunk = '';
    }
    yield chunk;
  }
  await writeAtomic(path, chunks());
}

/** Appends entries to a log that `writeExtractionLog` started (no fsync: a lost line is re-extracted). */
export async function appendExtractionLog(path: string, entries: readonly LoggedExtraction[]): Promise<void> {
  if (entries.length) await appendFile(path, entries.map(line).join(''));
}
