// One fact as a sentence — "Egypt supports Khalifa Haftar (since 2020-06-05)" — with
// both ends clickable. Shared by the node panel, the edge panel and the path list.
import { relationColour } from './colours.ts';
import { el } from './dom.ts';
import type { ViewGraph } from './load-graph.ts';

function nodeLink(graph: ViewGraph, key: string, onNode: (key: string) => void): HTMLElement {
  const link = el('button', { class: 'node-link', text: graph.getNodeAttribute(key, 'label'), attrs: { type: 'button' } });
  link.addEventListener('click', () => onNode(key));
  return link;
}

/** @example factLine(graph, 'backer:egypt|supports|actor:khalifa-haftar', select) */
export function factLine(graph: ViewGraph, edge: string, onNode: (key: string) => void): HTMLElement {
  const attrs = graph.getEdgeAttributes(edge);
  const relation = el('span', { class: 'relation', text: ` ${attrs.relation} ` });
  relation.style.color = relationColour(attrs.relation);
  const validity = [attrs.since && `since ${attrs.since}`, attrs.until && `until ${attrs.until}`].filter(Boolean).join(', ');
  const sources = attrs.sources ?? attrs.evidence?.length ?? 0;
  return el(
    'span',
    { class: 'fact-line' },
    nodeLink(graph, graph.source(edge), onNode),
    relation,
    nodeLink(graph, graph.target(edge), onNode),
    validity ? el('span', { class: 'validity', text: ` (${validity})` }) : null,
    el('span', { class: 'sources', text: ` · ${sources} source${sources === 1 ? '' : 's'}` }),
  );
}
