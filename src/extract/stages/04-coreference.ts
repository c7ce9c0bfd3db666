// Stage 4: coreference inside one article. Lexicon mentions (names and epithets) point
// to their entry; unknown names are clustered (full name ← surname); pronouns take their
// antecedent's entity. Builds the article's entity table with every surface form.
import type { ArticleEntity, Mention, Stage } from '../pipeline-types.ts';
import { clusterNames } from '../coref/cluster-names.ts';
import { resolvePronoun } from '../coref/resolve-pronoun.ts';
import { resolveDescription, stateSide } from '../coref/resolve-description.ts';
import { loadPredicates } from '../frames/load-predicates.ts';
import { loadGrammar } from '../structure/load-grammar.ts';

const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our']);
const FIRST_PERSON = new Set(['we', 'our', 'us']);
const TITLE_GAP = /^\s+(?:[\p{L}-]+\s+){1,3}$/u;
const PLACE_AFTER = /^\s+(?:(?:was|has been|had been|is|were)\s+(?:\w+ly\s+)?(?:re-?captured|captured|seized|retaken|taken|liberated|overrun|stormed|lost|held|controlled|occupied|recovered|regained|freed|entered|surrounded|besieged|shelled|bombed)|fell|falls|has fallen|had fallen)\b/;

// "after Georgian forces abandoned it", "the rebels retook it": the object of a verb of control is a place
const PLACE_BEFORE = /\b(?:abandoned|abandon|captured|capture|seized|seize|retook|retake|retaken|took|taken|lost|held|hold|holds|entered|evacuated|recaptured|liberated|liberate|overran|overrun|stormed|shelled|surrounded|besieged|encircled|regained|recovered)\s+$/;

const ACTIVE_VERB_AFTER = /^\s+(?:(?:had|has|have|also|then|later|quickly|eventually|finally|briefly)\s+){0,2}([a-z-]+)/;

/** Does an active verb of control follow ("it seized", "they had recaptured")? Read from predicates.json. */
function controlVerbAfter(after: string): boolean {
  const word = ACTIVE_VERB_AFTER.exec(after)?.[1];
  const predicates = loadPredicates();
  const lemma = word ? predicates.formToLemma.get(word) : undefined;
  return Boolean(lemma) && word !== lemma && Boolean(predicates.verbs.get(lemma!)?.some((t) => t.relation === 'controls' && !t.rest.length));
}

const PLURAL = new Set(['they', 'their', 'them']);

/** The parties coordinated before a mention in its sentence ("Turkey and Qatar", "A, B and C"), as entity keys. */
function coordinatedWith(mentions: Mention[], last: Mention, text: string): string[] {
  const out: string[] = [];
  let k = mentions.indexOf(last);
  for (let j = k - 1; j >= 0; j--) {
    const m = mentions[j];
    // (not the setting: "In Yemen, Oman and Iran said they …")
    if (m.sentence !== last.sentence || !m.entity || m.type === 'city' || m.type === 'proposal' || m.afterPreposition) break;
    if (!/^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(m.end, mentions[k].start))) break;
    if (m.entity !== last.entity && !out.includes(m.entity)) out.push(m.entity);
    k = j;
  }
  return out;
}

