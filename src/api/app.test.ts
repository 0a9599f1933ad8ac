import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { createExtractor } from '../extract.js';
import { BONI_ATTACK, SAME_DAY_ELSEWHERE } from '../fusion/fixtures.js';
import { recordReport } from '../ingest/record.js';
import { fakeExtractor, incoming } from '../ingest/testing.js';
import { CSV_COLUMNS } from '../schema/event.js';
import { testBackends, type TestStore } from '../store/testing.js';
import { createApp, MAX_BODY_BYTES } from './app.js';

const fixtures = [...BONI_ATTACK, ...SAME_DAY_ELSEWHERE];
const extractor = fakeExtractor(new Map(fixtures.map((r) => [r.text, r.events])));

function webDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-web-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Vigil dashboard</title>');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log("vigil")');
  return dir;
}

const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

for (const backend of testBackends()) {
  describe(`API on ${backend.name}`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let dist: string;
    let boniId: string;

    before(async () => {
      t = await backend.open();
      dist = webDist();
      app = createApp({ store: t.store, extractor, unknownPeerIsLoopback: true, webDist: dist });
      // The army statement and the two other events are stored; the wire and the radio come through POST.
      for (const r of [BONI_ATTACK[0], ...SAME_DAY_ELSEWHERE]) {
        const result = await recordReport(t.store, extractor, incoming(r.text, { source: r.source, published: r.published }));
        if (r === BONI_ATTACK[0]) boniId = result.created[0].id;
      }
    });
    after(async () => {
      await t.dispose();
      fs.rmSync(dist, { recursive: true, force: true });
    });

    test('POST /api/reports stores and fuses; posting it again changes nothing', async () => {
      const wire = BONI_ATTACK[1];
      const body = { text: wire.text, published: wire.published, source: wire.source, url: 'https://sahelwire.example/a/1' };
      const first = await app.request('/api/reports', post(body));
      assert.equal(first.status, 201);
      const answer = await first.json();
      assert.deepEqual(answer.updated, [boniId]);
      assert.equal(answer.events[0].source, 'FAMa; Sahel Wire');
      const again = await app.request('/api/reports', post(body));
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), { report_id: answer.report_id, duplicate: true, events: [], created: [], updated: [], warnings: [] });
    });

    test('GET /api/events: shape, order, filters, pages', async () => {
      const res = await app.request('/api/events');
      assert.equal(res.status, 200);
      const page = await res.json();
      assert.deepEqual(Object.keys(page), ['events', 'next_cursor']);
      assert.equal(page.events.length, 3);
      for (const e of page.events) for (const key of ['id', 'year', 'source', 'source_scale', 'fatalities_low', 'fatalities_high', 'mention_count', 'created_at', 'updated_at', 'evidence']) assert.ok(key in e, key);

      const only = async (query: string) => (await (await app.request(`/api/events?${query}`)).json()).events.map((e: { id: string }) => e.id);
      assert.deepEqual(await only('event_type=Explosions%2FRemote+violence'), [(await only('actor=civilians'))[0]]);
      assert.equal((await only('country=Mali&country=Niger')).length, 3);
      assert.equal((await only('country=Niger')).length, 0);
      assert.deepEqual(await only('bbox=-2.2,14.9,-1.8,15.2'), [boniId]);
      assert.deepEqual(await only('q=boni'), [boniId]);
      assert.equal((await only('from=2025-03-15')).length, 0);

      const first = await (await app.request('/api/events?limit=2')).json();
      assert.equal(first.events.length, 2);
      const second = await (await app.request(`/api/events?limit=2&cursor=${first.next_cursor}`)).json();
      assert.equal(second.events.length, 1);
      assert.equal(second.next_cursor, null);
    });

    test('GET /api/events?sort=: each order, with pages; a cursor belongs to its order', async () => {
      const list = async (query: string) => (await (await app.request(`/api/events?${query}`)).json()) as { events: { id: string; fatalities: number; event_date: string }[]; next_cursor: string | null };
      for (const [sort, key] of [['-fatalities', 'fatalities'], ['fatalities', 'fatalities'], ['date', 'event_date'], ['-date', 'event_date']] as const) {
        const whole = (await list(`sort=${sort}`)).events;
        const values = whole.map((e) => e[key]);
        const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        assert.deepEqual(values, sort.startsWith('-') ? sorted.reverse() : sorted, sort);
        const paged: string[] = [];
        let page = await list(`sort=${sort}&limit=1`);
        for (;;) {
          paged.push(...page.events.map((e) => e.id));
          if (!page.next_cursor) break;
          page = await list(`sort=${encodeURIComponent(sort)}&limit=1&cursor=${page.next_cursor}`);
        }
        assert.deepEqual(paged, whole.map((e) => e.id), `${sort}, a page at a time`);
      }
      const byDeaths = await list('sort=-fatalities&limit=1');
      const mixed = await app.request(`/api/events?sort=date&limit=1&cursor=${byDeaths.next_cursor}`);
      assert.equal(mixed.status, 400);
      assert.match((await mixed.json()).error, /sorted by -fatalities/);
      const bad = await app.request('/api/events?sort=fatalities,date');
      assert.equal(bad.status, 400);
      assert.match((await bad.json()).error, /^sort: /);
    });

    test('malformed filters are a 400 with a message', async () => {
      for (const query of ['sort=actor', 'from=yesterday', 'to=2025-13-45', 'bbox=1,2,3', 'bbox=a,b,c,d', 'limit=0', 'event_type=War', 'cursor=xyz', 'colour=red', 'updated_since=soon']) {
        const res = await app.request(`/api/events?${query}`);
        assert.equal(res.status, 400, query);
        const body = await res.json();
        assert.equal(typeof body.error, 'string', query);
        assert.doesNotMatch(body.error, /\bat .*\.ts:\d+/, 'no stack trace');
      }
    });

    test('GET /api/events/{id}: the event, its mentions, reports and history', async () => {
      const res = await app.request(`/api/events/${boniId}`);
      const detail = await res.json();
      assert.deepEqual(Object.keys(detail).sort(), ['event', 'history', 'mentions', 'reports']);
      assert.equal(detail.event.id, boniId);
      assert.equal(detail.mentions.length, 2);
      assert.deepEqual(Object.keys(detail.mentions[0]).sort(), ['extracted', 'id', 'report_id']);
      assert.deepEqual(Object.keys(detail.reports[0]).sort(), ['id', 'published', 'source', 'text', 'title', 'url']);
      assert.ok(detail.reports.some((r: { url: string }) => r.url === 'https://sahelwire.example/a/1'));
      assert.deepEqual(Object.keys(detail.history[0]).sort(), ['at', 'changes', 'report_id']);
      const missing = await app.request('/api/events/MLI999999');
      assert.equal(missing.status, 404);
      assert.match((await missing.json()).error, /MLI999999/);
    });

    test('POST /api/extract answers the extraction and stores nothing', async () => {
      const before = await t.store.countReports();
      const res = await app.request('/api/extract', post({ text: BONI_ATTACK[2].text, published: '2025-03-16' }));
      assert.equal(res.status, 200);
      const result = await res.json();
      assert.deepEqual(Object.keys(result).sort(), ['background', 'events', 'warnings']);
      assert.equal(result.events[0].fatalities, 12);
      assert.equal(await t.store.countReports(), before);
    });

    test('bad bodies: 400, and 413 over the size limit', async () => {
      for (const body of ['not json', { title: 'no text' }, { text: 'x', published: '16/03/2025' }, { text: 'x', extra: 1 }]) {
        const res = await app.request('/api/reports', post(body));
        assert.equal(res.status, 400, JSON.stringify(body));
        assert.equal(typeof (await res.json()).error, 'string');
      }
      const huge = await app.request('/api/extract', post({ text: 'a'.repeat(MAX_BODY_BYTES + 10) }));
      assert.equal(huge.status, 413);
      assert.match((await huge.json()).error, /larger/);
    });

    test('writes: a token when one is set; loopback only otherwise', async () => {
      const body = { text: 'A report nobody extracts events from.' };
      const remote = createApp({ store: t.store, extractor, webDist: dist });
      assert.equal((await remote.request('/api/reports', post(body))).status, 403);
      assert.equal((await remote.request('/api/events')).status, 200, 'reads are open');

      const guarded = createApp({ store: t.store, extractor, token: 's3cret-token', webDist: dist });
      assert.equal((await guarded.request('/api/reports', post(body))).status, 401);
      assert.equal((await guarded.request('/api/reports', post(body, { authorization: 'Bearer wrong' }))).status, 403);
      assert.equal((await guarded.request('/api/reports', post(body, { authorization: 'Bearer s3cret-token' }))).status, 201);
      assert.equal((await guarded.request('/api/extract', post(body))).status, 200, 'extraction alone is a read');
    });

    test("GET /api/export.csv: ACLED's columns in order, the filters honoured", async () => {
      const res = await app.request('/api/export.csv');
      assert.match(res.headers.get('content-type') ?? '', /text\/csv/);
      const rows = parse(await res.text()) as string[][];
      assert.deepEqual(rows[0], [...CSV_COLUMNS]);
      assert.equal(rows.length, 4);
      const boni = rows.find((r) => r[0] === boniId)!;
      assert.equal(boni[CSV_COLUMNS.indexOf('source')], 'FAMa; Sahel Wire');
      assert.equal(boni[CSV_COLUMNS.indexOf('year')], '2025');
      const filtered = parse(await (await app.request('/api/export.csv?q=bandiagara')).text()) as string[][];
      assert.equal(filtered.length, 2);
      assert.equal((await app.request('/api/export.csv?bbox=oops')).status, 400);
    });

    test('GET /api/export.geojson', async () => {
      const geo = await (await app.request('/api/export.geojson?country=Mali')).json();
      assert.equal(geo.type, 'FeatureCollection');
      assert.equal(geo.features.length, 3);
      const boni = geo.features.find((f: { id: string }) => f.id === boniId);
      assert.deepEqual(boni.geometry, { type: 'Point', coordinates: [-1.9867, 15.0197] });
      assert.equal(boni.properties.evidence, undefined);
    });

    test('stats and facets', async () => {
      const timeline = await (await app.request('/api/stats/timeline?bucket=week')).json();
      assert.deepEqual(timeline.buckets[0], { date: '2025-03-10', event_type: 'Battles', events: 2, fatalities: 8 });
      const map = await (await app.request('/api/stats/map?zoom=9')).json();
      assert.equal(map.points.length, 3);
      assert.ok(map.points.every((p: { id?: string; count: number }) => p.count === 1 && p.id));
      assert.equal((await app.request('/api/stats/map?zoom=high')).status, 400);
      const facets = await (await app.request('/api/facets')).json();
      assert.deepEqual(facets.countries, ['Mali']);
      assert.deepEqual(Object.keys(facets).sort(), ['actors', 'admin1', 'countries', 'event_types']);
    });

    test('openapi and health', async () => {
      const doc = await (await app.request('/api/openapi.json')).json();
      assert.equal(doc.openapi, '3.1.0');
      assert.ok(doc.paths['/api/events'].get.parameters.some((p: { name: string }) => p.name === 'bbox'));
      const sort = doc.paths['/api/events'].get.parameters.find((p: { name: string }) => p.name === 'sort');
      assert.deepEqual(sort.schema.enum, ['-date', 'date', '-fatalities', 'fatalities']);
      assert.equal(sort.schema.default, '-date');
      const stored = doc.components.schemas.StoredEvent;
      for (const key of ['id', 'event_date', 'fatalities_low', 'evidence']) assert.ok(stored.properties[key], key);
      const health = await (await app.request('/api/health')).json();
      assert.equal(health.status, 'ok');
      assert.equal(health.store, backend.name);
    });

    test('the dashboard at /, its routes, and JSON 404s under /api', async () => {
      assert.match(await (await app.request('/')).text(), /Vigil dashboard/);
      assert.match(await (await app.request('/events/MLI1')).text(), /Vigil dashboard/);
      assert.match(await (await app.request('/assets/app.js')).text(), /console\.log/);
      const missing = await app.request('/api/nothing');
      assert.equal(missing.status, 404);
      assert.match((await missing.json()).error, /no such endpoint/);
      const bare = createApp({ store: t.store, extractor, webDist: path.join(dist, 'nowhere') });
      assert.match(await (await bare.request('/')).text(), /vite build web/);
    });

    test('end to end with the real extractor: stored once, the answer has its shape', async () => {
      const real = createApp({ store: t.store, extractor: await createExtractor(), unknownPeerIsLoopback: true, webDist: dist });
      const body = { text: 'Gunmen attacked the village of Tin-Tabakat in northern Mali on Tuesday, killing four herders, residents said.', published: '2025-05-07', source: 'Sahel Wire' };
      const first = await real.request('/api/reports', post(body));
      assert.equal(first.status, 201);
      const answer = await first.json();
      assert.deepEqual(Object.keys(answer).sort(), ['created', 'duplicate', 'events', 'report_id', 'updated', 'warnings']);
      assert.equal((await real.request('/api/reports', post(body))).status, 200);
    });
  });
}
