// The HTTP shell over the query library: createApp wires Express 5, validation, logs,
// the routers and the one error middleware.

// the app
export { createApp, JSON_BODY_LIMIT, type AppOptions } from './create-app.ts';
export type { AppContext } from './app-context.ts';

// the live corpus of a data folder
export { openLiveCorpus, type OpenLiveCorpusOptions } from './open-live-corpus.ts';
export { createLiveCorpus, type LiveCorpus, type CorpusStatus, type CorpusState, type Ingested } from './live-corpus.ts';

// pieces routes share
export { errorHandler } from './error-handler.ts';
export { parseInput } from './parse-input.ts';
export { responseCache, type ResponseCache } from './response-cache.ts';
export { serialQueue } from './serial-queue.ts';
export { requireReady } from './require-ready.ts';
