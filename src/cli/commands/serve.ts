// `conflict-kg serve [--port 3000] [--host 127.0.0.1] [--data DIR] [--cors-origins LIST]
// [--writes-per-minute N]` (PORT/HOST/KG_CORS_ORIGINS/KG_WRITES_PER_MINUTE env too;
// KG_API_TOKEN only from the environment, never argv): loads or builds the graph, serves
// the API and the viewer, and shuts down cleanly on SIGTERM/SIGINT.
import type { Server } from 'node:http';
import type { Command } from 'commander';
import { pino } from 'pino';
import { InvalidInputError, KgError } from '../../errors.ts';
import { createApp, DEFAULT_WRITES_PER_MINUTE } from '../../server/create-app.ts';
import { createHttpServer } from '../../server/create-http-server.ts';
import { dataOption } from '../data-option.ts';
import { loadGraph } from '../load-graph.ts';

const SHUTDOWN_GRACE_MS = 5000;

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
      const loaded = await loadGraph(o.data, (line) => logger.info(line));
      const apiToken = process.env.KG_API_TOKEN || undefined;
      const app = createApp(loaded.graph, {
        articlesDir: loaded.articlesDir, snapshotPath: loaded.snapshotPath, extractions: loaded.extractions, logger,
        corsOrigins: list(o.corsOrigins), apiToken, writesPerMinute,
      });
      const server = createHttpServer(app);
      await listen(server, portNumber, o.host);
      if (!/^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(o.host) && !apiToken) {
        process.stderr.write(`conflict-kg: warning: listening on ${o.host} without KG_API_TOKEN; anyone who can reach it can add articles.\n`);
      }
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : portNumber;
      process.stderr.write(`conflict-kg: serving ${loaded.graph.order} nodes, ${loaded.graph.size} edges (${loaded.source}) on http://${o.host}:${actual}${apiToken ? ', POST needs the API token' : ''}\n`);
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          process.stderr.write(`conflict-kg: ${signal}, shutting down\n`);
          server.close(() => resolve());
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
        };
        process.once('SIGTERM', () => stop('SIGTERM'));
        process.once('SIGINT', () => stop('SIGINT'));
      });
    });
}
