// A data folder as a corpus graph: every article on disk (store/), its extraction from
// the extraction log or, when the log lacks it, from the extractor, resolved into one
// corpus graph. Saving writes the snapshot (with the corpus digest) and, when it changed,
// the log; so the snapshot on disk is always exactly the graph of the articles beside it.
import { NotFoundError, isKgError } from '../errors.ts';
import { corpusDigest, docKey } from '../store/corpus-digest.ts';
import type { CorpusPaths } from '../store/corpus-paths.ts';
import { appendExtractionLog, readExtractionLog, writeExtractionLog, type LoggedExtraction } from '../store/extraction-log.ts';
import { loadArticles, type SkippedFile } from '../store/load-articles.ts';
import { writeSnapshot } from '../store/snapshot.ts';
import type { ArticleDoc, ArticleExtraction } from '../types.ts';
import { createCorpusGraph, type CorpusGraph, type Touched } from './corpus-graph.ts';
import type { Extractor } from './extractor.ts';
import type { GraphDiff } from './graph-diff.ts';
import { serializeGraph } from './serialize-graph.ts';

export type OpenPhase = 'reading' | 'extracting' | 'resolving';

export interface OpenOptions {
  extractor: Extractor;
  warn?: (line: string) => void;
  /** `digest` comes once the articles are read: the corpus digest of the articles on disk. */
  onProgress?: (phase: OpenPhase, done: number, total: number, digest?: string) => void;
}

export interface CorpusOnDisk {
  corpus: CorpusGraph;
  skipped: SkippedFile[];
  /** corpusDigest of the articles in the corpus (the snapshot's `corpus` attribute). */
  digest(): string;
  /** Adds stored articles with their extractions; the log gets them at the next save. */
  add(entries: Array<[ArticleDoc, ArticleExtraction]>): { diff: GraphDiff; touched: Map<string, Touched> };
  /** Writes the snapshot and the log lines not yet on disk. */
  save(): Promise<void>;
  /** Articles added since the last save. */
  readonly unsaved: number;
}

async function readDocs(dir: string, warn: (line: string) => void) {
  try {
    return await loadArticles(dir, warn);
  } catch (error) {
    if (isKgError(error) && error instanceof NotFoundError) return { docs: [], skipped: [] }; // no folder yet: the first POST makes it
    throw error;
  }
}

/** @example const opened = await openCorpus(corpusPaths('data'), { extractor: createExtractor() }); opened.corpus.graph.order */
export async function openCorpus(paths: CorpusPaths, options: OpenOptions): Promise<CorpusOnDisk> {
  const { extractor, warn = () => {}, onProgress = () => {} } = options;
  onProgress('reading', 0, 0);
  const { docs, skipped } = await readDocs(paths.articlesDir, warn);
  const keys = new Map(docs.map((d) => [d.id, docKey(d)]));
  const digest = () => corpusDigest(keys.values());
  onProgress('reading', docs.length, docs.length, digest()); // enough to tell whether the snapshot is current
  const logged = await readExtractionLog(paths.logPath);
  const missing = docs.filter((d) => !logged.has(keys.get(d.id)!));
  onProgress('extracting', 0, missing.length);
  const extracted = await extractor.all(missing, (done, total) => onProgress('extracting', done, total));
  missing.forEach((d, i) => logged.set(keys.get(d.id)!, extracted[i]));
  onProgress('resolving', 0, docs.length);
  const corpus = createCorpusGraph();
  corpus.add(docs.map((d) => logged.get(keys.get(d.id)!)!));
  onProgress('resolving', docs.length, docs.length);
  // the log is rewritten when it lacked articles or held some no longer on disk
  let rewrite = missing.length > 0 || logged.size !== docs.length;
  let pending: LoggedExtraction[] = [];
  const entries = () => [...keys.values()].map((key): LoggedExtraction => [key, logged.get(key)!]);

  return {
    corpus, skipped, digest,
    get unsaved() {
      return pending.length + (rewrite ? 1 : 0);
    },
    add(added) {
      for (const [doc, extraction] of added) {
        if (keys.has(doc.id)) continue;
        keys.set(doc.id, docKey(doc));
        logged.set(keys.get(doc.id)!, extraction);
        pending.push([keys.get(doc.id)!, extraction]);
      }
      return corpus.add(added.map(([, extraction]) => extraction));
    },
    async save() {
      const lines = pending;
      const whole = rewrite;
      [pending, rewrite] = [[], false];
      try {
        corpus.graph.setAttribute('corpus', digest());
        await writeSnapshot(paths.snapshotPath, serializeGraph(corpus.graph));
        if (whole) await writeExtractionLog(paths.logPath, entries());
        else await appendExtractionLog(paths.logPath, lines);
      } catch (error) {
        rewrite = true; // the next save writes the whole log again
        throw error;
      }
    },
  };
}
