// Denied attributions: the claims the extractor kept apart from the facts (graph attribute
// `claims`), grouped by what they claim, each with the claim's and the denial's sources.
// The parties are matched to graph nodes by lexicon id or exact name, so the answer does
// not depend on the order articles were merged in.
import type { Claim, EntityRef, KnowledgeGraph } from '../types.ts';
import type { DeniedDispute, PartyRef } from './dispute-types.ts';
import { nodesNamed } from './name-index.ts';
import { nameKeys } from '../text/name-keys.ts';
import { citeEvidence, outletsOf } from './outlets-of.ts';

function partyFinder(graph: KnowledgeGraph): (ref: EntityRef) => PartyRef {
  const byLexId = new Map<string, string>();
  graph.forEachNode((key, a) => a.lexId && byLexId.set(a.lexId, key));
  return (ref) => {
    const named = nodesNamed(graph, nameKeys(ref.label).norm).filter((k) => graph.getNodeAttribute(k, 'type') === ref.type);
    const key = (ref.id && byLexId.get(ref.id)) || (named.length === 1 ? named[0] : undefined);
    if (!key) return { label: ref.label, type: ref.type, kind: ref.kind };
    const a = graph.getNodeAttributes(key);
    return { key, label: a.label, type: a.type, kind: a.kind };
  };
}

const id = (p: PartyRef) => p.key ?? `${p.type}|${p.label}`;

/** @example deniedClaims(graph)[0].summary // → 'Qatar supports Government of National Accord: claimed by Ahmed al-Mismari, denied by Qatar' */
export function deniedClaims(graph: KnowledgeGraph): DeniedDispute[] {
  const party = partyFinder(graph);
  const groups = new Map<string, { subject: PartyRef; object: PartyRef; claims: Claim[] }>();
  for (const claim of graph.getAttribute('claims') ?? []) {
    const [subject, object] = [party(claim.fact.subject), party(claim.fact.object)];
    const key = `${id(subject)}\u0000${claim.fact.relation}\u0000${id(object)}`;
    const group = groups.get(key) ?? { subject, object, claims: [] };
    group.claims.push(claim);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ subject, object, claims }) => {
    const relation = claims[0].fact.relation;
    const says = `${subject.label} ${relation} ${object.label}`;
    const claimants = unique(claims.map((c) => c.claimant && party(c.claimant)));
    const deniers = unique(claims.map((c) => c.denial.by && party(c.denial.by)));
    const claimEvidence = citeEvidence(graph, claims.map((c) => c.fact.evidence));
    const denialEvidence = citeEvidence(graph, claims.map((c) => c.denial.evidence));
    const names = (list: PartyRef[]) => list.map((p) => p.label).join(', ');
    const summary = `${says}: claimed${claimants.length ? ` by ${names(claimants)}` : ''}, denied${deniers.length ? ` by ${names(deniers)}` : ''}`;
    return {
      kind: 'denied' as const, summary, claim: { subject, relation, object },
      claims: [
        { role: 'claim' as const, ...(claimants[0] ? { by: claimants[0] } : {}), says, outlets: outletsOf(claimEvidence), evidence: claimEvidence },
        { role: 'denial' as const, ...(deniers[0] ? { by: deniers[0] } : {}), says: `${deniers[0]?.label ?? 'The text'} denies that ${says}`, outlets: outletsOf(denialEvidence), evidence: denialEvidence },
      ],
    };
  });
}

function unique(parties: Array<PartyRef | undefined>): PartyRef[] {
  const seen = new Map<string, PartyRef>();
  for (const p of parties) if (p && !seen.has(id(p))) seen.set(id(p), p);
  return [...seen.values()];
}
