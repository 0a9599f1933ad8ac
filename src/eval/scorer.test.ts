import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AcledRow } from './acled.js';
import {
  actorComponents,
  bestMatch,
  evaluate,
  fatalityBucket,
  haversineKm,
  normaliseActor,
  pickExamples,
  scoreRow,
  summarise,
  type Extracted,
} from './scorer.js';

// Invented rows and events: made-up notes at real Sahel places, coded the way ACLED codes.
function row(overrides: Partial<AcledRow> = {}): AcledRow {
  return {
    index: 1,
    id: 'TST1',
    notes: 'Soldiers clashed with gunmen near Boni; three were killed.',
    published: '2019-03-06',
    event_date: '2019-03-04',
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: 'Military Forces of Mali (2013-2020)',
    actor2: 'Unidentified Armed Group (Mali)',
    inter1: 'State forces',
    inter2: 'Rebel group',
    admin1: 'Mopti',
    location: 'Boni',
    latitude: 15.05,
    longitude: -1.9167,
    geo_precision: 1,
    fatalities: 3,
    ...overrides,
  };
}

function event(overrides: Partial<Extracted> = {}): Extracted {
  return {
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    event_date: '2019-03-04',
    actor1: 'Military Forces of Mali',
    assoc_actor_1: null,
    actor2: 'Unidentified Armed Group (Mali)',
    assoc_actor_2: null,
    inter1: 'State forces',
    inter2: 'Rebel group',
    admin1: 'Mopti',
    location: 'Boni',
    latitude: 15.05,
    longitude: -1.9167,
    fatalities: 3,
    ...overrides,
  };
}

test('a perfect event is right on every field', () => {
  const r = scoreRow(row(), [event()]);
  assert.deepEqual(r.correct, {
    event_type: true,
    sub_event_type: true,
    event_date: true,
    fatalities: true,
    admin1: true,
    location_10km: true,
  });
  assert.deepEqual(r.actorsFound, r.actorsExpected);
  assert.equal(r.intersFound.length, 2);
});

test('each field is judged on its own', () => {
  const r = scoreRow(
    row(),
    [event({ sub_event_type: 'Government regains territory', event_date: '2019-03-03', fatalities: 4, admin1: 'Tombouctou' })],
  );
  assert.deepEqual(r.correct, {
    event_type: true,
    sub_event_type: false,
    event_date: false,
    fatalities: false,
    admin1: false,
    location_10km: true,
  });
});

test('a row with no event is wrong on every scored field and finds no actor', () => {
  const r = scoreRow(row(), []);
  assert.equal(r.matched, null);
  assert.ok(Object.values(r.correct).every((c) => c === false));
  assert.deepEqual(r.actorsFound, []);
  const summary = summarise([r, scoreRow(row(), [event()])]);
  assert.deepEqual(summary.rates.with_event, { correct: 1, total: 2 });
  assert.deepEqual(summary.rates.event_type, { correct: 1, total: 2 });
  assert.deepEqual(summary.rates.actors, { correct: 2, total: 4 });
  assert.equal(summary.examples.no_event.length, 1);
  assert.equal(summary.fatalityErrors.no_event, 1);
});

test('fields ACLED leaves blank are not scored', () => {
  const r = scoreRow(row({ admin1: null, fatalities: null, actor2: null }), [event()]);
  assert.equal(r.correct.admin1, null);
  assert.equal(r.correct.fatalities, null);
  assert.deepEqual(r.actorsExpected, ['Military Forces of Mali (2013-2020)']);
});

test('admin1 is compared without case, accents or hyphens', () => {
  const r = scoreRow(row({ admin1: 'Boucle du Mouhoun' }), [event({ admin1: 'boucle-du-mouhoun' })]);
  assert.equal(r.correct.admin1, true);
  assert.equal(scoreRow(row({ admin1: 'Ségou' }), [event({ admin1: 'Segou' })]).correct.admin1, true);
});

test('haversine distances', () => {
  assert.equal(haversineKm(15, -2, 15, -2), 0);
  // One degree of latitude is about 111.2 km anywhere.
  assert.ok(Math.abs(haversineKm(14, -1, 15, -1) - 111.19) < 0.1);
});

test('location counts within 10 km, and only for geo_precision 1-2', () => {
  // 0.08 degrees of latitude is about 8.9 km; 0.1 is about 11.1 km.
  assert.equal(scoreRow(row(), [event({ latitude: 15.13 })]).correct.location_10km, true);
  assert.equal(scoreRow(row(), [event({ latitude: 15.15 })]).correct.location_10km, false);
  assert.equal(scoreRow(row(), [event({ latitude: null, longitude: null })]).correct.location_10km, false);
  assert.equal(scoreRow(row({ geo_precision: 2 }), [event()]).correct.location_10km, true);
  assert.equal(scoreRow(row({ geo_precision: 3 }), [event()]).correct.location_10km, null);
  assert.equal(scoreRow(row({ latitude: null }), [event()]).correct.location_10km, null);
});

