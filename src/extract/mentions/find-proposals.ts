// Finds mentions of ceasefire proposals: named ones ("Cairo Declaration", "Berlin
// Conference") and descriptions ("an immediate cease-fire", "calls for a truce", "the
// ceasefire agreement", "ending hostilities"). Generic ones ("any ceasefire proposal")
// are marked so they make no facts.
import { allMatches } from '../../text/all-matches.ts';

const MOD = '(?:(?:immediate|permanent|unilateral|humanitarian|new|lasting|comprehensive|nationwide|joint|complete|unconditional|full|long-term|short-term|temporary|durable|credible|fresh|general|total|formal|official|possible|proposed|latest|previous|earlier|first|second|initial|limited|partial|fragile|local|mutual|bilateral|renewed|extended|ramadan|eid|holiday|christmas|easter|orthodox|\\w+-(?:day|hour|week|month)|\\d+-(?:day|hour|week|month))\\s+)*';
const CORE = '(?:cease[- ]?fire|truce|armistice|cessation of hostilities)';
const HEAD = '(?:\\s+(?:call|calls|proposal|proposals|offer|offers|initiative|initiatives|deal|agreement|accord|declaration|plan|announcement|announcements|efforts?|talks|bid|request|appeal|pact|deal|statement|statements|arrangements?|proposition))?';
const ASK = '(?:call|calls|appeal|appeals|proposal|proposals|initiative|offer|plan|efforts?|push|request|demands?|bid)\\s+(?:for|to)\\s+(?:an?\\s+|the\\s+)?';
const END = '(?:(?:an\\s+|the\\s+)?(?:end|halt|stop|cessation)\\s+(?:to|of)\\s+(?:the\\s+)?(?:hostilities|fighting|combat|violence|clashes)|(?:ending|halting|stopping|ceasing|cease)\\s+(?:all\\s+)?(?:the\\s+)?(?:hostilities|fighting|combat operations|military operations)|lay\\s+down\\s+(?:their|its|his)\\s+arms)';
const NAMED = '(?:[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?\\s+(?:Declaration|Initiative|Agreement|Accords?|Roadmap|Ceasefire|Truce|Protocol|Plan))';

