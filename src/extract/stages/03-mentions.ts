// Stage 3: mentions. Finds every mention sentence by sentence, decides the article's
// theatre (the country it is about; its own name is the setting, not a node), drops
// epithets outside their theatre, and types unknown persons by their affiliation
// (a foreign affiliation makes a `backer`, a local one an `actor`).
import { dictionaryWords } from '../../lexicon/dictionary-words.ts';
import { cityGazetteer } from '../../lexicon/city-gazetteer.ts';
import type { Lexicon } from '../../lexicon/lexicon-types.ts';
import type { Mention, Sentence, Stage } from '../pipeline-types.ts';
import { detectTheatre } from '../mentions/detect-theatre.ts';
import { findAffiliation } from '../mentions/find-affiliation.ts';
import { findAcronyms } from '../mentions/find-acronyms.ts';
import { findDescriptions } from '../mentions/find-descriptions.ts';
import { findSentenceMentions } from '../mentions/find-sentence-mentions.ts';
import { theatreVotes } from '../mentions/theatre-votes.ts';

const GROUP_AFTER = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+)?(?:forces|militias?|troops|men|fighters|army|loyalists|camp)\b/u;
const GROUP_BEFORE = /\b(?:forces|militias?|troops|men|fighters|loyalists)\s+(?:of|loyal to)\s+(?:[\p{L}.-]+\s+){0,3}$/u;
const PROPOSAL_WORDS = /cease[- ]?fire|truce|armistice|hostilities/i;
const COORDINATED_GAP = /^\s+(?:\p{Ll}+\s+)?(?:and|or)\s+(?:the\s+|its\s+|their\s+)?$/u;
const PREPOSITION_BEFORE = /\b(?:in|at|on|from|to|of|into|across|inside|near|for|with|against|by)\s+(?:the\s+)?$/i;

type Draft = Omit<Mention, 'id'>;
const STATE_SOURCES = new Set(['country', 'demonym', 'metonym']);

/**
 * "the government", "Sudan's army", "the rebels": descriptions become mentions, taking
 * over the theatre country's own mention inside them ("Sudan's army" is not Sudan); a
 * name, an epithet or a pronoun in the span wins over the description.
 */
function withDescriptions(drafts: Draft[], sentences: Sentence[], lexicon: Lexicon, theatre: string, theatreId: string | undefined): Draft[] {
  const added: Draft[] = [];
  const dropped = new Set<Draft>();
  for (const s of sentences) {
    for (const hit of findDescriptions(s.text, s.start, lexicon, theatre)) {
      const inside = drafts.filter((d) => d.start < hit.end && hit.start < d.end);
      if (inside.some((d) => !STATE_SOURCES.has(d.source) || (d.lexId !== theatreId && d.lexId !== hit.country))) continue;
      for (const d of inside) dropped.add(d);
      const place = hit.role === 'place';
      added.push({ start: hit.start, end: hit.end, text: hit.text, sentence: s.index, source: 'description', type: place ? 'city' : 'actor', kind: place ? 'city' : hit.role,
        role: hit.role, head: hit.head, ...(place ? {} : { country: hit.country ? lexicon.entries.get(hit.country)?.country : theatre }) });
    }
  }
  // "Kabul said", "Khartoum's forces": the theatre's own capital acting is its government
  const seats = drafts.filter((d) => d.source === 'metonym' && d.lexId === theatreId && !dropped.has(d))
    .map((d): Draft => ({ ...d, source: 'description', type: 'actor', kind: 'state', role: 'state', head: 'government', country: theatre, lexId: undefined }));
  for (const d of drafts) if (d.source === 'metonym' && d.lexId === theatreId) dropped.add(d);
  return [...drafts.filter((d) => !dropped.has(d)), ...added, ...seats].sort((a, b) => a.start - b.start);
}

