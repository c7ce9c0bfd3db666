// The Express 5 application: security headers (strict CSP), CORS only for listed
// origins, request logs, a 1 MB UTF-8 JSON body limit, rate limit and optional token on
// writes, one router per resource under /api, the static viewer at / when web/dist
// exists, and the one error middleware. No logic lives here; routes call the query library.
import { isUtf8 } from 'node:buffer';
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Express } from 'express';
import { rateLimit } from 'express-rate-limit';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { NotFoundError, UnprocessableError } from '../errors.ts';
import type { KnowledgeGraph } from '../types.ts';
import type { AppContext } from './app-context.ts';
import { corsAllowlist } from './cors-allowlist.ts';
import { errorHandler } from './error-handler.ts';
import type { LiveCorpus } from './live-corpus.ts';
import { requireReady } from './require-ready.ts';
import { requireToken } from './require-token.ts';
import { waitForWholeGraph } from './wait-for-whole-graph.ts';
import { responseCache } from './response-cache.ts';
import { articlesRouter } from './routes/articles.ts';
import { askRouter } from './routes/ask.ts';
import { backersRouter } from './routes/backers.ts';
import { campsRouter } from './routes/camps.ts';
import { controlRouter } from './routes/control.ts';
import { disputesRouter } from './routes/disputes.ts';
import { exportRouter } from './routes/export.ts';
import { graphRouter } from './routes/graph.ts';
import { healthRouter } from './routes/health.ts';
import { nodesRouter } from './routes/nodes.ts';
import { pathsRouter } from './routes/paths.ts';
import { proposalsRouter } from './routes/proposals.ts';
import { sourcesRouter } from './routes/sources.ts';
import { securityHeaders } from './security-headers.ts';

export interface AppOptions {
  /** The live corpus of a data folder (openLiveCorpus): POST /api/articles, readiness. Without it the app is read-only. */
  corpus?: LiveCorpus;
  /** Built viewer to serve at `/`; default `web/dist` when it exists. */
  webDist?: string | false;
  /** A pino logger, or false for no request logs at all (tests, benchmarks). Default: pino at info. */
  logger?: Logger | false;
  /** Cache GET answers until the graph changes (default true; the benchmark turns it off to time queries). */
  cacheResponses?: boolean;
  /** POSTs per minute per client; default 600. */
  writesPerMinute?: number;
  /** Origins allowed to call the API from a browser (CORS); none by default. */
  corsOrigins?: readonly string[];
  /** When set, POST requests need `Authorization: Bearer <apiToken>` (401 otherwise). */
  apiToken?: string;
}

export const DEFAULT_WRITES_PER_MINUTE = 600;

export const JSON_BODY_LIMIT = '1mb';

/**
 * @example const app = createApp(graph, { corpus: openLiveCorpus(graph, { dataDir: 'data' }) });
 * app.listen(3000, '127.0.0.1');
 */
export function createApp(graph: KnowledgeGraph, options: AppOptions = {}): Express {
  const cache = responseCache(graph, options.corpus);
  const logger = options.logger === false ? undefined : options.logger ?? pino();
  const ctx: AppContext = { graph, corpus: options.corpus };
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  if (logger) app.use(pinoHttp<IncomingMessage, ServerResponse, never>({ logger }));
  app.use(securityHeaders());
  app.use(corsAllowlist(options.corsOrigins ?? []));
  app.use(express.json({ limit: JSON_BODY_LIMIT, verify: (_req, _res, bytes) => {
    // the JSON parser would quietly turn invalid UTF-8 into U+FFFD; refuse it instead
    if (!isUtf8(bytes)) throw new UnprocessableError('request body is not valid UTF-8; send UTF-8 JSON.');
  } }));

  const writes = rateLimit({
    windowMs: 60_000,
    limit: options.writesPerMinute ?? DEFAULT_WRITES_PER_MINUTE,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({ error: { code: 'KG_LIMIT_EXCEEDED', message: 'too many articles posted; wait a minute.' } });
    },
  });
  const api = express.Router();
  api.use(waitForWholeGraph(ctx.corpus, options.cacheResponses !== false ? cache : undefined));
  api.use('/health', healthRouter(ctx));
  api.use(requireReady(ctx.corpus));
  if (options.cacheResponses !== false) api.use(cache.middleware);
  api.use('/graph', graphRouter(ctx));
  api.use('/nodes', nodesRouter(ctx));
  api.use('/paths', pathsRouter(ctx));
  api.use('/backers', backersRouter(ctx));
  api.use('/proposals', proposalsRouter(ctx));
  api.use('/control', controlRouter(ctx));
  api.use('/camps', campsRouter(ctx));
  api.use('/disputes', disputesRouter(ctx));
  api.use('/sources', sourcesRouter(ctx));
  api.use('/ask', askRouter(ctx));
  api.use('/export', exportRouter(ctx));
  api.use('/articles', writes, requireToken(options.apiToken), articlesRouter(ctx));
  api.use((req) => {
    throw new NotFoundError(`${req.method} /api${req.path}: no such route. See DESIGN.md for the API.`);
  });
  app.use('/api', api);

  const webDist = options.webDist ?? 'web/dist';
  if (webDist && existsSync(webDist)) app.use(express.static(webDist));
  app.use(errorHandler);
  return app;
}
