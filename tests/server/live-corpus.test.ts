// The served graph changes only in whole steps: each posted article's diff is applied in
// one synchronous turn (no timer, I/O callback or request runs between its first and last
// change), so readers polling /api/health while articles arrive only ever see the graph as
// it was between two diffs; with the builder in its own thread as with it in-process.
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { createGraph } from '../../src/graph/create-graph.ts';
import { tempDataDir, testApp, untilSettled } from './_app.ts';

const SEEDS = new URL('../../data/articles/', import.meta.url).pathname;

describe.each([['in-process', false], ['in its own thread', true]])('swap atomicity, builder %s', (_name, threads) => {
  it('readers see only states between diffs, and each diff lands in one turn', async () => {
    const data = await tempDataDir();
    await mkdir(data.articlesDir, { recursive: true });
    for (const name of (await readdir(SEEDS)).sort()) await copyFile(join(SEEDS, name), join(data.articlesDir, name));
    const graph = createGraph();
    let turn = 0; // advanced by a timer: it can only move between two synchronous steps
    const ticker = setInterval(() => turn++, 0);
    const turnsOfDiff: Set<number>[] = [];
    let current: Set<number> | undefined;
    for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'nodeAttributesUpdated', 'edgeAttributesUpdated'] as const) {
      graph.on(event, () => (current ??= new Set()).add(turn));
    }
    const boundaries = new Set<string>(['0/0']);
    const app = testApp(graph, {
      dataDir: data.dir, threads, writesPerMinute: 10_000,
      onApplied: () => {
        boundaries.add(`${graph.order}/${graph.size}`);
        if (current) turnsOfDiff.push(current);
        current = undefined;
      },
    });
    try {
      await untilSettled(app, 60_000);
      const seen = new Set<string>();
      let reading = true;
      const reader = (async () => {
        while (reading) {
          const { body } = await request(app).get('/api/health');
          if (body.status === 'ok') seen.add(`${body.nodes}/${body.edges}`);
        }
      })();
      const docs = syntheticCorpus(12, 77, { actors: 20, places: 10, proposals: 4, words: [120, 250] });
      const answers = await Promise.all(docs.map((d) => request(app).post('/api/articles').send({ text: d.text, date: d.date })));
      reading = false;
      await reader;
      expect(answers.map((a) => a.status)).toEqual(docs.map(() => 201));
      expect(turnsOfDiff.length).toBeGreaterThanOrEqual(docs.length); // the start-up graph, then one diff per article
      for (const turns of turnsOfDiff) expect(turns.size).toBe(1);
      expect(seen.size).toBeGreaterThan(1);
      for (const state of seen) expect(boundaries).toContain(state);
    } finally {
      clearInterval(ticker);
      await app.corpus!.close();
    }
  }, 120_000);
});

// A large diff (a 1 MB article) is applied in steps over several turns; meanwhile a GET
// gets the answer kept from before it or waits: readers of /api/health (never cached)
// and /api/graph (cached) still only see states between diffs.
describe('large diffs in steps', () => {
  it('no read is answered from a half-applied diff, and kept answers are sent meanwhile', async () => {
    const data = await tempDataDir();
    await mkdir(data.articlesDir, { recursive: true });
    for (const name of (await readdir(SEEDS)).sort()) await copyFile(join(SEEDS, name), join(data.articlesDir, name));
    const graph = createGraph();
    let turn = 0;
    const ticker = setInterval(() => turn++, 0);
    const turnsOfDiff: Set<number>[] = [];
    let current: Set<number> | undefined;
    for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'nodeAttributesUpdated', 'edgeAttributesUpdated'] as const) {
      graph.on(event, () => (current ??= new Set()).add(turn));
    }
    const boundaries = new Set<string>(['0/0']);
    // every diff in steps of 5 changes, a turn each
    const app = testApp(graph, {
      dataDir: data.dir, writesPerMinute: 10_000, steps: { above: 0, every: 5, sliceMs: 0 },
      onApplied: () => {
        boundaries.add(`${graph.order}/${graph.size}`);
        if (current) turnsOfDiff.push(current);
        current = undefined;
      },
    });
    try {
      await untilSettled(app, 60_000);
      const seen = new Set<string>();
      let keptWhileSettling = 0;
      let reading = true;
      const health = async () => {
        while (reading) {
          const { body } = await request(app).get('/api/health');
          seen.add(`${body.nodes}/${body.edges}`);
        }
      };
      const whole = async () => {
        while (reading) {
          const settlingBefore = app.corpus!.settling();
          const { body } = await request(app).get('/api/graph');
          if (settlingBefore && app.corpus!.settling() === settlingBefore) keptWhileSettling++;
          seen.add(`${body.nodes.length}/${body.edges.length}`);
        }
      };
      const readers = [health(), whole(), whole()];
      const docs = syntheticCorpus(8, 78, { actors: 20, places: 10, proposals: 4, words: [300, 500] });
      const answers = [];
      for (const d of docs) answers.push(await request(app).post('/api/articles').send({ text: d.text, date: d.date }));
      reading = false;
      await Promise.all(readers);
      expect(answers.map((a) => a.status)).toEqual(docs.map(() => 201));
      expect(turnsOfDiff.slice(1).filter((turns) => turns.size > 1).length).toBeGreaterThan(docs.length / 2); // applied over several turns
      expect(keptWhileSettling).toBeGreaterThan(0);
      const after = await request(app).get('/api/graph'); // the kept answers are gone once the diffs are whole
      expect(`${after.body.nodes.length}/${after.body.edges.length}`).toBe(`${graph.order}/${graph.size}`);
      expect(seen.size).toBeGreaterThan(1);
      for (const state of seen) expect(boundaries).toContain(state);
    } finally {
      clearInterval(ticker);
      await app.corpus!.close();
    }
  }, 120_000);
});