export const coreference: Stage = {
  name: 'coreference',
  requires: ['mentions', 'lexicon', 'text', 'theatre'],
  assigns: ['mentions', 'entities'],
  run(state) {
    const { lexicon } = state;
    const grammar = loadGrammar();
    const mentions: Mention[] = state.mentions!.map((m) => ({ ...m }));
    // in another war than the lexicon's the theatre country and its army are parties (its state side)
    const theatreId = state.theatre !== lexicon.theatre ? lexicon.countries.get(state.theatre!) : undefined;
    const nameKeys = clusterNames(mentions.filter((m) => m.source === 'name'));
    const entities = new Map<string, ArticleEntity>();
    const note = (m: Mention, key: string, init: () => ArticleEntity) => {
      m.entity = key;
      const e = entities.get(key) ?? init();
      entities.set(key, e);
      e.mentions += 1;
      // epithets, demonyms and descriptions point to the entity; they are not its names
      const named = m.source === 'description' ? key.startsWith('described:') : m.source !== 'epithet' && m.source !== 'demonym';
      if (named && !e.aliases.includes(m.text)) e.aliases.push(m.text);
      if (m.affiliation && !e.affiliation) e.affiliation = m.affiliation;
      // "Cowsweyne" in the headline is untyped until "the town of Cowsweyne" types it
      if (e.kind === 'untyped' && m.kind !== 'untyped') Object.assign(e, { type: m.type, kind: m.kind, lat: m.lat, lon: m.lon });
      if (m.type === 'backer' && e.type === 'actor' && m.source === 'name') e.type = 'backer';
    };
    const later: number[] = [];
    const describe = (m: Mention, target: NonNullable<ReturnType<typeof resolveDescription>>) => {
      note(m, target.key, target.init);
      const e = entities.get(target.key)!;
      Object.assign(m, { type: e.type, kind: e.kind, ...(target.partners ? { partners: target.partners } : {}) });
    };
    mentions.forEach((m, i) => {
      if (m.source === 'proposal') return;
      if (m.source === 'pronoun') {
        // "its Foreign Minister Çavuşoğlu": a pronoun owning a person is a party, not a proposal
        const next = mentions[i + 1];
        const ownsPerson = POSSESSIVE.has(m.kind) && next?.kind === 'person' && next.sentence === m.sentence && next.start - m.end < 40 && TITLE_GAP.test(state.text!.slice(m.end, next.start));
        // "Hamas launched its attack", "its forces": what owns men or a campaign is a party, not a proposal
        // (the noun, or the one after an adjective: "its own forces", "their latest offensive")
        const owned = POSSESSIVE.has(m.kind) ? /^\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u.exec(state.text!.slice(m.end, m.end + 40)) : null;
        const campaignNoun = (w?: string) => w !== undefined && (grammar.groupNouns.has(w) || grammar.eventNouns.has(w));
        const ownsCampaign = Boolean(owned) && (campaignNoun(owned![1]) || campaignNoun(owned![2]));
        const place = PLACE_AFTER.test(state.text!.slice(m.end, m.end + 40)) || (m.kind === 'it' && PLACE_BEFORE.test(state.text!.slice(Math.max(0, m.start - 30), m.start)));
        // "… north of Kas that it seized": the subject of a verb of control is a party, not a place or a name nothing typed
        const holder = !place && (m.kind === 'it' || m.kind === 'they') && controlVerbAfter(state.text!.slice(m.end, m.end + 40));
        if (FIRST_PERSON.has(m.kind)) return; // once the speakers are known, below
        const antecedent = resolvePronoun(mentions, i, { notProposal: ownsPerson || ownsCampaign, place, holder, text: state.text });
        if (antecedent?.entity) m.entity = antecedent.entity;
        // "Turkey and Qatar said that they support the GNA": a plural pronoun is the whole list
        const partners = antecedent && PLURAL.has(m.kind) ? coordinatedWith(mentions, antecedent, state.text!) : [];
        if (partners.length) m.partners = partners;
        else if (antecedent?.source === 'proposal') m.entity = `proposal-mention:${antecedent.id}`;
        // a pronoun read as a place ("abandoned it") is one, even when its name is not typed yet
        if (antecedent) Object.assign(m, { type: place && antecedent.kind === 'untyped' ? 'city' : antecedent.type });
        return;
      }
      if (m.source === 'description') {
        const target = resolveDescription(mentions, i, { lexicon, theatre: state.theatre!, entities });
        // "the two rival factions signed … talks between the GNA and the LNA": the sides may be named later
        if (!target && m.kind === 'sides') later.push(i);
        if (target) describe(m, target);
        return;
      }
      // in another war than the lexicon's, the theatre country acting in it is its state side
      // ("Syrian troops retook Saraqeb", "Russia backs Syria"), one node with its army and government
      if (theatreId && m.lexId === theatreId && m.type === 'actor') {
        const target = stateSide(lexicon, theatreId, m, 'country');
        note(m, target.key, target.init);
        return;
      }
      if (m.lexId) {
        const entry = lexicon.entries.get(m.lexId)!;
        // "the Syrian army": the theatre's known army is one node with its government, known by its names
        const side = theatreId && entry.kind === 'military' && entry.country === state.theatre ? stateSide(lexicon, theatreId, m, 'army') : undefined;
        if (side?.key === entry.id) {
          note(m, side.key, side.init);
          return;
        }
        note(m, entry.id, () => ({ key: entry.id, id: entry.id, label: entry.label, type: m.type, kind: entry.kind, aliases: [], mentions: 0, lat: entry.lat, lon: entry.lon }));
        return;
      }
      const key = nameKeys.get(m.id);
      if (!key) return;
      // "Turkey … through its Foreign Minister Mevlüt Çavuşoğlu": the side comes through the pronoun
      const prev = mentions[i - 1];
      if (m.kind === 'person' && !m.affiliation && prev?.source === 'pronoun' && POSSESSIVE.has(prev.kind) && prev.entity && prev.sentence === m.sentence
        && m.start - prev.end < 40 && TITLE_GAP.test(state.text!.slice(prev.end, m.start))) {
        const side = entities.get(prev.entity);
        if (side && side.type !== 'proposal' && side.type !== 'city') Object.assign(m, { affiliation: side.key, type: side.type === 'backer' ? 'backer' : 'actor' });
      }
      if (m.kind === 'untyped') {
        const e = entities.get(key);
        if (e) Object.assign(m, { type: e.type, kind: e.kind });
      }
      note(m, key, () => ({ key, label: m.text, type: m.type, kind: m.kind, aliases: [], mentions: 0, lat: m.lat, lon: m.lon }));
    });
    for (const i of later) {
      const target = resolveDescription(mentions, i, { lexicon, theatre: state.theatre!, entities });
      if (target) describe(mentions[i], target);
    }
    // "our forces", said by a GNA spokesman, are the GNA's
    mentions.forEach((m, i) => {
      if (m.source !== 'pronoun' || !FIRST_PERSON.has(m.kind)) return;
      const speaker = resolvePronoun(mentions, i, { text: state.text });
      const side = speaker?.affiliation && entities.has(speaker.affiliation) ? speaker.affiliation : speaker?.entity;
      if (side) Object.assign(m, { entity: side, type: entities.get(side)!.type });
    });
    for (const m of mentions) {
      const e = m.entity ? entities.get(m.entity) : undefined;
      if (e && m.kind === 'untyped' && m.source === 'name') Object.assign(m, { type: e.type, kind: e.kind });
    }
    for (const e of entities.values()) {
      if (e.id || e.key.startsWith('described:')) continue;
      // the fullest name, written in mixed case where the article has it ("Tripoli", not the dateline's "TRIPOLI")
      const rank = (x: string) => (x === x.toUpperCase() && /[a-z]/i.test(x) && x.length > 3 ? 0 : 1000) + x.length;
      e.label = e.aliases.reduce((a, b) => (rank(b) > rank(a) ? b : a), e.label);
    }
    return { ...state, mentions, entities };
  },
};
