// Noun-phrase chunks over a sentence's units, and the parties or places each stands for:
// "Haftar's forces" → Haftar, "Turkish drones" → Turkey, "forces loyal to Haftar" →
// Haftar, "the town of Gharyan" → Gharyan, "the Turkey-backed forces of the GNA" → the
// GNA (with the prefix Turkey-backed kept for the linker). A chunk headed by a word that
// stands for nobody ("a statement", "the talks") has no referent and is no argument.
import type { Chunk, Unit } from './structure-types.ts';
import type { Grammar } from './load-grammar.ts';

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const PERSONNEL = /^(?:troops|forces|soldiers|fighters|mercenaries|militants|advisers|advisors|instructors|experts|contractors|units|militias|militiamen|men)$/;
const STATE_TROOPS = /^(?:troops|soldiers|forces|units|battalions|brigades|contingents?|peacekeepers|special forces)$/;
const DISTANCE_UNITS = /^(?:km|kilometres|kilometers|miles|mi|metres|meters)$/;
export const COMPASS = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)$/;
const POSSESSIVE_PRONOUN = new Set(['its', 'their', 'his', 'her', 'whose', 'our']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'ENT']);
const MODIFIER_PARTICIPLE = /^(?:backed|supported|sponsored|funded|armed|allied|aligned|brokered|mediated|held|controlled|led|run|occupied|recogni[sz]ed|trained|affiliated)$/;
const PARTICIPLE = /(?:ed|en|led|held|run|set|built|won|fought|sent|lost|ing)$/;
// "forces loyal to Haftar", "units sent by Turkey": words after a group noun that name its owner
const OWNER_AFTER = [['loyal', 'to'], ['aligned', 'with'], ['aligned', 'to'], ['allied', 'with'], ['allied', 'to'], ['affiliated', 'with'], ['affiliated', 'to'],
  ['belonging', 'to'], ['led', 'by'], ['commanded', 'by'], ['sent', 'by'], ['deployed', 'by'], ['under', 'the', 'command', 'of'], ['of']];

const OWNER_ADJECTIVES = new Set(['loyal', 'aligned', 'allied', 'affiliated', 'close', 'opposed', 'hostile', 'friendly', 'linked', 'tied', 'belonging']);
const joined = (a: Unit, b: Unit) => a.end === b.start;
const pluralApostrophe = (units: Unit[], i: number) => (units[i].text === "'" || units[i].text === '’') && i > 0 && joined(units[i - 1], units[i])
  && /s$/i.test(units[i - 1].text) && units[i + 1] !== undefined && !joined(units[i], units[i + 1]) && NOMINAL.has(units[i + 1].pos);
// "forces loyal to Haftar": the adjective opens a phrase after the noun, not a chunk
const ownerAdjective = (units: Unit[], i: number) => OWNER_ADJECTIVES.has(units[i].lower) && (units[i + 1]?.lower === 'to' || units[i + 1]?.lower === 'with');

/**
 * "south-east of", "30 km north of", "140 kilometres (85 miles) south of": the first unit of
 * a bearing that ends at the "of" at `k`, else -1. What follows it is a landmark.
 */
export function bearingBefore(units: Unit[], k: number): number {
  if (units[k]?.lower !== 'of') return -1;
  let j = k - 1;
  if (!COMPASS.test(units[j]?.lower ?? '')) return -1;
  if (units[j - 1]?.text === '-' && COMPASS.test(units[j - 2]?.lower ?? '')) j -= 2;
  if (units[j - 1]?.text === ')') {
    while (j > 1 && units[j - 1].text !== '(') j--;
    j--;
  }
  if (DISTANCE_UNITS.test(units[j - 1]?.lower ?? '') && units[j - 2]?.pos === 'NUM') j -= 2;
  return j;
}

/** "March", "mid-October", "early-2020": a word that names a time. */
const isTimeWord = (u: Unit, grammar: Grammar) => grammar.timeNouns.has(u.lower) || /^(?:mid|early|late)-\p{L}+$/u.test(u.lower) && grammar.timeNouns.has(u.lower.split('-')[1]);

