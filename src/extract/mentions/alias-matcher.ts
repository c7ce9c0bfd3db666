// Finds every alias and epithet of the lexicon in a text. Aliases are indexed by their
// first word; acronyms and proper names match with their case ("GNA", "IS", "Haftar"),
// descriptions without ("the warlord", "Libyan army"); the longest alias at a word start
// wins, so "Libyan National Army" beats "Libyan army".
import type { Lexicon } from '../../lexicon/lexicon-types.ts';
import { skeletonKey } from '../../text/skeleton-key.ts';
import { escapeRegExp } from '../../text/escape-regexp.ts';
import { wordsOf } from '../../text/words-of.ts';

export interface AliasHit {
  start: number;
  end: number;
  text: string;
  entryId: string;
  epithet: boolean;
}

interface Candidate {
  regex: RegExp;
  /** The regex holds the word boundary itself (else AFTER_ALIAS is tested after it). */
  ownBoundary: boolean;
  entryId: string;
  epithet: boolean;
  length: number;
  sensitive: boolean;
  /** Lower-cased second word of the alias ('' for one word): a cheap test before the regex. */
  second: string;
}

/** Candidates by the lower-cased first word of the alias, longest alias first. */
type Compiled = Map<string, Candidate[]>;

const escape = (s: string): string => escapeRegExp(s).replace(/[-\s]+/g, '[-\\s]+').replace(/'/g, "['’]");
const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const WORD = /[\p{L}\p{N}]+/gu;
const BOUNDARY = '(?![\\p{L}\\p{N}]|\\.\\p{L})';
/** The boundary tested on its own after an alias: one regex instead of a copy in each of
 * thousands, whose \p{L} lookahead made V8's first compile of an alias ~10× dearer. */
const AFTER_ALIAS = new RegExp(BOUNDARY, 'yu');
/** Names in other scripts ("Российская Федерация") never match English text: skip them. */
const LATIN = /^[\p{Script=Latin}\p{N}\s.'’&+(),-]+$/u;

/** Aliases that must match with their case: acronyms and single capitalised words. */
const caseSensitive = (alias: string): boolean => !/\s/.test(alias) || /^[A-Z0-9.+&-]+$/.test(alias);

const endsWord = (text: string, at: number): boolean => {
  AFTER_ALIAS.lastIndex = at;
  return AFTER_ALIAS.test(text);
};

const compiledFor = new WeakMap<Lexicon, Compiled>();

function compile(lexicon: Lexicon): Compiled {
  const index: Compiled = new Map();
  const seen = new Set<string>();
  const add = (alias: string, entryId: string, epithet: boolean) => {
    const first = FIRST_WORD.exec(alias)?.[0];
    if (!first || !LATIN.test(alias)) return;
    const cs = caseSensitive(alias) && !epithet;
    const key = `${cs ? 'S' : 'I'}|${cs ? alias : alias.toLowerCase()}`.replace(/[-\s]+/g, ' ');
    if (seen.has(key)) return;
    seen.add(key);
    const list = index.get(first.toLowerCase()) ?? [];
    const second = [...alias.matchAll(WORD)][1]?.[0].toLowerCase() ?? '';
    const source = escape(alias);
    // a pattern ending in [-\s]+ could backtrack to meet the boundary: it keeps its own copy
    const ownBoundary = source.endsWith('[-\\s]+');
    list.push({ regex: new RegExp(ownBoundary ? source + BOUNDARY : source, cs ? 'yu' : 'yiu'), ownBoundary, entryId, epithet, length: alias.length, sensitive: cs, second });
    index.set(first.toLowerCase(), list);
  };
  for (const entry of lexicon.entries.values()) {
    for (const alias of entry.aliases) add(alias, entry.id, false);
    for (const epithet of entry.epithets) add(epithet, entry.id, true);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

/**
 * Every alias/epithet occurrence in `text`, offsets relative to `base`: at each word
 * start, the aliases beginning with that word are tried, longest first (one hit per
 * start and per case mode).
 */
export function matchAliases(lexicon: Lexicon, text: string, base = 0): AliasHit[] {
  let compiled = compiledFor.get(lexicon);
  if (!compiled) {
    compiled = compile(lexicon);
    compiledFor.set(lexicon, compiled);
  }
  const hits: AliasHit[] = [];
  const { starts, lowers } = wordsOf(text);
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k];
    const list = compiled.get(lowers[k]);
    if (!list) continue;
    const next = lowers[k + 1] ?? '';
    // the longest alias of each case mode starting here; overlaps with earlier hits are kept
    // ("UN-recognised government" and "Government of National Accord" merge later)
    let doneS = false;
    let doneI = false;
    for (const c of list) {
      const sensitive = c.sensitive;
      if (sensitive ? doneS : doneI) continue;
      if (c.second && c.second !== next) continue;
      c.regex.lastIndex = at;
      const m = c.regex.exec(text);
      if (!m || !(c.ownBoundary || endsWord(text, at + m[0].length))) continue;
      hits.push({ start: base + at, end: base + at + m[0].length, text: m[0], entryId: c.entryId, epithet: c.epithet });
      if (sensitive) doneS = true;
      else doneI = true;
      if (doneS && doneI) break;
    }
  }
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
      // transliterations are the lexicon's own war's (Hafter, Heftar); the world's groups and
      // leaders match by their names only ("Gorgor" is no spelling of any of them)
      if (entry.kind === 'state' || entry.typeByTheatre) continue;
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
