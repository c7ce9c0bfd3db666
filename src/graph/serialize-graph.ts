// graphology's JSON serialisation of a graph (what graph.export() + JSON.stringify give),
// as chunks: the nodes and edges are captured at once, so the text is one consistent
// graph, and stringified a few thousand at a time, so a thread that writes a 100 MB
// snapshot between chunks still answers. The corpus graph replaces attribute objects
// whole and never edits them in place, which is what makes the capture safe to read later.
import type { KnowledgeGraph } from '../types.ts';

const CHUNK = 2000;

/** @example await writeSnapshot('data/graph.json', serializeGraph(graph)) */
export function* serializeGraph(graph: KnowledgeGraph): Generator<string> {
  const nodes = graph.mapNodes((key, attributes) => ({ key, attributes }));
  const edges = graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes }));
  yield `{"options":${JSON.stringify({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops })},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  for (let at = 0; at < nodes.length; at += CHUNK) yield (at ? ',' : '') + nodes.slice(at, at + CHUNK).map((n) => JSON.stringify(n)).join(',');
  yield '],"edges":[';
  for (let at = 0; at < edges.length; at += CHUNK) yield (at ? ',' : '') + edges.slice(at, at + CHUNK).map((e) => JSON.stringify(e)).join(',');
  yield ']}';
}
