// What bench:live prints and checks: a table per corpus size (reads and POSTs per reader
// count; start-up, the cost of one POST, the 1 MB POST, equality with a clean build) and
// the issue's targets, each missed one named.
import type { Run } from './live.ts';

export const TARGETS = { readP99Ms: 50, readMaxMs: 250, postP99Ms: 500, bigPostReadMaxMs: 100 };

export function verdicts(r: Run): string[] {
  const bad: string[] = [];
  for (const p of r.phases) {
    const all = p.reads.find((x) => x.route === 'all')!;
    if (all.p99Ms >= TARGETS.readP99Ms) bad.push(`${r.articles}/${p.readers} readers: read p99 ${all.p99Ms.toFixed(1)} ms`);
    if (all.maxMs > TARGETS.readMaxMs) bad.push(`${r.articles}/${p.readers} readers: slowest read ${all.maxMs.toFixed(0)} ms`);
    if (p.posts.p99Ms >= TARGETS.postP99Ms) bad.push(`${r.articles}/${p.readers} readers: POST p99 ${p.posts.p99Ms.toFixed(0)} ms`);
    if (all.errors || p.posts.errors) bad.push(`${r.articles}/${p.readers} readers: ${all.errors} read errors, ${p.posts.errors} POST errors`);
  }
  if ((r.bigPost.readsDuring?.maxMs ?? Infinity) >= TARGETS.bigPostReadMaxMs) bad.push(`${r.articles}: a read during the 1 MB POST took ${r.bigPost.readsDuring?.maxMs.toFixed(0)} ms`);
  if (r.bigPost.status !== 201) bad.push(`${r.articles}: the 1 MB POST answered ${r.bigPost.status}`);
  if (!r.equalsCleanBuild.nodes || !r.equalsCleanBuild.edges) bad.push(`${r.articles}: live graph ≠ clean build (${r.graph.nodes}/${r.graph.edges} vs ${r.equalsCleanBuild.cleanNodes}/${r.equalsCleanBuild.cleanEdges})`);
  return bad;
}

export function print(runs: Run[], machine: Record<string, unknown>): void {
  console.log(`\nlive benchmark: ${JSON.stringify(machine)}`);
  console.log('| articles | readers | reads | read p50 | read p99 | slowest read | event loop held up (max) | POSTs | POST p50 | POST p99 | errors |');
  console.log('| -------- | ------- | ----- | -------- | -------- | ------------ | ------------------------ | ----- | -------- | -------- | ------ |');
  for (const r of runs) for (const p of r.phases) {
    const all = p.reads.find((x) => x.route === 'all')!;
    console.log(`| ${r.articles} | ${p.readers}${p.thinkMs ? ` (+${p.thinkMs} ms)` : ''} | ${all.requests} | ${all.p50Ms.toFixed(1)} | ${all.p99Ms.toFixed(1)} | ${all.maxMs.toFixed(1)} | ${p.eventLoopDelayMaxMs.toFixed(1)} ms | ${p.posts.requests} | ${p.posts.p50Ms.toFixed(0)} | ${p.posts.p99Ms.toFixed(0)} | ${all.errors + p.posts.errors} |`);
  }
  console.log('\n| articles | first read after start | one POST: merge (builder thread) median / p99 | extraction median | 1 MB POST | reads during it: max | event loop max | live = clean build |');
  console.log('| -------- | ---------------------- | --------------------------------------------- | ----------------- | --------- | -------------------- | -------------- | ------------------ |');
  for (const r of runs) {
    const t = r.perPost;
    console.log(`| ${r.articles} | ${r.startup.firstReadSeconds.toFixed(1)} s (${r.startup.source}) | ${t.mergeMs?.median} / ${t.mergeMs?.p99} ms | ${t.extractMs?.median} ms | ${(r.bigPost.ms / 1000).toFixed(1)} s | ${r.bigPost.readsDuring?.maxMs.toFixed(1)} ms (${r.bigPost.readsDuring?.requests} reads) | ${r.bigPost.eventLoopDelayMaxMs.toFixed(1)} ms | ${r.equalsCleanBuild.nodes && r.equalsCleanBuild.edges ? 'yes' : 'NO'} (${r.graph.nodes} nodes, ${r.graph.edges} edges) |`);
  }
}

