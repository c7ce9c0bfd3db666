// The extractor: one article in, its entities and facts out.

// entry points
export { extractArticle } from './extract-article.ts';
export { extractInWorkers } from './extract-in-workers.ts';

// the pipeline
export { STAGES } from './stages/all-stages.ts';
export { checkPipeline, runPipeline } from './run-pipeline.ts';
export type { Stage, PipelineState, Mention, Sentence, Token, RawFact, ArticleEntity } from './pipeline-types.ts';

// rules as data
export { ALL_RULES } from './rules/all-rules.ts';
export type { RelationRule } from './rules/rule-types.ts';
