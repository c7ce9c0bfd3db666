// What an article says beside its facts, kept as graph attributes so snapshots and
// rebuilds carry it: the article's outlet (for per-outlet counts) and its disputed
// attributions (claims with their denials), which are never edges. Re-merging an article
// replaces its entries, so merging twice changes nothing.
import type { ArticleExtraction, KnowledgeGraph } from '../types.ts';

/** @example mergeClaims(graph, extractArticle(doc)); graph.getAttribute('claims') */
export function mergeClaims(graph: KnowledgeGraph, extraction: ArticleExtraction): void {
  const { article, outlet } = extraction;
  if (outlet && graph.getAttribute('outlets')?.[article] !== outlet) {
    // in place: a copy per article would make a 10,000-article build quadratic
    graph.updateAttribute('outlets', (outlets = {}) => Object.assign(outlets, { [article]: outlet }));
  }
  const fresh = extraction.claims ?? [];
  const held = graph.getAttribute('claims') ?? [];
  const had = held.some((c) => c.fact.evidence.article === article);
  if (!fresh.length && !had) return;
  graph.setAttribute('claims', [...held.filter((c) => c.fact.evidence.article !== article), ...fresh]);
}
