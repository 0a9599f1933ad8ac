import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadPlaceSpellings } from './spellings.js';
import { testExtractor } from '../testing/extractor.js';

const spellings = loadPlaceSpellings();

test('a compass word translates both ways, so "North Kivu" and "Nord-Kivu" each find the other', () => {
  assert.equal(spellings.compassTranslations.get('north'), 'nord');
  for (const [word, other] of spellings.compassTranslations) {
    assert.equal(spellings.compassTranslations.get(other), word, `${word} -> ${other} has no way back`);
  }
});

test('each first word of an Arabic name leads to its other spellings, never to itself', () => {
  assert.deepEqual([...(spellings.arabicFirstWords.get('um') ?? [])].sort(), ['om', 'oum', 'umm']);
  assert.deepEqual(spellings.arabicFirstWords.get('al'), ['el']);
  for (const [word, others] of spellings.arabicFirstWords) assert.ok(!others.includes(word), word);
});

test('an English compass adjective names the regions called after it in English and French', () => {
  assert.deepEqual(spellings.compassRegions.get('eastern'), ['east', 'est']);
});

test("a region's name in the press is GeoNames' region: \"l'Extrême-Nord\" is Cameroon's Far North", async () => {
  const admin1 = JSON.parse(readFileSync(new URL('../../data/geo/admin1.json', import.meta.url), 'utf8')) as { codes: Record<string, string[]> };
  const names = new Set(Object.values(admin1.codes).map(([, ascii]) => ascii.toLowerCase()));
  for (const [press, geonames] of spellings.regionNames) assert.ok(names.has(geonames), `${press} -> ${geonames} is no admin1 name`);
  const extractor = await testExtractor();
  const [e] = extractor.extract("Des hommes armés ont tué deux éleveurs lundi dans la région de l'Extrême-Nord, au Cameroun.", { published: '2023-06-07' }).events;
  assert.deepEqual([e.admin1, e.geo_precision], ['Far North', 3]);
});
