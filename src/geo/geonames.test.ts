import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectKind, isKeptFeature, parseAdminCodeLine, parsePlaceLine } from './geonames.js';

const KATI =
  '2455558\tKati\tKati\tKati,Kati Ville,Katis\t12.74409\t-8.07257\tP\tPPLA2\tML\t\t07\t\t\t\t42922\t\t423\tAfrica/Bamako\t2013-11-09';

test('file kinds are told by the shape of a line', () => {
  assert.equal(detectKind(KATI), 'places');
  assert.equal(detectKind('ML.05\tSégou\tSegou\t2451477'), 'admin1');
  assert.equal(detectKind('BF.12.40\tProvince du Soum\tProvince du Soum\t2355248'), 'admin2');
  assert.equal(detectKind('{"name": "vigil"}'), null);
  assert.equal(detectKind('a\tb\tc\td'), null);
});

test('a country-dump line is parsed into its columns', () => {
  const place = parsePlaceLine(KATI);
  assert.ok(place);
  assert.equal(place.geonameid, 2455558);
  assert.deepEqual(place.alternates, ['Kati', 'Kati Ville', 'Katis']);
  assert.equal(place.latitude, 12.74409);
  assert.equal(place.admin1Code, '07');
  assert.equal(place.population, 42922);
});

test('malformed dump lines are refused', () => {
  assert.equal(parsePlaceLine('2455558\tKati'), null);
  assert.equal(parsePlaceLine(KATI.replace('12.74409', 'north')), null);
  assert.equal(parsePlaceLine(KATI.replace('2455558', 'x')), null);
});

test('an admin-codes line with a blank name falls back on its ASCII name', () => {
  assert.deepEqual(parseAdminCodeLine('MC.00\t\tCommune de Monaco\t3319178', 'admin1'), {
    code: 'MC.00', name: 'Commune de Monaco', asciiname: 'Commune de Monaco', geonameid: 3319178,
  });
  assert.equal(parseAdminCodeLine('ML.05.1\tX\tX\t1', 'admin1'), null);
});

test('populated places, admin units, localities, some spots and landmarks are kept; other water and relief and countries are not', () => {
  assert.ok(isKeptFeature('P', 'PPL'));
  assert.ok(isKeptFeature('A', 'ADM3'));
  assert.ok(isKeptFeature('L', 'LCTY'));
  assert.ok(isKeptFeature('S', 'CMPRF'));
  assert.ok(isKeptFeature('V', 'FRST'));
  assert.ok(!isKeptFeature('A', 'PCLI'));
  assert.ok(isKeptFeature('H', 'WLL'));
  assert.ok(isKeptFeature('S', 'RUIN'));
  assert.ok(!isKeptFeature('H', 'STM'));
  assert.ok(!isKeptFeature('T', 'PLN'));
  assert.ok(!isKeptFeature('S', 'SCH'));
});
