// A synthetic knowledge graph of any size for the query benchmark: typed nodes and
// uniformly random typed edges (seeded, so every run builds the same graph), each edge
// with one evidence record.
import { createGraph } from '../src/graph/create-graph.ts';
import type { Evidence, KnowledgeGraph, NodeType, Relation } from '../src/types.ts';

/** mulberry32: a small seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: NodeType[] = ['actor', 'backer', 'city', 'proposal'];
const RELATION_TO: Record<NodeType, Relation[]> = { actor: ['supports'], backer: ['supports'], city: ['controls'], proposal: ['supports', 'rejects', 'proposes'] };

export function syntheticGraph(nodes: number, edges: number, seed = 42): KnowledgeGraph {
  const random = prng(seed);
  const graph = createGraph();
  const keys: string[] = [];
  for (let i = 0; i < nodes; i++) {
    const type = TYPES[i % 4];
    const key = `${type}:n${i}`;
    keys.push(key);
    graph.addNode(key, { label: `Node ${i}`, type, kind: type, aliases: [`N${i}`], articles: [], mentions: 1 });
  }
  const evidence: Evidence[] = [{ article: 'synthetic.txt', sentence: 0, start: 0, end: 20, quote: 'A synthetic fact.', rule: 'bench.synthetic', date: '2020-01-01' }];
  let added = 0;
  while (added < edges) {
    const s = Math.floor(random() * nodes);
    const t = Math.floor(random() * nodes);
    if (s === t) continue;
    const targetType = TYPES[t % 4];
    const options = RELATION_TO[targetType];
    graph.addEdge(keys[s], keys[t], { relation: options[Math.floor(random() * options.length)], evidence, sources: 1, confidence: 0.5 });
    added++;
  }
  return graph;
}
