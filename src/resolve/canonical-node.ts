// What a node is called and what it is, chosen by a rule over all the mentions it
// gathers, never by which article came first: the lexicon's label for a lexicon entity,
// else the label most mentions use (then the one read first in article-id order, so a
// corpus of files keeps the names of its first files; then code-point order);
// type and kind by majority; a proposal's press name over "Ceasefire call by …" and its
// most reported date. Aliases and articles are sorted unions. All from counts
// (mention-stats.ts), so a node named in thousands of articles costs no pass over them.
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import { NODE_TYPES, type EntityRef, type NodeAttributes, type NodeType } from '../types.ts';
import type { MentionStats } from './mention-stats.ts';
import { proposalName } from './proposal-links.ts';

export interface Mention<R extends EntityRef = EntityRef> {
  article: string;
  ref: R;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The value with the highest count; ties go to the first by `order`. */
export function mostCommon<T>(counts: ReadonlyMap<T, number>, order: (a: T, b: T) => number): T | undefined {
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount || (n === bestCount && order(v, best as T) < 0)) [best, bestCount] = [v, n];
  return best;
}

const firstRead = (stats: MentionStats) => (a: string, b: string) => byCodePoint(stats.labelFirst.get(a)!, stats.labelFirst.get(b)!) || byCodePoint(a, b);
const typeOrder = (a: NodeType, b: NodeType) => NODE_TYPES.indexOf(a) - NODE_TYPES.indexOf(b);
const southFirst = (a: string, b: string) => Number(a.split(',')[0]) - Number(b.split(',')[0]) || byCodePoint(a, b);

/**
 * Attributes of an entity node from the stats of all its mentions and of its `core` (its
 * own strong cluster: the label comes from it, not from short forms attached to it; read
 * only when the lexicon does not name it, since combining a lexicon entity's groups costs
 * a pass over its articles).
 * @example canonicalEntity(stats, () => stats, lexicon).label // → 'Khalifa Haftar'
 */
export function canonicalEntity(all: MentionStats, core: () => MentionStats, lexicon: Lexicon): NodeAttributes {
  const lexId = all.lexId; // short forms carry no lexicon id: the core's
  const lexLabel = lexId && lexicon.entries.get(lexId)?.label;
  const own = lexLabel ? undefined : core();
  const label = lexLabel || mostCommon(own!.labels, firstRead(own!))!;
  const place = mostCommon(all.places, southFirst);
  return {
    label, type: mostCommon(all.types, typeOrder)!, kind: mostCommon(all.kinds, byCodePoint)!,
    aliases: [...all.names].sort(byCodePoint), articles: [...all.articles], mentions: all.articles.length,
    ...(lexId ? { lexId } : {}), ...(place ? { lat: Number(place.split(',')[0]), lon: Number(place.split(',')[1]) } : {}),
  };
}

/** @example canonicalProposal(stats).label // → 'Cairo Declaration (2020-06-06)' */
export function canonicalProposal(stats: MentionStats): NodeAttributes {
  const named = new Map([...stats.labels].filter(([label]) => proposalName(label)));
  const date = mostCommon(stats.dates, byCodePoint);
  return {
    label: mostCommon(named.size ? named : stats.labels, firstRead(stats))!, type: 'proposal', kind: mostCommon(stats.kinds, byCodePoint)!,
    aliases: [...stats.aliases].sort(byCodePoint), articles: [...stats.articles], mentions: stats.articles.length,
    ...(date ? { date } : {}),
  };
}
