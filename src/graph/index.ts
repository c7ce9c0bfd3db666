// The knowledge graph: the graph of a corpus as a function of its articles, built at once
// or article by article, its changes as diffs (the only writer of the graph).

// building from articles
export { buildCorpus, buildFromDocs, type BuildStats, type BuildOptions } from './build-corpus.ts';
export { createExtractor, type Extractor, type ExtractorOptions } from './extractor.ts';
export { openCorpus, type CorpusOnDisk, type OpenOptions, type OpenPhase } from './open-corpus.ts';

// the graph of a corpus, article by article, and its changes as data
export { createCorpusGraph, type CorpusGraph, type Touched } from './corpus-graph.ts';
export { createEdgeLedger, type EdgeLedger, type LedgerFact } from './edge-ledger.ts';
export { applyDiff, diffOf, emptyDiff, type GraphDiff } from './graph-diff.ts';

// the live graph of a server: a builder in-process or in its own thread
export { createGraphBuilder, type GraphBuilder, type BuilderOptions, type BuilderProgress, type Opened, type Added } from './graph-builder.ts';
export { createGraphThread } from './graph-thread.ts';

// construction and (de)serialisation
export { createGraph } from './create-graph.ts';
export { fromSerialized, importSerialized } from './from-serialized.ts';
export { serializeGraph } from './serialize-graph.ts';
