/**
 * End-to-end tests of the dashboard in a real browser: Debian's chromium driven by playwright-core.
 *
 *   node --import tsx --test web/tests/e2e.test.ts
 *
 * The dashboard is built first (vite build web -> web/dist; VIGIL_E2E_NO_BUILD=1 skips it). The server is
 * chosen by VIGIL_E2E_SERVER: `real` starts Vigil's own server (src/api, see server.ts) on a free port with a
 * temporary store holding the example reports; `mock` starts the fixture server of web/tests/mock-server.ts;
 * `auto` (the default) uses the real server when it is available, else the mock. Screenshots are saved in
 * test-results/ (look at them).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildWeb, CHROMIUM, startServer, type RunningServer } from './server.js';

const SHOTS = fileURLToPath(new URL('../../test-results/', import.meta.url));
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (apt-get install -y chromium)`;

/** A report the extractor codes as an event; the text carries markup that must stay inert. */
const HOSTILE_REPORT =
  'LAGOS, Nigeria - Rioters clashed with police in Lagos on Friday, and two people were killed, witnesses said. ' +
  '<script>window.__vigilPwned = "script"; document.title = "PWNED";</script> ' +
  '<img src=x onerror="window.__vigilPwned = \'img\'"> Police said calm had returned by the evening.';
const PLAIN_REPORT =
  'NAIROBI, Kenya - Police fired tear gas at protesters who marched in Nairobi on Tuesday against new taxes, and one protester was killed, a rights group said.';