function continues(units: Unit[], first: number, i: number, grammar: Grammar): boolean {
  const u = units[i];
  const prev = units[i - 1];
  const next = units[i + 1];
  if (ownerAdjective(units, i)) return false;
  // "talks in Kunming mediated by China": a participle before "by" is a passive, not an adjective
  if (u.pos !== 'ENT' && /(?:ed|en)$/.test(u.lower) && next?.lower === 'by') return false;
  // "In mid-October Eritrean troops captured …", "in March Russian forces …": a date after a
  // preposition ends before the subject that follows it
  if (i === first + 1 && isTimeWord(units[first], grammar) && units[first - 1]?.pos === 'ADP' && (u.pos === 'ENT' || u.pos === 'PROPN' || u.pos === 'ADJ') && !POSSESSIVE.has(u.lower)) return false;
  // "by the army last week": a time phrase after a noun phrase is a phrase of its own
  if (/^(?:last|next|this|past|coming|earlier|later)$/.test(u.lower) && next && grammar.timeNouns.has(next.lower) && !grammar.timeNouns.has(prev.lower)) return false;
  // "a town 80 km south of Tripoli": a distance is a phrase of its own
  if (u.pos === 'NUM' && (prev.pos === 'NOUN' || prev.pos === 'ENT') && next && DISTANCE_UNITS.test(next.lower)) return false;
  // "the towns the rebels had seized": a description that brings its own determiner opens a phrase
  if (u.pos === 'ENT' && /^(?:the|this|these|those)\s/i.test(u.text)) return false;
  // "gave the Houthis missiles": after a name with its own determiner an asset is the next phrase
  // (things, not men: "the GNA forces" stays one phrase)
  const named = /^the\s/i.test(prev.text) ? i === first + 1 : i === first + 2 && units[first].pos === 'DET';
  if (prev.pos === 'ENT' && named && units[first - 1]?.pos === 'VERB' && grammar.assetNouns.has(u.lower) && !PERSONNEL.test(u.lower)) return false;
  if (NOMINAL.has(u.pos)) return !(u.pos === 'ENT' && isSubjectPronoun(u)) && !(prev.pos === 'ENT' && isSubjectPronoun(prev));
  if (u.pos === 'PART' && POSSESSIVE.has(u.lower)) return prev.pos !== 'PUNCT';
  // "the Houthis' chief negotiator": a plural's apostrophe, which the tagger reads as punctuation
  if (pluralApostrophe(units, i)) return true;
  // "Turkey-backed", "pro-Haftar", "al-Watiya": a hyphen inside a word
  if (u.text === '-' && next && joined(prev, u) && joined(u, next)) return true;
  // "its first provincial capital", "the only remaining town"
  if (u.pos === 'ADV' && /^(?:first|second|third|last|only|main|largest|biggest|second-largest|most)$/.test(u.lower) && next && (next.pos === 'ADJ' || next.pos === 'NOUN')) return true;
  if (u.pos === 'VERB' || u.pos === 'ADV') {
    if (prev.text === '-' && joined(prev, u)) return true;
    // "the retired general", "the internationally recognised government"
    const nextNominal = next && (next.pos === 'NOUN' || next.pos === 'ENT' || next.pos === 'PROPN' || (next.pos === 'ADJ' && u.pos === 'ADV'));
    // only after a determiner: "previously accused France" is a verb, not a noun phrase
    const determined = units[first].pos === 'DET';
    if (u.pos === 'ADV' && /ly$/.test(u.lower) && nextNominal && determined && (prev.pos === 'DET' || prev.pos === 'ADJ')) return true;
    // "the inland Jufra air base", "the nearby town": an adverb the tagger gave an adjective's place, right after the determiner
    if (u.pos === 'ADV' && i === first + 1 && prev.pos === 'DET' && next && (next.pos === 'NOUN' || next.pos === 'ENT')) return true;
    if (u.pos === 'VERB' && PARTICIPLE.test(u.lower) && nextNominal && determined && (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'ADV')) return true;
    // "the UN backed government forces" (not "Russia deployed warplanes")
    if (u.pos === 'VERB' && prev.pos === 'ENT' && MODIFIER_PARTICIPLE.test(u.lower) && next?.pos === 'NOUN' && grammar.groupNouns.has(next.lower)) return true;
  }
  return false;
}

