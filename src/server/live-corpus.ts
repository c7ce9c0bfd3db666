// The corpus a running server ingests into: stores each posted article durably, merges
// it into the live graph at once (the 201 answer), and then rebuilds the graph from disk
// and swaps it in, so the live graph always converges to exactly a clean rebuild.
//
// Why rebuild rather than trust the incremental merge: a clean build merges in file-name
// (content-hash) order, the server in arrival order, and resolution is order-dependent
// (the first label wins, "-2" keys, proposal clustering within a week, aliases order):
// 50 synthetic articles merged in reverse order give 264 nodes instead of 268 and 132 of
// 377 edges under other keys.
// Making every merge commutative would change resolve/ throughout; instead the merge
// gives a provisional answer and a debounced rebuild (extractions cached, so it costs the
// merges, not the extraction) replaces it. Snapshots are written from rebuilds only, with
// the corpus digest, so a snapshot on disk always equals a clean rebuild of its articles.
import { unlink } from 'node:fs/promises';
import type { ExtractionCache } from '../graph/extraction-cache.ts';
import type { Resolver } from '../resolve/create-resolver.ts';
import { addArticle, type AddedArticle, type NewArticle } from '../store/add-article.ts';
import { writeSnapshot } from '../store/snapshot.ts';
import type { ArticleDoc, ArticleExtraction, KnowledgeGraph } from '../types.ts';
import { serialQueue } from './serial-queue.ts';

export interface LiveCorpusOptions {
  articlesDir: string;
  snapshotPath?: string;
  /** Extractions the start-up build made; a new cache otherwise. */
  extractions?: ExtractionCache;
  /** Quiet time after the last new article before the rebuild (default 250 ms)… */
  rebuildDelayMs?: number;
  /** …but never later than this after the first unrebuilt article (default 2000 ms). */
  rebuildMaxDelayMs?: number;
  /** Called whenever the live graph changed (clears cached answers). */
  onChange?: () => void;
  warn?: (line: string) => void;
}

export interface Ingested {
  stored: AddedArticle;
  /** Absent when the article was already stored. */
  extraction?: ArticleExtraction;
  nodes: string[];
  edges: string[];
}

export interface LiveCorpus {
  add(article: NewArticle): Promise<Ingested>;
  /** Articles merged provisionally, not yet in a rebuild. */
  pending(): number;
  /** Resolves once no rebuild is due or running (tests, shutdown). */
  settled(): Promise<void>;
  /** Stops the rebuild timer. */
  close(): void;
}

type Tools = Awaited<ReturnType<typeof loadTools>>;

// the extractor loads on the first POST, so a read-only server starts fast
async function loadTools(given?: ExtractionCache) {
  const [{ createExtractionCache }, { createResolver }, { mergeExtraction }, { rebuildCorpus }, { replaceGraph }] = await Promise.all([
    import('../graph/extraction-cache.ts'), import('../resolve/create-resolver.ts'), import('../graph/merge-extraction.ts'),
    import('../graph/rebuild-corpus.ts'), import('../graph/replace-graph.ts'),
  ]);
  return { cache: given ?? createExtractionCache(), createResolver, mergeExtraction, rebuildCorpus, replaceGraph };
}

/** @example const corpus = createLiveCorpus(graph, { articlesDir: 'data/articles', snapshotPath: 'data/graph.json' }); */
export function createLiveCorpus(graph: KnowledgeGraph, options: LiveCorpusOptions): LiveCorpus {
  const { articlesDir, snapshotPath, onChange = () => {}, warn = () => {} } = options;
  const delay = options.rebuildDelayMs ?? 250;
  const maxDelay = options.rebuildMaxDelayMs ?? 2000;
  const run = serialQueue();
  const pending = new Map<string, ArticleDoc>();
  let tools: Promise<Tools> | undefined;
  let resolver: Resolver | undefined;
  let timer: NodeJS.Timeout | undefined;
  let firstPendingAt: number | undefined;
  let rebuilding = false;
  let failed = false;
  let waiters: (() => void)[] = [];

  const getTools = () => (tools ??= loadTools(options.extractions).catch((error) => { tools = undefined; throw error; }));
  const idle = () => !timer && !rebuilding && (pending.size === 0 || failed);
  const wake = () => { if (idle()) { const w = waiters; waiters = []; w.forEach((f) => f()); } };

  const merge = (t: Tools, doc: ArticleDoc) => {
    const extraction = t.cache.extract(doc);
    resolver ??= t.createResolver(graph);
    return { extraction, ...t.mergeExtraction(graph, extraction, resolver) };
  };

  const schedule = () => {
    const now = Date.now();
    firstPendingAt ??= now;
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), Math.max(0, Math.min(delay, firstPendingAt + maxDelay - now)));
    timer.unref();
  };

  async function rebuild(): Promise<void> {
    timer = undefined;
    if (rebuilding) return; // the running one reschedules when it finds articles it did not read
    rebuilding = true;
    firstPendingAt = undefined;
    try {
      const t = await getTools();
      const fresh = await t.rebuildCorpus(articlesDir, t.cache, warn);
      if (snapshotPath) await writeSnapshot(fresh.graph, snapshotPath);
      await run(async () => {
        t.replaceGraph(graph, fresh.graph);
        resolver = undefined;
        for (const doc of fresh.docs) pending.delete(doc.id);
        // stored after the rebuild read the folder: merged again on top, rebuilt next time
        for (const doc of pending.values()) merge(t, doc);
        graph.setAttribute('articles', fresh.docs.length + pending.size);
        onChange();
      });
      failed = false;
    } catch (error) {
      failed = true; // not retried on a timer: the next article schedules another attempt
      warn(`rebuild of ${articlesDir} failed; the live graph keeps its incremental merges: ${(error as Error).message}`);
    } finally {
      rebuilding = false;
      if (pending.size && !failed) schedule();
      wake();
    }
  }

  const add = (article: NewArticle) => run(async (): Promise<Ingested> => {
    const stored = await addArticle(articlesDir, article);
    if (!stored.created) return { stored, nodes: [], edges: [] };
    let merged: ReturnType<typeof merge>;
    try {
      merged = merge(await getTools(), stored.doc);
    } catch (error) {
      onChange(); // a merge that failed half-way may still have changed the graph
      await unlink(stored.path).catch(() => {}); // not merged: do not keep it, so a retry is not "already there"
      schedule(); // the rebuild repairs whatever the failed merge left behind
      throw error;
    }
    pending.set(stored.id, stored.doc);
    failed = false;
    graph.setAttribute('articles', (graph.getAttribute('articles') ?? 0) + 1);
    onChange();
    schedule();
    return { stored, ...merged };
  });

  return {
    add,
    pending: () => pending.size,
    settled: () => new Promise<void>((resolve) => { waiters.push(resolve); wake(); }),
    close: () => { clearTimeout(timer); timer = undefined; wake(); },
  };
}
