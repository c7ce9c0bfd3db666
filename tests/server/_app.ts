// Test helpers: an app over the fixture graph (or any graph), no logs; with `dataDir`, a
// live corpus over that folder (in-process unless `threads`), snapshots saved 50 ms after
// the last article; a temporary data folder when a test needs to write articles.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { createApp, type AppOptions } from '../../src/server/create-app.ts';
import type { LiveCorpus } from '../../src/server/live-corpus.ts';
import { openLiveCorpus, type OpenLiveCorpusOptions } from '../../src/server/open-live-corpus.ts';
import type { KnowledgeGraph } from '../../src/types.ts';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';

export type TestApp = Express & { corpus?: LiveCorpus };

export function testApp(graph: KnowledgeGraph = fixtureGraph(), options: AppOptions & Partial<Pick<OpenLiveCorpusOptions, 'dataDir' | 'threads' | 'onApplied' | 'steps'>> = {}): TestApp {
  const { dataDir, threads = false, onApplied, steps, ...rest } = options;
  const corpus = dataDir ? openLiveCorpus(graph, { dataDir, threads, onApplied, steps, snapshotDelayMs: 50 }) : rest.corpus;
  return Object.assign(createApp(graph, { logger: false, webDist: false, ...rest, corpus }), { corpus });
}

export async function tempDataDir(): Promise<{ dir: string; articlesDir: string; snapshotPath: string; logPath: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'conflict-kg-'));
  return { dir, articlesDir: join(dir, 'articles'), snapshotPath: join(dir, 'graph.json'), logPath: join(dir, 'extractions.jsonl') };
}

/** Waits (bounded) until the server answers reads and has no posted article in progress. */
export async function untilSettled(app: Express, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { body } = await request(app).get('/api/health');
    if (body.status === 'ok' && body.pending === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the server did not settle within ${timeoutMs} ms`);
}

/** The snapshot once it satisfies `ready` (bounded wait: snapshots are saved shortly after the last article). */
export async function untilSnapshot(path: string, ready: (snapshot: { nodes: unknown[]; edges: unknown[]; attributes: Record<string, unknown> }) => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const snapshot = await readFile(path, 'utf8').then(JSON.parse, () => undefined);
    if (snapshot && ready(snapshot)) return snapshot;
    if (Date.now() > deadline) throw new Error(`no snapshot at ${path} as expected within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
