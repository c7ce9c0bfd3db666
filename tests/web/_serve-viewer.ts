// Runs the real app (createApp) over a given graph on an ephemeral loopback port, with
// the freshly built viewer as its static root. Closed by the caller.
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/server/create-app.ts';
import type { KnowledgeGraph } from '../../src/types.ts';
import { ensureWebBuild } from './_ensure-web-build.ts';

export interface ServedViewer {
  url: string;
  close: () => Promise<void>;
}

export async function serveViewer(graph: KnowledgeGraph): Promise<ServedViewer> {
  const app = createApp(graph, { logger: false, webDist: await ensureWebBuild() });
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
