// Writes a graph to a file whose extension picks the format. JSON here; the export
// module registers GEXF and GraphML writers.
import { extname } from 'node:path';
import { InvalidInputError } from '../errors.ts';
import { writeSnapshot } from '../store/snapshot.ts';
import type { KnowledgeGraph } from '../types.ts';

/** @example await writeGraphFile(graph, 'out/graph.json') */
export async function writeGraphFile(graph: KnowledgeGraph, file: string): Promise<void> {
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return writeSnapshot(graph, file);
  throw new InvalidInputError(`build: cannot write "${file}": unknown extension "${ext}" (use .json, .gexf or .graphml).`);
}
