// The counts of each final cluster (a strong cluster with the short forms attached to it,
// a lexicon anchor with the components it gathers), kept up to date as mentions join it
// instead of combined again from its groups at every article: Turkey gathers a dozen
// groups and a third of the articles, and one more article must cost its own mentions.
// A cluster that lost a mention (a short form attached elsewhere, a component no longer
// anchored) is combined again from its groups, once; counts cannot be taken back.
import { addMention, emptyStats, mergeStats, type MentionStats } from './mention-stats.ts';
import type { NodeAttributes } from '../types.ts';
import type { Mention } from './canonical-node.ts';
import type { NodeGrowth } from './create-resolution.ts';

/** Above this many mentions joining at once, they are counted apart and merged in (one pass over the lists). */
const MANY = 32;

export interface ClusterTotals {
  /** Mention `i` now belongs to final cluster `to` (it belonged to `from`, or is new). */
  move(i: number, from: string | undefined, to: string): void;
  /**
   * The counts of a final cluster and the mentions that joined it since the last read;
   * `grew` when it lost none (so its articles and names are the old ones and more).
   */
  read(final: string): { stats: MentionStats; joined: readonly number[]; grew: boolean };
  /** Forgets a cluster that no longer exists. */
  drop(final: string): void;
}

/**
 * `parts` gives the groups whose counts make up a final cluster (each kept current by its
 * own layer); one group is read as it is, more are summed into a total kept here.
 * @example const totals = createClusterTotals(at, parts); totals.move(0, undefined, 'i:turkey'); totals.read('i:turkey').stats.mentions // → 1
 */
export function createClusterTotals(at: (i: number) => Mention, parts: (final: string) => MentionStats[]): ClusterTotals {
  const totals = new Map<string, MentionStats>();
  const joined = new Map<string, number[]>();
  const lost = new Set<string>();

  const sum = (groups: MentionStats[]) => {
    const total = emptyStats();
    for (const g of groups) mergeStats(total, g);
    return total;
  };

  return {
    move(i, from, to) {
      if (from === to) return;
      if (from !== undefined) lost.add(from);
      (joined.get(to) ?? joined.set(to, []).get(to)!).push(i);
    },
    read(final) {
      const groups = parts(final);
      const fresh = joined.get(final) ?? [];
      const grew = !lost.has(final);
      [joined.delete(final), lost.delete(final)];
      if (groups.length === 1) {
        totals.delete(final);
        return { stats: groups[0], joined: fresh, grew };
      }
      let total = totals.get(final);
      if (!total || !grew) totals.set(final, (total = sum(groups)));
      else if (fresh.length <= MANY) for (const i of fresh) addMention(total, at(i).article, at(i).ref);
      else {
        // a component joining Turkey: its counts merged in once, not an insertion into Turkey's article list per mention
        const more = emptyStats();
        for (const i of fresh) addMention(more, at(i).article, at(i).ref);
        mergeStats(total, more);
      }
      return { stats: total, joined: fresh, grew };
    },
    drop(final) {
      [totals.delete(final), joined.delete(final), lost.delete(final)];
    },
  };
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function inSorted(list: readonly string[], value: string): boolean {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] === value;
}

/**
 * What an entity node that only grew gained, from the mentions that joined it: the
 * articles and names (labels and aliases) its attributes `before` lack, each a bisection
 * of the old lists, not a comparison of them. Undefined when `next` is not `before` and
 * exactly these (then the lists are compared whole).
 * @example growthOf(before, next, [12], at) // → { articles: ['new.txt'], aliases: [] }
 */
export function growthOf(before: NodeAttributes, next: NodeAttributes, joined: readonly number[], at: (i: number) => Mention): NodeGrowth | undefined {
  const [articles, aliases] = [new Set<string>(), new Set<string>()];
  for (const i of joined) {
    const { article, ref } = at(i);
    if (!inSorted(before.articles, article)) articles.add(article);
    for (const name of [ref.label, ...ref.aliases]) if (!inSorted(before.aliases, name)) aliases.add(name);
  }
  if (next.articles.length !== before.articles.length + articles.size || next.aliases.length !== before.aliases.length + aliases.size) return undefined;
  return { articles: [...articles].sort(byCodePoint), aliases: [...aliases].sort(byCodePoint) };
}
