// Extraction benchmark (issue 2): over a synthetic corpus of ≥ 2,000 articles, measures
// wink-nlp's bare tokenisation, extractArticle in one thread, and extractInWorkers on every
// core. Prints medians of BENCH_RUNS runs (default 5) and writes artifacts/bench-extract.json.
// Target: ≥ 1,000 articles/s with the pool, warm pool within 2.5× of bare tokenisation (issue 8).
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractArticle } from '../src/extract/extract-article.ts';
import { createExtractPool, extractInWorkers } from '../src/extract/extract-in-workers.ts';
import type { ArticleDoc } from '../src/types.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WORKERS = Number(process.env.BENCH_WORKERS ?? availableParallelism());

interface Row {
  method: string;
  articlesPerSecond: number;
  mbPerSecond: number;
  runsSeconds: number[];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A pool kept up between runs (as a server or a long build keeps it), warmed once. */
async function measureWarm(docs: ArticleDoc[], megabytes: number) {
  const pool = createExtractPool(WORKERS);
  try {
    await pool.run(docs.slice(0, 400));
    return await measure(`extractPool, ${WORKERS} workers (warm)`, docs, megabytes, () => pool.run(docs));
  } finally {
    await pool.close();
  }
}

/** Times `run` RUNS times over the corpus; rates from the median time. */
async function measure(method: string, docs: ArticleDoc[], megabytes: number, run: () => unknown): Promise<Row> {
  const runsSeconds: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    runsSeconds.push((performance.now() - started) / 1000);
    process.stderr.write(`  ${method}: run ${i + 1}/${RUNS} ${runsSeconds[i].toFixed(2)} s\n`);
  }
  const seconds = median(runsSeconds);
  return { method, articlesPerSecond: docs.length / seconds, mbPerSecond: megabytes / seconds, runsSeconds };
}

/** Runs the three measurements and prints the table. */
async function benchExtract(): Promise<void> {
  const docs = syntheticCorpus(ARTICLES, 1);
  const megabytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0) / 1e6;
  const words = docs.reduce((sum, d) => sum + d.text.split(/\s+/).length, 0);
  const nlp = winkNLP(model);
  // warm-up outside the timings: model, lexicon and city gazetteer load once per thread
  for (const doc of docs.slice(0, 20)) {
    nlp.readDoc(doc.text).tokens().out();
    extractArticle(doc);
  }
  const rows = [
    await measure('wink-nlp tokenisation, 1 thread', docs, megabytes, () => docs.forEach((d) => nlp.readDoc(d.text).tokens().out())),
    await measure('extractArticle, 1 thread', docs, megabytes, () => docs.forEach((d) => extractArticle(d))),
    await measure(`extractInWorkers, ${WORKERS} workers (incl. start-up)`, docs, megabytes, () => extractInWorkers(docs, undefined, { workers: WORKERS })),
    await measureWarm(docs, megabytes),
  ];
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), node: process.version };
  const ratio = rows[0].articlesPerSecond / rows[2].articlesPerSecond;
  const warmRatio = rows[0].articlesPerSecond / rows[3].articlesPerSecond;
  console.log(`\n${ARTICLES} synthetic articles, ${megabytes.toFixed(2)} MB, ${words} words; median of ${RUNS} runs`);
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}\n`);
  console.log(`| ${'method'.padEnd(48)} | articles/s | MB/s    |`);
  console.log(`| ${'-'.repeat(48)} | ---------- | ------- |`);
  for (const r of rows) console.log(`| ${r.method.padEnd(48)} | ${r.articlesPerSecond.toFixed(1).padStart(10)} | ${r.mbPerSecond.toFixed(3).padStart(7)} |`);
  console.log(`\npool is ${ratio.toFixed(1)}× slower than bare tokenisation with start-up, ${warmRatio.toFixed(1)}× warm (target ≤ 2.5×); target ≥ 1,000 articles/s: ${rows[3].articlesPerSecond >= 1000 ? 'met' : 'not met'}`);
  mkdirSync('artifacts', { recursive: true });
  writeFileSync('artifacts/bench-extract.json', JSON.stringify({ articles: ARTICLES, megabytes, words, runs: RUNS, machine, rows, ratio, warmRatio }, null, 2));
}

benchExtract().catch((error) => {
  console.error(`bench:extract: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