const NAMED_PATTERN = new RegExp(`(?<![\\p{L}])${NAMED}(?![\\p{L}])`, 'gu');
// "the Pretoria agreement", "the AU-brokered Doha deal", "the Minsk accords": a place's
// name before a lower-case head, after the article or a broker's prefix, names the deal
const PLACE_NAMED = /(?<=\b(?:[Tt]he|-brokered|-mediated|-backed|-sponsored)\s+)\p{Lu}\p{Ll}+\s+(?:agreement|accords?|declaration|deal|pact)\b/gu;
// the pattern's three branches, each with a word it cannot match without
const BRANCHES: Array<[RegExp, string]> = [
  [/cease|truce|armistice|cessation/i, `(?:${ASK})?${MOD}${CORE}${HEAD}`],
  [/hostilit|fighting|combat|violence|clashes|arms|operations/i, `(?:${ASK})?${END}`],
  [/peace|political/i, '\\b(?:peace|political)\\s+(?:initiative|plan|proposal|proposals|roadmap|agreement|deal|accord|pact|treaty|framework|declaration)'],
];
// the pattern made of the branches a sentence can match, built once per combination: the
// same matches as the whole alternation, without trying the others at every position
const patterns = new Map<number, RegExp>();
function patternFor(text: string): RegExp | undefined {
  let mask = 0;
  BRANCHES.forEach(([need], i) => {
    if (need.test(text)) mask |= 1 << i;
  });
  if (!mask) return undefined;
  let pattern = patterns.get(mask);
  if (!pattern) patterns.set(mask, (pattern = new RegExp(BRANCHES.filter((_, i) => mask & (1 << i)).map(([, source]) => source).join('|'), 'giu')));
  return pattern;
}
// every pattern below needs one of these words; most sentences have none
const MAYBE = /cease|truce|armistice|hostilit|fighting|combat|violence|clashes|arms|operations|peace|political|Declaration|Initiative|Agreement|Accord|Roadmap|Protocol|Plan|deal|pact/i;
// "UN-hosted talks": talks a backer hosts or brokers are the proposal's forum
const HOSTED_TALKS = /(?<=-(?:hosted|brokered|led|sponsored|mediated)\s+)(?:peace\s+)?talks\b/giu;
// "negotiations hosted by Cuba", "talks in Kunming mediated by China": the talks that made the article's deal
const MEDIATED_TALKS = /\b(?:talks|negotiations|consultations)(?=\s+(?:[\p{L}-]+\s+){0,4}?(?:mediated|hosted|co-hosted|brokered|facilitated|sponsored|convened)\s+by\b)/giu;
const ANAPHOR = /\b(?:the|this|that|these|its|his|their)\s+(?:proposal|proposals|initiative|declaration|agreement|accords?|deal|offer|plan|call|announcement|announcements)\b|\b(?:both|these|the two|the twin)\s+(?:statements|announcements|declarations|initiatives)\b/giu;
// "Serraj's initiative", "Egypt's own plan": a named party's proposal, in an article about one
// ("the UN initiative", "the Saudi plan": a named party's, after the article's determiner)
const OWNED = /(?<![\p{L}-])(?:\p{Lu}[\p{L}-]+['’]s(?:\s+own)?|(?<=\b(?:the|a)\s+)\p{Lu}[\p{L}-]+)\s+(?:proposal|initiative|plan|offer)\b/gu;
// a word ANAPHOR cannot match without
const ANAPHOR_NOUN = /proposal|initiative|declaration|agreement|accord|deal|offer|plan|call|statement|announcement/i;
const GENERIC = /\b(?:any|every|no|all|previous|earlier|several|other|past|many|some)\s+(?:\w+\s+){0,2}$/i;

export interface ProposalHit {
  start: number;
  end: number;
  text: string;
  name?: string;
  generic: boolean;
  anaphor: boolean;
}

/** @example findProposals('Sisi proposed a ceasefire.', 0)[0].text // → 'ceasefire' */
export function findProposals(text: string, base: number, hasProposalContext: boolean): ProposalHit[] {
  const hits: ProposalHit[] = [];
  const maybe = MAYBE.test(text);
  // a title-case headline ("Gulf Monarchies Welcome Ceasefire") names nothing by its capitals;
  // the words are counted only where a named proposal may be (most sentences have no MAYBE word)
  const titleCase = maybe && (text.match(/\b[A-Z][a-z]+/g)?.length ?? 0) > 0.6 * (text.match(/\b[A-Za-z][a-z]+/g)?.length ?? 1);
  for (const m of maybe && !titleCase ? [...allMatches(NAMED_PATTERN, text), ...allMatches(PLACE_NAMED, text)] : []) {
    const start = base + m.index!;
    if (/\bof\s+$/.test(text.slice(Math.max(0, m.index! - 4), m.index!))) continue; // "Government of National Accord"
    if (!hits.some((h) => h.start < start + m[0].length && start < h.end)) hits.push({ start, end: start + m[0].length, text: m[0], name: m[0], generic: false, anaphor: false });
  }
  const pattern = maybe ? patternFor(text) : undefined;
  for (const m of pattern ? allMatches(pattern, text) : []) {
    const start = base + m.index!;
    const end = start + m[0].length;
    if (hits.some((h) => h.start < end && start < h.end)) continue;
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    // "previous truces", "several ceasefires": many proposals are no one proposal
    const plural = /\b(?:cease[- ]?fires|truces|armistices)\b/i.test(m[0]);
    hits.push({ start, end, text: m[0], generic: plural || GENERIC.test(before), anaphor: false });
  }
  if (hasProposalContext) {
    // HOSTED_TALKS opens with a lookbehind, tried at every position: only where there are talks
    for (const m of /talks/iu.test(text) ? allMatches(HOSTED_TALKS, text) : []) {
      const start = base + m.index!;
      if (!hits.some((h) => h.start < start + m[0].length && start < h.end)) hits.push({ start, end: start + m[0].length, text: m[0], generic: false, anaphor: false });
    }
    for (const m of /talks|negotiations|consultations/i.test(text) ? allMatches(MEDIATED_TALKS, text) : []) {
      const start = base + m.index!;
      if (!hits.some((h) => h.start < start + m[0].length && start < h.end)) hits.push({ start, end: start + m[0].length, text: m[0], generic: false, anaphor: true });
    }
    for (const m of ANAPHOR_NOUN.test(text) ? [...allMatches(ANAPHOR, text), ...allMatches(OWNED, text)] : []) {
      const start = base + m.index! + m[0].indexOf(' ') + 1;
      const end = base + m.index! + m[0].length;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      hits.push({ start, end, text: m[0].slice(m[0].indexOf(' ') + 1), generic: false, anaphor: true });
    }
  }
  return hits;
}
