// Parties that both support and reject one proposal. Ordered by date: a change of stance
// when every statement of the first stance comes before every statement of the second
// ("rejected the ceasefire" on 22 August, "accepted it" on 27 August), else a contradiction.
import type { Evidence, KnowledgeGraph } from '../types.ts';
import type { StanceDispute } from './dispute-types.ts';
import { nodeRef } from './node-ref.ts';
import { citeEvidence, outletsOf } from './outlets-of.ts';

type Stance = 'supports' | 'rejects';
const WORDS: Record<Stance, string> = { supports: 'supports', rejects: 'rejects' };

const datesOf = (evidence: Evidence[]) => evidence.map((e) => e.date).filter((d): d is string => Boolean(d)).sort();

/** @example stanceDisputes(graph)[0].summary // → 'Khalifa Haftar on Ceasefire call by …: rejects (2020-08-22) → supports (2020-08-27)' */
export function stanceDisputes(graph: KnowledgeGraph): StanceDispute[] {
  const out: StanceDispute[] = [];
  graph.forEachNode((proposal, attributes) => {
    if (attributes.type !== 'proposal') return;
    const byParty = new Map<string, Record<Stance, Evidence[]>>();
    graph.forEachInEdge(proposal, (_edge, a, party) => {
      if (a.relation !== 'supports' && a.relation !== 'rejects') return;
      const stances = byParty.get(party) ?? { supports: [], rejects: [] };
      stances[a.relation].push(...(a.evidence ?? []));
      byParty.set(party, stances);
    });
    for (const [party, stances] of byParty) {
      if (!stances.supports.length || !stances.rejects.length) continue;
      out.push(toDispute(graph, party, proposal, stances));
    }
  });
  return out;
}

function toDispute(graph: KnowledgeGraph, party: string, proposal: string, stances: Record<Stance, Evidence[]>): StanceDispute {
  const [partyRef, proposalRef] = [nodeRef(graph, party), nodeRef(graph, proposal)];
  const sides = (Object.keys(stances) as Stance[]).map((stance) => {
    const dates = datesOf(stances[stance]);
    const evidence = citeEvidence(graph, stances[stance]);
    return { stance, ...(dates[0] ? { date: dates[0] } : {}), last: dates.at(-1), says: `${partyRef.label} ${WORDS[stance]} ${proposalRef.label}`, outlets: outletsOf(evidence), evidence };
  });
  // undated last; then by first date; a tie keeps rejects before supports (no order is known)
  sides.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || b.stance.localeCompare(a.stance));
  const [first, second] = sides;
  const nature = first.last && second.date && first.last < second.date ? 'change' : 'contradiction';
  const claims = sides.map(({ last: _last, ...side }) => side);
  const dated = (s: (typeof claims)[number]) => `${s.stance}${s.date ? ` (${s.date})` : ''}`;
  const summary = `${partyRef.label} on ${proposalRef.label}: ${dated(claims[0])} ${nature === 'change' ? '→' : 'and'} ${dated(claims[1])}`;
  return { kind: 'stance', summary, party: partyRef, proposal: proposalRef, nature, claims };
}
