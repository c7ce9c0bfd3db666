// Units of one sentence: its tokens, with each mention as one unit (`ENT`), so that the
// chunker sees "Government of National Accord" as one word. A proposal mention that
// starts with its request ("calls for a ceasefire") keeps the request as words, so the
// linker reads "X calls for" like any verb and "X's call for" like any noun. Trigger
// verbs that wink tags as nouns ("Moscow backs Haftar") are re-tagged.
import type { Mention, Sentence, Token } from '../pipeline-types.ts';
import type { Predicates } from '../frames/load-predicates.ts';
import type { Grammar } from './load-grammar.ts';
import type { Unit } from './structure-types.ts';

const REQUEST = new Set(['call', 'calls', 'called', 'calling', 'appeal', 'appeals', 'appealed', 'proposal', 'proposals', 'initiative', 'offer', 'offers',
  'plan', 'effort', 'efforts', 'push', 'request', 'requests', 'demand', 'demands', 'bid', 'for', 'to', 'a', 'an', 'the']);

function word(t: Token, predicates: Predicates, start = t.start, end = t.end, text = t.text): Unit {
  const lower = text.toLowerCase();
  const known = predicates.formToLemma.get(lower);
  // "retook", "re-captured": forms the tagger leaves unlemmatised
  const lemma = known && (t.lemma === lower || !predicates.verbs.has(t.lemma)) ? known : t.lemma;
  return { text, lower, lemma, pos: t.pos, start, end };
}

