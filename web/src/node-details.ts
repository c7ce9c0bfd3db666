// The side panel's view of one node: type, kind, aliases, and its facts grouped by
// relation, each with its evidence.
import { nodeColour, NODE_TYPE_STYLES } from './colours.ts';
import { el } from './dom.ts';
import { evidenceList } from './evidence-list.ts';
import { factLine } from './fact-line.ts';
import type { ViewGraph } from './load-graph.ts';
import type { NodeType } from './api-types.ts';

function groupByRelation(graph: ViewGraph, node: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const edge of graph.edges(node)) {
    const relation = graph.getEdgeAttribute(edge, 'relation');
    groups.set(relation, [...(groups.get(relation) ?? []), edge]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/** @example panel.show(nodeDetails(graph, 'actor:khalifa-haftar', select)) */
export function nodeDetails(graph: ViewGraph, node: string, onNode: (key: string) => void): HTMLElement {
  const attrs = graph.getNodeAttributes(node);
  const badge = el('span', { class: 'type-badge', text: NODE_TYPE_STYLES[attrs.type as NodeType]?.label ?? attrs.type });
  badge.style.background = nodeColour(attrs.type);
  const aliases = (attrs.aliases ?? []).filter((alias) => alias !== attrs.label);
  const facts = groupByRelation(graph, node);
  return el(
    'article',
    { class: 'details node-details' },
    el('h2', { class: 'details-title', text: attrs.label }),
    el('p', { class: 'details-kind' }, badge, attrs.kind ? ` ${attrs.kind}` : '', attrs.date ? ` · ${attrs.date}` : ''),
    aliases.length ? el('p', { class: 'aliases' }, el('strong', { text: 'Also: ' }), aliases.join(' · ')) : null,
    el('p', { class: 'muted', text: `${attrs.articles?.length ?? 0} article(s) · ${graph.degree(node)} fact(s)` }),
    facts.size === 0 ? el('p', { class: 'muted', text: 'No facts about this node.' }) : null,
    ...[...facts].map(([relation, edges]) =>
      el(
        'section',
        { class: 'fact-group' },
        el('h3', { text: `${relation} (${edges.length})` }),
        el('ul', { class: 'facts' }, ...edges.map((edge) => el('li', {}, factLine(graph, edge, onNode), evidenceList(graph.getEdgeAttribute(edge, 'evidence'))))),
      ),
    ),
  );
}