test('period suffixes are stripped wherever they stand; country qualifiers are kept', () => {
  assert.equal(normaliseActor('Military Forces of Mali (2013-2020)'), 'military forces of mali');
  assert.equal(normaliseActor('Military Forces of Burkina Faso (2015-)'), 'military forces of burkina faso');
  assert.equal(
    normaliseActor('Police Forces of Burkina Faso (2015-) Gendarmerie'),
    'police forces of burkina faso gendarmerie',
  );
  assert.equal(normaliseActor('Civilians (Mali)'), 'civilians mali');
  assert.notEqual(normaliseActor('Civilians (Mali)'), normaliseActor('Civilians (Niger)'));
});

test('actors are found in any role, including associated actors', () => {
  const r = scoreRow(row(), [
    event({ actor1: 'Unidentified Armed Group (Mali)', actor2: 'Civilians (Mali)', assoc_actor_2: 'Dozo; Military Forces of Mali (2021-)' }),
  ]);
  assert.equal(r.actorsFound.length, 2);
  const missed = scoreRow(row(), [event({ actor2: 'Civilians (Mali)' })]);
  assert.deepEqual(missed.actorsFound, ['Military Forces of Mali (2013-2020)']);
});

test('a joint "X and/or Y" actor is found when either component is', () => {
  const joint = 'JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)';
  assert.deepEqual(actorComponents(joint), [
    'jnim group for support of islam and muslims',
    'islamic state greater sahara',
  ]);
  const r = scoreRow(row({ actor1: joint }), [event({ actor1: 'Islamic State (Greater Sahara)' })]);
  assert.ok(r.actorsFound.includes(joint));
  assert.equal(r.jointActorsFound, 1);
  assert.equal(summarise([r]).jointActorsFound, 1);
});

test('the best-agreeing event is matched, the first on ties', () => {
  const wrongType = event({ event_type: 'Violence against civilians', sub_event_type: 'Attack', event_date: '2019-03-04' });
  const rightType = event({ event_date: '2019-02-01', latitude: 13, longitude: -4 });
  assert.equal(bestMatch(row(), [wrongType, rightType]), rightType);
  const twin = event();
  const first = event();
  assert.equal(bestMatch(row(), [first, twin]), first);
  const nearer = event({ event_type: 'Riots', sub_event_type: 'Mob violence' });
  const farther = event({ event_type: 'Riots', sub_event_type: 'Mob violence', latitude: 14, longitude: -3 });
  assert.equal(bestMatch(row(), [farther, nearer]), nearer);
  const r = scoreRow(row(), [wrongType, rightType]);
  assert.equal(r.events, 2);
  assert.equal(r.correct.event_type, true);
  assert.equal(r.correct.event_date, false);
});

test('fatality errors are bucketed by kind and size', () => {
  assert.equal(fatalityBucket(3, 3), 'exact');
  assert.equal(fatalityBucket(3, 5), 'off_1_2');
  assert.equal(fatalityBucket(3, 13), 'off_3_10');
  assert.equal(fatalityBucket(30, 3), 'off_over_10');
  assert.equal(fatalityBucket(3, 0), 'missed_deaths');
  assert.equal(fatalityBucket(0, 2), 'invented_deaths');
  assert.equal(fatalityBucket(0, null), 'no_event');
});

test('confusion tables count ACLED type against the matched type, no event included', () => {
  const results = [
    scoreRow(row(), [event()]),
    scoreRow(row(), [event({ event_type: 'Violence against civilians', sub_event_type: 'Attack' })]),
    scoreRow(row(), []),
  ];
  const summary = summarise(results);
  assert.deepEqual(summary.confusion.event_type, {
    Battles: { Battles: 1, 'Violence against civilians': 1, '(no event)': 1 },
  });
  assert.deepEqual(summary.confusion.sub_event_type, { 'Armed clash': { 'Armed clash': 1, Attack: 1, '(no event)': 1 } });
  assert.equal(summary.examples.event_type[0].got, 'Violence against civilians / Attack');
});

test('examples show one failure of each kind first, worst first', () => {
  const example = (index: number) => ({ index, id: null, notes: '', expected: '', got: '' });
  const picked = pickExamples(
    [
      { key: 'a', severity: 9, example: example(1) },
      { key: 'a', severity: 8, example: example(2) },
      { key: 'b', severity: 1, example: example(3) },
      { key: 'a', severity: 7, example: example(4) },
    ],
    3,
  );
  assert.deepEqual(
    picked.map((e) => e.index),
    [1, 3, 2],
  );
});

test('fatality examples put the largest errors first', () => {
  const results = [1, 2, 3].map((i) => scoreRow(row({ index: i, fatalities: 10 }), [event({ fatalities: 10 + i })]));
  const shown = summarise(results).examples.fatalities.map((e) => e.index);
  assert.deepEqual(shown, [3, 2, 1]);
});

test('evaluate runs the extractor on notes with the reference date, and survives its exceptions', () => {
  const seen: [string, string | null][] = [];
  const results = evaluate([row({ index: 1 }), row({ index: 2, notes: 'boom' })], (notes, published) => {
    seen.push([notes, published]);
    if (notes === 'boom') throw new Error('stage failed');
    return [event()];
  });
  assert.deepEqual(seen[0], [row().notes, '2019-03-06']);
  assert.equal(results[1].matched, null);
  assert.match(results[1].error!, /^stage failed \(at .*scorer\.test\.ts:\d+:\d+\)+$/);
  const summary = summarise(results);
  assert.equal(summary.errors.count, 1);
  assert.match(summary.errors.first[0], /^row 2: stage failed/);
});
