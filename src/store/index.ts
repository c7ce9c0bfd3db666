// Files on disk: articles, the graph snapshot and the extraction log (the only module that
// touches data/). It hands plain data up: the graph module turns it into graphs.

// reading articles
export { loadArticles, type LoadedCorpus, type SkippedFile } from './load-articles.ts';
export { readArticleFile, checkArticleBytes, MAX_ARTICLE_BYTES, type ReadResult } from './read-article-file.ts';
export { parseArticle } from './parse-article.ts';
export { articleOutlet } from './article-outlet.ts';
export { findTextDate, monthNumber } from './find-text-date.ts';

// writing, atomically
export { addArticle, type NewArticle, type AddedArticle } from './add-article.ts';
export { writeAtomic, type Content } from './write-atomic.ts';
export { removeStaleTemps } from './remove-stale-temps.ts';

// the caches beside the articles: the snapshot, the extraction log, and what they were built from
export { corpusPaths, type CorpusPaths } from './corpus-paths.ts';
export { writeSnapshot, readSnapshot } from './snapshot.ts';
export { readExtractionLog, writeExtractionLog, appendExtractionLog, type LoggedExtraction } from './extraction-log.ts';
export { corpusDigest, docKey } from './corpus-digest.ts';
export { codeDigest, extractorDigest } from './code-digest.ts';
