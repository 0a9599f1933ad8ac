import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeEvent } from '../fusion/fixtures.js';
import { testBackends, type TestStore } from '../store/testing.js';
import type { EventExtractor } from './record.js';
import { ingestPaths, type Summary } from './run.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Every report that names Boni tells of the attack of 14 March; the others of nothing. */
const extractor: EventExtractor = {
  extract: (text) => ({ events: text.includes('Boni') ? [makeEvent()] : [], background: [], warnings: [] }),
};

for (const backend of testBackends()) {
  describe(`ingesting folders on ${backend.name}`, () => {
    let t: TestStore;
    before(async () => {
      t = await backend.open();
    });
    after(() => t.dispose());

    test('a folder: every report read, the bad ones listed by file, the Boni reports fused', async () => {
      const totals: number[] = [];
      let ticks = 0;
      const summary = await ingestPaths(t.store, extractor, [dir], {}, { total: (n) => totals.push(n), tick: () => ticks++ });
      assert.deepEqual(
        { ...summary, errors: summary.errors.map((e) => path.relative(dir, e.origin)) },
        {
          reports: 7,
          new: 7,
          duplicates: 0,
          events_created: 1,
          events_updated: 0,
          errors: ['batch.jsonl:3', 'batch.jsonl:4', 'batch.jsonl:6', 'broken.xml', 'empty.txt', 'photo.txt'],
        } satisfies Summary as unknown,
      );
      assert.equal(totals[totals.length - 1], ticks, 'the progress total ends at the number of items');
      const [event] = (await t.store.listEvents({}, 10)).events;
      assert.equal(event.mention_count, 3);
      assert.equal(event.source, 'FAMa; Radio Dande Douentza');
    });

    test('ingesting again changes nothing', async () => {
      const before = await t.store.listEvents({}, 10);
      const summary = await ingestPaths(t.store, extractor, [dir]);
      assert.equal(summary.new, 0);
      assert.equal(summary.duplicates, 7);
      assert.equal(summary.events_created + summary.events_updated, 0);
      assert.deepEqual(await t.store.listEvents({}, 10), before);
    });
  });
}
