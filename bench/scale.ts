// Scale benchmark (issue 5): builds BENCH_ARTICLES (default 10,000) synthetic articles
// (pools of 500 actors, 300 places, 100 proposals) with the worker pool on every core and
// a progress bar; reports build time, peak RSS, nodes/edges, in-process query latency
// (search, node, backers, bounded paths: median/p99), then exports the graph to GEXF in a
// child process (bench/scale-export.ts) with the streaming writer and, for comparison,
// graphology-gexf's string writer; then the same on the 100k-node / 1M-edge synthetic
// graph (BENCH_SYNTHETIC=0 skips it; BENCH_STRING_1M=1 adds the string writer there).
// Writes artifacts/bench-scale.json. Target: export peak RSS < 1 GB.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { progressBar } from '../src/cli/progress-bar.ts';
import { extractInWorkers } from '../src/extract/extract-in-workers.ts';
import { createCorpusGraph } from '../src/graph/corpus-graph.ts';
import { backers } from '../src/query/backers.ts';
import { node } from '../src/query/node.ts';
import { paths } from '../src/query/paths.ts';
import { search } from '../src/query/search.ts';
import type { KnowledgeGraph } from '../src/types.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';
import { prng } from './synthetic-graph.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? availableParallelism());
const SYNTHETIC = process.env.BENCH_SYNTHETIC !== '0';
const STRING_1M = process.env.BENCH_STRING_1M === '1';
const QUERIES = 300;
const PATH_OPTIONS = { maxLength: 4, limit: 10 }; // as bench:query
// the GEXF 1.3 RELAX NG schema the repository carries
const GEXF_SCHEMA = fileURLToPath(new URL('../tests/fixtures/schemas/gexf-1.3/gexf.rng', import.meta.url));
const log = (line: string) => process.stderr.write(`bench:scale: ${line}\n`);
const mb = (bytes: number) => bytes / 2 ** 20;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const stats = (ms: number[]) => ({ medianMs: sorted(ms)[Math.floor(ms.length / 2)], p99Ms: sorted(ms)[Math.min(ms.length - 1, Math.floor(ms.length * 0.99))] });

/** A progress reporter: the CLI's bar on a terminal, else a log line per 10% with the rate. */
function progress(label: string) {
  const bar = progressBar(label);
  const started = performance.now();
  let decile = 0;
  return {
    update(done: number, total: number) {
      bar.update(done, total);
      const seconds = (performance.now() - started) / 1000;
      if (process.stderr.isTTY || Math.floor((10 * done) / total) <= decile) return;
      decile = Math.floor((10 * done) / total);
      log(`${label} ${done}/${total} (${(done / seconds).toFixed(1)} articles/s, ${((total - done) / (done / seconds)).toFixed(0)} s left)`);
    },
    stop: () => bar.stop(),
  };
}

/** buildFromDocs's two steps, timed apart and each with progress: extraction in the pool, then merging in order. */
async function build(docs: ReturnType<typeof syntheticCorpus>) {
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 200);
  const started = performance.now();
  const extracting = progress('extracting');
  const extractions = await extractInWorkers(docs, extracting.update, { workers: WORKERS });
  extracting.stop();
  const extractSeconds = (performance.now() - started) / 1000;
  const merging = progress('merging');
  const corpus = createCorpusGraph();
  for (let at = 0; at < extractions.length; at += 500) {
    corpus.add(extractions.slice(at, at + 500)); // in batches, for the progress; the graph is the same as one batch
    merging.update(Math.min(at + 500, extractions.length), extractions.length);
  }
  const { graph } = corpus;
  merging.stop();
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  return { graph, seconds, extractSeconds, mergeSeconds: seconds - extractSeconds, peakSampledMb: mb(Math.max(peak, process.memoryUsage.rss())) };
}

/** Each query QUERIES times on seeded random picks, after one untimed pass (JIT, name index). */
function queryLatency(graph: KnowledgeGraph) {
  const random = prng(11);
  const of = (type: string) => graph.filterNodes((_k, a) => a.type === type);
  const pick = (keys: string[]) => keys[Math.floor(random() * keys.length)];
  const [all, actors, backerKeys] = [graph.nodes(), of('actor'), of('backer')];
  const label = (key: string) => graph.getNodeAttribute(key, 'label');
  const picks = Array.from({ length: QUERIES }, () => ({ any: pick(all), actor: pick(actors), from: pick(backerKeys.length ? backerKeys : actors) }));
  const cases: Record<string, (p: (typeof picks)[number]) => unknown> = {
    search: (p) => search(graph, label(p.any).split(' ').at(-1)!, { limit: 20 }),
    node: (p) => node(graph, p.any),
    backers: (p) => backers(graph, p.actor),
    'paths (≤ 4 hops, ≤ 10)': (p) => paths(graph, p.from, p.actor, PATH_OPTIONS),
  };
  return Object.entries(cases).map(([query, run]) => {
    for (const p of picks) run(p);
    const ms = picks.map((p) => {
      const started = performance.now();
      run(p);
      return performance.now() - started;
    });
    return { query, runs: ms.length, ...stats(ms) };
  });
}

type ExportRow = { graph: string; writer: string; nodes: number; edges: number; writeSeconds: number; bytes: number; rssWithGraphMb: number; peakWhileWritingMb?: number; processPeakMb: number; valid?: string };

/** One GEXF export in a fresh child process (bench/scale-export.ts). */
function exportIn(name: string, args: string[]): ExportRow {
  const script = new URL('./scale-export.ts', import.meta.url).pathname;
  log(`export ${name}: ${args.at(-1)} writer`);
  const line = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', script, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
  return { graph: name, ...JSON.parse(line) };
}

