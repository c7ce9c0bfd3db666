// Capitals and seats of power that stand for their government when they act: "Tehran
// backs the Houthis", "Kabul's forces", "talks brokered by Riyadh and Washington",
// "Moscow-backed separatists", "the Kremlin said", "has backed Moscow", "aid to Kyiv", "under
// the auspices of Riyadh and Washington". Elsewhere a capital is a place
// ("fighting in Tripoli"). The capitals are world-countries' plus countries.json's seats.
import type { Lexicon } from '../../lexicon/lexicon-types.ts';
import { loadPredicates } from '../frames/load-predicates.ts';
import { allMatches } from '../../text/all-matches.ts';
import { escapeRegExp } from '../../text/escape-regexp.ts';

export interface MetonymHit {
  start: number;
  end: number;
  text: string;
  lexId: string;
}

const SPEECH = 'has|have|had|is|was|will|would|could|should|must|may|might|said|says|say|announced|announces|regards|sees|accused|accuses|warned|warns|insisted|insists|wants|wanted|denied|denies|condemned|condemns|stressed|added|hopes|believes|argues|claimed|claims|urged|urges|called|calls|confirmed|told|reiterated|demanded|demands|also|has|does|did|responded|reacted|sought|seeks|sent|sends|deployed|struck|launched|pledged|promised|threatened|vowed|expressed|continues|continued';
const BY_AGENT = /(?:ed|en|held|led|run|hosted)\s+by\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?\s*(?:,|and)\s+){0,3}$/u;
const HYPHEN_AFTER = /^-(?:backed|supported|sponsored|funded|armed|allied|aligned|brokered|mediated|led|hosted|proposed|controlled|held)\b/;

let cache: { lexicon: Lexicon; pattern: RegExp; acts: RegExp; receives: RegExp; ofNoun: RegExp } | undefined;

function compile(lexicon: Lexicon): { pattern: RegExp; acts: RegExp; receives: RegExp; ofNoun: RegExp } {
  if (cache?.lexicon === lexicon) return cache;
  const names = [...lexicon.metonyms.keys()].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replace(/\s+/g, '\\s+'));
  const verbs = [...loadPredicates().finiteForms].filter((f) => !f.includes(' ')).join('|');
  // "has consistently supported Moscow", "military aid to Kyiv": a capital that receives support is its government
  const predicates = loadPredicates();
  const supporting = new Set([...predicates.verbs.values()].flat()
    .filter((v) => v.relation === 'supports' && v.target.includes('party') && !v.via && !v.sourceVia && !v.rest.length).map((v) => v.lemma));
  const supportForms = [...predicates.formToLemma].filter(([, lemma]) => supporting.has(lemma)).map(([form]) => form);
  const receives = new RegExp(`\\b(?:${supportForms.join('|')})\\s+(?:the\\s+)?$|\\b(?:support|backing|aid|assistance|weapons|arms)\\s+(?:for|to)\\s+$`, 'u');
  // "under the auspices of Riyadh and Washington", "with the backing of Moscow": a party of a noun of support or proposal
  const ofNouns = [...predicates.nouns].filter(([, ts]) => ts.some((t) => t.relation !== 'controls' && (t.agent.includes('of') || t.targetSlots.includes('of')))).map(([lemma]) => escapeRegExp(lemma));
  const ofNoun = new RegExp(`\\b(?:${ofNouns.join('|')})s?\\s+of\\s+(?:(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+)?\\s*(?:,|and)\\s+){0,3}$`, 'u');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const acts = new RegExp(`^(?:['’]s?(?![\\p{L}])|\\s+(?:(?:also|has|have|had|is|was|now|still|already|reportedly)\\s+)?(?:${SPEECH}|${verbs})\\b)`, 'u');
  cache = { lexicon, pattern, acts, receives, ofNoun };
  return cache;
}

/** @example findMetonyms('Tehran backs the Houthis.', 0, lexicon)[0].lexId // → 'country:ir' */
export function findMetonyms(text: string, base: number, lexicon: Lexicon): MetonymHit[] {
  if (!lexicon.metonyms.size) return [];
  const { pattern, acts, receives, ofNoun } = compile(lexicon);
  const hits: MetonymHit[] = [];
  for (const m of allMatches(pattern, text)) {
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    const before = text.slice(Math.max(0, m.index! - 80), m.index!);
    if (!acts.test(after) && !HYPHEN_AFTER.test(after) && !BY_AGENT.test(before) && !receives.test(before) && !ofNoun.test(before)) continue;
    // "in Tripoli's southern suburbs": a place's possessive after a preposition is still a place
    if (/^['’]s/.test(after) && /\b(?:in|of|near|around|to|from|into|outside|at)\s+$/.test(before)) continue;
    const lexId = lexicon.metonyms.get(m[0].replace(/\s+/g, ' '));
    if (lexId) hits.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], lexId });
  }
  return hits;
}
