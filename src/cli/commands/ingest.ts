// `conflict-kg ingest FILE... [--data DIR] [--json]`: adds article files to the corpus
// (stored as <sha256-prefix>.txt, idempotent), resolves them into the corpus graph and
// saves the snapshot, so the next command (or `serve`) starts from a fresh snapshot.
// Earlier articles come from the extraction log, so only the new files are extracted.
import { readFile, unlink } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { isKgError } from '../../errors.ts';
import { createExtractor, type Extractor } from '../../graph/extractor.ts';
import { openCorpus, type CorpusOnDisk } from '../../graph/open-corpus.ts';
import { addArticle } from '../../store/add-article.ts';
import { corpusPaths, type CorpusPaths } from '../../store/corpus-paths.ts';
import { parseArticle } from '../../store/parse-article.ts';
import { checkArticleBytes } from '../../store/read-article-file.ts';
import { removeStaleTemps } from '../../store/remove-stale-temps.ts';
import { dataOption } from '../data-option.ts';
import { printResult } from '../print-result.ts';

interface Outcome {
  file: string;
  article?: string;
  status: 'added' | 'already there' | 'skipped';
  facts?: number;
  reason?: string;
}

async function ingestOne(file: string, paths: CorpusPaths, opened: CorpusOnDisk, extractor: Extractor): Promise<Outcome> {
  const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => e);
  if (bytes instanceof Error) return { file, status: 'skipped', reason: `cannot read (${bytes.code ?? bytes.message})` };
  const checked = checkArticleBytes(bytes);
  if ('reason' in checked) return { file, status: 'skipped', reason: checked.reason };
  const parsed = parseArticle(basename(file), checked.text);
  try {
    const stored = await addArticle(paths.articlesDir, { text: parsed.text, date: parsed.date, title: parsed.title, source: parsed.source });
    if (!stored.created) return { file, article: stored.id, status: 'already there' };
    const extraction = await extractor.one(stored.doc).catch(async (error) => {
      await unlink(stored.path).catch(() => {}); // not read: not kept
      throw error;
    });
    opened.add([[stored.doc, extraction]]);
    return { file, article: stored.id, status: 'added', facts: extraction.facts.length };
  } catch (error) {
    if (!isKgError(error)) throw error;
    return { file, status: 'skipped', reason: error.message };
  }
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('add article files to the corpus and merge them into the graph')
    .argument('<files...>', '.txt/.md article files')
    .addOption(dataOption())
    .option('--json', 'print the outcome as JSON')
    .action(async (files: string[], options: { data: string; json?: boolean }) => {
      const warn = (line: string) => process.stderr.write(`conflict-kg: ${line}\n`);
      const paths = corpusPaths(options.data);
      await Promise.all([removeStaleTemps(paths.articlesDir), removeStaleTemps(options.data)]);
      const extractor = createExtractor({ warn });
      try {
        const opened = await openCorpus(paths, { extractor, warn });
        const outcomes: Outcome[] = [];
        for (const file of files) outcomes.push(await ingestOne(file, paths, opened, extractor));
        await opened.save(); // always: the snapshot must match the folder, whatever state it was in
        const { graph } = opened.corpus;
        if (outcomes.some((o) => o.status === 'skipped')) process.exitCode = 1;
        printResult(options, { outcomes, nodes: graph.order, edges: graph.size }, () => [
          ...outcomes.map((o) => `${o.status.padEnd(13)} ${o.file}${o.article ? ` → ${o.article}` : ''}${o.facts !== undefined ? ` (${o.facts} facts)` : ''}${o.reason ? `: ${o.reason}` : ''}`),
          `graph: ${graph.order} nodes, ${graph.size} edges`,
        ]);
      } finally {
        await extractor.close();
      }
    });
}
