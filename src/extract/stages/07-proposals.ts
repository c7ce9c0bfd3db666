// Stage 7: proposals. Proposal mentions are grouped into the article's proposals
// (see proposals/cluster-proposals.ts); each becomes an entity with its proposers, a
// date (the sentence that proposes it, else the article's) and a readable label
// ("Cairo Declaration (2020-06-06)"). Raw facts are re-pointed from mentions to them.
import type { Mention, RawFact, Stage } from '../pipeline-types.ts';
import type { SentenceStructure } from '../structure/structure-types.ts';
import { clusterProposals } from '../proposals/cluster-proposals.ts';
import { resolveSentenceDate } from '../time/resolve-sentence-date.ts';
import { proposalTitle } from '../proposals/proposal-title.ts';
import { signatureOf } from '../proposals/proposal-signature.ts';

// "the deal", "ceasefire agreement", "truce": a common noun is no name of a proposal; aliases
// keep what tells it apart ("seven-day ceasefire", "Egyptian initiative", "Cairo Declaration")
const GENERIC_NAME = /^(?:(?:the|a|an|this|that|its|their|new|latest|proposed|cease[- ]?fire|truce|agreement|agreements|deal|accord|pact|call|calls|proposal|proposals|initiative|plan|offer|talks|declaration|statement|arrangement|arrangements|efforts?|announcement|it|for|to)\s*)+$/i;

// determiners (capitalised at a sentence start) and words that say nothing of which one it is; "New Year's" stays
const LEADING = /^(?:(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|last|new|latest|proposed|rare|fragile|first|second|third)\s+)+/;

/**
 * The noun phrase a proposal mention heads, as a name of it ("a New Year's ceasefire" →
 * "New Year's ceasefire", "the six-month bilateral ceasefire"): what readers call it, and
 * what tells it apart, when the mention is only its head noun.
 */
function phraseOf(m: Mention, structures: ReadonlyMap<number, SentenceStructure> | undefined, text: string): string | undefined {
  const s = structures?.get(m.sentence);
  const k = s ? s.units.findIndex((u) => u.mention === m.id) : -1;
  if (!s || k < 0 || s.chunkOf[k] < 0) return undefined;
  const chunk = s.chunks[s.chunkOf[k]];
  if (chunk.head !== k) return undefined; // "the ceasefire talks": the proposal only modifies
  const phrase = text.slice(s.units[chunk.first].start, s.units[chunk.last].end).replace(/\s+/g, ' ').replace(LEADING, '');
  return phrase.length <= 60 && phrase !== m.text && !/^\d/.test(phrase) ? phrase : undefined;
}

