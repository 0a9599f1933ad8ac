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

test('a press release: a label over the headline, and a dateline in ordinary case with a date', async () => {
  const text =
    'PRESS RELEASE\n\n' +
    'Relief coordinator condemns attack on displaced families near Kaya\n\n' +
    'Ouagadougou, 20 March 2023 — The relief coordinator condemns the attack by armed men on a site for displaced families near Kaya on Friday, 17 March, in which four people were killed.\n\n' +
    'Aid partners are distributing food and shelter kits.';
  const ex = await testExtractor();
  const doc = ex.annotate(text, { published: '2023-03-20' });
  assert.equal(doc.headline, 1, 'the headline under the label');
  assert.equal(doc.slice(doc.dateline!), 'Ouagadougou, 20 March 2023 —');
  assert.equal(doc.events.length, 1);
  assert.equal(doc.events[0].event_date, '2023-03-17', 'the day the text gives, not the dateline day');
  assert.equal(doc.events[0].location, 'Kaya');
});

test('a French communiqué dateline: "Niamey, le 4 mai 2024 -"', async () => {
  const ex = await testExtractor();
  const doc = ex.annotate(
    'Niamey, le 4 mai 2024 - Le gouvernement condamne l\'attaque perpétrée ce vendredi 3 mai 2024 par des hommes armés contre le marché de Téra, qui a fait six morts.',
    { published: '2024-05-04' },
  );
  assert.equal(doc.slice(doc.dateline!), 'Niamey, le 4 mai 2024 -');
  assert.equal(doc.events[0]?.event_date, '2024-05-03');
  assert.equal(doc.events[0]?.location, 'Téra');
});

test('a sentence opening on a place and a comma is not a dateline without a date and a dash', async () => {
  const ex = await testExtractor();
  const doc = ex.annotate('Djibo, a town under blockade, was attacked on Sunday by gunmen who killed three soldiers.', { published: '2023-03-14' });
  assert.equal(doc.dateline, null);
  assert.equal(doc.events[0]?.location, 'Djibo');
});

test('a name in ordinary case before a long dash is a dateline: "Mogadishu — At least ..."', async () => {
  const ex = await testExtractor();
  const doc = ex.annotate('Kaya — At least seven people were killed when a bomb exploded at a checkpoint on Monday, police said.', { published: '2023-03-14' });
  assert.equal(doc.slice(doc.dateline!), 'Kaya —');
  assert.equal(doc.events[0]?.location, 'Kaya');
  const plain = ex.annotate('Kaya - the town under blockade - was attacked on Sunday by gunmen who killed three soldiers.', { published: '2023-03-14' });
  assert.equal(plain.dateline, null, 'a short dash opens an aside, not a dateline');
  const french = ex.annotate('Kaya - Des centaines de femmes ont manifesté lundi devant le camp militaire de Djibo.', { published: '2023-03-14' });
  assert.equal(french.slice(french.dateline!), 'Kaya -', 'a short dash and a capital after it: a dateline');
  assert.equal(french.events[0]?.location, 'Djibo');
});

test('a headline may ask, trail off or end on a quotation; then the dateline after it is found', async () => {
  const ex = await testExtractor();
  for (const headline of ['Who is behind the attacks near Kaya?', 'Burkina Faso: the long siege of Djibo...', 'Mayor of Kaya: "We are alone"']) {
    const doc = ex.annotate(`${headline}\n\nOUAGADOUGOU, March 14 (Reuters) - Gunmen killed nine villagers near Kaya on Sunday, officials said.`, { published: '2023-03-14' });
    assert.equal(doc.headline, 0, headline);
    assert.equal(doc.slice(doc.dateline!), 'OUAGADOUGOU, March 14 (Reuters) -', headline);
    assert.equal(doc.events[0]?.event_date, '2023-03-12', headline);
  }
});

test('a label in capitals right above the headline, a camp and city dateline, and a city in capitals with a colon', async () => {
  const ex = await testExtractor();
  const release = ex.annotate(
    'NEWS RELEASE\n' +
      'Soldiers repel rebel raid on outpost\n\n' +
      'CAMP MATEO, Tacloban City - Soldiers repelled an attack on their outpost in Borongan on May 2, 2024, killing one rebel.',
    { published: '2024-05-03' },
  );
  assert.equal(release.headline, 1);
  assert.equal(release.slice(release.dateline!), 'CAMP MATEO, Tacloban City -');
  assert.equal(release.events[0]?.location, 'Borongan');
  const paper = ex.annotate('Blast kills two\n\nQUETTA: Two labourers were killed when a bomb exploded near a market in Turbat on Sunday.', {
    published: '2024-05-06',
  });
  assert.equal(paper.slice(paper.dateline!), 'QUETTA:');
  assert.equal(paper.events[0]?.location, 'Turbat');
});
