// The Map view in Debian's Chromium (issue 11), over the seed articles plus the dispute
// and map fixtures: the switch shows the offline basemap with a marker named Sirte, the
// date slider recolours Tarhuna when it changed hands, markers are focusable and open the
// place's control history, the disputes panel opens both sides, the outlet filter, the
// URL state; no console error and no request leaves the server's origin. Screenshots go
// to artifacts/.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { mapGraph } from '../fixtures/_map-graph.ts';
import { RUN_BROWSER_TESTS } from './_browser.ts';
import { useViewer } from './_use-viewer.ts';

const ARTIFACTS = new URL('../../artifacts/', import.meta.url);
const shot = (page: Page, name: string) => page.screenshot({ path: new URL(name, ARTIFACTS).pathname });

async function slideTo(page: Page, date: string): Promise<void> {
  await page.evaluate((iso) => {
    const slider = document.querySelector<HTMLInputElement>('#date-slider')!;
    slider.value = String(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
  }, date);
  await expect.poll(() => page.evaluate(() => (window as any).__kgViewer.ui.get().at)).toBe(date);
}

const marker = (page: Page, place: string) => page.locator(`.map-marker[aria-label^="${place} — "]`);
/** The marker dot's colour once its colour transition has run. */
const dotColour = (page: Page, place: string) => marker(page, place).locator('.map-dot').evaluate(async (dot) => {
  await Promise.all(dot.getAnimations().map((a) => a.finished));
  return getComputedStyle(dot).backgroundColor;
});

describe.skipIf(!RUN_BROWSER_TESTS)('map view in Chromium', () => {
  const session = useViewer(mapGraph);
  let page: Page;
  const offOrigin: string[] = [];

  beforeAll(() => {
    mkdirSync(ARTIFACTS, { recursive: true });
    page = session.page;
    const origin = new URL(session.server.url).origin;
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') offOrigin.push(request.url());
    });
  });

  it('the Map switch shows the basemap and a marker whose aria-label names Sirte; the URL says view=map', async () => {
    await page.click('#view-map');
    await page.waitForSelector('body[data-map=ready]', { timeout: 60_000 });
    expect(new URL(page.url()).searchParams.get('view')).toBe('map');
    const basemap = await page.evaluate(async () => {
      const view = await (window as any).__kgViewer.map.ready();
      const countries = view.map.queryRenderedFeatures({ layers: ['land'] }).map((f: any) => f.properties.name);
      return { theatre: view.theatre, countries: [...new Set(countries)] as string[] };
    });
    expect(basemap.theatre).toBe('Libya');
    expect(basemap.countries).toEqual(expect.arrayContaining(['Libya']));
    await expect.poll(() => marker(page, 'Sirte').count()).toBe(1);
    expect(await marker(page, 'Sirte').getAttribute('aria-label')).toBe('Sirte — contested: held by Khalifa Haftar and Government of National Accord');
    expect(await marker(page, 'Sirte').isVisible()).toBe(true);
    // Cairo (Egypt) is listed beside the map, not drawn on it
    expect(await page.locator('#map-abroad .map-marker[aria-label^="Cairo — "]').count()).toBe(1);
    await shot(page, 'map-latest.png');
  });

  it('moving the date slider recolours Tarhuna when it changed hands', async () => {
    await slideTo(page, '2020-01-01');
    await expect.poll(() => marker(page, 'Tarhuna').getAttribute('aria-label')).toBe('Tarhuna — held by Khalifa Haftar');
    // Haftar holds Jufra at every date: Tarhuna takes his camp's colour, then loses it
    const haftarColour = await dotColour(page, 'Jufra');
    expect(await dotColour(page, 'Tarhuna')).toBe(haftarColour);
    await shot(page, 'map-2020-01-01.png');
    await slideTo(page, '2020-07-01');
    await expect.poll(() => marker(page, 'Tarhuna').getAttribute('aria-label')).toBe('Tarhuna — held by Government of National Accord');
    expect(await dotColour(page, 'Tarhuna')).not.toBe(haftarColour);
    expect(await dotColour(page, 'Tarhuna')).toBe(await dotColour(page, 'Tripoli')); // the GNA's since June 2020
    await shot(page, 'map-2020-07-01.png');
    await page.click('#date-reset');
  });

  it('a marker takes focus; Enter opens the place\'s control history with evidence', async () => {
    await marker(page, 'Tarhuna').focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Tarhuna — /);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#panel .control-history .details-title')).toBe('Tarhuna');
    const holders = await page.locator('#panel .timeline .period-head .node-link').allTextContents();
    expect(holders).toEqual(expect.arrayContaining(['Khalifa Haftar', 'Government of National Accord']));
    expect(await page.locator('#panel .outlet-name', { hasText: 'libyaherald.com' }).count()).toBeGreaterThan(0);
    await shot(page, 'map-history-tarhuna.png');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.isHidden('#panel')).toBe(true);
  });

  it('the disputes panel lists every kind; a change of stance opens with both sides\' quotes and outlets', async () => {
    const kinds = await page.locator('#disputes .dispute-item .dispute-kind').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['contested place', 'change of stance', 'denied claim']));
    await page.locator('#disputes .dispute-item', { hasText: 'rejects (2020-08-22) → supports (2020-08-27)' }).click();
    await expect.poll(() => page.locator('#panel .dispute-side').count()).toBe(2);
    const sides = await page.locator('#panel .dispute-side .muted').allTextContents();
    expect(sides[0]).toMatch(/aljazeera\.com.* · 2020-08-22$/);
    expect(sides[1]).toMatch(/reuters\.com.* · 2020-08-27$/);
    await shot(page, 'map-dispute-stance.png');
    await page.locator('#disputes .dispute-item', { hasText: 'Qatar supports' }).click();
    await expect.poll(() => page.locator('#panel .dispute-side h3').allTextContents()).toEqual(['Qatar supports Government of National Accord', 'Qatar denies that Qatar supports Government of National Accord']);
    await page.keyboard.press('Escape');
  });

  it('"stated by at least N outlets" hides facts fewer outlets state, and goes into the URL', async () => {
    await page.click('#view-graph');
    // hidden flags of every edge, by the number of distinct outlets behind it
    const byOutlets = () => page.evaluate(() => {
      const { graph, renderer } = (window as any).__kgViewer;
      renderer.refresh();
      return (graph.edges() as string[]).map((e) => {
        const outlets = new Set((graph.getEdgeAttribute(e, 'evidence') ?? []).map((x: any) => x.outlet ?? x.article)).size;
        return [outlets, !!renderer.getEdgeDisplayData(e)?.hidden] as [number, boolean];
      });
    });
    expect((await byOutlets()).some(([n]) => n >= 2)).toBe(true);
    await page.fill('#min-sources', '2');
    await expect.poll(() => new URL(page.url()).searchParams.get('minSources')).toBe('2');
    for (const [outlets, hidden] of await byOutlets()) expect(hidden).toBe(outlets < 2);
    await page.fill('#min-sources', '1');
    await expect.poll(() => new URL(page.url()).searchParams.get('minSources')).toBeNull();
    expect((await byOutlets()).every(([, hidden]) => !hidden)).toBe(true);
  });

  it('Graph | Map is in the URL: a link with ?view=map opens on the map', async () => {
    const other = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    other.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await other.goto(`${session.server.url}?view=map`);
    await other.waitForSelector('body[data-map=ready]', { timeout: 60_000 });
    expect(await other.getAttribute('#view-map', 'aria-pressed')).toBe('true');
    expect(await other.isHidden('#map')).toBe(false);
    expect(problems).toEqual([]);
    await other.close();
  });

  it('no console error, and no request left the server\'s origin', () => {
    expect(session.problems).toEqual([]);
    expect(offOrigin).toEqual([]);
  });
});
