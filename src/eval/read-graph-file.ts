// Reads the graph file that `eval` scores: GEXF when the name ends in ".gexf" (as in
// score.py), graphology JSON otherwise. A missing file is NotFoundError, an unreadable
// or malformed one InvalidInputError, each with a one-line message.
import { readFile } from 'node:fs/promises';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { readGexf } from './read-gexf.ts';
import { readGraphJson } from './read-graph-json.ts';
import type { EvalGraph } from './types.ts';

/** @example const graph = await readGraphFile('out/graph.json') */
export async function readGraphFile(path: string): Promise<EvalGraph> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new NotFoundError(`eval: graph file "${path}" not found.`);
    throw new InvalidInputError(`eval: cannot read graph file "${path}": ${(error as Error).message}`);
  }
  if (path.endsWith('.gexf')) return readGexf(text, path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InvalidInputError(`eval: "${path}" is not JSON (${(error as Error).message}); use graphology JSON or a .gexf file.`);
  }
  return readGraphJson(data, path);
}