const isSubjectPronoun = (u: Unit) => u.pos === 'ENT' && /^(?:it|they|he|she|them|him)$/.test(u.lower);

const RELATIVE = new Set(['which', 'who', 'whom', 'that']);

function starts(u: Unit, next: Unit | undefined, grammar: Grammar): boolean {
  // "in November of that year": a demonstrative before a time word is its determiner
  if (RELATIVE.has(u.lower)) return u.lower === 'that' && next !== undefined && grammar.timeNouns.has(next.lower);
  return u.pos === 'DET' || NOMINAL.has(u.pos) || u.lower === 'pro';
}

/** The grammar's nouns are nouns even when the tagger calls them adjectives ("rival", "military"). */
const knownNoun = (u: Unit, grammar: Grammar) => (u.pos === 'ADJ' || u.pos === 'VERB') && (grammar.counterNouns.has(u.lower) || grammar.groupNouns.has(u.lower) || grammar.eventNouns.has(u.lower));

/** The chunk of units [first, last]: head, possessors, modifiers, prefixes. */
function makeChunk(units: Unit[], first: number, last: number, id: number, grammar: Grammar): Chunk {
  let head = last;
  while (head > first && !(units[head].pos === 'NOUN' || units[head].pos === 'PROPN' || units[head].pos === 'ENT' || units[head].pos === 'NUM' || knownNoun(units[head], grammar))) head--;
  const chunk: Chunk = { id, first, last, head, headLemma: units[head].lemma, headWord: units[head].lower, possessors: [], modifiers: [], prefixes: [], complement: [], refs: [], time: false };
  if (units[head].mention !== undefined) chunk.headMention = units[head].mention;
  for (let k = first; k < head; k++) {
    const u = units[k];
    if (u.mention === undefined) continue;
    const after = units[k + 1];
    const afterNext = units[k + 2];
    if (after && POSSESSIVE.has(after.lower)) chunk.possessors.push(u.mention);
    else if (POSSESSIVE_PRONOUN.has(u.lower)) chunk.possessors.push(u.mention);
    else if (after?.text === '-' && afterNext && afterNext.pos !== 'ENT' && joined(u, after)) chunk.prefixes.push({ mention: u.mention, word: afterNext.lower });
    else if (after && /^-\p{L}/u.test(after.text) && joined(u, after)) chunk.prefixes.push({ mention: u.mention, word: after.lower.slice(1) }); // "UN-backed" split after the name
    else if (after?.pos === 'VERB' && MODIFIER_PARTICIPLE.test(after.lower)) chunk.prefixes.push({ mention: u.mention, word: after.lower });
    else if (units[k - 1]?.text === '-' && units[k - 2]?.lower === 'pro') chunk.prefixes.push({ mention: u.mention, word: 'pro' });
    else {
      chunk.modifiers.push(u.mention);
      chunk.nationality = Boolean(u.demonym);
    }
  }
  if (chunk.headMention !== undefined && units[head - 1]?.text === '-' && units[head - 2]?.lower === 'pro') {
    chunk.prefixes.push({ mention: chunk.headMention, word: 'pro' });
    delete chunk.headMention;
    chunk.headLemma = 'pro';
    chunk.headWord = 'pro';
  }
  // "Idlib city": a name right before the head, not the end of a compound ("Arab-Kurdish city")
  // ("the Jufra air base", "the Sharara oil field": before a place noun of two words)
  const compound = head - 1 > first && grammar.placeNouns.has(`${units[head - 1].lower} ${units[head].lower}`) ? 1 : 0;
  const before = units[head - 1 - compound];
  if (head - compound > first && before.mention !== undefined && chunk.modifiers.includes(before.mention) && !(units[head - 2]?.text === '-' || /^-/.test(before.text))) chunk.nameBefore = before.mention;
  let lastMention: number | undefined;
  for (let k = head - 1; k >= first && lastMention === undefined; k--) if (units[k].mention !== undefined) lastMention = k;
  if (chunk.headMention === undefined && lastMention !== undefined && units.slice(lastMention + 1, head + 1).every((u) => u.pos === 'PROPN' && /^\p{Lu}/u.test(u.text)) && !POSSESSIVE.has(units[lastMention + 1]?.lower ?? '')) {
    chunk.trailingName = units[lastMention].mention;
  }
  const words = units.slice(first, last + 1);
  // "2022", "late 2019", "November 2022": a year, alone or after a month, is a time
  chunk.time = headIn(grammar.timeNouns, chunk) || (words.every((u) => u.pos === 'NUM' || u.pos === 'DET' || u.pos === 'ADJ' || isTimeWord(u, grammar)) && /^\d{4}$/.test(units[head].text));
  return chunk;
}

