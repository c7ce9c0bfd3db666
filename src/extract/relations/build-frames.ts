// Turns a sentence into "frames": lower-case text with each mention replaced by «id»,
// determiners before mentions dropped, "X's forces"/"forces loyal to X" folded into X,
// and non-restrictive relative clauses split off ("Haftar, whose militia controls the
// east, …" → main frame without the clause + "«haftar»'s militia controls the east").
import type { Mention } from '../pipeline-types.ts';

export interface Frame {
  text: string;
  sentence: number;
}

const GROUP_NOUNS = 'forces|militias?|troops|fighters|army|units|soldiers|men|loyalists|military|government|administration|camp|warplanes|drones|authorities|leadership|delegation|navy|air force|mercenaries|brigades?|allies';
const POSSESSIVE_GROUP = new RegExp(`«(\\d+)»(?:'s|')?\\s+(?:(?:key|main|own|foreign|allied|loyal|regular|ground|armed|affiliated)\\s+)?(?:${GROUP_NOUNS})\\b`, 'g');
const GROUP_LINK = '(?:of|loyal to|affiliated (?:with|to)|belonging to|under the command of|commanded by|allied (?:to|with))';
const GROUP_OF = new RegExp(`(?:(?<=^|\\s)(?:[a-z][a-z-]*\\s+){0,2})?(?<![a-z-])(?:${GROUP_NOUNS})\\s+${GROUP_LINK}\\s+«(\\d+)»`, 'g');
/** What every match of GROUP_OF contains. */
const GROUP_OF_CORE = new RegExp(`(?:${GROUP_NOUNS})\\s+${GROUP_LINK}\\s+«\\d+»`);
const DESCRIPTORS = /\b(?:(?:rebel|military|general|gen\.?|commander|warlord|strongman|renegade|rogue|putschist|field|marshal|president|prime|minister|foreign|defen[cs]e|chief|leader|self-styled|self-proclaimed|retired|libyan|eastern|veteran|powerful)\s+){1,4}(?=«)/g;
// "Haftar's rival, Serraj" → Serraj: the relation is with the rival, not with Haftar
const RIVAL = /«(\d+)»(?:'s|')?\s+(?:[a-z-]+\s+)?(?:rival|rivals|enemy|enemies|opponent|opponents|foe|foes|adversary|adversaries|nemesis),?\s+«(\d+)»/g;
const RELATIVE = /«(\d+)»,\s+(who|whose|which)\s+([^,;]{3,140}?)(?:,|;|$)/g;

/** The frame text's spelling of plain words: lower case, straight quotes, spaced dashes, single spaces. */
export function normaliseFrameText(between: string): string {
  return between
    .toLowerCase()
    .replace(/[\u2019\u2018`]/g, "'")
    .replace(/[“”"«»\[\]()]/g, ' ')
    .replace(/[–—]/g, ' – ')
    .replace(SPACES, ' ');
}

/** What /\s+/ → ' ' changes: runs of two or more, and single whitespace other than a space (a lone space stays). */
const SPACES = /\s{2,}|[^\S ]/g;
// mentions stand in the text as «id» only after it is normalised (which blanks « and »):
// private-use marks hold their places so that the sentence is normalised in one go
const OPEN_MARK = '\uE000';
const CLOSE_MARK = '\uE001';
const MARKED = /\uE000(\d+)\uE001/g;
const HAS_MARKS = /[\uE000\uE001]/;

/** Frames of one sentence. `mentions` are the sentence's mentions, sorted, non-overlapping. */
export function buildFrames(sentenceText: string, sentenceStart: number, sentence: number, mentions: Mention[], sameEntity: (a: number, b: number) => boolean): Frame[] {
  const affiliationOf = new Map(mentions.filter((m) => m.affiliationMention !== undefined).map((m) => [m.id, m.affiliationMention]));
  let text = '';
  let cursor = 0;
  if (HAS_MARKS.test(sentenceText)) {
    for (const m of mentions) {
      text += normaliseFrameText(sentenceText.slice(cursor, m.start - sentenceStart)) + `«${m.id}»`;
      cursor = m.end - sentenceStart;
    }
    text += normaliseFrameText(sentenceText.slice(cursor));
  } else {
    // the same text as normalising each stretch between mentions: the marks are neither
    // whitespace nor changed by the normalisation, so no run of spaces spans one
    for (const m of mentions) {
      text += sentenceText.slice(cursor, m.start - sentenceStart) + OPEN_MARK + m.id + CLOSE_MARK;
      cursor = m.end - sentenceStart;
    }
    text = normaliseFrameText(text + sentenceText.slice(cursor)).replace(MARKED, '«$1»');
  }
  text = text
    // "the internationally recognized «GNA»" → "«GNA»": adverbs and participles before a name
    .replace(/\b(?:the|a|an)\s+(?:(?:[a-z]+ly|[a-z-]+(?:ed|based|seated))\s+){1,3}(?=«)/g, '')
    .replace(/\b(?:the|a|an)\s+(?=«)/g, '')
    // "controls the capital Sanaa" → "controls Sanaa"
    .replace(/\b(?:the\s+)?(?:capital|city|town|port city|coastal city)\s+(?=«)/g, '');
  // GROUP_OF tries two words before every position; most frames have no group noun before a mention
  if (GROUP_OF_CORE.test(text)) text = text.replace(GROUP_OF, '«$1»');
  text = text
    .replace(POSSESSIVE_GROUP, '«$1»')
    .replace(/«(\d+)»(?:'s|')?\s*«(\d+)»/g, (all, a, b) => (sameEntity(+a, +b) ? `«${b}»` : all))
    // "«Egyptian» president «Sisi»" → «Sisi» (the country stays reachable through the person)
    .replace(/«(\d+)»\s+(?:[a-z.-]+\s+){1,3}«(\d+)»/g, (all, a, b) => (affiliationOf.get(+b) === +a ? `«${b}»` : all))
    // "backed by rebel military general «Haftar»": descriptors before a name
    .replace(DESCRIPTORS, '')
    .replace(RIVAL, '«$2»')
    .replace(SPACES, ' ')
    .trim();
  const frames: Frame[] = [{ text, sentence }];
  const main = text.replace(RELATIVE, (all, id, word, clause) => {
    frames.push({ text: word === 'whose' ? `«${id}»'s ${clause}`.replace(POSSESSIVE_GROUP, '«$1»') : `«${id}» ${clause}`, sentence });
    return `«${id}»`;
  });
  if (main !== text) frames.push({ text: main, sentence });
  return frames;
}
