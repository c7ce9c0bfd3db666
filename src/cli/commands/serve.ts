// `conflict-kg serve [--port 3000] [--host 127.0.0.1] [--data DIR]` (PORT/HOST env too):
// loads or builds the graph, serves the API and the viewer, and shuts down cleanly on
// SIGTERM/SIGINT (stop accepting, finish requests, close idle connections).
import { createServer, type Server } from 'node:http';
import type { Command } from 'commander';
import { pino } from 'pino';
import { InvalidInputError, KgError } from '../../errors.ts';
import { createApp } from '../../server/create-app.ts';
import { dataOption } from '../data-option.ts';
import { loadGraph } from '../load-graph.ts';

const SHUTDOWN_GRACE_MS = 5000;

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidInputError(`serve: --port must be an integer from 0 to 65535 (got "${value}").`);
  return n;
}

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
    .addOption(dataOption())
    .action(async (o: { port: string; host: string; data: string }) => {
      const portNumber = port(o.port);
      const logger = pino();
      const loaded = await loadGraph(o.data, (line) => logger.info(line));
      const app = createApp(loaded.graph, { articlesDir: loaded.articlesDir, snapshotPath: loaded.snapshotPath, logger });
      const server = createServer(app);
      await listen(server, portNumber, o.host);
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : portNumber;
      process.stderr.write(`conflict-kg: serving ${loaded.graph.order} nodes, ${loaded.graph.size} edges (${loaded.source}) on http://${o.host}:${actual}\n`);
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
