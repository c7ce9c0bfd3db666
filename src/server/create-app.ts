// The Express 5 application: security headers, request logs, a 1 MB JSON body limit,
// one router per resource under /api, the static viewer at / when web/dist exists, and
// the one error middleware. No logic lives here; routes call the query library.
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Express } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { NotFoundError } from '../errors.ts';
import type { KnowledgeGraph } from '../types.ts';
import type { AppContext } from './app-context.ts';
import { errorHandler } from './error-handler.ts';
import { responseCache } from './response-cache.ts';
import { articlesRouter } from './routes/articles.ts';
import { askRouter } from './routes/ask.ts';
import { backersRouter } from './routes/backers.ts';
import { campsRouter } from './routes/camps.ts';
import { controlRouter } from './routes/control.ts';
import { exportRouter } from './routes/export.ts';
import { graphRouter } from './routes/graph.ts';
import { healthRouter } from './routes/health.ts';
import { nodesRouter } from './routes/nodes.ts';
import { pathsRouter } from './routes/paths.ts';
import { proposalsRouter } from './routes/proposals.ts';

export interface AppOptions {
  /** Folder of article files for POST /api/articles. */
  articlesDir?: string;
  /** Snapshot file rewritten after each new article. */
  snapshotPath?: string;
  /** Built viewer to serve at `/`; default `web/dist` when it exists. */
  webDist?: string | false;
  /** A pino logger, or false for no request logs at all (tests, benchmarks). Default: pino at info. */
  logger?: Logger | false;
  /** Cache GET answers until the graph changes (default true; the benchmark turns it off to time queries). */
  cacheResponses?: boolean;
  /** POSTs per minute per client; default 60. */
  writesPerMinute?: number;
}

export const JSON_BODY_LIMIT = '1mb';

/**
 * @example const app = createApp(graph, { articlesDir: 'data/articles', snapshotPath: 'data/graph.json' });
 * app.listen(3000, '127.0.0.1');
 */
export function createApp(graph: KnowledgeGraph, options: AppOptions = {}): Express {
  const cache = responseCache(graph);
  const ctx: AppContext = { graph, articlesDir: options.articlesDir, snapshotPath: options.snapshotPath, onChange: cache.clear };
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  if (options.logger !== false) app.use(pinoHttp<IncomingMessage, ServerResponse, never>({ logger: options.logger ?? pino() }));
  app.use(helmet());
  app.use(express.json({ limit: JSON_BODY_LIMIT }));

  const writes = rateLimit({
    windowMs: 60_000,
    limit: options.writesPerMinute ?? 60,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({ error: { code: 'KG_LIMIT_EXCEEDED', message: 'too many articles posted; wait a minute.' } });
    },
  });
  const api = express.Router();
  api.use('/health', healthRouter(ctx));
  if (options.cacheResponses !== false) api.use(cache.middleware);
  api.use('/graph', graphRouter(ctx));
  api.use('/nodes', nodesRouter(ctx));
  api.use('/paths', pathsRouter(ctx));
  api.use('/backers', backersRouter(ctx));
  api.use('/proposals', proposalsRouter(ctx));
  api.use('/control', controlRouter(ctx));
  api.use('/camps', campsRouter(ctx));
  api.use('/ask', askRouter(ctx));
  api.use('/export', exportRouter(ctx));
  api.use('/articles', writes, articlesRouter(ctx));
  api.use((req) => {
    throw new NotFoundError(`${req.method} /api${req.path}: no such route. See DESIGN.md for the API.`);
  });
  app.use('/api', api);

  const webDist = options.webDist ?? 'web/dist';
  if (webDist && existsSync(webDist)) app.use(express.static(webDist));
  app.use(errorHandler);
  return app;
}
