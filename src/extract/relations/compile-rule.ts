// Expands a rule's macros ({E}, {L}, {V:support}, …) into a RegExp over frames. Every
// repetition is bounded, so no input can make a rule backtrack catastrophically.
import type { Lexicon } from '../../lexicon/lexicon-types.ts';
import type { RelationRule } from '../rules/rule-types.ts';
import { escapeRegExp } from '../../text/escape-regexp.ts';

const E = '«\\d+»';
const SEP = "\\s*(?:,\\s*and|,|and|as well as|&|/|-|or)\\s*(?:(?:the\\s+)?(?:cities|towns|city|town|villages|areas|regions|ports|districts)\\s+of\\s+)?";
const L = `${E}(?:${SEP}${E}){0,12}`;
const LS = `${L}(?:,?\\s+and\\s+(?:a number of|several|many|other|some|various)\\s+(?:other\\s+)?(?:countries|states|nations|governments|parties|powers)(?:,?\\s+(?:such as|including|like|namely)\\s+${L})?)?`;
const ADVERBS = 'also|still|now|recently|reportedly|openly|allegedly|strongly|initially|immediately|currently|already|previously|quickly|firmly|publicly|formally|officially|swiftly|unilaterally|jointly|further|long|later|then|once|again|subsequently|gradually|steadily|largely|fully|effectively|actively|reluctantly|finally|repeatedly|apparently|militarily|politically|financially|reportedly';
const MACROS: Record<string, string> = {
  E, L, LS,
  ADV: `(?:(?:${ADVERBS})\\s+){0,3}`,
  AUX: '(?:(?:has|have|had|is|are|was|were|will|would|be|been|being|did|does|do|to|not|also|continue to|continues to|continued to|agreed to|agrees to|decided to|appeared to|appears to)\\s+){0,4}',
  GAP: '[^«»]{0,50}?',
  // words that may stand between a verb and the place it takes ("seized this morning full
  // control of the strategic city of"), but not "positions around" or "areas near"
  PLACEWORDS: '(?:(?:the|a|an|city|town|towns|cities|village|strategic|key|important|coastal|port|oil|of|control|full|complete|total|effective|this|that|morning|today|yesterday|night|evening|southern|northern|eastern|western|central|downtown|most|parts?|all|large|much|remaining|entire|whole|capital|over|areas|area|district|neighbou?rhoods?|main|center|centre|heart|airport|base)\\s+){0,6}?',
  // "Aguila Saleh, from Haftar's side, also called for…": a side named between subject and verb
  APPOS: "(?:,?\\s+(?:from|of|for)\\s+(?:[a-z-]+\\s+){0,2}?«\\d+»(?:'s|')?(?:\\s+[a-z-]+){0,2}\\s*,)?",
  ROLE: "(?:'s)?(?:\\s+(?:presidents?|leaders?|governments?|foreign ministers?|ministers?|officials?|authorities|spokesman|spokesperson|spokeswoman|forces|delegation|army|military|troops|side|camp|counterparts?|chief|head|statement|media))?",
};

const escapeForm = (form: string): string => escapeRegExp(form).replace(/\s+/g, '\\s+');

const cache = new WeakMap<Lexicon, Map<string, RegExp>>();

/** @example compileRule(rule, lexicon).exec('«1» and «2» support «3»') */
export function compileRule(rule: RelationRule, lexicon: Lexicon): RegExp {
  let byId = cache.get(lexicon);
  if (!byId) cache.set(lexicon, (byId = new Map()));
  const hit = byId.get(rule.id);
  if (hit) return hit;
  const source = rule.pattern.replace(/\{(V:)?([A-Za-z]+)\}/g, (all, verb, name) => {
    if (verb) {
      const forms = lexicon.verbs.get(name);
      if (!forms) throw new Error(`rule ${rule.id}: unknown verb class "${name}"`);
      return `(?:${forms.map(escapeForm).join('|')})\\b`;
    }
    const macro = MACROS[name];
    if (macro === undefined) throw new Error(`rule ${rule.id}: unknown macro {${name}}`);
    return macro;
  });
  const regex = new RegExp(source, 'gd');
  byId.set(rule.id, regex);
  return regex;
}

const keywordCache = new WeakMap<Lexicon, Map<string, string[] | null>>();

/**
 * Substrings of which a frame must contain one for `rule` to be worth trying: its own
 * `keywords`, else the stems of its verb classes ("back" covers backs/backed/backing),
 * else null (always try).
 */
export function ruleKeywords(rule: RelationRule, lexicon: Lexicon): string[] | null {
  let byId = keywordCache.get(lexicon);
  if (!byId) keywordCache.set(lexicon, (byId = new Map()));
  const hit = byId.get(rule.id);
  if (hit !== undefined) return hit;
  let out: string[] | null = rule.keywords ?? null;
  if (!out) {
    const classes = [...rule.pattern.matchAll(/\{V:([A-Za-z]+)\}/g)].map((m) => m[1]);
    if (classes.length) {
      const forms = classes.flatMap((c) => lexicon.verbs.get(c) ?? []).map((f) => f.split(' ')[0]).sort((a, b) => a.length - b.length);
      out = forms.reduce<string[]>((kept, f) => (kept.some((k) => f.startsWith(k)) ? kept : [...kept, f]), []);
    }
  }
  byId.set(rule.id, out);
  return out;
}
