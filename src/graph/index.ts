// The knowledge graph: building, merging and rebuilding it (the only writer of the graph).

// building from articles
export { buildCorpus, buildFromDocs, WORKER_THRESHOLD, type BuildStats, type BuildOptions } from './build-corpus.ts';
export { rebuildCorpus, type RebuiltCorpus } from './rebuild-corpus.ts';
export { createExtractionCache, type ExtractionCache } from './extraction-cache.ts';

// merging into a live graph
export { mergeArticle, type MergeResult } from './merge-article.ts';
export { mergeExtraction } from './merge-extraction.ts';
export { mergeClaims } from './merge-claims.ts';
export { replaceGraph } from './replace-graph.ts';

// construction and (de)serialisation
export { createGraph } from './create-graph.ts';
export { fromSerialized } from './from-serialized.ts';
