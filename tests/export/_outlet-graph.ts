// A tiny graph whose one edge is stated by two outlets (and once more by one of them),
// for the exports' `outlets` attribute.
import { createGraph } from '../../src/graph/create-graph.ts';
import type { KnowledgeGraph } from '../../src/types.ts';

export const OUTLET_EDGE = 'backer:turkey|supports|actor:gna||';

export function outletGraph(): KnowledgeGraph {
  const graph = createGraph();
  graph.addNode('backer:turkey', { label: 'Turkey', type: 'backer', kind: 'state', aliases: [], articles: ['a.txt', 'b.txt', 'c.txt'], mentions: 3 });
  graph.addNode('actor:gna', { label: 'GNA', type: 'actor', kind: 'government', aliases: [], articles: ['a.txt', 'b.txt', 'c.txt'], mentions: 3 });
  const ev = (article: string, outlet: string) => ({ article, sentence: 0, start: 0, end: 10, quote: 'Turkey backs the GNA.', rule: 'supports.active', outlet });
  graph.addDirectedEdgeWithKey(OUTLET_EDGE, 'backer:turkey', 'actor:gna', {
    relation: 'supports', evidence: [ev('a.txt', 'reuters.com'), ev('b.txt', 'Al Wasat'), ev('c.txt', 'reuters.com')], sources: 3, confidence: 0.8,
  });
  return graph;
}
