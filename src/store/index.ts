// Files on disk: articles and the graph snapshot (the only module that touches data/).

// reading articles
export { loadArticles, type LoadedCorpus, type SkippedFile } from './load-articles.ts';
export { readArticleFile, checkArticleBytes, MAX_ARTICLE_BYTES, type ReadResult } from './read-article-file.ts';
export { parseArticle } from './parse-article.ts';
export { articleOutlet } from './article-outlet.ts';
export { findTextDate, monthNumber } from './find-text-date.ts';

// writing, atomically
export { addArticle, type NewArticle, type AddedArticle } from './add-article.ts';
export { writeAtomic } from './write-atomic.ts';
export { removeStaleTemps } from './remove-stale-temps.ts';

// the snapshot and what it was built from
export { writeSnapshot, readSnapshot } from './snapshot.ts';
export { corpusDigest } from './corpus-digest.ts';
export { codeDigest } from './code-digest.ts';
