// Which rules can match a frame, found in one scan: the keywords of all rules in one
// alternation, longest first, tried at every position where one starts. At a position the
// longest keyword found there is reported, and every shorter keyword that starts there is
// a prefix of it, so the set of keywords present is exact. A rule without keywords is
// always tried. Replaces one keyword test per rule and frame.
import type { Lexicon } from '../../lexicon/lexicon-types.ts';
import type { RelationRule } from '../rules/rule-types.ts';
import { ruleKeywords } from './compile-rule.ts';
import { escapeRegExp } from '../../text/escape-regexp.ts';

export interface KeywordSieve {
  /** Which rules can match `text`, by rule index. */
  (text: string): boolean[];
  /** Whether any rule can: `sieve(text).some(Boolean)`, ending the scan at the first keyword. */
  any(text: string): boolean;
}

const cache = new WeakMap<Lexicon, WeakMap<readonly RelationRule[], KeywordSieve>>();

export function keywordSieve(rules: readonly RelationRule[], lexicon: Lexicon): KeywordSieve {
  let byRules = cache.get(lexicon);
  if (!byRules) cache.set(lexicon, (byRules = new WeakMap()));
  const hit = byRules.get(rules);
  if (hit) return hit;
  const sieve = buildSieve(rules, lexicon);
  byRules.set(rules, sieve);
  return sieve;
}

function buildSieve(rules: readonly RelationRule[], lexicon: Lexicon): KeywordSieve {
  const perRule = rules.map((r) => ruleKeywords(r, lexicon));
  const all = [...new Set(perRule.flatMap((k) => k ?? []))].sort((a, b) => b.length - a.length);
  const rulesOf = new Map<string, number[]>(all.map((k) => [k, []]));
  perRule.forEach((keys, i) => keys?.forEach((k) => rulesOf.get(k)!.push(i)));
  // the rules each longest match opens: those of itself and of its prefixes among the keywords
  const opens = new Map(all.map((k) => [k, [...new Set(all.filter((other) => k.startsWith(other)).flatMap((other) => rulesOf.get(other)!))]]));
  const scan = all.length ? new RegExp(all.map(escapeRegExp).join('|'), 'g') : null;
  const always = perRule.some((k) => k === null);
  const alwaysOpen = perRule.map((k) => k === null);
  const sieve: KeywordSieve = (text) => {
    const open = alwaysOpen.slice();
    if (!scan) return open;
    scan.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = scan.exec(text))) {
      for (const i of opens.get(m[0])!) open[i] = true;
      scan.lastIndex = m.index + 1;
    }
    return open;
  };
  // every keyword opens at least one rule, so one keyword anywhere is enough
  sieve.any = (text) => {
    if (always || !scan) return always;
    scan.lastIndex = 0;
    const found = scan.test(text);
    scan.lastIndex = 0;
    return found;
  };
  return sieve;
}
