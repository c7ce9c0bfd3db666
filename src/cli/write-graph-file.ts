// Writes a graph to a file whose extension picks the format: .json (graphology
// serialisation), .gexf (Gephi) or .graphml, through export/ and an atomic write.
import { extname } from 'node:path';
import { InvalidInputError } from '../errors.ts';
import { toGexf } from '../export/to-gexf.ts';
import { toGraphml } from '../export/to-graphml.ts';
import { serializeGraph } from '../graph/serialize-graph.ts';
import { writeSnapshot } from '../store/snapshot.ts';
import { writeAtomic } from '../store/write-atomic.ts';
import type { KnowledgeGraph } from '../types.ts';

/** @example await writeGraphFile(graph, 'out/graph.gexf') */
export async function writeGraphFile(graph: KnowledgeGraph, file: string): Promise<void> {
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return writeSnapshot(file, serializeGraph(graph));
  if (ext === '.gexf') return writeAtomic(file, toGexf(graph));
  if (ext === '.graphml') return writeAtomic(file, toGraphml(graph));
  throw new InvalidInputError(`build: cannot write "${file}": unknown extension "${ext}" (use .json, .gexf or .graphml).`);
}
