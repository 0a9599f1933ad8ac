/**
 * The report Vigil was created from, coded as ../shared/seed/kati-2022-07-22.gold.json describes: the Kati
 * attack and the previous day's raids, and none of the background the report recalls.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SHARED, testExtractor } from '../testing/extractor.js';

const seed = new URL('seed/kati-2022-07-22.txt', SHARED);
const skip = existsSync(seed) ? false : 'needs ../shared/seed (absent in a fresh clone)';
const stripPeriod = (name: string | null) => name?.replace(/\s*\(\d{4}-(\d{4})?\)/, '') ?? null;

test('the Kati report gives the Kati attack and the raids of the day before, nothing else', { skip }, async () => {
  const text = readFileSync(seed, 'utf8');
  const result = (await testExtractor()).extract(text, { published: '2022-07-22' });

  const kati = result.events.filter((e) => e.location === 'Kati');
  assert.equal(kati.length, 1, 'the Kati attack is one event, however many paragraphs tell it');
  const attack = kati[0];
  assert.equal(attack.event_date, '2022-07-22');
  assert.equal(attack.time_precision, 1);
  assert.equal(`${attack.event_type}/${attack.sub_event_type}`, 'Battles/Armed clash');
  assert.equal(attack.actor1, 'JNIM: Group for Support of Islam and Muslims');
  assert.equal(attack.assoc_actor_1, 'Katiba Macina');
  assert.equal(attack.inter1, 'Rebel group');
  assert.equal(stripPeriod(attack.actor2), 'Military Forces of Mali');
  assert.equal(attack.inter2, 'State forces');
  assert.equal(attack.country, 'Mali');
  assert.equal(attack.admin1, 'Koulikoro');
  assert.equal(attack.geonameid, 2455558, 'the town near Bamako, not the village in Tombouctou');
  assert.ok(Math.abs(attack.latitude! - 12.75) < 0.05 && Math.abs(attack.longitude! + 8.07) < 0.05);
  assert.equal(attack.geo_precision, 1);
  assert.equal(attack.fatalities, 8, '1 soldier + 7 assailants neutralized');
  assert.equal(attack.wounded, 6);
  assert.equal(attack.arrested, 8);

  const raids = result.events.filter((e) => e !== attack);
  assert.ok(raids.length >= 1 && raids.length <= 3, 'one event, or one per region');
  for (const raid of raids) {
    assert.equal(raid.event_date, '2022-07-21');
    assert.equal(raid.event_type, 'Battles');
    assert.equal(raid.geo_precision, 3);
    assert.equal(stripPeriod(raid.actor2), 'Military Forces of Mali');
  }
  assert.deepEqual(new Set(raids.map((r) => r.admin1)), new Set(['Koulikoro', 'Segou', 'Mopti']));
  assert.equal(raids.reduce((sum, r) => sum + r.fatalities, 0), 3);

  assert.ok(!result.events.some((e) => e.event_date && e.event_date < '2022-07-01'), 'no background as an event');
  assert.ok(result.background.some((b) => b.date === '2020-08-18'), 'the 2020 coup is background');
  assert.ok(result.background.some((b) => b.date === '2012'), 'the 2012 crisis is background');
});

test('every field read from the seed carries evidence that is the exact slice of the text', { skip }, async () => {
  const text = readFileSync(seed, 'utf8');
  const { events } = (await testExtractor()).extract(text, { published: '2022-07-22' });
  for (const event of events) {
    const fields = new Set(event.evidence.map((e) => e.field));
    for (const field of ['event_date', 'event_type', 'actor1', 'actor2', 'location', 'fatalities'] as const) {
      assert.ok(fields.has(field), `${event.location ?? event.admin1}: evidence for ${field}`);
    }
    for (const e of event.evidence) assert.equal(text.slice(e.start, e.end), e.text);
  }
});
