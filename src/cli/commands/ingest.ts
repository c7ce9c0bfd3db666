// `conflict-kg ingest FILE... [--data DIR] [--json]`: adds article files to the corpus
// (stored as <sha256-prefix>.txt, idempotent), merges their facts into the graph and
// rewrites the snapshot, without a full rebuild.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { isKgError } from '../../errors.ts';
import { createGraph } from '../../graph/create-graph.ts';
import { createExtractionCache } from '../../graph/extraction-cache.ts';
import { mergeArticle } from '../../graph/merge-article.ts';
import { createResolver } from '../../resolve/create-resolver.ts';
import { addArticle } from '../../store/add-article.ts';
import { parseArticle } from '../../store/parse-article.ts';
import { checkArticleBytes } from '../../store/read-article-file.ts';
import { writeSnapshot } from '../../store/snapshot.ts';
import { dataOption } from '../data-option.ts';
import { loadGraph, type LoadedGraph } from '../load-graph.ts';
import { printResult } from '../print-result.ts';

interface Outcome {
  file: string;
  article?: string;
  status: 'added' | 'already there' | 'skipped';
  facts?: number;
  reason?: string;
}

async function openGraph(data: string, warn: (line: string) => void): Promise<LoadedGraph> {
  try {
    return await loadGraph(data, warn);
  } catch (error) {
    if (!isKgError(error) || error.code !== 'KG_NOT_FOUND') throw error;
    return { graph: createGraph(), source: 'built', articlesDir: join(data, 'articles'), snapshotPath: join(data, 'graph.json'), extractions: createExtractionCache(), docs: [] };
  }
}

async function ingestOne(file: string, loaded: LoadedGraph, merge: (doc: Parameters<typeof mergeArticle>[1]) => number): Promise<Outcome> {
  const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => e);
  if (bytes instanceof Error) return { file, status: 'skipped', reason: `cannot read (${bytes.code ?? bytes.message})` };
  const checked = checkArticleBytes(bytes);
  if ('reason' in checked) return { file, status: 'skipped', reason: checked.reason };
  const parsed = parseArticle(basename(file), checked.text);
  try {
    const stored = await addArticle(loaded.articlesDir, { text: parsed.text, date: parsed.date, title: parsed.title, source: parsed.source });
    if (!stored.created) return { file, article: stored.id, status: 'already there' };
    return { file, article: stored.id, status: 'added', facts: merge(stored.doc) };
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
      const loaded = await openGraph(options.data, (line) => process.stderr.write(`conflict-kg: ${line}\n`));
      const { graph } = loaded;
      const resolver = createResolver(graph);
      const merge = (doc: Parameters<typeof mergeArticle>[1]) => mergeArticle(graph, doc, resolver).extraction.facts.length;
      const outcomes: Outcome[] = [];
      for (const file of files) outcomes.push(await ingestOne(file, loaded, merge));
      const added = outcomes.filter((o) => o.status === 'added').length;
      if (added) {
        graph.setAttribute('articles', (graph.getAttribute('articles') ?? 0) + added);
        await writeSnapshot(graph, loaded.snapshotPath);
      }
      if (outcomes.some((o) => o.status === 'skipped')) process.exitCode = 1;
      printResult(options, { outcomes, nodes: graph.order, edges: graph.size }, () => [
        ...outcomes.map((o) => `${o.status.padEnd(13)} ${o.file}${o.article ? ` → ${o.article}` : ''}${o.facts !== undefined ? ` (${o.facts} facts)` : ''}${o.reason ? `: ${o.reason}` : ''}`),
        `graph: ${graph.order} nodes, ${graph.size} edges`,
      ]);
    });
}
