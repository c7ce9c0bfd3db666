// Scores articles the way unseen articles are scored: each one built into a graph of its
// own (the real extractor, resolver and graph builder, the lexicon loaded once), scored
// against its own gold facts only, and the counts summed over articles (micro-average).
import { extractArticle } from '../extract/extract-article.ts';
import { extractInWorkers } from '../extract/extract-in-workers.ts';
import { buildFromDocs } from '../graph/build-corpus.ts';
import { WORKER_THRESHOLD, type Extractor } from '../graph/extractor.ts';
import type { ArticleDoc, ArticleExtraction } from '../types.ts';
import { readGraphJson } from './read-graph.ts';
import { prf, scoreGraph } from './score-graph.ts';
import type { Gold, ScoreResult } from './types.ts';

/** Fact counts summed over the four relations: system triples, right ones, gold facts, found ones. */
export interface FactCounts { tp: number; system: number; found: number; gold: number }

export interface ArticleScore extends FactCounts {
  article: string;
  /** The full score of the article's own graph against its own facts. */
  result: ScoreResult;
}

export interface EachScore {
  articles: ArticleScore[];
  /** Summed counts; precision = tp/system, recall = found/gold, F1 their harmonic mean. */
  total: FactCounts & { precision: number; recall: number; f1: number };
}

export interface ScoreEachOptions {
  /** Extracts every doc once (default: in-process, a worker pool from WORKER_THRESHOLD docs on). */
  extractAll?: (docs: ArticleDoc[]) => Promise<ArticleExtraction[]>;
  /** Article files that could not be read (store/loadArticles' `skipped`): scored as an empty graph. */
  unreadable?: string[];
  warn?: (line: string) => void;
}

const empty = (doc: ArticleDoc): ArticleExtraction => ({ article: doc.id, entities: [], facts: [] });

function defaultExtractAll(warn: (line: string) => void) {
  return async (docs: ArticleDoc[]) => {
    if (docs.length >= WORKER_THRESHOLD) return extractInWorkers(docs);
    return docs.map((doc) => {
      try {
        return extractArticle(doc);
      } catch (error) {
        // one article the extractor cannot read is scored as extracting nothing, not the end of the run
        warn(`eval: extraction of ${doc.id} failed, it is scored as extracting nothing: ${(error as Error).message}`);
        return empty(doc);
      }
    });
  };
}

/**
 * @param docs the articles, each scored against `gold.articles[doc.id]`.
 * @example const { total } = await scoreEach(docs, gold); total.f1
 */
export async function scoreEach(docs: ArticleDoc[], gold: Gold, options: ScoreEachOptions = {}): Promise<EachScore> {
  const warn = options.warn ?? (() => {});
  for (const id of [...docs.map((d) => d.id), ...(options.unreadable ?? [])]) {
    if (!Object.hasOwn(gold.articles, id)) warn(`eval: ${id} has no facts in the gold file; every fact extracted from it counts as wrong.`);
  }
  const extractions = await (options.extractAll ?? defaultExtractAll(warn))(docs);
  const jobs = [
    ...docs.map((doc, i) => ({ doc, extraction: extractions[i] })),
    ...(options.unreadable ?? []).map((id) => ({ doc: { id, text: '' }, extraction: empty({ id, text: '' }) })),
  ].sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));
  const articles: ArticleScore[] = [];
  for (const { doc, extraction } of jobs) {
    const graph = await buildFromDocs([doc], { extractor: givenExtraction(extraction) });
    // scored as written to disk: the graphology serialisation, as `conflict-kg build -o g.json` writes it
    const result = scoreGraph(readGraphJson(JSON.parse(JSON.stringify(graph.export())), doc.id), gold, new Set([doc.id]));
    articles.push({ article: doc.id, ...countsOf(result), result });
  }
  const sum = (k: keyof FactCounts) => articles.reduce((n, a) => n + a[k], 0);
  const counts = { tp: sum('tp'), system: sum('system'), found: sum('found'), gold: sum('gold') };
  return { articles, total: { ...counts, ...prf(counts.tp, counts.system, counts.found, counts.gold) } };
}

/** An extractor that hands back an extraction already made (the doc was read once, above). */
const givenExtraction = (extraction: ArticleExtraction): Extractor => ({
  all: async () => [extraction],
  one: async () => extraction,
  warm: async () => {},
  close: async () => {},
});

function countsOf(result: ScoreResult): FactCounts {
  const counts = { tp: 0, system: 0, found: 0, gold: 0 };
  for (const r of Object.values(result.relations)) {
    counts.tp += r.tp;
    counts.system += r.system;
    counts.found += r.found;
    counts.gold += r.gold;
  }
  return counts;
}