describe('dashboard (e2e)', { skip }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  const pageErrors: string[] = [];

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    if (process.env.VIGIL_E2E_NO_BUILD !== '1') await buildWeb();
    server = await startServer();
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // No network beyond the server under test.
    await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  async function open(path = '/'): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    page.on('dialog', (d) => {
      pageErrors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(server.url + path);
    return page;
  }

  async function shot(page: Page, name: string, fullPage = false): Promise<void> {
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage });
  }

  async function waitForRows(page: Page): Promise<void> {
    await page.waitForSelector('#events-table tbody tr.event-row a.event-link');
  }

  async function apiJson<T>(path: string): Promise<T> {
    const res = await fetch(server.url + path);
    assert.equal(res.status, 200, `${path} -> ${res.status}`);
    return (await res.json()) as T;
  }

  test('loads the dashboard: map, timeline and table on the stored reports', async () => {
    const page = await open('/');
    await waitForRows(page);
    await page.waitForSelector('.leaflet-overlay-pane path, .cluster-icon');
    await page.waitForSelector('.timeline-panel canvas');
    // The basemap: country outlines drawn from world-atlas (no tiles).
    await page.waitForFunction(() => document.querySelectorAll('.leaflet-basemap-pane path').length > 0);
    assert.equal(await page.locator('.leaflet-tile').count(), 0, 'no tile layer');
    assert.ok((await page.locator('#events-table tbody tr.event-row').count()) > 0);
    const legend = await page.locator('.legend').innerText();
    assert.match(legend, /Battles/);
    assert.match(legend, /Region-level/);
    await shot(page, '01-dashboard-1280');
    await page.close();
  });

  test('filters by date and event type; the state lives in the URL', async () => {
    // Pick a type and a period that hold events.
    const { events } = await apiJson<{ events: { event_type: string; event_date: string }[] }>('/api/events?limit=50');
    assert.ok(events.length > 0, 'the store holds events');
    const target = events.find((e) => e.event_date) ?? events[0];
    const type = target.event_type;
    const day = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400e3).toISOString().slice(0, 10);
    const from = day(target.event_date, -20);
    const to = target.event_date;

    const page = await open('/');
    await waitForRows(page);
    await page.fill('#f-from', from);
    await page.locator('#f-from').dispatchEvent('change');
    await page.fill('#f-to', to);
    await page.locator('#f-to').dispatchEvent('change');
    await page.selectOption('#f-event_type', type);
    await page.waitForFunction((t) => new URL(location.href).searchParams.get('event_type') === t, type);
    await page.waitForFunction(
      (t) => {
        const rows = [...document.querySelectorAll('#events-table tbody tr.event-row')];
        return rows.length > 0 && rows.every((r) => r.children[2].textContent!.includes(t));
      },
      type,
    );
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('from'), from);
    assert.equal(url.searchParams.get('to'), to);
    const dates = await page.locator('#events-table tbody tr.event-row td:first-child').allInnerTexts();
    for (const d of dates) assert.ok(d >= from && d <= to, `${d} within ${from}..${to}`);
    // The timeline and map follow the filters.
    await page.waitForFunction(
      (t) => [...document.querySelectorAll('.timeline-panel .u-legend .u-series th')].some((th) => th.textContent?.includes(t)),
      type,
    );
    // Export links carry the filters.
    const csvHref = await page.getAttribute('#export-csv', 'href');
    assert.match(csvHref!, /event_type=/);
    assert.match(csvHref!, /from=/);
    const csv = await fetch(new URL(csvHref!, page.url())).then((r) => r.text());
    assert.ok(csv.split('\n')[0].includes('event_date'), 'CSV has a header');
    await shot(page, '02-filtered');

    // Reload: the view comes back from the URL.
    await page.reload();
    await waitForRows(page);
    assert.equal(await page.inputValue('#f-from'), from);
    assert.equal(await page.inputValue('#f-to'), to);
    await page.waitForFunction((t) => (document.querySelector('#f-event_type') as HTMLSelectElement).value === t, type);
    // Sorting by fatalities, descending (or, on a server without `sort`, a note that it lists by date only).
    await page.click('button.sort[data-sort="fatalities"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === '-fatalities');
    await waitForRows(page);
    await page.waitForFunction(() => {
      if (!document.getElementById('sort-note')!.hidden) return true;
      const v = [...document.querySelectorAll('#events-table tbody tr.event-row td.num')].map((td) => Number(td.firstChild?.textContent?.replace(/,/g, '')));
      return v.every((x, i) => i === 0 || v[i - 1] >= x);
    });
    await page.click('#f-reset');
    await page.waitForFunction(() => !new URL(location.href).searchParams.get('event_type'));
    await page.close();
  });

  test('brushing the timeline sets the period', async () => {
    const page = await open('/');
    await waitForRows(page);
    const over = page.locator('.timeline-panel .u-over');
    await over.waitFor();
    const box = (await over.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(() => {
      const p = new URL(location.href).searchParams;
      return Boolean(p.get('from') && p.get('to'));
    });
    const p = new URL(page.url()).searchParams;
    assert.ok(p.get('from')! <= p.get('to')!);
    assert.equal(await page.inputValue('#f-from'), p.get('from'));
    await waitForRows(page);
    await shot(page, '03-timeline-brushed');
    await page.click('#tl-clear');
    await page.waitForFunction(() => !new URL(location.href).searchParams.get('from'));
    await page.close();
  });

  test('opens an event from the table: fields, sources, history, highlighted evidence', async () => {
    const page = await open('/');
    await waitForRows(page);
    const first = page.locator('#events-table tbody tr.event-row').first();
    const id = await first.getAttribute('data-id');
    await first.locator('a.event-link').click();
    await page.waitForURL(/#\/event\//);
    await page.waitForSelector('.report-text');
    const detail = await apiJson<{ mentions: { report_id: unknown; extracted: { evidence: { field: string; text: string }[] } }[] }>(`/api/events/${id}`);
    const span = detail.mentions.flatMap((m) => m.extracted.evidence)[0];
    assert.ok(span, 'the event has evidence');
    const mark = page.locator(`.report-text mark[data-field="${span.field}"]`).first();
    await mark.waitFor();
    assert.equal((await mark.innerText()).trim(), span.text.trim());
    // Hovering the field's row highlights its span.
    await page.mouse.move(0, 0);
    await page.hover(`table.fields tr[data-field="${span.field}"]`);
    await page.waitForFunction((f) => document.querySelector(`.report-text mark[data-field="${f}"]`)?.classList.contains('active'), span.field);
    for (const heading of ['Fields', 'Sources', 'History']) assert.ok(await page.getByRole('heading', { name: heading }).isVisible());
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `the event page fits 1280px (${overflow}px too wide)`);
    await shot(page, '04-event-page', true);
    // Back to the dashboard keeps the filters and table.
    await page.evaluate(() => history.back());
    await page.waitForFunction(() => !document.getElementById('dashboard')!.hidden);
    await waitForRows(page);
    await page.close();
  });

  test('opens an event from the map', async () => {
    // Zoom to one event so it is drawn as its own marker, then click it.
    const { events } = await apiJson<{ events: { id: unknown; latitude: number | null; longitude: number | null; geo_precision: number | null }[] }>('/api/events?limit=100');
    const e = events.find((x) => x.latitude !== null && x.longitude !== null && x.geo_precision !== 3);
    assert.ok(e, 'an event with coordinates');
    const page = await open(`/?map=12/${e.latitude}/${e.longitude}`);
    await waitForRows(page);
    await page.locator('path.event-marker').first().waitFor();
    // A marker of a single event, drawn inside the map's visible area.
    const target = await page.evaluate(() => {
      const frame = document.getElementById('map')!.getBoundingClientRect();
      for (const path of document.querySelectorAll<SVGPathElement>('path.event-marker')) {
        const cls = (path.getAttribute('class') ?? '').split(/\s+/).find((c) => c.startsWith('event-') && c !== 'event-marker');
        const id = cls?.slice('event-'.length);
        const r = path.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (id && x > frame.left + 60 && x < frame.right - 20 && y > frame.top + 20 && y < frame.bottom - 30) return { id, x, y };
      }
      return null;
    });
    if (target) {
      await page.mouse.click(target.x, target.y);
      await page.waitForURL(new RegExp(`#/event/${target.id}$`));
      await page.waitForSelector('.report-text');
    } else {
      // The server aggregated the points here: clicking one zooms in.
      const zoom = () => Number(new URL(page.url()).searchParams.get('map')?.split('/')[0]);
      const before = zoom();
      await page.locator('path.event-marker').first().click({ force: true });
      await page.waitForFunction((z) => Number(new URL(location.href).searchParams.get('map')?.split('/')[0]) !== z, before);
    }
    await shot(page, '04b-event-from-map');
    await page.close();
  });

  test('adds a report through the form: preview, then save', async () => {
    const page = await open('/#/add');
    await page.fill('#report-text', PLAIN_REPORT);
    await page.fill('#report-published', '2024-06-26');
    assert.ok(await page.isDisabled('#save-btn'), 'save waits for a preview');
    await page.click('#preview-btn');
    await page.waitForSelector('#preview .event-card');
    assert.ok((await page.locator('#preview .event-card mark').count()) > 0, 'the preview marks the evidence');
    await shot(page, '05-add-preview', true);
    await page.click('#save-btn');
    await page.waitForSelector('#save-result');
    const msg = await page.locator('#save-result').innerText();
    assert.match(msg, /Saved report|already stored/);
    await shot(page, '06-add-saved');
    await page.locator('#save-result a').first().click();
    await page.waitForSelector('.report-text mark');
    assert.match(await page.locator('.report-text').first().innerText(), /Nairobi/);
    await page.close();
  });

  test('a <script> in a report stays inert', async () => {
    const page = await open('/#/add');
    await page.fill('#report-text', HOSTILE_REPORT);
    await page.fill('#report-published', '2024-06-29');
    await page.click('#preview-btn');
    await page.waitForSelector('#preview .event-card');
    await page.click('#save-btn');
    await page.waitForSelector('#save-result a');
    await page.locator('#save-result a').first().click();
    await page.waitForSelector('.report-text');
    const text = await page.locator('.report-text').first().innerText();
    assert.ok(text.includes('<script>window.__vigilPwned'), 'the markup is shown as text');
    assert.ok(text.includes('<img src=x onerror='), 'the markup is shown as text');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as unknown as { __vigilPwned?: string }).__vigilPwned), undefined);
    assert.notEqual(await page.title(), 'PWNED');
    assert.equal(await page.locator('#page script, #page img, #main script').count(), 0, 'no element parsed from report text');
    await shot(page, '07-hostile-report-inert', true);
    // The events table and the dashboard show the same report's fields as text too.
    await page.goto(`${server.url}/?q=Lagos`);
    await waitForRows(page);
    assert.equal(await page.evaluate(() => (window as unknown as { __vigilPwned?: string }).__vigilPwned), undefined);
    await page.close();
  });

  test('fixture-only: hostile fields stored by the mock are inert everywhere', async (t) => {
    if (server.kind !== 'mock') return t.skip('the mock server holds the hostile fixture');
    const page = await open('/?q=Rioters%20clashed');
    await waitForRows(page);
    const row = page.locator('#events-table tbody tr.event-row', { hasText: '<script>' }).first();
    await row.locator('a.event-link').click();
    await page.waitForSelector('.report-text mark');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as unknown as { __vigilPwned?: string }).__vigilPwned), undefined);
    assert.equal(await page.locator('#page script, #page img').count(), 0);
    assert.equal(await page.locator('#page a[href^="javascript:"]').count(), 0, 'javascript: URLs are not links');
    await page.close();
  });

  test('region-level locations are drawn as areas, not points', async (t) => {
    const { events } = await apiJson<{ events: { latitude: number | null; longitude: number | null; geo_precision: number | null }[] }>('/api/events?limit=500');
    const region = events.find((e) => e.geo_precision === 3 && e.latitude !== null);
    if (!region) {
      assert.notEqual(server.kind, 'mock', 'the fixture has a geo_precision 3 event');
      return t.skip('no region-level event in this store');
    }
    const page = await open(`/?map=7/${region.latitude}/${region.longitude}`);
    await waitForRows(page);
    const area = page.locator('path.region-marker').first();
    await area.waitFor();
    // Drawn dashed and translucent, with no solid centre dot.
    assert.ok(await area.getAttribute('stroke-dasharray'), 'dashed outline');
    assert.ok(Number(await area.getAttribute('fill-opacity')) < 0.3, 'translucent fill');
    const box = (await area.boundingBox())!;
    assert.ok(box.width >= 40, `drawn as an area (${box.width}px across)`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 4);
    await page.waitForSelector('.leaflet-tooltip');
    assert.match(await page.locator('.leaflet-tooltip').innerText(), /Region-level location/);
    await shot(page, '08-region-tooltip');
    await page.close();
  });

  test('keyboard: a map marker is a labelled button that Enter opens', async () => {
    const page = await open('/');
    await waitForRows(page);
    const marker = page.locator('path.event-marker[tabindex="0"][role="button"]').first();
    await marker.waitFor();
    assert.match((await marker.getAttribute('aria-label')) ?? '', /event/);
    const before = page.url();
    await marker.focus();
    await page.keyboard.press('Enter');
    // One event opens its page; a cluster of points zooms in: either way the view changes.
    await page.waitForFunction((u) => location.href !== u, before);
    await page.close();
  });

  test('keyboard: filters and events are reachable without a mouse', async () => {
    const page = await open('/');
    await waitForRows(page);
    await page.focus('#f-country');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-country');
    // Every input has a label.
    const unlabeled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea')]
        .filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label') && (el as HTMLInputElement).type !== 'hidden')
        .map((el) => el.id || el.outerHTML.slice(0, 60)),
    );
    assert.deepEqual(unlabeled, []);
    await page.focus('#events-table a.event-link');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/event\//);
    await page.waitForSelector('table.fields tr.has-evidence');
    await page.focus('table.fields tr.has-evidence');
    const field = await page.locator('table.fields tr.has-evidence').first().getAttribute('data-field');
    await page.waitForFunction((f) => document.querySelector(`.report-text mark[data-field="${f}"]`)?.classList.contains('active'), field);
    await page.close();
  });

  test('phone-width screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await phone.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    const page = await phone.newPage();
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    await page.goto(server.url + '/');
    await waitForRows(page);
    await page.waitForSelector('.timeline-panel canvas');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no horizontal scrolling (${overflow}px too wide)`);
    await shot(page, '09-phone-dashboard');
    await page.locator('.timeline-panel').scrollIntoViewIfNeeded();
    await shot(page, '09b-phone-timeline-table');
    await page.locator('summary', { hasText: 'Filters' }).click();
    await page.locator('#f-country').waitFor({ state: 'visible' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, '09c-phone-filters-open');
    await page.locator('#events-table a.event-link').first().click();
    await page.waitForSelector('.report-text mark');
    await shot(page, '10-phone-event');
    await page.locator('.report-text').first().scrollIntoViewIfNeeded();
    await shot(page, '10b-phone-event-report');
    await phone.close();
  });

  test('no script errors in the page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
