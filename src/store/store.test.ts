import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeEvent } from '../fusion/fixtures.js';
import { recordReport } from '../ingest/record.js';
import { fakeExtractor, incoming } from '../ingest/testing.js';
import type { Event } from '../schema/event.js';
import { EventFilters } from './filters.js';
import { insertReport, reportExists } from './reports.js';
import { Store } from './store.js';
import { testBackends, type TestStore } from './testing.js';

/** Twelve invented events over three countries and four weeks, each from its own report. */
function corpus(): Map<string, Event[]> {
  const places = [
    { country: 'Mali', admin1: 'Mopti', location: 'Boni', latitude: 15.02, longitude: -1.99 },
    { country: 'Burkina Faso', admin1: 'Sahel', location: 'Djibo', latitude: 14.1, longitude: -1.63 },
    { country: 'Niger', admin1: 'Tillaberi', location: 'Ayorou', latitude: 14.73, longitude: 0.92 },
  ];
  const reports = new Map<string, Event[]>();
  for (let i = 0; i < 12; i++) {
    const place = places[i % 3];
    const day = String(1 + i * 2).padStart(2, '0');
    const protest = i % 4 === 3;
    reports.set(`Report ${i}: something happened in ${place.location} on 2025-03-${day}.`, [
      makeEvent({
        ...place,
        geonameid: null,
        event_date: `2025-03-${day}`,
        ...(protest
          ? {
              event_type: 'Protests',
              sub_event_type: 'Peaceful protest',
              actor1: `Protesters (${place.country})`,
              inter1: 'Protesters',
              actor2: null,
              inter2: null,
              interaction: 'Protesters only',
            }
          : {}),
        fatalities: i,
        notes: `Report ${i} about ${place.location}; herders_${i}.`,
      }),
    ]);
  }
  return reports;
}

