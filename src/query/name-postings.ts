// Postings over indexed names, so a search looks at the names that can match instead of
// every name of a 10,000-article graph: by normalised name, word, skeleton, word skeleton,
// two-letter start (of the name or a word), trigram, and the distinct names and words a
// typo can be of. Each match tier of search needs its name in one of these (search.ts).
import type { IndexedName } from './name-index.ts';

type Postings = Map<string, Set<IndexedName>>;

export interface NamePostings {
  byNorm: Postings;
  byToken: Postings;
  bySkeleton: Postings;
  bySkeletonToken: Postings;
  byStart: Postings;
  byTrigram: Postings;
  add(name: IndexedName): void;
  remove(name: IndexedName): void;
  clear(): void;
}

const file = (p: Postings, k: string, name: IndexedName) => (p.get(k) ?? p.set(k, new Set()).get(k)!).add(name);
const unfile = (p: Postings, k: string, name: IndexedName) => {
  const set = p.get(k);
  set?.delete(name);
  if (set?.size === 0) p.delete(k);
};

/** Every key a name is filed under, by posting list. */
function keysOf(name: IndexedName): Array<[keyof Omit<NamePostings, 'add' | 'remove' | 'clear'>, string]> {
  const out: Array<[keyof Omit<NamePostings, 'add' | 'remove' | 'clear'>, string]> = [['byNorm', name.norm], ['bySkeleton', name.skeleton]];
  for (const t of name.tokens) out.push(['byToken', t], ['byStart', t.slice(0, 2)]);
  for (const s of name.skeletons) out.push(['bySkeletonToken', s]);
  out.push(['byStart', name.norm.slice(0, 2)]);
  for (let i = 0; i + 3 <= name.norm.length; i++) out.push(['byTrigram', name.norm.slice(i, i + 3)]);
  return out;
}

/** @example const postings = createNamePostings(); postings.add(name); postings.byToken.get('haftar') */
export function createNamePostings(): NamePostings {
  const lists: Omit<NamePostings, 'add' | 'remove' | 'clear'> = {
    byNorm: new Map(), byToken: new Map(), bySkeleton: new Map(), bySkeletonToken: new Map(), byStart: new Map(), byTrigram: new Map(),
  };
  return {
    ...lists,
    add: (name) => keysOf(name).forEach(([list, k]) => file(lists[list], k, name)),
    remove: (name) => keysOf(name).forEach(([list, k]) => unfile(lists[list], k, name)),
    clear: () => Object.values(lists).forEach((p) => p.clear()),
  };
}
