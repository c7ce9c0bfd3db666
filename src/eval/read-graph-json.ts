// score.py's `load_graph()` for JSON: graphology's serialisation (`{nodes:[{key,
// attributes}], edges:[{source,target,attributes}]}`); keys beside `attributes` are
// attributes too, unless `attributes` already has them.
import { InvalidInputError } from '../errors.ts';
import { pyStr } from './py-str.ts';
import type { EvalGraph } from './types.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function attributesOf(item: Record<string, unknown>, skip: string[]): Record<string, unknown> {
  const attrs: Record<string, unknown> = isRecord(item.attributes) ? { ...item.attributes } : {};
  for (const [k, v] of Object.entries(item)) if (!skip.includes(k) && !Object.hasOwn(attrs, k)) attrs[k] = v;
  return attrs;
}

/** @example readGraphJson(JSON.parse(text), 'g.json').nodes.get('actor:khalifa-haftar') */
export function readGraphJson(data: unknown, file: string): EvalGraph {
  const bad = (what: string) => new InvalidInputError(`eval: "${file}" is not a graphology JSON graph: ${what}.`);
  if (!isRecord(data)) throw bad('the top level is not an object');
  const { nodes = [], edges = [] } = data;
  if (!Array.isArray(nodes) || !Array.isArray(edges)) throw bad('"nodes" and "edges" must be arrays');
  const graph: EvalGraph = { nodes: new Map(), edges: [] };
  nodes.forEach((n, i) => {
    if (!isRecord(n)) throw bad(`nodes[${i}] is not an object`);
    graph.nodes.set(pyStr('key' in n ? n.key : n.id), attributesOf(n, ['key', 'id', 'attributes']));
  });
  edges.forEach((e, i) => {
    if (!isRecord(e) || !('source' in e) || !('target' in e)) throw bad(`edges[${i}] has no source or target`);
    graph.edges.push([pyStr(e.source), pyStr(e.target), attributesOf(e, ['source', 'target', 'attributes', 'key'])]);
  });
  return graph;
}