/** @example buildUnits(sentence, mentionsOfSentence, loadPredicates()).map((u) => u.text) */
export function buildUnits(sentence: Sentence, mentions: Mention[], predicates: Predicates, grammar: Grammar): Unit[] {
  const units: Unit[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  let m = 0;
  let emittedTo = -1;
  for (const t of sentence.tokens) {
    while (m < sorted.length && sorted[m].end <= t.start) m++;
    const mention = sorted[m];
    if (!mention || mention.start >= t.end || mention.start < emittedTo) {
      if (t.start >= emittedTo) units.push(word(t, predicates));
      continue;
    }
    if (t.start < mention.start) units.push(word(t, predicates, t.start, mention.start, t.text.slice(0, mention.start - t.start)));
    if (emittedTo < mention.end) {
      pushMention(units, mention, sentence.tokens, predicates);
      emittedTo = mention.end;
    }
    if (t.end > mention.end) units.push(word(t, predicates, mention.end, t.end, t.text.slice(mention.end - t.start)));
  }
  retagVerbs(units, predicates);
  retagGroupNouns(units, predicates, grammar);
  retagGerundNouns(units, predicates);
  markAdverbials(units, grammar);
  for (const u of units) if (EXPANDERS.has(u.lower)) u.pos = 'ADP';
  // quotation marks say who speaks, not how the phrase is built: "doubted the “sincerity” of"
  return units.filter((u) => !QUOTES.has(u.text));
}

function pushMention(units: Unit[], mention: Mention, tokens: Token[], predicates: Predicates): void {
  let start = mention.start;
  if (mention.source === 'proposal') {
    const inside = tokens.filter((t) => t.start >= mention.start && t.end <= mention.end);
    let k = 0;
    // "Sisi calls for a ceasefire" (a verb) vs "rejected calls for a ceasefire" (a noun)
    const prev = units[units.length - 1];
    const asVerb = !prev || prev.pos === 'ENT' || prev.pos === 'PRON' || prev.pos === 'ADV' || prev.pos === 'PROPN';
    while (k < inside.length - 1 && REQUEST.has(inside[k].text.toLowerCase())) {
      const w = word(inside[k++], predicates);
      if (/^(?:call|calls|called|calling|appeal|appeals|appealed|push|bid|demand|demands|request|requests)$/.test(w.lower)) w.pos = asVerb ? 'VERB' : 'NOUN';
      units.push(w);
    }
    if (k > 0) start = inside[k].start;
  }
  units.push({ text: mention.text.slice(start - mention.start), lower: mention.text.toLowerCase(), lemma: mention.text.toLowerCase(), pos: 'ENT', start, end: mention.end, mention: mention.id, ...(mention.source === 'demonym' ? { demonym: true } : {}) });
}

const DETERMINER_LIKE = new Set(['DET', 'ENT', 'PROPN', 'ADJ', 'NUM']);
const RELATIVE = new Set(['which', 'who', 'whom', 'that']);
const QUOTES = new Set(['"', '“', '”', '‘', '’', "''", '``', '«', '»']);
// words that open a list of examples: "countries including Egypt and France"
const EXPANDERS = new Set(['including', 'like', 'notably', 'namely', 'especially', 'particularly']);
const AUXILIARY = /^(?:is|are|was|were|be|been|being|has|have|had|having|get|got|gets)$/;
// -ing words that act as prepositions: ", including the towns of", ", according to"
const PREPOSITION_LIKE = new Set(['according', 'including', 'following', 'concerning', 'regarding', 'notwithstanding', 'excluding', 'involving', 'pending', 'during']);

/**
 * "to a lesser extent", "in particular": one adverb, so no chunk and no list break; "in
 * support of", "on the side of": one preposition, so "the side" is no noun phrase.
 */
function markAdverbials(units: Unit[], grammar: Grammar): void {
  for (let i = 0; i < units.length; i++) {
    const first = units[i].lower;
    if (!grammar.phraseStarts.has(first)) continue;
    const adverb = grammar.adverbialPhrases.find((p) => p[0] === first && p.every((w, k) => units[i + k]?.lower === w));
    const preposition = adverb ? undefined : grammar.complexPrepositions.find((p) => p[0] === first && p.every((w, k) => units[i + k]?.lower === w));
    const phrase = adverb ?? preposition;
    if (!phrase) continue;
    for (let k = 0; k < phrase.length; k++) units[i + k].pos = adverb ? 'ADV' : 'ADP';
    i += phrase.length - 1;
  }
}

/**
 * "Ukrainian forces liberated the city", "rebel troops seized Goma": a group noun the
 * tagger read as a verb ("forces") is a noun after a party, an adjective or a noun when a
 * verb follows it.
 */
function retagGroupNouns(units: Unit[], predicates: Predicates, grammar: Grammar): void {
  for (let i = 1; i < units.length - 1; i++) {
    const u = units[i];
    // "the Rafah crossing and …": a place noun after a name and its determiner
    if (u.pos === 'VERB' && grammar.placeNouns.has(u.lower) && units[i - 1].pos === 'ENT' && units[i - 2]?.pos === 'DET') {
      u.pos = 'NOUN';
      continue;
    }
    if (u.pos !== 'VERB' || !grammar.groupNouns.has(u.lower)) continue;
    const prev = units[i - 1].pos;
    const next = units[i + 1];
    if (prev !== 'ENT' && prev !== 'ADJ' && prev !== 'NOUN' && prev !== 'PROPN') continue;
    const trigger = (next.pos === 'ADJ' || next.pos === 'NOUN') && predicates.finiteForms.has(next.lower) && /(?:ed|en)$/.test(next.lower);
    if (next.pos !== 'VERB' && next.pos !== 'AUX' && !trigger) continue;
    u.pos = 'NOUN';
    if (trigger) next.pos = 'VERB';
  }
}

/**
 * "has relied on Emirati and Egyptian backing": a trigger noun in -ing after its owners,
 * with no object after it, is a noun (not the gerund of "with Egypt backing Haftar").
 */
function retagGerundNouns(units: Unit[], predicates: Predicates): void {
  for (let i = 1; i < units.length; i++) {
    const u = units[i];
    const next = units[i + 1];
    if (u.pos !== 'VERB' || !u.lower.endsWith('ing') || !predicates.nouns.has(u.lower)) continue;
    const owned = units[i - 1].pos === 'ENT' || units[i - 1].pos === 'ADJ';
    if (owned && (!next || next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'CCONJ')) u.pos = 'NOUN';
  }
}

/**
 * "Moscow backs Haftar": a trigger verb form between a party and its object is a verb;
 * so is a gerund with an object after a verb or preposition ("denied arming Haftar").
 */
function retagVerbs(units: Unit[], predicates: Predicates): void {
  // a verb among units [0, i - 1): only units[i] changes in an iteration, so the flag can run
  let verbBefore = false;
  for (let i = 1; i < units.length - 1; i++) {
    if (i >= 2 && units[i - 2].pos === 'VERB') verbBefore = true;
    const u = units[i];
    const prev = units[i - 1];
    const next = units[i + 1];
    // "who are armed by Iran", "which has armed the RSF": a participle after be or have is a verb
    // ("have since retaken", "has now seized": past an adverb after the auxiliary)
    const auxBefore = AUXILIARY.test(prev.lower) || ((prev.pos === 'ADV' || prev.lower === 'since') && AUXILIARY.test(units[i - 2]?.lower ?? ''));
    if ((u.pos === 'ADJ' || (u.pos === 'NOUN' && /(?:ed|en)$/.test(u.lower))) && predicates.finiteForms.has(u.lower) && auxBefore) {
      u.pos = 'VERB';
      continue;
    }
    // "talks in Kunming mediated by China": a trigger's participle before "by" is a passive verb
    if ((u.pos === 'ADJ' || u.pos === 'NOUN') && next.lower === 'by' && /(?:ed|en)$/.test(u.lower) && predicates.finiteForms.has(u.lower)) {
      u.pos = 'VERB';
      continue;
    }
    // "Turkey and Qatar support the GNA", "the UAE back Haftar": a trigger's base form between a party and its object
    if (prev.pos === 'ENT' && predicates.verbs.has(u.lower) && (next.pos === 'DET' || next.pos === 'ENT') && /^(?:NOUN|PROPN|ADV|ADJ)$/.test(u.pos)) {
      u.pos = 'VERB';
      continue;
    }
    if (u.pos !== 'NOUN' && u.pos !== 'PROPN') continue;
    // "…, doubting the sincerity of …": a gerund after a comma opens a participial clause
    const afterComma = prev.text === ',' && next.pos === 'DET' && /ing$/.test(u.lower) && !PREPOSITION_LIKE.has(u.lower);
    if (afterComma || (u.lower.endsWith('ing') && predicates.verbs.has(u.lemma) && (prev.pos === 'VERB' || prev.pos === 'ADP' || prev.pos === 'SCONJ' || prev.pos === 'AUX') && (next.pos === 'ENT' || next.pos === 'DET' || next.pos === 'PROPN'))) {
      u.pos = 'VERB';
      continue;
    }
    if (u.pos !== 'NOUN' && u.pos !== 'PROPN') continue;
    if (!predicates.finiteForms.has(u.lower)) continue;
    // "since it shares a border with Libya, backs Haftar's LNA and …", "dominates the province
    // and controls its capital": a coordinated verb after a comma or "and"
    // ("Qatar, like Turkey, backs the GNA": after an aside that ends in a name)
    const afterAside = prev.text === ',' && units[i - 2]?.pos === 'ENT';
    // ("Government troops, backed by Ugandan soldiers, retook the town": a past form after an aside with a verb)
    const past = u.lower !== `${u.lemma}s` && !/s$/.test(u.lower);
    if ((prev.text === ',' || prev.lower === 'and' || prev.lower === 'but') && (/s$/.test(u.lower) || (past && prev.text === ',')) && (next.pos === 'ENT' || next.pos === 'DET') && (verbBefore || afterAside)) {
      u.pos = 'VERB';
      continue;
    }
    // "Iran, which arms and trains the PMF": a trigger form coordinated with the verb after it
    // ("the UAE funds and arms the RSF": two trigger forms, the second before its object)
    const third = units[i + 2];
    const nextVerb = third?.pos === 'VERB' || (third !== undefined && predicates.finiteForms.has(third.lower) && /^(?:DET|ENT)$/.test(units[i + 3]?.pos ?? ''));
    if ((RELATIVE.has(prev.lower) || prev.pos === 'ENT') && next.pos === 'CCONJ' && nextVerb && /s$/.test(u.lower) && predicates.finiteForms.has(u.lower)) {
      if (third.pos !== 'VERB') third.pos = 'VERB';
      u.pos = 'VERB';
      continue;
    }
    // "the GNA, which Turkey backs, retook Tarhuna": the verb of an object relative, at its end
    if (prev.pos === 'ENT' && RELATIVE.has(units[i - 2]?.lower ?? '') && (next.text === ',' || next.text === '.')) {
      u.pos = 'VERB';
      continue;
    }
    // "Azerbaijan retook territory", "Turkey supplied drones": a trigger's past form after a name is its verb
    if (prev.pos === 'ENT' && u.lower !== u.lemma && !/s$/.test(u.lower) && (next.pos === 'NOUN' || next.pos === 'ADJ')) {
      u.pos = 'VERB';
      continue;
    }
    // "Moscow backs Haftar", "government forces retook Harardhere"
    // "forces retook much of the territory", "troops seized three villages": a quantity object
    const quantity = (next.pos === 'ADJ' || next.pos === 'NUM') && i + 2 < units.length && (units[i + 2].lower === 'of' || units[i + 2].pos === 'NOUN');
    const pastAfterNoun = prev.pos === 'NOUN' && u.lower !== `${u.lemma}s` && (next.pos === 'PROPN' || next.pos === 'ENT' || next.pos === 'DET' || quantity);
    if ((prev.pos === 'ENT' || prev.pos === 'PROPN' || prev.pos === 'ADV' || RELATIVE.has(prev.lower) || pastAfterNoun) && DETERMINER_LIKE.has(next.pos)) u.pos = 'VERB';
  }
}
