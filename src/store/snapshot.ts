// The graph snapshot on disk (data/graph.json), as plain data: written atomically from a
// JSON string or from chunks of one (a large graph is written piece by piece so the
// thread writing it keeps answering), read back as parsed JSON. A missing or unparsable
// file reads as undefined; turning the data into a graph is the graph module's job.
import { readFile } from 'node:fs/promises';
import { writeAtomic } from './write-atomic.ts';

/** @example await writeSnapshot('data/graph.json', JSON.stringify(graph.export())) */
export async function writeSnapshot(path: string, content: string | Iterable<string> | AsyncIterable<string>): Promise<void> {
  await writeAtomic(path, content);
}

/** The parsed snapshot, or undefined when it is missing or not JSON (the caller rebuilds). */
export async function readSnapshot(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}
