// What the routers share: the live graph and where articles and the snapshot live.
import type { KnowledgeGraph } from '../types.ts';
import type { LiveCorpus } from './live-corpus.ts';

export interface AppContext {
  graph: KnowledgeGraph;
  /** Folder of article files; POST /api/articles is refused without it. */
  articlesDir?: string;
  /** Snapshot rewritten after each new article. */
  snapshotPath?: string;
  /** Called after a route changed the graph (clears cached answers). */
  onChange?: () => void;
  /** Durable ingestion into `articlesDir` (present when it is set). */
  corpus?: LiveCorpus;
}
