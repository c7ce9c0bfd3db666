// What the routers share: the graph being served and, for a server with a data folder,
// the live corpus that ingests posted articles into it.
import type { KnowledgeGraph } from '../types.ts';
import type { LiveCorpus } from './live-corpus.ts';

export interface AppContext {
  graph: KnowledgeGraph;
  /** Durable ingestion of POST /api/articles; absent for a read-only app. */
  corpus?: LiveCorpus;
}