/** xmllint --stream against the GEXF 1.3 RELAX NG schema (without xsi:schemaLocation, see tests/fixtures/schemas/README.md). */
function validate(path: string): string {
  if (spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status !== 0) return 'xmllint not installed';
  const r = spawnSync('sh', ['-c', `sed '2s/ xsi:schemaLocation="[^"]*"//' "$1" | xmllint --stream --noout --relaxng "$2" -`, 'sh', path, GEXF_SCHEMA], { encoding: 'utf8' });
  return r.status === 0 ? 'valid' : `INVALID: ${r.stderr.slice(0, 300)}`;
}

async function benchScale(): Promise<void> {
  const load = { start: loadavg(), end: [0, 0, 0] };
  log(`${ARTICLES} articles, ${WORKERS} workers; load average ${load.start.map((x) => x.toFixed(2)).join(' ')}`);
  const docs = syntheticCorpus(ARTICLES, 1, { actors: 500, places: 300, proposals: 100 });
  const built = await build(docs);
  const { graph } = built;
  const buildPeakMb = process.resourceUsage().maxRSS / 1024;
  log(`built ${graph.order} nodes, ${graph.size} edges in ${built.seconds.toFixed(1)} s (extraction ${built.extractSeconds.toFixed(1)} s, merge ${built.mergeSeconds.toFixed(1)} s); peak RSS ${buildPeakMb.toFixed(0)} MB`);
  const queries = queryLatency(graph);

  const work = mkdtempSync(join(tmpdir(), 'conflict-kg-scale-'));
  const exports: ExportRow[] = [];
  try {
    const snapshot = join(work, 'graph.json');
    writeFileSync(snapshot, JSON.stringify(graph.export()));
    const name = `${ARTICLES} articles`;
    const streamed = exportIn(name, ['snapshot', snapshot, join(work, 'stream.gexf'), 'stream']);
    exports.push({ ...streamed, valid: validate(join(work, 'stream.gexf')) });
    exports.push(exportIn(name, ['snapshot', snapshot, join(work, 'string.gexf'), 'string']));
    if (SYNTHETIC) {
      exports.push(exportIn('synthetic 100k/1M', ['synthetic', '100000', '1000000', join(work, 'synthetic.gexf'), 'stream']));
      rmSync(join(work, 'synthetic.gexf'));
      if (STRING_1M) exports.push(exportIn('synthetic 100k/1M', ['synthetic', '100000', '1000000', join(work, 'synthetic-string.gexf'), 'string']));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  load.end = loadavg();
  const machine = { cores: availableParallelism(), cpu: cpus()[0]?.model, node: process.version, loadAverage: load };
  const report = {
    machine, articles: ARTICLES, workers: WORKERS,
    build: { seconds: built.seconds, extractSeconds: built.extractSeconds, mergeSeconds: built.mergeSeconds, articlesPerSecond: ARTICLES / built.extractSeconds, peakRssMb: buildPeakMb, nodes: graph.order, edges: graph.size },
    queries, exports,
  };
  mkdirSync('artifacts', { recursive: true });
  writeFileSync('artifacts/bench-scale.json', JSON.stringify(report, null, 2));
  print(report);
}

function print(r: { build: Record<string, number>; queries: ReturnType<typeof queryLatency>; exports: ExportRow[]; machine: { cores: number; loadAverage: { start: number[]; end: number[] } } }): void {
  const b = r.build;
  console.log(`\nscale benchmark: ${ARTICLES} synthetic articles, ${WORKERS} workers, ${r.machine.cores} cores; load average ${r.machine.loadAverage.start[0].toFixed(2)} → ${r.machine.loadAverage.end[0].toFixed(2)}`);
  console.log(`build ${b.seconds.toFixed(1)} s (extraction ${b.extractSeconds.toFixed(1)} s = ${b.articlesPerSecond.toFixed(1)} articles/s, merge ${b.mergeSeconds.toFixed(1)} s); peak RSS ${b.peakRssMb.toFixed(0)} MB; ${b.nodes} nodes, ${b.edges} edges\n`);
  console.log(`| ${'query (in-process)'.padEnd(24)} | median ms | p99 ms |`);
  console.log(`| ${'-'.repeat(24)} | --------- | ------ |`);
  for (const q of r.queries) console.log(`| ${q.query.padEnd(24)} | ${q.medianMs.toFixed(3).padStart(9)} | ${q.p99Ms.toFixed(3).padStart(6)} |`);
  console.log(`\n| ${'GEXF export'.padEnd(30)} | nodes   | edges     | s     | MB out | RSS graph MB | peak writing MB | process peak MB | xmllint |`);
  console.log(`| ${'-'.repeat(30)} | ------- | --------- | ----- | ------ | ------------ | --------------- | --------------- | ------- |`);
  for (const e of r.exports) {
    const cells = [`${e.graph}, ${e.writer}`.padEnd(30), String(e.nodes).padStart(7), String(e.edges).padStart(9), e.writeSeconds.toFixed(1).padStart(5), mb(e.bytes).toFixed(0).padStart(6), e.rssWithGraphMb.toFixed(0).padStart(12), (e.peakWhileWritingMb?.toFixed(0) ?? '-').padStart(15), e.processPeakMb.toFixed(0).padStart(15), e.valid ?? '-'];
    console.log(`| ${cells.join(' | ')} |`);
  }
  const streamed = r.exports.filter((e) => e.writer === 'stream');
  console.log(`\nstreaming export peak RSS < 1 GB: ${streamed.map((e) => `${e.graph} ${e.processPeakMb < 1024 ? 'met' : 'NOT met'} (${e.processPeakMb.toFixed(0)} MB)`).join('; ')}`);
}

benchScale().catch((error) => {
  console.error(`bench:scale: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
