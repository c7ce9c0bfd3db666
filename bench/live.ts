// Live benchmark (issue 9): `conflict-kg serve` on BENCH_ARTICLES synthetic articles
// (default 10000; a list such as 1000,10000,50000 runs each) started from its snapshot
// (first answered read timed), then for each reader count of BENCH_READERS (default 4,50)
// BENCH_SECONDS (default 40) of reads — search, ask, backers, node — with 1 POST/s of a new
// article; 4 readers read as fast as they can, more readers pause BENCH_THINK_MS (100)
// between reads. Then 4 readers while one 1 MB article is posted. Targets: read p99 < 50
// ms, no read over 250 ms, POST p99 < 500 ms, 0 errors, reads during the 1 MB POST < 100 ms,
// and afterwards the live graph has exactly the node and edge keys of a clean
// `conflict-kg build` of the same folder. Prepared folders (articles, snapshot, extraction
// log) are cached in the temp folder by size and code digest. Writes artifacts/bench-live.json.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { codeDigest } from '../src/store/code-digest.ts';
import { postEverySecond, postOne, readLoad, summarise, type Read } from './live-load.ts';
import { print, TARGETS, verdicts } from './live-report.ts';
import { startServe, stopServe } from './serve-process.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';
import { writeCorpus } from './write-corpus.ts';

const SIZES = (process.env.BENCH_ARTICLES ?? '10000').split(',').map(Number);
const READERS = (process.env.BENCH_READERS ?? '4,50').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 40);
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 100);
const NODE_READS = process.env.BENCH_NODE_READS === '1';
const TOKEN = randomBytes(16).toString('hex');
const BIN = new URL('../bin/conflict-kg.js', import.meta.url).pathname;
const log = (line: string) => process.stderr.write(`bench:live: ${line}\n`);

/** A data folder of `n` articles with a current snapshot and extraction log (built once, then copied). */
async function prepared(n: number): Promise<string> {
  const cache = join(tmpdir(), `conflict-kg-live-${n}-${codeDigest().slice(0, 12)}`);
  if (!existsSync(join(cache, 'graph.json'))) {
    rmSync(cache, { recursive: true, force: true });
    log(`preparing ${n} articles in ${cache} (extraction and resolution, once per code version)`);
    writeCorpus(join(cache, 'articles'), syntheticCorpus(n, 1));
    // an earlier version's extraction log still serves when the extractor did not change (its header says)
    const older = readdirSync(tmpdir()).find((d) => d.startsWith(`conflict-kg-live-${n}-`) && existsSync(join(tmpdir(), d, 'extractions.jsonl')));
    if (older) cpSync(join(tmpdir(), older, 'extractions.jsonl'), join(cache, 'extractions.jsonl'));
    const server = startServe(cache, { KG_API_TOKEN: TOKEN }, log);
    await server.ready;
    await stopServe(server.child, 600_000);
  }
  const work = mkdtempSync(join(tmpdir(), `conflict-kg-live-run-${n}-`));
  cpSync(cache, work, { recursive: true });
  return work;
}

/** Reads that answer 200 on this graph: search, ask, backers and node for real names. */
async function readsOf(base: string): Promise<Read[]> {
  const graph = (await (await fetch(`${base}/api/graph`)).json()) as { nodes: Array<{ key: string; attributes: { label: string; type: string; mentions: number } }> };
  const of = (type: string) => graph.nodes.filter((n) => n.attributes.type === type).sort((a, b) => b.attributes.mentions - a.attributes.mentions || (a.key < b.key ? -1 : 1));
  const pick = <T>(list: T[], k: number) => Array.from({ length: Math.min(k, list.length) }, (_, i) => list[Math.floor((i * list.length) / k)]);
  const [actors, cities] = [of('actor'), of('city')];
  const q = (path: string, params: Record<string, string>) => `${path}?${new URLSearchParams(params)}`;
  const reads: Read[] = [
    ...pick([...actors, ...cities], 24).map((n) => ({ route: 'search', path: q('/api/nodes', { q: n.attributes.label.split(' ').at(-1)! }) })),
    ...pick(actors, 16).map((n) => ({ route: 'ask', path: q('/api/ask', { q: `who backs ${n.attributes.label}?` }) })),
    ...pick(actors, 16).map((n) => ({ route: 'backers', path: q('/api/backers', { of: n.key }) })),
    ...(NODE_READS ? pick(graph.nodes, 16).map((n) => ({ route: 'node', path: `/api/nodes/${encodeURIComponent(n.key)}` })) : []),
  ];
  // a name two nodes share ("Wadi Zairail", a town and a brigade) is a 400 for ask: left out
  const ok: Read[] = [];
  for (const r of reads) if ((await fetch(base + r.path)).ok) ok.push(r);
  for (const route of ['search', 'ask', 'backers', ...(NODE_READS ? ['node'] : [])]) if (!ok.some((r) => r.route === route)) throw new Error(`preflight: no ${route} read answered 200`);
  log(`${ok.length} of ${reads.length} reads answer 200 (the others name two nodes at once)`);
  return ok.sort((a, b) => (a.path < b.path ? -1 : 1)); // interleave routes
}

const bigArticle = () => {
  let text = '';
  for (const d of syntheticCorpus(800, 99)) {
    if (text.length > 1_000_000) break;
    text += `${d.text.replace(/\s+/g, ' ')} `;
  }
  return { text: text.slice(0, 1_000_000), date: '2020-06-15', title: 'A 1 MB article' };
};

