// `conflict-kg serve [--port 3000] [--host 127.0.0.1] [--data DIR] [--cors-origins LIST]
// [--writes-per-minute N]` (PORT/HOST/KG_CORS_ORIGINS/KG_WRITES_PER_MINUTE env too;
// KG_API_TOKEN only from the environment, never argv): listens at once, serves the
// snapshot as soon as it is known to match the articles (else 503 with progress until the
// graph is built), the API and the viewer; on SIGTERM/SIGINT it stops taking articles,
// waits for those in progress (KG_SHUTDOWN_GRACE_MS, default 10 s), saves and exits.
import type { Server } from 'node:http';
import type { Command } from 'commander';
import { pino } from 'pino';
import { InvalidInputError, KgError } from '../../errors.ts';
import { createGraph } from '../../graph/create-graph.ts';
import { createApp, DEFAULT_WRITES_PER_MINUTE } from '../../server/create-app.ts';
import { createHttpServer } from '../../server/create-http-server.ts';
import { openLiveCorpus } from '../../server/open-live-corpus.ts';
import { dataOption } from '../data-option.ts';

const SHUTDOWN_GRACE_MS = Number(process.env.KG_SHUTDOWN_GRACE_MS ?? 10_000);
const say = (line: string) => process.stderr.write(`conflict-kg: ${line}\n`);

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidInputError(`serve: --port must be an integer from 0 to 65535 (got "${value}").`);
  return n;
}

function perMinute(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidInputError(`serve: --writes-per-minute must be a positive integer (got "${value}").`);
  return n;
}

const list = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean);

function listen(server: Server, portNumber: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new KgError('KG_IO', `serve: cannot listen on ${host}:${portNumber} (${error.code ?? error.message}).`)));
    server.listen(portNumber, host, () => resolve());
  });
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the API and the viewer')
    .option('--port <n>', 'port (env PORT)', process.env.PORT ?? '3000')
    .option('--host <host>', 'address to bind (env HOST)', process.env.HOST ?? '127.0.0.1')
    .option('--cors-origins <list>', 'comma-separated origins allowed to call the API from a browser (env KG_CORS_ORIGINS); none by default', process.env.KG_CORS_ORIGINS ?? '')
    .option('--writes-per-minute <n>', 'POST /api/articles per minute per client (env KG_WRITES_PER_MINUTE)', process.env.KG_WRITES_PER_MINUTE ?? String(DEFAULT_WRITES_PER_MINUTE))
    .addOption(dataOption())
    .action(async (o: { port: string; host: string; data: string; corsOrigins: string; writesPerMinute: string }) => {
      const portNumber = port(o.port);
      const writesPerMinute = perMinute(o.writesPerMinute);
      const logger = pino();
      const started = performance.now();
      const graph = createGraph();
      const corpus = openLiveCorpus(graph, {
        dataDir: o.data,
        log: (line) => say(line.startsWith('graph ready') ? `${line} in ${((performance.now() - started) / 1000).toFixed(1)} s` : line),
      });
      const apiToken = process.env.KG_API_TOKEN || undefined;
      const app = createApp(graph, { corpus, logger, corsOrigins: list(o.corsOrigins), apiToken, writesPerMinute });
      const server = createHttpServer(app);
      await listen(server, portNumber, o.host);
      if (!/^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(o.host) && !apiToken) {
        say(`warning: listening on ${o.host} without KG_API_TOKEN; anyone who can reach it can add articles.`);
      }
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : portNumber;
      say(`serving ${o.data} on http://${o.host}:${actual}${apiToken ? ', POST needs the API token' : ''} (the graph loads in the background: GET /api/health)`);
      await new Promise<void>((resolve) => {
        const stop = async (signal: string) => {
          say(`${signal}, shutting down: no new articles; waiting up to ${SHUTDOWN_GRACE_MS / 1000} s for those in progress`);
          // the bound: whatever still runs then (a snapshot of a huge graph) is cut; articles are already on disk
          setTimeout(() => {
            say('shutdown took too long; exiting (the next start rebuilds the snapshot from the articles and the extraction log)');
            process.exit(0);
          }, 2 * SHUTDOWN_GRACE_MS + 5000).unref();
          const closed = new Promise<void>((done) => server.close(() => done()));
          server.closeIdleConnections();
          await corpus.close(SHUTDOWN_GRACE_MS);
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), 2000).unref();
          await closed;
          say('stopped; the snapshot is saved');
          resolve();
        };
        process.once('SIGTERM', () => void stop('SIGTERM'));
        process.once('SIGINT', () => void stop('SIGINT'));
      });
    });
}
