/**
 * The example reports in examples/ and tricky cases of our own: relative dates, vague counts, two events in
 * one report, a report with no event at all, a report without a publication date.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { testExtractor } from '../testing/extractor.js';

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');

test('an ambush on an army convoy is a battle with every death counted, attackers included', async () => {
  const { events } = (await testExtractor()).extract(example('mopti-ambush-2023-03-14.txt'), { published: '2023-03-14' });
  assert.equal(events.length, 1);
  const [e] = events;
  assert.equal(e.event_date, '2023-03-12', 'on Sunday, before a Tuesday publication');
  assert.equal(`${e.event_type}/${e.sub_event_type}`, 'Battles/Armed clash');
  assert.equal(e.fatalities, 16, '4 soldiers + 12 attackers');
  assert.equal(e.wounded, 7);
  assert.equal(e.admin1, 'Mopti');
  assert.equal(e.country, 'Mali');
});

test('a march of traders is a peaceful protest by Protesters (Burkina Faso)', async () => {
  const { events } = (await testExtractor()).extract(example('ouagadougou-protest-2023-05-02.txt'), { published: '2023-05-02' });
  assert.equal(events.length, 1);
  assert.equal(events[0].sub_event_type, 'Peaceful protest');
  assert.equal(events[0].actor1, 'Protesters (Burkina Faso)');
  assert.equal(events[0].location, 'Ouagadougou');
  assert.equal(events[0].event_date, '2023-05-01');
});

test('gunmen killing villagers is violence against civilians; the year the group began is background', async () => {
  const result = (await testExtractor()).extract(example('tillaberi-village-attack-2023-09-18.txt'), { published: '2023-09-18' });
  assert.equal(result.events.length, 1);
  const [e] = result.events;
  assert.equal(`${e.event_type}/${e.sub_event_type}`, 'Violence against civilians/Attack');
  assert.equal(e.actor1, 'Unidentified Armed Group (Niger)');
  assert.equal(e.actor2, 'Civilians (Niger)');
  assert.equal(e.fatalities, 9);
  assert.equal(e.event_date, '2023-09-16');
  assert.ok(result.background.some((b) => b.date === '2019'));
});

test('ministers meeting is no event', async () => {
  const { events } = (await testExtractor()).extract(example('diplomacy-no-event-2023-06-07.txt'), { published: '2023-06-07' });
  assert.deepEqual(events, []);
});

test('two attacks on two days in two places are two events', async () => {
  const text =
    'Unidentified gunmen killed three herders near Djibo on Monday, residents said. ' +
    'On Wednesday, an improvised explosive device struck a military vehicle near Dori, wounding two soldiers.';
  const { events } = (await testExtractor()).extract(text, { published: '2023-02-09' });
  assert.equal(events.length, 2);
  const [first, second] = events;
  assert.equal(first.event_date, '2023-02-06');
  assert.equal(first.event_type, 'Violence against civilians');
  assert.equal(first.fatalities, 3);
  assert.equal(second.event_date, '2023-02-08');
  assert.equal(second.sub_event_type, 'Remote explosive/landmine/IED');
  assert.equal(second.wounded, 2);
  assert.equal(second.fatalities, 0);
});

test('vague counts take ACLED values; "at least" keeps its figure', async () => {
  const ex = await testExtractor();
  const dozens = ex.extract('Dozens of villagers were killed when gunmen attacked Solhan on Friday night.', { published: '2021-06-06' });
  assert.equal(dozens.events[0].fatalities, 12);
  const atLeast = ex.extract('At least 21 civilians were killed by armed men in Seytenga on Saturday.', { published: '2022-06-13' });
  assert.equal(atLeast.events[0].fatalities, 21);
  assert.equal(atLeast.events[0].event_date, '2022-06-11');
});

test('relative dates: the day before, last week, early July', async () => {
  const ex = await testExtractor();
  const lastWeek = ex.extract('Jihadists attacked a gendarmerie post in Mopti last week, killing two gendarmes.', { published: '2022-07-22' });
  assert.equal(lastWeek.events[0].time_precision, 2);
  const early = ex.extract('In early July, suspected militants abducted a village chief near Gao.', { published: '2022-07-22' });
  assert.equal(early.events[0].time_precision, 3);
  assert.equal(early.events[0].event_date, '2022-07-01');
  assert.equal(early.events[0].sub_event_type, 'Abduction/forced disappearance');
});

test('without a publication date, events still come out, with the date left unknown and a warning', async () => {
  const result = (await testExtractor()).extract('Gunmen killed two traders in Gao on Friday.');
  assert.equal(result.events.length, 1);
  assert.equal(result.events[0].event_date, null);
  assert.ok(result.warnings.some((w) => w.includes('publication date')));
});

test('a day told again after another day is the event of that day, not a new one', async () => {
  const text =
    'Youths set fire to a police station in Niamey on Saturday. ' +
    'On Friday evening, a police officer had shot dead a motorcycle taxi driver at a checkpoint. ' +
    'On Saturday morning, the youths had blocked the roads with barricades and burning tyres before the fire.';
  const { events } = (await testExtractor()).extract(text, { published: '2023-08-14' });
  assert.deepEqual(events.map((e) => e.event_date).sort(), ['2023-08-11', '2023-08-12']);
});

test('fear after an attack, told on a later day, is not another event', async () => {
  const text =
    'Armed separatists attacked a gendarmerie post in Bamenda, Cameroon, on Monday, killing two gendarmes. ' +
    'A resident said shops and schools remained closed on Tuesday for fear of reprisals.';
  const { events } = (await testExtractor()).extract(text, { published: '2021-05-19' });
  assert.deepEqual(events.map((e) => e.event_date), ['2021-05-17']);
});

test('told to the day, an event is set against what happened "this month": context, not another event', async () => {
  const text =
    'Gunmen abducted 20 worshippers from a church in Tsafe, Nigeria, on Sunday. ' +
    'The state government this month shut down mobile networks to curb the kidnappings.';
  const french =
    'Des hommes armés ont enlevé dimanche 20 fidèles dans une église de Tsafe, au Nigeria. ' +
    'Dans la région, des enlèvements ont été signalés ces derniers mois.';
  for (const report of [text, french]) {
    const { events, background } = (await testExtractor()).extract(report, { published: '2021-09-13' });
    assert.deepEqual(events.map((e) => e.event_date), ['2021-09-12']);
    assert.equal(background.length, 1);
  }
});

test('an attack people fear or try to prevent did not happen: fleeing "fearing new attacks" is no event', async () => {
  const text =
    "Des assaillants ont attaqué samedi le détachement militaire de Djibo, tuant neuf soldats. " +
    'Dimanche matin, des habitants ont fui vers Ouahigouya, craignant de nouvelles attaques. ' +
    'Residents of Kaya said the army should do more to prevent attacks on the town.';
  const { events } = (await testExtractor()).extract(text, { published: '2023-08-14' });
  assert.equal(events.length, 1);
  assert.equal(events[0].location, 'Djibo');
});

test('"feared dead" is still a toll', async () => {
  const { events } = (await testExtractor()).extract('Gunmen attacked a village near Djibo on Saturday; twelve people are feared dead.', {
    published: '2023-08-14',
  });
  assert.equal(events[0].fatalities, 12);
});

test("a roundup's paragraph label names the area: the event is at the town its sentence names", async () => {
  const text =
    'Security roundup: attacks across northern Nigeria\n\n' +
    'Kaduna: Troops repelled an attack by bandits on a village in Giwa on Monday, killing three of the attackers, the army said.\n\n' +
    'Borno: Two farmers were killed when a bomb planted by suspected ISWAP fighters went off near Konduga on Sunday, residents said.';
  const { events } = (await testExtractor()).extract(text, { published: '2024-06-18' });
  assert.deepEqual(events.map((e) => [e.admin1, e.location]), [['Kaduna', 'Giwa'], ['Borno', 'Konduga']]);
});

test('"the previous night" in a statement counts back from the day of the statement', async () => {
  const text =
    'The army said on Saturday it had repulsed an attack by rebels on the outskirts of Bambari the previous night, killing 12 of them.';
  const french = "L'armée a affirmé samedi avoir repoussé la veille une attaque de rebelles aux abords de Bambari, tuant 12 assaillants.";
  for (const report of [text, french]) {
    const { events } = (await testExtractor()).extract(report, { published: '2024-03-04' });
    assert.deepEqual(events.map((e) => [e.event_date, e.fatalities]), [['2024-03-01', 12]], report);
  }
});

test('a region named first, then a town in it, is one event placed by the town', async () => {
  const text =
    "Gunmen killed at least 12 villagers in an attack in Nigeria's Plateau state on Saturday, a local official said. " +
    'The attackers raided a farming village about 15 km from the town of Bokkos in the early morning, residents said.';
  const { events } = (await testExtractor()).extract(text, { published: '2023-05-15' });
  assert.deepEqual(events.map((e) => [e.admin1, e.location, e.geo_precision, e.fatalities]), [['Plateau', 'Bokkos', 2, 12]]);
});
