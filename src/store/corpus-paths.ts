// Where a data folder keeps what: the articles (the source of truth), the graph snapshot
// and the extraction log (both caches, rebuilt from the articles when stale).
import { join } from 'node:path';

export interface CorpusPaths {
  articlesDir: string;
  snapshotPath: string;
  logPath: string;
}

/** @example corpusPaths('data') // → {articlesDir: 'data/articles', snapshotPath: 'data/graph.json', logPath: 'data/extractions.jsonl'} */
export function corpusPaths(dataDir: string): CorpusPaths {
  return { articlesDir: join(dataDir, 'articles'), snapshotPath: join(dataDir, 'graph.json'), logPath: join(dataDir, 'extractions.jsonl') };
}
