import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAcledCsv } from './acled.js';
import { evaluate, summarise, type Extracted } from './scorer.js';
import { alignTable, jsonReport, textReport } from './report.js';

// Invented rows in ACLED's format; the fake extractor finds a battle in the first and nothing in the second.
const CSV = [
  'event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,admin1,location,latitude,longitude,geo_precision,fatalities,notes',
  'TST1,2019-03-04,Battles,Armed clash,Military Forces of Niger (2011-2021),Islamic State (Greater Sahara),Tillaberi,Ayorou,14.73,0.92,1,2,Soldiers and militants fought at Ayorou; two died.',
  'TST2,2019-03-05,Protests,Peaceful protest,Protesters (Niger),,Niamey,Niamey,13.51,2.11,1,0,Students marched in Niamey.',
].join('\n');

const battle: Extracted = {
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  event_date: '2019-03-04',
  actor1: 'Military Forces of Niger (2011-2021)',
  assoc_actor_1: null,
  actor2: null,
  assoc_actor_2: null,
  inter1: 'State forces',
  inter2: null,
  admin1: 'Tillaberi',
  location: 'Ayorou',
  latitude: 14.73,
  longitude: 0.92,
  fatalities: 5,
};

function run() {
  const { rows } = parseAcledCsv(CSV, 'invented.csv');
  const summary = summarise(evaluate(rows, (notes) => (notes.includes('Ayorou') ? [battle] : [])));
  const info = { file: 'invented.csv', rowsInFile: 2, every: 1, limit: null, seconds: 0.5, warnings: [] };
  return { summary, info };
}

test('alignTable pads the first column left and the others right unless told', () => {
  assert.deepEqual(alignTable([['a', '1'], ['bbb', '22']]), ['  a     1', '  bbb  22']);
  assert.deepEqual(alignTable([['a', '1', 'x'], ['bbb', '22', 'yy']], 'lrl'), ['  a     1  x', '  bbb  22  yy']);
});

test('the text report puts figures next to targets and shows what went wrong', () => {
  const { summary, info } = run();
  const text = textReport(summary, info);
  assert.match(text, /2 of 2 rows in 0\.5 s/);
  assert.match(text, /rows with an event\s+50\.0%\s+98%\s+below\s+1\/2/);
  assert.match(text, /fatalities \(exact\)\s+0\.0%\s+90%\s+below\s+0\/2/);
  assert.match(text, /actors found\s+33\.3%\s+80%\s+below\s+1\/3/);
  assert.match(text, /Rows with no event:\n  row 2 \(TST2\): expected Protests \/ Peaceful protest \| got \(no event\)/);
  assert.match(text, /Wrong fatalities:\n  row 1 \(TST1\): expected 2 \| got 5/);
  assert.match(text, /off by 3-10\s+1/);
});

test('the JSON report carries rates as fractions with their targets', () => {
  const { summary, info } = run();
  const json = JSON.parse(jsonReport(summary, info));
  assert.deepEqual(json.metrics.event_type, { correct: 1, total: 2, rate: 0.5, target: 0.92 });
  assert.equal(json.metrics.location_10km.rate, 0.5);
  assert.equal(json.fatality_errors.no_event, 1);
  assert.equal(json.examples.no_event[0].id, 'TST2');
});