export const mentions: Stage = {
  name: 'mentions',
  requires: ['text', 'sentences', 'lexicon'],
  assigns: ['mentions', 'theatre'],
  run(state) {
    const { lexicon } = state;
    const text = state.text!;
    const gazetteer = cityGazetteer();
    const common = dictionaryWords();
    const proposalContext = PROPOSAL_WORDS.test(text);
    // towns are matched by skeleton in the lexicon's theatre and by exact name (≥ 50,000
    // people) anywhere, so one pass serves an article about another war too
    let drafts = state.sentences!.flatMap((s) => findSentenceMentions(s, lexicon, gazetteer, lexicon.theatre, proposalContext));
    const theatre = detectTheatre(theatreVotes(drafts, state.doc.text, lexicon, gazetteer), lexicon); // the dateline is blanked in `text`
    const sentenceOf = (offset: number) => state.sentences!.find((s) => s.start <= offset && offset < s.end)?.index ?? 0;
    drafts = [...drafts, ...findAcronyms(drafts, text, sentenceOf)].sort((a, b) => a.start - b.start);
    const theatreId = lexicon.countries.get(theatre);
    // towns of another war's theatre, of any size ("Minova", "Sake"), once the theatre is known;
    // a lone word opening a sentence is kept only as such a town ("Hama fell to the rebels")
    if (theatre !== lexicon.theatre) {
      for (const d of drafts) {
        if (d.source !== 'name' || d.kind !== 'untyped') continue;
        const city = gazetteer.lookup(d.text, theatre);
        // (an English word opening a sentence is no town, whatever its skeleton: "Sale", "Homes")
        if (city && !(d.openingWord && common.has(d.text.toLowerCase()))) Object.assign(d, { type: 'city', kind: 'city', lat: city.lat, lon: city.lon, country: city.country, openingWord: undefined });
      }
    }
    // else a word no dictionary has is a name nothing typed yet ("Laukkai is now under the
    // control of the MNDAA"), and a common one ("Residents", "Meanwhile") is no name
    drafts = drafts.filter((d) => !d.openingWord || !common.has(d.text.toLowerCase()));
    for (const d of drafts) delete d.openingWord;
    const named = new Set(drafts.filter((d) => d.source === 'lexicon').map((d) => d.lexId));
    // an epithet of the lexicon's war ("government forces" = the GNA) means nothing in another
    drafts = drafts.filter((d) => d.source !== 'epithet' || theatre === lexicon.theatre || named.has(d.lexId));
    drafts = withDescriptions(drafts, state.sentences!, lexicon, theatre, theatreId);
    // In the lexicon's own theatre the parties are known and the country is only the setting
    // ("Libya"). Elsewhere the theatre country may itself be a party (Ukraine, Russia).
    const ownTheatre = theatre === lexicon.theatre;
    const kept = drafts.filter((d, i) => {
      // "Russian Wagner mercenaries", "Iranian Quds Force officers": a nationality of the group named next, no party of its own
      const next = drafts[i + 1];
      if (d.source === 'demonym' && next && next.kind === 'armed-group' && /^\s+$/.test(text.slice(d.end, next.start))) return false;
      const isTheatre = (d.source === 'country' || d.source === 'demonym' || d.source === 'metonym') && d.lexId === theatreId;
      if (isTheatre && ownTheatre) return false;
      if (isTheatre) d.type = 'actor';
      const entry = d.lexId ? lexicon.entries.get(d.lexId) : undefined;
      if (entry?.typeByTheatre) d.type = entry.country === theatre ? 'actor' : 'backer';
      return true;
    });
    const list: Mention[] = kept.map((d, id) => ({ ...d, id }));
    list.forEach((m, i) => {
      const prev = list[i - 1];
      // "backed by Rwandan troops and the Russian contingent": the second of a coordinated pair too
      const coordinated = prev?.afterPreposition && prev.sentence === m.sentence && COORDINATED_GAP.test(text.slice(prev.end, m.start));
      if (coordinated || PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) m.afterPreposition = true;
    });
    for (const m of list) {
      if (m.kind !== 'person') continue;
      m.collective = GROUP_AFTER.test(text.slice(m.end, m.end + 30)) || GROUP_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
    }
    for (const m of list) {
      if ((m.source !== 'name' && m.source !== 'lexicon') || m.kind !== 'person') continue;
      const j = findAffiliation(m, list, text);
      if (j < 0) continue;
      const side = list[j];
      // a known leader keeps his own type; only the country named before him acts with him
      if (m.source === 'lexicon') {
        if (side.start < m.start && (side.source === 'demonym' || side.source === 'country')) m.affiliationMention = side.id;
        continue;
      }
      m.affiliation = side.lexId ?? `name:${side.text}`;
      if (side.start < m.start) m.affiliationMention = side.id;
      m.type = side.type === 'backer' ? 'backer' : 'actor';
    }
    return { ...state, mentions: list, theatre };
  },
};