for (const backend of testBackends()) {
  describe(`store on ${backend.name}`, () => {
    let t: TestStore;
    let store: Store;
    const reports = corpus();

    before(async () => {
      t = await backend.open();
      store = t.store;
      const extractor = fakeExtractor(reports);
      for (const text of reports.keys()) await recordReport(store, extractor, incoming(text, { source: 'Test Wire' }));
    });
    after(() => t.dispose());

    const filters = (query: Record<string, unknown>) => EventFilters.parse(query);

    test('ids: the country code and a sequence per country', async () => {
      const ids = (await store.listEvents({}, 100)).events.map((e) => e.id).sort();
      assert.deepEqual(ids.filter((id) => id.startsWith('MLI')), ['MLI1', 'MLI2', 'MLI3', 'MLI4']);
      assert.ok(ids.includes('BFA4') && ids.includes('NER4'));
    });

    test('the list is newest first and pages cover everything once', async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.listEvents({}, 5, cursor);
        seen.push(...page.events.map((e) => e.event_date!));
        cursor = page.next_cursor ?? undefined;
        pages++;
      } while (cursor);
      assert.equal(pages, 3);
      assert.equal(seen.length, 12);
      assert.deepEqual(seen, [...seen].sort().reverse());
    });

    test('filters', async () => {
      const count = async (q: Record<string, unknown>) => (await store.listEvents(filters(q), 100)).events.length;
      assert.equal(await count({ country: ['Mali'] }), 4);
      assert.equal(await count({ country: ['Mali', 'Niger'] }), 8);
      assert.equal(await count({ from: '2025-03-05', to: '2025-03-09' }), 3);
      assert.equal(await count({ event_type: ['Protests'] }), 3);
      assert.equal(await count({ sub_event_type: ['Armed clash'], admin1: ['Sahel'] }), 3);
      assert.equal(await count({ actor: 'jnim' }), 9);
      assert.equal(await count({ actor: 'PROTESTERS (mali)' }), 1);
      assert.equal(await count({ bbox: '-2.5,14,-1,15.5' }), 8);
      assert.equal(await count({ q: 'djibo' }), 4);
      assert.equal(await count({ q: 'HERDERS_1' }), 1, 'whole words, any case: not herders_10');
      assert.equal(await count({ q: 'ali' }), 0, 'no match inside a word');
      assert.equal(await count({ q: 'boni jnim' }), 3, 'every word');
      assert.equal(await count({ actor: '%' }), 0, 'LIKE wildcards are literal');
      assert.equal(await count({ updated_since: '2999-01-01T00:00:00Z' }), 0);
      assert.equal(await count({ updated_since: '2000-01-01T00:00:00Z' }), 12);
    });

    test('timeline by day and by week', async () => {
      const days = await store.timeline({}, 'day');
      assert.equal(days.reduce((n, b) => n + b.events, 0), 12);
      assert.equal(days.find((b) => b.date === '2025-03-03')?.fatalities, 1);
      const weeks = await store.timeline(filters({ event_type: ['Battles'] }), 'week');
      assert.ok(weeks.every((b) => b.event_type === 'Battles'));
      assert.deepEqual([...new Set(weeks.map((b) => b.date))], ['2025-02-24', '2025-03-03', '2025-03-10', '2025-03-17']);
      assert.equal(weeks.reduce((n, b) => n + b.events, 0), 9);
    });

    test('map grid: one point per place at a close zoom, merged at the world view', async () => {
      const close = await store.mapGrid({}, 8);
      assert.equal(close.length, 3);
      const boni = close.find((p) => Math.abs(p.lat - 15.02) < 0.01)!;
      assert.equal(boni.count, 4);
      assert.equal(boni.event_type, 'Battles');
      assert.equal(boni.id, undefined);
      const world = await store.mapGrid({}, 0);
      assert.equal(world.reduce((n, p) => n + p.count, 0), 12);
      assert.ok(world.length < 3);
      const single = await store.mapGrid(filters({ country: ['Mali'], to: '2025-03-01' }), 8);
      assert.equal(single.length, 1);
      assert.equal(single[0].id, 'MLI1');
    });

    test('facets', async () => {
      const f = await store.facets();
      assert.deepEqual(f.countries, ['Burkina Faso', 'Mali', 'Niger']);
      assert.deepEqual(f.admin1, [
        { country: 'Burkina Faso', admin1: 'Sahel' },
        { country: 'Mali', admin1: 'Mopti' },
        { country: 'Niger', admin1: 'Tillaberi' },
      ]);
      assert.deepEqual(f.event_types, { Battles: ['Armed clash'], Protests: ['Peaceful protest'] });
      assert.equal(f.actors[0], 'JNIM: Group for Support of Islam and Muslims');
    });

    test('event detail: mentions, reports, history', async () => {
      const detail = await store.eventDetail('MLI1');
      assert.ok(detail);
      assert.equal(detail.mentions.length, 1);
      assert.equal(detail.reports.length, 1);
      assert.equal(detail.reports[0].id, detail.mentions[0].report_id);
      assert.equal(detail.history.length, 1);
      assert.deepEqual(detail.history[0].changes.event_date, [null, detail.event.event_date]);
      assert.equal(await store.eventDetail('MLI999'), null);
    });

    test('a failed transaction leaves nothing behind', async () => {
      const report = { id: 'f'.repeat(64), external_id: null, title: null, url: null, source: null, source_scale: null, published: null, language: null, text: 'x' };
      await assert.rejects(
        store.write(async (tx) => {
          await insertReport(tx, report, new Date().toISOString());
          throw new Error('crash mid-report');
        }),
        /crash mid-report/,
      );
      assert.equal(await reportExists(store.db, report.id), false);
      // and the queue of writes goes on
      assert.equal(await store.write(async (tx) => insertReport(tx, report, new Date().toISOString())), true);
    });

    test('opening again keeps the data (migrations run once)', async () => {
      if (store.location.kind !== 'sqlite') return;
      const again = await Store.open(store.location);
      assert.equal(await again.countEvents(), 12);
      await again.close();
    });
  });
}
