// The extractor's entry point: one article in, its entities and facts out. Pure: it
// knows nothing of other articles (resolution across articles is resolve/'s job).
import { defaultLexicon } from '../lexicon/load-lexicon.ts';
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import { articleOutlet } from '../store/article-outlet.ts';
import type { ArticleDoc, ArticleExtraction, EntityRef } from '../types.ts';
import { checkPipeline, runPipeline } from './run-pipeline.ts';
import { STAGES } from './stages/all-stages.ts';
import { toEntityRef } from './stages/09-facts.ts';

let checked = false;
const MIN_MENTIONS = 2;

/**
 * @example extractArticle({ id: 'a.txt', text: 'Turkey and Qatar support the GNA.' }).facts.length // → 2
 */
export function extractArticle(doc: ArticleDoc, lexicon: Lexicon = defaultLexicon()): ArticleExtraction {
  if (!checked) {
    checkPipeline(STAGES);
    checked = true;
  }
  const state = runPipeline(STAGES, { doc, lexicon });
  const facts = state.facts ?? [];
  const inFacts = new Set(facts.flatMap((f) => [f.subject.label, f.object.label]));
  const entities: EntityRef[] = [...(state.entities?.values() ?? [])]
    .filter((e) => inFacts.has(e.label) || (e.type !== 'proposal' && e.kind !== 'untyped' && e.mentions >= MIN_MENTIONS))
    .map((e) => toEntityRef(e, state.entities));
  const claims = state.claims ?? [];
  return { article: doc.id, ...(doc.date ? { date: doc.date } : {}), outlet: articleOutlet(doc), entities, facts, ...(claims.length ? { claims } : {}) };
}
