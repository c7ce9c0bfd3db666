// Merge benchmark (issue 9): the cost of one POST's merge, in-process, on top of a corpus
// of BENCH_ARTICLES synthetic articles (default 1000,10000,50000): the corpus is merged,
// then BENCH_POSTS (default 60) articles as bench:live posts them are added one at a time
// (`CorpusGraph.add`), each timed in CPU (this process, GC included) and wall time.
// With BENCH_CHECK=1 (default below 50,000) the graph afterwards must equal a clean
// merge of the same articles, attributes included. Extractions are cached in the temp
// folder by extractor digest. BENCH_PROFILE=1 profiles the posts of each size and prints
// the functions with the most self time. Writes artifacts/bench-merge.json.
import { appendFileSync, createReadStream, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createInterface } from 'node:readline';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { extractInWorkers } from '../src/extract/extract-in-workers.ts';
import { createCorpusGraph } from '../src/graph/corpus-graph.ts';
import { extractorDigest } from '../src/store/code-digest.ts';
import type { ArticleDoc, ArticleExtraction, KnowledgeGraph } from '../src/types.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const SIZES = (process.env.BENCH_ARTICLES ?? '1000,10000,50000').split(',').map(Number);
const POSTS = Number(process.env.BENCH_POSTS ?? 60);
const WARMUP = 5;
const PROFILE = process.env.BENCH_PROFILE === '1';
const log = (line: string) => process.stderr.write(`bench:merge: ${line}\n`);
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const at = (xs: number[], q: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const round = (x: number) => Math.round(x * 100) / 100;

/** Extractions of `docs`, read from the cache file when it holds them all. */
async function extractions(name: string, docs: ArticleDoc[]): Promise<ArticleExtraction[]> {
  const cache = join(tmpdir(), `conflict-kg-merge-${name}-${docs.length}-${extractorDigest().slice(0, 12)}.jsonl`);
  if (existsSync(cache)) {
    const out: ArticleExtraction[] = [];
    for await (const line of createInterface({ input: createReadStream(cache) })) if (line) out.push(JSON.parse(line));
    return out;
  }
  log(`extracting ${docs.length} articles (${name}; once per extractor version)`);
  const out = await extractInWorkers(docs, undefined, { workers: availableParallelism() });
  // one line each: 50,000 extractions are more than one string can hold
  rmSync(`${cache}.tmp`, { force: true });
  for (let i = 0; i < out.length; i += 1000) appendFileSync(`${cache}.tmp`, out.slice(i, i + 1000).map((e) => `${JSON.stringify(e)}\n`).join(''));
  renameSync(`${cache}.tmp`, cache);
  return out;
}

/** Nodes and edges with their attributes, in key order. */
const contents = (g: KnowledgeGraph) => ({
  nodes: g.mapNodes((key, a) => [key, a] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  edges: g.mapEdges((key, a, s, t) => [key, s, t, a] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  attributes: g.getAttributes(),
});

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }

/** The functions with the most self time in a CPU profile, as "name file:line  ms  %". */
function topSelfTime(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, most = 15): string[] {
  const self = new Map<string, number>();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, k) => {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    const where = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    self.set(where, (self.get(where) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, most).map(([where, ms]) => `${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${where}`);
}

async function runSize(corpus: ArticleExtraction[], posts: ArticleExtraction[], check: boolean) {
  const merged = createCorpusGraph();
  const started = performance.now();
  merged.add(corpus);
  const buildSeconds = (performance.now() - started) / 1000;
  const cpuMs: number[] = [];
  const wallMs: number[] = [];
  const session = PROFILE ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  posts.forEach((post, k) => {
    const [cpu, wall] = [process.cpuUsage(), performance.now()];
    merged.add([post]);
    const spent = process.cpuUsage(cpu);
    if (k < WARMUP) return;
    wallMs.push(performance.now() - wall);
    cpuMs.push((spent.user + spent.system) / 1000);
  });
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    log(`${corpus.length} articles: self time over the posts\n${topSelfTime(profile as never).join('\n')}`);
    session.disconnect();
  }
  let equalsCleanMerge: boolean | undefined;
  if (check) {
    const clean = createCorpusGraph();
    clean.add([...posts, ...corpus].reverse()); // another order too
    equalsCleanMerge = isDeepStrictEqual(contents(merged.graph), contents(clean.graph));
  }
  const summary = (xs: number[]) => ({ median: round(at(xs, 0.5)), p90: round(at(xs, 0.9)), max: round(Math.max(...xs)) });
  // the slowest posts by id: the same ones slow at every size point to what they name, not to GC
  const slowest = cpuMs.map((ms, k) => ({ post: posts[k + WARMUP].article, cpuMs: round(ms) })).sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 3);
  return { articles: corpus.length, nodes: merged.graph.order, edges: merged.graph.size, buildSeconds: round(buildSeconds), posts: cpuMs.length, cpuMs: summary(cpuMs), wallMs: summary(wallMs), slowest, equalsCleanMerge };
}

async function benchMerge(): Promise<void> {
  const load = { start: loadavg(), end: [] as number[] };
  const biggest = Math.max(...SIZES);
  const base = await extractions('corpus', syntheticCorpus(biggest, 1));
  const postDocs = syntheticCorpus(POSTS + WARMUP, 4242).map((d, i) => ({ ...d, id: `post_${String(i).padStart(5, '0')}.txt` }));
  const posts = await extractions('posts', postDocs);
  const runs = [];
  for (const n of SIZES) {
    log(`${n} articles: merging the corpus, then ${posts.length} posts one at a time; load average ${loadavg()[0].toFixed(2)}`);
    const check = process.env.BENCH_CHECK ? process.env.BENCH_CHECK === '1' : n < 50_000;
    runs.push({ ...(await runSize(base.slice(0, n), posts, check)), loadAverage1m: round(loadavg()[0]) });
  }
  load.end = loadavg();
  const machine = { cores: availableParallelism(), cpu: cpus()[0]?.model, node: process.version, loadAverage1m: { start: round(load.start[0]), end: round(load.end[0]) } };
  mkdirSync('artifacts', { recursive: true });
  writeFileSync('artifacts/bench-merge.json', JSON.stringify({ machine, runs }, null, 2));
  console.log(`\nmerge benchmark: ${JSON.stringify(machine)}`);
  console.log('| articles | nodes | edges | one POST: CPU median / p90 / max | wall median / p90 / max | slowest post | load (1 min) | equals a clean merge |');
  console.log('| -------- | ----- | ----- | -------------------------------- | ----------------------- | ------------ | ------------ | -------------------- |');
  for (const r of runs) {
    const ms = (s: { median: number; p90: number; max: number }) => `${s.median} / ${s.p90} / ${s.max} ms`;
    console.log(`| ${r.articles} | ${r.nodes} | ${r.edges} | ${ms(r.cpuMs)} | ${ms(r.wallMs)} | ${r.slowest[0]?.post} | ${r.loadAverage1m} | ${r.equalsCleanMerge === undefined ? 'not checked' : r.equalsCleanMerge ? 'yes' : 'NO'} |`);
  }
  if (runs.some((r) => r.equalsCleanMerge === false)) process.exitCode = 1;
}

benchMerge().catch((error) => {
  console.error(`bench:merge: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
