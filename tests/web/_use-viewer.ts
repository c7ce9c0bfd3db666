// Shared set-up for the browser tests: serve a graph with the real app, launch Chromium,
// open the viewer and wait until it is interactive; close everything afterwards.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { KnowledgeGraph } from '../../src/types.ts';
import { launchBrowser } from './_browser.ts';
import { serveViewer, type ServedViewer } from './_serve-viewer.ts';
import { openViewer } from './_viewer-page.ts';

export interface ViewerSession {
  browser: Browser;
  server: ServedViewer;
  page: Page;
  /** Console errors, uncaught exceptions and dialogs seen on `page`. */
  problems: string[];
}

/** Call inside a describe(); beforeAll fills the returned object once the page reaches one of `states`. */
export function useViewer(makeGraph: () => KnowledgeGraph | Promise<KnowledgeGraph>, states = ['ready']): ViewerSession {
  const session = {} as ViewerSession;
  beforeAll(async () => {
    session.server = await serveViewer(await makeGraph());
    session.browser = await launchBrowser();
    Object.assign(session, await openViewer(session.browser, session.server.url));
    await session.page.waitForSelector(states.map((state) => `body[data-state=${state}]`).join(', '), { timeout: 60_000 });
  }, 180_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
