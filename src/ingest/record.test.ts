import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../extract.js';
import { BONI_ATTACK, SAME_DAY_ELSEWHERE, makeEvent, type FixtureReport } from '../fusion/fixtures.js';
import { testBackends, type TestStore } from '../store/testing.js';
import { ExtractionError, recordReport } from './record.js';
import { fakeExtractor, incoming } from './testing.js';

const asIncoming = (r: FixtureReport) =>
  incoming(r.text, { source: r.source, source_scale: r.source_scale, published: r.published });

for (const backend of testBackends()) {
  describe(`recording reports on ${backend.name}`, () => {
    let t: TestStore;
    before(async () => {
      t = await backend.open();
    });
    after(() => t.dispose());

    const fixtures = [...BONI_ATTACK, ...SAME_DAY_ELSEWHERE];
    const extractor = fakeExtractor(new Map(fixtures.map((r) => [r.text, r.events])));

    test('three outlets, one event; the same day elsewhere, other events; a revised toll leaves history', async () => {
      const [army, wire, radio] = BONI_ATTACK;
      const first = await recordReport(t.store, extractor, asIncoming(army));
      assert.equal(first.created.length, 1);
      const id = first.created[0].id;
      assert.match(id, /^MLI\d+$/);

      for (const other of SAME_DAY_ELSEWHERE) {
        const r = await recordReport(t.store, extractor, asIncoming(other));
        assert.equal(r.created.length, 1, 'a different place and actor pair is a different event');
      }
      const second = await recordReport(t.store, extractor, asIncoming(wire));
      assert.deepEqual(second.updated.map((e) => e.id), [id]);
      assert.equal(second.updated[0].fatalities, 5);

      const third = await recordReport(t.store, extractor, asIncoming(radio));
      assert.deepEqual([third.created.length, third.updated.map((e) => e.id)], [0, [id]]);

      const detail = (await t.store.eventDetail(id))!;
      assert.equal(detail.event.source, 'FAMa; Sahel Wire; Radio Dande Douentza');
      assert.equal(detail.event.source_scale, 'National-International-Subnational');
      assert.equal(detail.event.fatalities, 12);
      assert.deepEqual([detail.event.fatalities_low, detail.event.fatalities_high], [5, 12]);
      assert.equal(detail.event.mention_count, 3);
      assert.equal(detail.event.actor1, 'JNIM: Group for Support of Islam and Muslims');
      assert.equal(detail.mentions.length, 3);
      assert.equal(detail.reports.length, 3);
      // Each mention's evidence points into its own report's text.
      for (const m of detail.mentions) {
        const text = detail.reports.find((r) => r.id === m.report_id)!.text;
        for (const e of m.extracted.evidence) assert.equal(text.slice(e.start, e.end), e.text);
      }
      const lastChange = detail.history[detail.history.length - 1];
      assert.equal(lastChange.report_id, third.report_id);
      assert.deepEqual(lastChange.changes.fatalities, [5, 12]);
      assert.equal(await t.store.countEvents(), 3);
    });

    test('a report stored already changes nothing', async () => {
      const before = await t.store.eventDetail((await t.store.listEvents({}, 1)).events[0].id);
      const again = await recordReport(t.store, extractor, asIncoming(BONI_ATTACK[1]));
      assert.equal(again.duplicate, true);
      // The same text with other whitespace is the same report.
      const respaced = await recordReport(t.store, extractor, incoming(`  ${BONI_ATTACK[1].text.replace(/ /g, '  ')}\n`));
      assert.equal(respaced.duplicate, true);
      assert.equal(await t.store.countReports(), 5);
      assert.deepEqual(await t.store.eventDetail(before!.event.id), before);
    });

    test('a report that knows only the week joins the event of a day in it', async () => {
      const [weekly, daily] = ['Fighting near Boni last week, sources said.', 'Fighting in Boni on Wednesday 7 May.'];
      const fake = fakeExtractor(
        new Map([
          [weekly, [makeEvent({ event_date: '2025-05-05', time_precision: 2, fatalities: 2 })]],
          [daily, [makeEvent({ event_date: '2025-05-07', fatalities: 3 })]],
        ]),
      );
      const first = await recordReport(t.store, fake, incoming(weekly, { published: '2025-05-12' }));
      const second = await recordReport(t.store, fake, incoming(daily, { published: '2025-05-08' }));
      assert.deepEqual(second.updated.map((e) => e.id), [first.created[0].id]);
      assert.equal(second.updated[0].event_date, '2025-05-07', 'the day replaces the week');
      assert.equal(second.updated[0].time_precision, 1);
    });

    test('two events of one report stay two events', async () => {
      const text = 'Two attacks on Friday in Boni, told in one report.';
      const twice = fakeExtractor(new Map([[text, [makeEvent({ event_date: '2025-05-02' }), makeEvent({ event_date: '2025-05-02' })]]]));
      const r = await recordReport(t.store, twice, incoming(text));
      assert.equal(r.created.length, 2);
    });

    test('an invalid extraction stores nothing', async () => {
      const text = 'A report the engine mangles.';
      const broken = fakeExtractor(new Map([[text, [makeEvent({ sub_event_type: 'Grenade' })]]]));
      const reports = await t.store.countReports();
      await assert.rejects(recordReport(t.store, broken, incoming(text)), ExtractionError);
      assert.equal(await t.store.countReports(), reports);
    });

    test('end to end with the real extractor: stored once, the answer has its shape', async () => {
      const engine = await createExtractor();
      const text = BONI_ATTACK[1].text;
      const report = incoming(`${text}\n\nUpdated version.`, { published: '2025-03-15', source: 'Sahel Wire' });
      const first = await recordReport(t.store, engine, report);
      assert.equal(first.duplicate, false);
      assert.match(first.report_id, /^[0-9a-f]{64}$/);
      for (const e of [...first.created, ...first.updated]) assert.match(e.id, /^[A-Z]{3}\d+$/);
      const second = await recordReport(t.store, engine, report);
      assert.deepEqual(second, { ...first, duplicate: true, created: [], updated: [], warnings: [] });
    });
  });
}
