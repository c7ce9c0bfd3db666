// Finds the proposals a question means: a proposal's name ("the Cairo Declaration"),
// "<party>'s ceasefire|truce|proposal|…" (what that party proposed), or any ceasefire.
import { NotFoundError } from '../errors.ts';
import type { KnowledgeGraph } from '../types.ts';
import { resolveNode } from './resolve-node.ts';

const POSSESSIVE = /^(?:the\s+)?(.+?)['’]s?\s+(?:own\s+)?(?:ceasefire|cease-fire|truce|proposals?|initiative|offer|call|plan|declaration|peace plan)(?:\s+.*)?$/i;
const GENERIC = /^(?:an?|the|any)\s+(?:ceasefire|cease-fire|truce|proposal|peace plan)s?$|^(?:ceasefires|truces|proposals)$/i;

/**
 * @example resolveProposals(graph, "Haftar's truce") // → ['proposal:haftar-ramadan-truce-2020-04-29']
 */
export function resolveProposals(graph: KnowledgeGraph, text: string, where = 'query.ask'): string[] {
  const phrase = text.trim();
  if (GENERIC.test(phrase)) return graph.filterNodes((_k, a) => a.type === 'proposal');
  const possessive = POSSESSIVE.exec(phrase);
  if (possessive) {
    const party = resolveNode(graph, possessive[1], { where });
    if (graph.getNodeAttribute(party, 'type') === 'proposal') return [party];
    const made = graph.filterOutNeighbors(party, (n, a) => a.type === 'proposal' && graph.edges(party, n).some((e) => graph.getEdgeAttribute(e, 'relation') === 'proposes'));
    if (!made.length) throw new NotFoundError(`${where}: ${graph.getNodeAttribute(party, 'label')} proposed no ceasefire in this graph.`);
    return made;
  }
  return [resolveNode(graph, phrase.replace(/^the\s+/i, ''), { where, types: ['proposal'] })];
}
