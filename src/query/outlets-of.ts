// Who said it: the outlet of an evidence record, and the distinct outlets behind a fact.
// Evidence from snapshots older than outlets carries none; the article id stands in (the
// same fallback as an article with neither `outlet:` nor `source:`).
import type { Evidence, KnowledgeGraph } from '../types.ts';

/** The outlet that published `e`, given the graph's article → outlet ledger when there is one. */
export function outletOf(e: Pick<Evidence, 'article' | 'outlet'>, ledger?: Record<string, string>): string {
  return e.outlet ?? ledger?.[e.article] ?? e.article;
}

/**
 * Distinct outlets of a fact's evidence, sorted.
 * @example outletsOf([{ article: 'a.txt', outlet: 'alwasat.ly' }, { article: 'b.txt', outlet: 'alwasat.ly' }]) // → ['alwasat.ly']
 */
export function outletsOf(evidence: ReadonlyArray<Pick<Evidence, 'article' | 'outlet'>> = [], ledger?: Record<string, string>): string[] {
  return [...new Set(evidence.map((e) => outletOf(e, ledger)))].sort();
}

/** An evidence record as dispute answers cite it: the quote, where it is and who said it. */
export interface CitedEvidence {
  quote: string;
  article: string;
  outlet: string;
  date?: string;
}

/** @example citeEvidence(graph, edge.evidence)[0] // → {quote: '…', article: 'a.txt', outlet: 'alwasat.ly', date: '2020-07-10'} */
export function citeEvidence(graph: KnowledgeGraph, evidence: readonly Evidence[]): CitedEvidence[] {
  const ledger = graph.getAttribute('outlets');
  const seen = new Set<string>();
  const out: CitedEvidence[] = [];
  for (const e of evidence) {
    const key = `${e.article}|${e.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ quote: e.quote, article: e.article, outlet: outletOf(e, ledger), ...(e.date ? { date: e.date } : {}) });
  }
  return out.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.outlet.localeCompare(b.outlet));
}
