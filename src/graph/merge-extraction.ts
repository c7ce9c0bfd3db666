// Merges one article's extraction into the graph: entities are resolved to node keys,
// nodes merged (aliases and articles united), one edge per (source, relation, target,
// validity) with an evidence ledger. Re-merging the same article changes nothing.
import type { Resolver } from '../resolve/create-resolver.ts';
import { proposalName } from '../resolve/match-proposal.ts';
import type { ArticleExtraction, EntityRef, Evidence, KnowledgeGraph, ProposalRef } from '../types.ts';
import { mergeClaims } from './merge-claims.ts';

const refId = (ref: EntityRef) => `${ref.type}|${ref.label}`;
const sameEvidence = (a: Evidence, b: Evidence) => a.article === b.article && a.start === b.start && a.rule === b.rule;

function mergeNode(graph: KnowledgeGraph, key: string, ref: EntityRef, article: string): void {
  const proposal = ref as ProposalRef;
  if (!graph.hasNode(key)) {
    graph.addNode(key, {
      label: ref.label, type: ref.type, kind: ref.kind, aliases: [...new Set(ref.aliases)], articles: [article], mentions: 1,
      ...(ref.id ? { lexId: ref.id } : {}), ...(ref.lat !== undefined ? { lat: ref.lat, lon: ref.lon } : {}),
      ...(proposal.date ? { date: proposal.date } : {}),
    });
    return;
  }
  const a = graph.getNodeAttributes(key);
  const aliases = [...new Set([...a.aliases, ...ref.aliases])];
  const fresh = !a.articles.includes(article);
  // a proposal first read as "Ceasefire call by …" takes its press name when one arrives
  const named = ref.type === 'proposal' && !proposalName(a.label) && Boolean(proposalName(ref.label));
  graph.mergeNodeAttributes(key, {
    ...(named ? { label: ref.label } : {}),
    // a place first named without coordinates ("the city of Sirte") takes the gazetteer's when a later article gives them
    ...(a.lat === undefined && ref.lat !== undefined ? { lat: ref.lat, lon: ref.lon } : {}),
    ...(!a.date && proposal.date ? { date: proposal.date } : {}),
    aliases: named ? [...new Set([...aliases, a.label])] : aliases,
    articles: fresh ? [...a.articles, article] : a.articles,
    mentions: a.mentions + (fresh ? 1 : 0),
  });
}

/** @example mergeExtraction(graph, extractArticle(doc), createResolver(graph)) */
export function mergeExtraction(graph: KnowledgeGraph, extraction: ArticleExtraction, resolver: Resolver): { nodes: string[]; edges: string[] } {
  const keys = new Map<string, string>();
  const article = extraction.article;
  const refs = new Map<string, EntityRef>();
  for (const ref of [...extraction.entities, ...extraction.facts.flatMap((f) => [f.subject, f.object])]) {
    if (!refs.has(refId(ref))) refs.set(refId(ref), ref);
  }
  const byLabel = new Map<string, string>();
  for (const ref of [...refs.values()].filter((r) => r.type !== 'proposal')) {
    const key = resolver.resolve(ref);
    mergeNode(graph, key, ref, article);
    resolver.register(key);
    keys.set(refId(ref), key);
    byLabel.set(ref.label, key);
  }
  for (const ref of [...refs.values()].filter((r) => r.type === 'proposal') as ProposalRef[]) {
    const proposers = ref.proposers.map((l) => byLabel.get(l)).filter((k): k is string => Boolean(k));
    const key = resolver.resolve(ref, proposers);
    mergeNode(graph, key, ref, article);
    resolver.register(key);
    keys.set(refId(ref), key);
  }
  mergeClaims(graph, extraction); // outlet and disputed claims: graph attributes, not edges
  const edges: string[] = [];
  for (const fact of extraction.facts) {
    const s = keys.get(refId(fact.subject))!;
    const t = keys.get(refId(fact.object))!;
    if (s === t) continue; // two names resolved to one node: a fact about itself says nothing
    const edgeKey = `${s}|${fact.relation}|${t}|${fact.since ?? ''}|${fact.until ?? ''}`;
    if (!graph.hasEdge(edgeKey)) {
      graph.addDirectedEdgeWithKey(edgeKey, s, t, {
        relation: fact.relation, evidence: [fact.evidence], sources: 1, confidence: fact.confidence,
        ...(fact.since ? { since: fact.since } : {}), ...(fact.until ? { until: fact.until } : {}),
      });
    } else {
      const e = graph.getEdgeAttributes(edgeKey);
      if (!e.evidence.some((x) => sameEvidence(x, fact.evidence))) {
        const evidence = [...e.evidence, fact.evidence];
        graph.mergeEdgeAttributes(edgeKey, {
          evidence, sources: new Set(evidence.map((x) => x.article)).size, confidence: Math.max(e.confidence, fact.confidence),
        });
      }
    }
    edges.push(edgeKey);
  }
  return { nodes: [...new Set(keys.values())], edges: [...new Set(edges)] };
}
