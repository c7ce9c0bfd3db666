// What a POST answers about its article: the entities and facts the extractor read, as
// labels and quotes (not the whole extraction with every alias and character span).
import type { ArticleExtraction, NodeType, Relation } from '../types.ts';

export interface ExtractionSummary {
  entities: Array<{ label: string; type: NodeType }>;
  facts: Array<{ subject: string; relation: Relation; object: string; quote: string; since?: string; until?: string }>;
}

/** @example summarizeExtraction(extractArticle(doc)).facts[0] // → {subject: 'Turkey', relation: 'supports', object: 'Government of National Accord', quote: '…'} */
export function summarizeExtraction(extraction: ArticleExtraction): ExtractionSummary {
  return {
    entities: extraction.entities.map((e) => ({ label: e.label, type: e.type })),
    facts: extraction.facts.map((f) => ({ subject: f.subject.label, relation: f.relation, object: f.object.label, quote: f.evidence.quote, since: f.since, until: f.until })),
  };
}
