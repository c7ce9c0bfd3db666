// Adds one article's facts to a live graph: extract, resolve each entity against the
// nodes already there, merge nodes and edges. Idempotent: merging the same article twice
// changes nothing (evidence is keyed by article and span).
import { extractArticle } from '../extract/extract-article.ts';
import { createResolver, type Resolver } from '../resolve/create-resolver.ts';
import type { ArticleDoc, ArticleExtraction, KnowledgeGraph } from '../types.ts';
import { mergeExtraction } from './merge-extraction.ts';

export interface MergeResult {
  article: string;
  extraction: ArticleExtraction;
  /** Keys of the nodes and edges the article touched (new or existing). */
  nodes: string[];
  edges: string[];
}

/**
 * @example const result = mergeArticle(graph, { id: 'a.txt', text: 'Turkey backs the GNA.' });
 */
export function mergeArticle(graph: KnowledgeGraph, doc: ArticleDoc, resolver: Resolver = createResolver(graph)): MergeResult {
  const extraction = extractArticle(doc);
  const touched = mergeExtraction(graph, extraction, resolver);
  return { article: doc.id, extraction, ...touched };
}
