/** Fatalities by ACLED's rules: every death counts, parts add up, retellings do not, "more" adds. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CasualtySpan } from '../../doc/doc.js';
import { testExtractor } from '../../testing/extractor.js';
import { countFor, splitCount } from './fatalities.js';

function span(count: number, side: CasualtySpan['side'], sentence: number, extra: Partial<CasualtySpan> = {}): CasualtySpan {
  return { start: 0, end: 1, role: 'killed', count, qualifier: 'exact', side, total: false, sentence, ...extra };
}

test('counts of different sides in one sentence add up; the same side told again is not counted twice', () => {
  assert.equal(countFor([span(1, 'forces', 0), span(7, 'attackers', 0)], 'killed')!.value, 8);
  assert.equal(countFor([span(4, 'forces', 0), span(3, 'forces', 1)], 'killed')!.value, 3);
});

test('people of no known side listed with a known side in one sentence add to it', () => {
  assert.equal(countFor([span(1, 'forces', 0), span(1, 'unknown', 0, { listed: true })], 'killed')!.value, 2);
  assert.equal(countFor([span(1, 'forces', 0), span(1, 'unknown', 0)], 'killed')!.value, 1);
});

test('a count told as more people adds to the one before', () => {
  assert.equal(countFor([span(2, 'unknown', 0), span(2, 'unknown', 1, { additional: true })], 'killed')!.value, 4);
});

test('a toll revised upwards stands for the whole; a toll from another source that conflicts does not', () => {
  assert.equal(countFor([span(3, 'forces', 0), span(12, 'unknown', 1, { total: true, revised: true })], 'killed')!.value, 12);
  assert.equal(countFor([span(30, 'unknown', 0), span(46, 'unknown', 1, { total: true })], 'killed')!.value, 30);
});

test('a toll is split evenly over events, the remainder to the first', () => {
  assert.deepEqual([0, 1, 2].map((i) => splitCount(7, 3, i)), [3, 2, 2]);
});

test('end to end: attackers included, later deaths added, conflicting retellings not summed', async () => {
  const extractor = await testExtractor();
  const fatalities = (text: string) => extractor.extract(text, { published: '2023-06-07' }).events.map((e) => e.fatalities);
  assert.deepEqual(fatalities('Militants ambushed an army patrol near the town on Monday; three soldiers and five assailants were killed.'), [8]);
  assert.deepEqual(fatalities('Gunmen attacked a convoy on Monday. Two soldiers died on the spot. Two more died at the hospital.'), [4]);
  assert.deepEqual(fatalities('Gunmen attacked a village on Monday, killing six civilians. Local sources said five civilians were killed.'), [5]);
});

test('a vague count adds only for a side no figure counts: "seven soldiers killed ... dozens of militants"', () => {
  const vague = { qualifier: 'vague' as const };
  assert.equal(countFor([span(7, 'forces', 0), span(12, 'attackers', 1, vague)], 'killed')!.value, 19);
  assert.equal(countFor([span(7, 'forces', 0), span(12, 'forces', 1, vague)], 'killed')!.value, 7);
  assert.equal(countFor([span(7, 'forces', 0), span(12, 'unknown', 1, vague)], 'killed')!.value, 7);
  assert.equal(countFor([span(7, 'unknown', 0), span(12, 'attackers', 1, vague)], 'killed')!.value, 7);
});

test('"no one was killed" beside a side counted killed is not the lower figure', () => {
  assert.equal(countFor([span(6, 'civilians', 0), span(0, 'unknown', 1)], 'killed')!.value, 6);
  assert.equal(countFor([span(6, 'civilians', 0), span(4, 'unknown', 1)], 'killed')!.value, 4);
});

test("attackers vaguely told beside civilians counted killed are the killers' claim: no battle, no more deaths", async () => {
  const text =
    "Une vingtaine de civils ont été tués jeudi dans un village lors d'une opération de l'armée, selon des habitants. L'armée a affirmé avoir pu neutraliser plusieurs terroristes au cours de l'opération.";
  const [event] = (await testExtractor()).annotate(text, { published: '2023-04-08' }).events;
  assert.equal(event.sub_event_type, 'Attack');
  assert.equal(event.fatalities, 20);
  assert.equal(countFor([span(7, 'forces', 0), span(12, 'attackers', 1, { qualifier: 'vague' })], 'killed')!.value, 19);
});

test('people missing then found dead ("the eight bodies") add to the toll told before', async () => {
  const text = 'A patrol was ambushed near the river on Monday: 4 dead and 6 missing. The 6 bodies were recovered on the same evening.';
  const [event] = (await testExtractor()).annotate(text, { published: '2023-06-07' }).events;
  assert.equal(event.fatalities, 10);
});

test('attackers counted as many as civilians are the same dead told by two sides', () => {
  assert.equal(countFor([span(9, 'attackers', 0), span(9, 'civilians', 0)], 'killed')!.value, 9);
  assert.equal(countFor([span(1, 'attackers', 0), span(1, 'civilians', 0)], 'killed')!.value, 2);
});