/** Polls /api/health every second until `until` settles; returns the largest event-loop delay it reported. */
async function loopDelayDuring(base: string, until: Promise<unknown>): Promise<number> {
  let max = 0;
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    const health = (await (await fetch(`${base}/api/health`)).json()) as { eventLoopDelay: { maxMs: number } };
    max = Math.max(max, health.eventLoopDelay.maxMs);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return max;
}

const quiet = () => new Promise((resolve) => setTimeout(resolve, 11_000));

const keysOf = (g: { nodes: Array<{ key: string }>; edges: Array<{ key: string }> }) => ({ nodes: g.nodes.map((n) => n.key).sort(), edges: g.edges.map((e) => e.key).sort() });
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

async function runSize(n: number, posts: ReturnType<typeof syntheticCorpus>) {
  const work = await prepared(n);
  const server = startServe(work, { KG_API_TOKEN: TOKEN }, log);
  try {
    const base = `http://127.0.0.1:${await server.port}`;
    const { health, firstReadMs } = await server.ready;
    log(`${n} articles: first read answered ${(firstReadMs / 1000).toFixed(1)} s after spawn (${health.source}); ${health.nodes} nodes, ${health.edges} edges`);
    while (!((await (await fetch(`${base}/api/health`)).json()) as { writable: boolean }).writable) await new Promise((resolve) => setTimeout(resolve, 200));
    const reads = await readsOf(base);
    const phases = [];
    let next = 0;
    for (const readers of READERS) {
      const think = readers <= 4 ? 0 : THINK_MS;
      await quiet(); // the event-loop figure covers the last 5–10 s: start from a quiet window
      log(`${n} articles: ${SECONDS} s, ${readers} readers (${think} ms between reads), 1 POST/s`);
      const bodies = posts.slice(next, (next += SECONDS)).map((d) => ({ text: d.text, title: d.title, date: d.date }));
      const posting = postEverySecond(base, TOKEN, bodies);
      const [readSamples, postSamples, loopMaxMs] = await Promise.all([readLoad(base, reads, readers, think, posting), posting, loopDelayDuring(base, posting)]);
      phases.push({ readers, thinkMs: think, seconds: SECONDS, reads: summarise(readSamples), posts: summarise(postSamples)[0], eventLoopDelayMaxMs: loopMaxMs });
    }
    await quiet();
    log(`${n} articles: 4 readers while a 1 MB article is posted`);
    let window = { from: 0, to: 0 };
    const big = new Promise<Awaited<ReturnType<typeof postOne>>>((resolve) => setTimeout(async () => {
      const sample = await postOne(base, TOKEN, bigArticle(), 'POST 1 MB');
      window = { from: sample.at, to: sample.at + sample.ms };
      resolve(sample);
    }, 2000));
    const bigDone = big.then(() => new Promise((r) => setTimeout(r, 1000)));
    const [during, bigLoopMaxMs] = await Promise.all([readLoad(base, reads, 4, 0, bigDone), loopDelayDuring(base, bigDone)]);
    const bigPost = await big;
    const overlapping = during.filter((s) => s.at < window.to && s.at + s.ms > window.from);
    const after = (await (await fetch(`${base}/api/health`)).json()) as Record<string, any>;
    const live = keysOf(await (await fetch(`${base}/api/graph`)).json());
    await stopServe(server.child);
    log(`${n} articles: clean build of the same folder for comparison`);
    execFileSync(process.execPath, [BIN, 'build', join(work, 'articles'), '-o', join(work, 'clean.json'), '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const clean = keysOf(JSON.parse(readFileSync(join(work, 'clean.json'), 'utf8')));
    return {
      articles: n, startup: { firstReadSeconds: firstReadMs / 1000, source: health.source, nodes: health.nodes, edges: health.edges },
      phases, bigPost: { status: bigPost.status, ms: bigPost.ms, readsDuring: summarise(overlapping).find((r) => r.route === 'all'), eventLoopDelayMaxMs: bigLoopMaxMs },
      perPost: after.timings, graph: { articles: after.articles, pending: after.pending, nodes: live.nodes.length, edges: live.edges.length },
      equalsCleanBuild: { nodes: sameList(live.nodes, clean.nodes), edges: sameList(live.edges, clean.edges), cleanNodes: clean.nodes.length, cleanEdges: clean.edges.length },
    };
  } finally {
    await stopServe(server.child);
    rmSync(work, { recursive: true, force: true });
  }
}

export type Run = Awaited<ReturnType<typeof runSize>>;

async function benchLive(): Promise<void> {
  const load = { start: loadavg(), end: [] as number[] };
  const posts = syntheticCorpus(SECONDS * READERS.length + 10, 4242, { words: [300, 600] });
  const runs: Run[] = [];
  for (const n of SIZES) runs.push(await runSize(n, posts));
  load.end = loadavg();
  const machine = { cores: availableParallelism(), cpu: cpus()[0]?.model, memGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverage1m: { start: load.start[0], end: load.end[0] } };
  const missed = runs.flatMap(verdicts);
  mkdirSync('artifacts', { recursive: true });
  writeFileSync('artifacts/bench-live.json', JSON.stringify({ machine, settings: { seconds: SECONDS, readers: READERS, thinkMs: THINK_MS, nodeReads: NODE_READS, targets: TARGETS }, runs, missed }, null, 2));
  print(runs, machine);
  console.log(missed.length ? `\ntargets NOT met: ${missed.join('; ')}` : '\nall targets met');
  if (missed.length) process.exitCode = 1;
}

benchLive().catch((error) => {
  console.error(`bench:live: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
