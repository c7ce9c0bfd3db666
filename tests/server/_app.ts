// Test helpers: an app over the fixture graph (or any graph), no logs, a temporary data
// folder when a test needs to write articles.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { createApp, type AppOptions } from '../../src/server/create-app.ts';
import type { KnowledgeGraph } from '../../src/types.ts';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';

export function testApp(graph: KnowledgeGraph = fixtureGraph(), options: AppOptions = {}) {
  return createApp(graph, { logger: false, webDist: false, ...options });
}

export async function tempDataDir(): Promise<{ dir: string; articlesDir: string; snapshotPath: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'conflict-kg-'));
  return { dir, articlesDir: join(dir, 'articles'), snapshotPath: join(dir, 'graph.json') };
}

/** Waits (bounded) until the server's rebuild from disk has caught up: health says pending 0. */
export async function untilRebuilt(app: Express, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await request(app).get('/api/health')).body.pending === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the graph was not rebuilt within ${timeoutMs} ms`);
}
