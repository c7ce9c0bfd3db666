// The graph snapshot on disk (data/graph.json): written atomically, read back with a
// shape check. A missing or corrupt snapshot reads as undefined so the caller rebuilds.
import { readFile } from 'node:fs/promises';
import { fromSerialized } from '../graph/from-serialized.ts';
import type { KnowledgeGraph } from '../types.ts';
import { writeAtomic } from './write-atomic.ts';

/** @example await writeSnapshot(graph, 'data/graph.json') */
export async function writeSnapshot(graph: KnowledgeGraph, path: string): Promise<void> {
  await writeAtomic(path, JSON.stringify(graph.export()));
}

/** The snapshot, or undefined when it is missing or unreadable (the caller rebuilds). */
export async function readSnapshot(path: string): Promise<KnowledgeGraph | undefined> {
  try {
    return fromSerialized(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    return undefined;
  }
}
