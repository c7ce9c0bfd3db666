// Finds the proposals a question means: a proposal's name ("the Cairo Declaration"),
// "<party>'s ceasefire|truce|proposal|…" (what that party proposed), or any ceasefire.
// Press names such as "Cairo Declaration" or "the Egyptian proposal" rarely match an
// extracted label, so a name that is not a proposal is read as <place or party> +
// <proposal word>: the proposals that party proposed, or that share an article with
// that place. Several matches are ambiguous; none is not found.
import { AmbiguousError, NotFoundError, isKgError } from '../errors.ts';
import type { KnowledgeGraph } from '../types.ts';
import { resolveNode } from './resolve-node.ts';
import { RESOLVE_MIN_SCORE, search } from './search.ts';

const WORD = '(?:ceasefire|cease-fire|truce|proposals?|initiative|offer|call|plan|declaration|agreement|deal|talks|peace plan)';
const POSSESSIVE = new RegExp(`^(?:the\\s+)?(.+?)['’]s?\\s+(?:own\\s+)?${WORD}(?:\\s+.*)?$`, 'i');
const NAMED = new RegExp(`^(?:the\\s+)?(.+?)\\s+${WORD}s?$`, 'i');
const GENERIC = /^(?:an?|the|any)\s+(?:ceasefire|cease-fire|truce|proposal|peace plan)s?$|^(?:ceasefires|truces|proposals)$/i;
/** "Egyptian" → "Egypt", "Russian" → "Russia", "Turkish" → "Turk…", "Qatari" → "Qatar". */
const DEMONYM = [/ian$/i, /n$/i, /ish$/i, /ese$/i, /i$/i];

function proposedBy(graph: KnowledgeGraph, party: string): string[] {
  return graph.filterOutNeighbors(party, (n, a) => a.type === 'proposal' && graph.edges(party, n).some((e) => graph.getEdgeAttribute(e, 'relation') === 'proposes'));
}

function partyOrPlace(graph: KnowledgeGraph, words: string): string | undefined {
  for (const variant of [words, ...DEMONYM.map((suffix) => words.replace(suffix, ''))]) {
    const hits = search(graph, variant, { types: ['actor', 'backer', 'city'], limit: 2, fuzzy: false });
    if (hits[0] && hits[0].score >= RESOLVE_MIN_SCORE && hits[1]?.score !== hits[0].score) return hits[0].key;
  }
  return undefined;
}

function byPartyOrPlace(graph: KnowledgeGraph, phrase: string, where: string): string[] | undefined {
  const m = NAMED.exec(phrase);
  const key = m && partyOrPlace(graph, m[1]);
  if (!key) return undefined;
  const made = proposedBy(graph, key);
  if (made.length) return made;
  const articles = new Set(graph.getNodeAttribute(key, 'articles') ?? []);
  const near = graph.filterNodes((_k, a) => a.type === 'proposal' && (a.articles ?? []).some((x) => articles.has(x)));
  if (near.length > 1) {
    throw new AmbiguousError(`${where}: "${phrase}" may be any of ${near.map((k) => `"${graph.getNodeAttribute(k, 'label')}"`).join(', ')}.`, { candidates: near });
  }
  return near.length ? near : undefined;
}

/**
 * @example resolveProposals(graph, "Haftar's truce") // → ['proposal:haftar-ramadan-truce-2020-04-29']
 * @example resolveProposals(graph, 'the Cairo Declaration') // → the proposal that shares an article with Cairo
 */
export function resolveProposals(graph: KnowledgeGraph, text: string, where = 'query.ask'): string[] {
  const phrase = text.trim();
  if (GENERIC.test(phrase)) return graph.filterNodes((_k, a) => a.type === 'proposal');
  const possessive = POSSESSIVE.exec(phrase);
  if (possessive) {
    const party = resolveNode(graph, possessive[1], { where });
    if (graph.getNodeAttribute(party, 'type') === 'proposal') return [party];
    const made = proposedBy(graph, party);
    if (!made.length) throw new NotFoundError(`${where}: ${graph.getNodeAttribute(party, 'label')} proposed no ceasefire in this graph.`);
    return made;
  }
  try {
    return [resolveNode(graph, phrase, { where, types: ['proposal'] })];
  } catch (error) {
    if (!isKgError(error) || error.code !== 'KG_NOT_FOUND') throw error;
    const found = byPartyOrPlace(graph, phrase, where);
    if (found) return found;
    throw error;
  }
}
