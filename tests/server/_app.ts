// Test helpers: an app over the fixture graph (or any graph), no logs, a temporary data
// folder when a test needs to write articles.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
