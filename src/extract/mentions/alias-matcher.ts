// One compiled matcher over every alias and epithet of the lexicon: a case-sensitive
// regex for acronyms and proper names ("GNA", "IS", "Haftar") and a case-insensitive one
// for descriptions ("the warlord", "Libyan army"). Longest alternatives come first, so
// "Libyan National Army" wins over "Libyan army".
import type { Lexicon } from '../../lexicon/lexicon-types.ts';
import { skeletonKey } from '../../text/skeleton-key.ts';

export interface AliasHit {
  start: number;
  end: number;
  text: string;
  entryId: string;
  epithet: boolean;
}

interface Compiled {
  regexes: RegExp[];
  lookup: Map<string, { entryId: string; epithet: boolean }>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-\s]+/g, '[-\\s]+').replace(/'/g, "['’]");
const keyOf = (s: string, sensitive: boolean): string => {
  const k = s.replace(/[-\s]+/g, ' ').replace(/’/g, "'");
  return sensitive ? k : k.toLowerCase();
};

/** Aliases that must match with their case: acronyms and single capitalised words. */
const caseSensitive = (alias: string): boolean => !/\s/.test(alias) || /^[A-Z0-9.+&-]+$/.test(alias);

const compiledFor = new WeakMap<Lexicon, Compiled>();

function compile(lexicon: Lexicon): Compiled {
  const lookup = new Map<string, { entryId: string; epithet: boolean }>();
  const sensitive: string[] = [];
  const insensitive: string[] = [];
  const add = (alias: string, entryId: string, epithet: boolean) => {
    const cs = caseSensitive(alias) && !epithet;
    const key = (cs ? 'S|' : 'I|') + keyOf(alias, cs);
    if (lookup.has(key)) return;
    lookup.set(key, { entryId, epithet });
    (cs ? sensitive : insensitive).push(alias);
  };
  for (const entry of lexicon.entries.values()) {
    for (const alias of entry.aliases) add(alias, entry.id, false);
    for (const epithet of entry.epithets) add(epithet, entry.id, true);
  }
  const build = (list: string[], flags: string) => {
    const body = list.sort((a, b) => b.length - a.length).map(escape).join('|');
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}]|\\.\\p{L})`, flags);
  };
  return { regexes: [build(sensitive, 'gu'), build(insensitive, 'giu')], lookup };
}

/** Every alias/epithet occurrence in `text`, offsets relative to `base`; overlaps kept. */
export function matchAliases(lexicon: Lexicon, text: string, base = 0): AliasHit[] {
  let compiled = compiledFor.get(lexicon);
  if (!compiled) {
    compiled = compile(lexicon);
    compiledFor.set(lexicon, compiled);
  }
  const hits: AliasHit[] = [];
  compiled.regexes.forEach((regex, i) => {
    regex.lastIndex = 0;
    for (const m of text.matchAll(regex)) {
      const found = compiled!.lookup.get((i === 0 ? 'S|' : 'I|') + keyOf(m[0], i === 0));
      if (found) hits.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], ...found });
    }
  });
  return hits;
}

const skeletonIndex = new WeakMap<Lexicon, Map<string, string | null>>();

/**
 * The lexicon entry a name is a transliteration of ("Hafter", "Heftar" → haftar), by
 * consonant skeleton over the lexicon's names; undefined when none or several match.
 */
export function lexiconBySkeleton(lexicon: Lexicon, name: string): string | undefined {
  let index = skeletonIndex.get(lexicon);
  if (!index) {
    index = new Map();
    for (const entry of lexicon.entries.values()) {
      if (entry.kind === 'state') continue;
      for (const alias of entry.aliases) {
        if (/^[A-Z0-9.&+-]+$/.test(alias)) continue; // acronyms are matched exactly
        const key = skeletonKey(alias);
        if (key.replace(/ /g, '').length < 3) continue;
        const had = index.get(key);
        index.set(key, had === undefined || had === entry.id ? entry.id : null);
      }
    }
    skeletonIndex.set(lexicon, index);
  }
  return index.get(skeletonKey(name)) ?? undefined;
}