/** Is the chunk's head in `words`, as written or as its lemma? */
export const headIn = (words: Set<string>, chunk: Chunk) => words.has(chunk.headWord) || words.has(chunk.headLemma);

/** The referents of a chunk, from its head, possessors, modifiers and complement. */
export function chunkRefs(chunk: Chunk, grammar: Grammar): number[] {
  if (chunk.time || headIn(grammar.counterNouns, chunk)) return [];
  if (chunk.headMention !== undefined) return [chunk.headMention];
  if (headIn(grammar.groupNouns, chunk) || headIn(grammar.eventNouns, chunk)) {
    if (chunk.possessors.length) return chunk.possessors;
    // "Syrian fighters", "Chadian mercenaries": men of a nationality, not its state's forces ("Russian troops")
    if (chunk.modifiers.length && grammar.irregularNouns.has(chunk.headWord) && chunk.nationality) return [];
    if (chunk.modifiers.length) return [chunk.modifiers[chunk.modifiers.length - 1]];
    return chunk.complement;
  }
  // "the town of Gharyan"; "Idlib city", "Hasakah province": the name right before the place noun
  if (headIn(grammar.placeNouns, chunk)) return chunk.complement.length || chunk.nameBefore === undefined ? chunk.complement : [chunk.nameBefore];
  // "the Wagner Group PMC": a name followed only by more capitalised words is still that name
  if (chunk.trailingName !== undefined) return [chunk.trailingName];
  return [];
}

/**
 * The one-word link after `prev` that makes `c` its referent, 1, else 0: "fighters from Fano",
 * "mercenaries from the Wagner Group" (an armed group, not a place or a country; "troops from
 * neighbouring Eritrea": a state's troops, not its nationals as "fighters from Chad"); "the
 * LNA-controlled air base at Jufra" (the place it is).
 */
function placeOrOrigin(units: Unit[], prev: Chunk, c: Chunk, grammar: Grammar, isGroup: (mention: number) => boolean, isState: (mention: number) => boolean): number {
  const link = units[prev.last + 1]?.lower;
  if (c.headMention === undefined) return 0;
  if (link === 'from') {
    if (!headIn(grammar.groupNouns, prev) || c.head !== c.last) return 0;
    return (isGroup(c.headMention) ? onlyDeterminerBefore(units, c) : STATE_TROOPS.test(prev.headWord) && isState(c.headMention)) ? 1 : 0;
  }
  return link === 'at' && headIn(grammar.placeNouns, prev) && onlyDeterminerBefore(units, c) && !isGroup(c.headMention) ? 1 : 0;
}

function ownerAfter(units: Unit[], at: number): number {
  for (const words of OWNER_AFTER) if (words.every((w, k) => units[at + k]?.lower === w)) return words.length;
  return 0;
}

