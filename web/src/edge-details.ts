// The side panel's view of one edge: the fact, its validity, confidence and evidence.
import { el } from './dom.ts';
import { evidenceList } from './evidence-list.ts';
import { factLine } from './fact-line.ts';
import type { ViewGraph } from './load-graph.ts';

/** @example panel.show(edgeDetails(graph, edgeKey, select)) */
export function edgeDetails(graph: ViewGraph, edge: string, onNode: (key: string) => void): HTMLElement {
  const attrs = graph.getEdgeAttributes(edge);
  const confidence = typeof attrs.confidence === 'number' ? `confidence ${attrs.confidence.toFixed(2)}` : '';
  return el(
    'article',
    { class: 'details edge-details' },
    el('h2', { class: 'details-title', text: 'Fact' }),
    el('p', {}, factLine(graph, edge, onNode)),
    confidence ? el('p', { class: 'muted', text: confidence }) : null,
    el('h3', { text: 'Evidence' }),
    evidenceList(attrs.evidence),
  );
}
