import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testExtractor } from '../testing/extractor.js';

test('a headline and a dateline are found; the event is where the lead says, not where the reporter filed', async () => {
  const text =
    'Gunmen kill nine in raid near Kaya\n\n' +
    'OUAGADOUGOU, March 14 — Gunmen killed nine villagers in a raid on a hamlet near Kaya on Sunday, a local official said on Monday.\n\n' +
    'The attackers came on motorbikes, residents said.';
  const ex = await testExtractor();
  const doc = ex.annotate(text, { published: '2023-03-14' });
  assert.equal(doc.headline, 0);
  assert.equal(doc.slice(doc.dateline!), 'OUAGADOUGOU, March 14 —');
  assert.equal(doc.events.length, 1, 'the headline restates the lead');
  const [e] = doc.events;
  assert.equal(e.location, 'Kaya');
  assert.equal(e.geo_precision, 2);
  assert.equal(e.event_date, '2023-03-12', 'on Sunday, not the dateline day nor the day it was said');
  assert.equal(e.fatalities, 9);
});

test('an agency dateline in French', async () => {
  const ex = await testExtractor();
  const doc = ex.annotate('Niamey (AFP) - Des hommes armés ont tué trois civils dimanche près de Téra, selon une source locale.', { published: '2023-03-14' });
  assert.equal(doc.slice(doc.dateline!), 'Niamey (AFP) -');
  assert.equal(doc.events[0]?.location, 'Téra');
});
