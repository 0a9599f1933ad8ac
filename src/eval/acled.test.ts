import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAcledCsv, parseAcledDate, parseInter, readAcledFile, selectRows } from './acled.js';
import { UserError } from '../cli/errors.js';

// Invented rows in ACLED's export format (real column names, made-up events): never ACLED's own data.
const FULL_EXPORT = [
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,' +
    'actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,' +
    'latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp',
  'TST1,04 March 2019,2019,1,Political violence,Battles,Armed clash,Military Forces of Mali (2013-2020),,State forces,' +
    'Unidentified Armed Group (Mali),,Rebel group,State forces-Rebel group,,466,Western Africa,Mali,Mopti,Douentza,' +
    'Boni,Boni,15.0500,-1.9167,1,Invented Daily,National,"On 4 March, soldiers and gunmen fought near Boni, killing 3.",3,,1552000000',
  'TST2,2019-03-05T00:00:00Z,2019,1,Demonstrations,Protests,Peaceful protest,Protesters (Mali),,Protesters,' +
    ',,,Protesters only,,466,Western Africa,Mali,Bamako,Bamako,Bamako,Bamako,12.6500,-8.0000,1,Invented Daily,National,' +
    'Traders marched in Bamako.,0,crowd size=no report,1552000000',
].join('\n');

test('parseAcledDate reads ISO, API and day-month-year forms', () => {
  assert.equal(parseAcledDate('2019-03-04'), '2019-03-04');
  assert.equal(parseAcledDate('2019-03-04T00:00:00Z'), '2019-03-04');
  assert.equal(parseAcledDate('04 March 2019'), '2019-03-04');
  assert.equal(parseAcledDate('4-Mar-2019'), '2019-03-04');
  assert.equal(parseAcledDate('Sept. 4 2019'), null);
  assert.equal(parseAcledDate('04 Smarch 2019'), null);
});

test('parseInter reads old numeric codes and text labels', () => {
  assert.equal(parseInter('1'), 'State forces');
  assert.equal(parseInter('8'), 'External/Other forces');
  assert.equal(parseInter('0'), null);
  assert.equal(parseInter('rebel group'), 'Rebel group');
  assert.equal(parseInter(''), null);
});

test('a full ACLED export is read by header, extra columns ignored, published falls back to event_date', () => {
  const { rows, warnings } = parseAcledCsv(FULL_EXPORT, 'export.csv');
  assert.deepEqual(warnings, []);
  assert.equal(rows.length, 2);
  const [clash, protest] = rows;
  assert.equal(clash.id, 'TST1');
  assert.equal(clash.event_date, '2019-03-04');
  assert.equal(clash.published, '2019-03-04');
  assert.equal(clash.inter1, 'State forces');
  assert.equal(clash.inter2, 'Rebel group');
  assert.equal(clash.latitude, 15.05);
  assert.equal(clash.geo_precision, 1);
  assert.equal(clash.fatalities, 3);
  assert.equal(protest.event_date, '2019-03-05');
  assert.equal(protest.actor2, null);
  assert.equal(protest.inter2, null);
  assert.equal(protest.index, 2);
});

test('our published column is the reference date when present', () => {
  const csv = 'event_date,published,notes\n2019-03-04,2019-03-06,Something happened.\n';
  assert.equal(parseAcledCsv(csv, 'x.csv').rows[0].published, '2019-03-06');
});

test('missing optional columns are reported, not fatal; unreadable values leave the field unscored', () => {
  const csv = 'notes,event_date,event_type\n"A text.",someday,Battles\n';
  const { rows, warnings } = parseAcledCsv(csv, 'x.csv');
  assert.equal(rows[0].event_date, null);
  assert.equal(rows[0].fatalities, null);
  assert.equal(rows[0].event_type, 'Battles');
  assert.ok(warnings.some((w) => w.includes('"fatalities"')));
  assert.ok(warnings.some((w) => w.includes('unreadable event_date "someday"')));
});

test('a CSV without notes, or a missing file, is a clear user error', () => {
  assert.throws(() => parseAcledCsv('event_date,event_type\n2019-01-01,Battles\n', 'x.csv'), (err: unknown) => {
    return err instanceof UserError && /no "notes" column/.test(err.message);
  });
  const missing = path.join(os.tmpdir(), 'vigil-no-such-file.csv');
  assert.throws(() => readAcledFile(missing), (err: unknown) => {
    return err instanceof UserError && err.message === `${missing}: no such file`;
  });
});

test('readAcledFile reads a file from disk', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-acled-'));
  const file = path.join(dir, 'export.csv');
  fs.writeFileSync(file, '\uFEFF' + FULL_EXPORT);
  try {
    assert.equal(readAcledFile(file).rows.length, 2);
  } finally {
    fs.rmSync(dir, { recursive: true });
  }
});

test('selectRows takes one row in k from the first, then the limit', () => {
  const rows = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  assert.deepEqual(selectRows(rows, { every: 3 }), [0, 3, 6, 9]);
  assert.deepEqual(selectRows(rows, { every: 3, limit: 2 }), [0, 3]);
  assert.deepEqual(selectRows(rows, { limit: 4 }), [0, 1, 2, 3]);
});
