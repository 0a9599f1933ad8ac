import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeEvent } from '../fusion/fixtures.js';
import { recordReport } from '../ingest/record.js';
import { fakeExtractor, incoming } from '../ingest/testing.js';
import type { Event } from '../schema/event.js';
import { CursorError, EVENT_SORTS, type EventSort } from './events.js';
import { EventFilters } from './filters.js';
import type { StoredEvent } from './records.js';
import { insertReport, reportExists } from './reports.js';
import { insertEvents, updateEvent } from './events.js';
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

    /** Every page of a sorted list, `size` at a time. */
    async function pages(sort: EventSort, size: number, f: EventFilters = {}): Promise<StoredEvent[]> {
      const seen: StoredEvent[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.listEvents(f, size, cursor, sort);
        assert.ok(page.events.length <= size);
        seen.push(...page.events);
        cursor = page.next_cursor ?? undefined;
      } while (cursor);
      return seen;
    }

    /** The order each sort promises: its key, ties by date then id, all the same way. */
    function expected(events: StoredEvent[], sort: EventSort): string[] {
      const key = (e: StoredEvent): (string | number)[] =>
        sort.endsWith('fatalities') ? [e.fatalities, e.event_date ?? '0000-00-00', e.id] : [e.event_date ?? '0000-00-00', e.id];
      const cmp = (a: StoredEvent, b: StoredEvent) => {
        const [x, y] = [key(a), key(b)];
        for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
        return 0;
      };
      const sorted = [...events].sort(cmp);
      return (sort.startsWith('-') ? sorted.reverse() : sorted).map((e) => e.id);
    }

    async function checkSorts(): Promise<void> {
      const all = (await store.listEvents({}, 1000)).events;
      for (const sort of EVENT_SORTS) {
        for (const size of [1, 5, 1000]) {
          assert.deepEqual((await pages(sort, size)).map((e) => e.id), expected(all, sort), `${sort}, pages of ${size}`);
        }
        const mali = filters({ country: ['Mali'] });
        const inMali = all.filter((e) => e.country === 'Mali');
        assert.deepEqual((await pages(sort, 3, mali)).map((e) => e.id), expected(inMali, sort), `${sort}, filtered`);
      }
    }

    test('sorts: by date and by fatalities, either way; pages cover everything once, in order', async () => {
      await checkSorts();
      const deadliest = await store.listEvents({}, 3, undefined, '-fatalities');
      assert.deepEqual(deadliest.events.map((e) => e.fatalities), [11, 10, 9]);
      const oldest = await store.listEvents({}, 2, undefined, 'date');
      assert.deepEqual(oldest.events.map((e) => e.event_date), ['2025-03-01', '2025-03-03']);
    });

    test('cursors: bound to their sort; ones from before sorting still read', async () => {
      const byDeaths = await store.listEvents({}, 2, undefined, '-fatalities');
      await assert.rejects(store.listEvents({}, 2, byDeaths.next_cursor!, 'date'), CursorError);
      await assert.rejects(store.listEvents({}, 2, byDeaths.next_cursor!), /sorted by -fatalities/);
      const garbage = Buffer.from(JSON.stringify(['-fatalities', 'x', 'y', 'z'])).toString('base64url');
      await assert.rejects(store.listEvents({}, 2, garbage, '-fatalities'), CursorError);
      // [sort_date, id], as cursors were: the newest-first list continues after that event.
      const newest = await store.listEvents({}, 2);
      const last = newest.events[1];
      const legacy = Buffer.from(JSON.stringify([last.event_date, last.id])).toString('base64url');
      assert.deepEqual(await store.listEvents({}, 2, legacy), await store.listEvents({}, 2, newest.next_cursor!));
      await assert.rejects(store.listEvents({}, 2, legacy, 'fatalities'), CursorError);
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

    // Writes: from here on the corpus has more than the twelve events the tests above count.

    test('facets, timeline and map are cached until the events change, whoever writes', async () => {
      const before = await store.facets();
      assert.equal(await store.facets(), before, 'the cached answer while nothing changed');
      const map = await store.mapGrid({}, 8);
      const days = await store.timeline({}, 'day');
      const version = await store.eventsVersion();

      // A write through this store: a new country, region, sub-event type and actor.
      const extractor = fakeExtractor(
        new Map([
          [
            'Report 12: a riot in Kidal.',
            [
              makeEvent({
                country: 'Algeria',
                admin1: 'Adrar',
                location: 'Bordj Badji Mokhtar',
                latitude: 21.33,
                longitude: 0.95,
                geonameid: null,
                event_date: '2025-03-02',
                event_type: 'Riots',
                sub_event_type: 'Violent demonstration',
                actor1: 'Rioters (Algeria)',
                inter1: 'Rioters',
                actor2: null,
                inter2: null,
                interaction: 'Rioters only',
                fatalities: 5,
              }),
            ],
          ],
        ]),
      );
      await recordReport(store, extractor, incoming('Report 12: a riot in Kidal.'));
      assert.ok((await store.eventsVersion()) > version);
      const after = await store.facets();
      assert.deepEqual(after.countries, ['Algeria', ...before.countries]);
      assert.deepEqual(after.admin1[0], { country: 'Algeria', admin1: 'Adrar' });
      assert.deepEqual(after.event_types.Riots, ['Violent demonstration']);
      assert.ok(after.actors.includes('Rioters (Algeria)'));
      assert.equal((await store.mapGrid({}, 8)).length, map.length + 1);
      assert.equal((await store.timeline({}, 'day')).reduce((n, b) => n + b.events, 0), days.reduce((n, b) => n + b.events, 0) + 1);

      // A write by another process (another connection): an update of an existing event's actor.
      const other = await Store.open(store.location);
      try {
        const event = (await other.getEvent('MLI1'))!;
        await other.write((tx) => updateEvent(tx, { ...event, actor1: 'Katiba Macina', updated_at: new Date().toISOString() }));
      } finally {
        await other.close();
      }
      assert.ok((await store.facets()).actors.includes('Katiba Macina'), 'a write elsewhere is seen');
    });

    test('sorts with ties (equal fatalities, equal dates) page correctly', async () => {
      const base = (await store.getEvent('NER1'))!;
      const now = new Date().toISOString();
      const twins = ['NER90', 'NER91', 'NER92', 'BFA90'].map((id) => ({ ...base, id, fatalities: 5, event_date: '2025-03-05', created_at: now, updated_at: now }));
      await store.write((tx) => insertEvents(tx, twins));
      await checkSorts();
      const twinsSeen = (await pages('-fatalities', 2)).filter((e) => e.fatalities === 5 && e.event_date === '2025-03-05');
      assert.deepEqual(twinsSeen.map((e) => e.id), ['NER92', 'NER91', 'NER90', 'BFA90']);
    });

    test('updated_since: only what changed at or after the time', async () => {
      const since = new Date(Date.now() - 60_000).toISOString();
      const changed = await store.listEvents(filters({ updated_since: since }), 100);
      assert.ok(changed.events.length > 0);
      assert.ok(changed.events.every((e) => e.updated_at >= since));
      const all = (await store.listEvents({}, 1000)).events.filter((e) => e.updated_at >= since);
      assert.deepEqual(changed.events.map((e) => e.id), all.map((e) => e.id));
    });
  });
}
