// The fixture graph plus names that break naive writers: markup characters, quotes,
// separators, a control character and non-Latin script.
import type { KnowledgeGraph } from '../../src/types.ts';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';

export const HOSTILE_LABEL = `<b>&"'`;

export function hostileGraph(): KnowledgeGraph {
  const graph = fixtureGraph();
  graph.addNode('actor:hostile', { label: HOSTILE_LABEL, type: 'actor', kind: 'armed-group', aliases: ['a "quoted", name', 'خليفة حفتر', 'x\u0001y'], articles: [], mentions: 1 });
  graph.addEdgeWithKey('actor:hostile|supports|actor:khalifa-haftar||', 'actor:hostile', 'actor:khalifa-haftar', {
    relation: 'supports',
    evidence: [{ article: 'a.txt', sentence: 0, start: 0, end: 5, quote: `]]> "say, ""hi""";\nnext line`, rule: 'supports.test' }],
    sources: 1,
    confidence: 0.5,
  });
  return graph;
}