/** After the adjective at `j` (in a chunk begun by a determiner at `i`), a comma and another adjective of the same phrase. */
function adjectivesGoOn(units: Unit[], i: number, j: number): boolean {
  const u = units[j];
  const next = units[j + 2];
  if (units[i].pos !== 'DET' || units[j + 1]?.text !== ',' || !next) return false;
  // "legitimate", "recognised", "UN-recognised" (the name is a unit of its own, "-recognised" the rest)
  const adjective = u.pos === 'ADJ' || (u.pos === 'VERB' && /(?:ed|en)$/.test(u.lower)) || (/^-\p{L}+(?:ed|en)$/u.test(u.text) && j > 0 && joined(units[j - 1], u));
  // (not a subject of its own after an aside: "backed by the Russian contingent, government forces have …")
  const verbAfter = units[j + 3]?.pos === 'AUX' || (units[j + 3]?.pos === 'VERB' && !/ing$/.test(units[j + 3].lower));
  return adjective && (next.pos === 'ADJ' || (next.pos === 'ENT' && /^\p{Ll}/u.test(next.text) && !verbAfter));
}

/** "the Wagner Group", "Jufra": a chunk that is its name, with at most a determiner. */
const onlyDeterminerBefore = (units: Unit[], c: Chunk) => c.head === c.last && units.slice(c.first, c.head).every((u) => u.pos === 'DET');

function hasNominal(units: Unit[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (NOMINAL.has(units[k].pos)) return true;
  return false;
}

/** Chunks of the sentence, in order, and the chunk index of every unit (-1 outside chunks). */
export function chunkUnits(units: Unit[], grammar: Grammar, isGroup: (mention: number) => boolean = () => false, isState: (mention: number) => boolean = () => false): { chunks: Chunk[]; chunkOf: number[] } {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < units.length) {
    if (!starts(units[i], units[i + 1], grammar) || ownerAdjective(units, i)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      while (j + 1 < units.length && units[j + 1].pos !== 'DET' && continues(units, i, j + 1, grammar)) j++;
      // "the UN-recognised, legitimate government": adjectives in a row, separated by a comma
      if (!adjectivesGoOn(units, i, j)) break;
      j += 2;
    }
    while (j > i && (units[j].text === '-' || POSSESSIVE.has(units[j].lower) && units[j].pos !== 'PART' && !pluralApostrophe(units, j))) j--;
    if (hasNominal(units, i, j)) chunks.push(makeChunk(units, i, j, chunks.length, grammar));
    i = j + 1;
  }
  // "forces of Haftar", "the town of Gharyan", "units loyal to the GNA": the complement names the referent
  const merged: Chunk[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k];
    const prev = merged[merged.length - 1];
    const gap = prev ? prev.last + 1 : -1;
    const owner = prev ? ownerAfter(units, gap) || placeOrOrigin(units, prev, c, grammar, isGroup, isState) : 0;
    const transparent = prev && (headIn(grammar.groupNouns, prev) || headIn(grammar.placeNouns, prev) || headIn(grammar.eventNouns, prev) || prev.headLemma === 'pro');
    // only words that stand for their owner merge; "the backing of Iran and Russia" keeps its list
    // "the territory east of the Euphrates", "30 km south of Tripoli": a landmark, not the referent
    const bearing = prev && COMPASS.test(units[prev.last].lower);
    if (prev && owner && gap + owner === c.first && !c.time && transparent && !bearing && prev.headMention === undefined) {
      c.refs = chunkRefs(c, grammar);
      // "the capital of Al-Jazirah state" is another place than the state
      prev.complement = prev.headWord === 'capital' ? [] : c.refs;
      prev.last = c.last;
      // "forces of Libya's UN-backed government": the prefixes still say who backs the referent
      prev.prefixes.push(...c.prefixes);
      continue;
    }
    merged.push(c);
  }
  const chunkOf = units.map(() => -1);
  merged.forEach((c, id) => {
    c.id = id;
    c.refs = chunkRefs(c, grammar);
    for (let u = c.first; u <= c.last; u++) chunkOf[u] = id;
  });
  // "Haftar's rival, Serraj,", "its first provincial capital, Zaranj,": the one named next
  for (const c of merged) {
    const next = merged[c.id + 1];
    if (!next || units[c.last + 1]?.text !== ',' || next.first !== c.last + 2) continue;
    const named = next.headMention !== undefined || (headIn(grammar.placeNouns, next) && next.refs.length === 1);
    if (headIn(grammar.counterNouns, c) || (headIn(grammar.placeNouns, c) && !c.refs.length && named)) c.refs = next.refs;
  }
  return { chunks: merged, chunkOf };
}