export const proposals: Stage = {
  name: 'proposals',
  requires: ['mentions', 'entities', 'rawFacts', 'sentences', 'lexicon', 'structures', 'text', 'theatre'],
  assigns: ['entities', 'rawFacts', 'mentions'],
  run(state) {
    const mentions = state.mentions!.map((m) => ({ ...m }));
    const phraseOfMention = (m: Mention) => phraseOf(m, state.structures, state.text!);
    const byId = new Map(mentions.map((m) => [m.id, m]));
    const entities = new Map(state.entities!);
    // a pronoun that stands for a proposal ("Haftar rejected it") acts as that proposal
    const target = (id: number): Mention | undefined => {
      const m = byId.get(id);
      const ref = m?.entity?.startsWith('proposal-mention:') ? byId.get(+m.entity.slice(17)) : undefined;
      return ref ?? m;
    };
    const proposersOf = (p: Mention) => state.rawFacts!
      .filter((f) => f.relation === 'proposes' && !f.disputed && target(f.object)?.id === p.id)
      .map((f) => byId.get(f.subject)?.entity)
      .filter((k): k is string => Boolean(k));
    const sideOf = (key: string) => entities.get(key)?.affiliation ?? state.lexicon.entries.get(key)?.affiliation;
    const proposalMentions = mentions.filter((m) => m.source === 'proposal');
    const sentenceText = (i: number) => state.sentences![i]?.text ?? '';
    const cities = mentions.filter((m) => m.type === 'city');
    const countryOf = (m: Mention) => m.country ?? (m.lexId ? state.lexicon.entries.get(m.lexId)?.country : undefined);
    const abroad = mentions.filter((m) => (m.type === 'city' || m.source === 'country') && countryOf(m) && state.theatre && countryOf(m) !== state.theatre);
    const signature = (m: Mention) => signatureOf(m, state.sentences![m.sentence], cities.filter((c) => c.sentence === m.sentence), state.doc.date, abroad.filter((c) => c.sentence === m.sentence));
    const clauseOf = (m: Mention) => {
      const s = state.structures?.get(m.sentence);
      const unit = s?.units.findIndex((u) => u.mention === m.id) ?? -1;
      return s && unit >= 0 ? s.clauseOf[unit] : -1;
    };
    // one predication: the same clause, and no coordinated verb between them ("rejected the
    // initiative and doubted the Cairo Declaration" gives the second verb an object of its own)
    const unitOf = (m: Mention) => state.structures?.get(m.sentence)?.units.findIndex((u) => u.mention === m.id) ?? -1;
    const coordinatedVerbBetween = (a: Mention, b: Mention) => {
      const s = state.structures?.get(a.sentence);
      const [from, to] = [unitOf(a), unitOf(b)].sort((x, y) => x - y);
      return Boolean(s?.groups.some((g) => g.first > from && g.first < to && s.units[g.first - 1]?.pos === 'CCONJ'));
    };
    const sameClause = (a: Mention, b: Mention) => a.sentence === b.sentence && clauseOf(a) === clauseOf(b) && !coordinatedVerbBetween(a, b);
    const clusters = clusterProposals(proposalMentions, proposersOf, sideOf, sentenceText, signature, state.doc.date?.slice(0, 7), sameClause);
    const articleDate = state.doc.date;
    for (const cluster of new Set(clusters.values())) {
      const key = `proposal-${cluster.index}`;
      const proposing = state.rawFacts!.filter((f) => f.relation === 'proposes' && cluster.mentions.some((m) => m.id === target(f.object)?.id));
      // the date its own phrase gives ("the truce of 21 August"), else the first sentence that dates it
      const dated = [...proposing.map((f) => f.sentence), ...cluster.mentions.map((m) => m.sentence)]
        .map((i) => resolveSentenceDate(sentenceText(i), articleDate))
        .find((d) => d && (d.length > 4 || !articleDate)); // "in 2011" is background, not the day of a call
      const own = cluster.signature.when;
      const phrased = own && own !== articleDate?.slice(0, 7) ? (dated?.startsWith(own) ? dated : own) : undefined;
      // an earlier proposal ("previous ceasefire efforts") is not of the article's day
      const date = phrased ?? (cluster.signature.previous ? undefined : dated ?? articleDate);
      const base = cluster.name ?? proposalTitle([...cluster.proposers], (k) => entities.get(k));
      entities.set(key, {
        key, label: date ? `${base} (${date})` : base, type: 'proposal', kind: 'ceasefire',
        aliases: [...new Set(cluster.mentions.flatMap((m) => [m.text, phraseOfMention(m)]).filter((t): t is string => Boolean(t) && !GENERIC_NAME.test(t!)))], mentions: cluster.mentions.length,
        date, proposers: [...cluster.proposers],
      });
      for (const m of cluster.mentions) m.entity = key;
    }
    const rawFacts: RawFact[] = [];
    for (const f of state.rawFacts!) {
      const object = target(f.object);
      if (object?.source === 'proposal' && !object.entity) continue; // generic proposal
      rawFacts.push(object && object.id !== f.object ? { ...f, object: object.id } : f);
    }
    return { ...state, mentions, entities, rawFacts };
  },
};
