/** Numbers: digits, words, vague quantities and the qualifiers before them. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testExtractor } from '../testing/extractor.js';

async function numbers(text: string) {
  const doc = (await testExtractor()).annotate(text, { published: '2023-06-07' });
  return doc.numbers.map((n) => ({ text: doc.slice(n), value: n.value, qualifier: n.qualifier }));
}

test('digits, number words and compound words are read as counts', async () => {
  const found = await numbers('Twenty-one soldiers and 1,500 residents fled; seven were hurt.');
  assert.deepEqual(found.map((n) => n.value), [21, 1500, 7]);
});

test('a qualifier is only the words right before the number', async () => {
  const [n] = (await numbers('The toll rose to at least 21 dead.')).filter((x) => x.value === 21);
  assert.equal(n.qualifier, 'at_least');
  assert.equal(n.text, 'at least 21');
});

test('a date before a qualified number does not join the qualifier', async () => {
  const found = await numbers('On January 18, at least five youths were killed.');
  const five = found.find((n) => n.value === 5)!;
  assert.equal(five.text, 'at least five');
  assert.equal(five.qualifier, 'at_least');
});

test("vague words take ACLED's values, years and clock times are not counts", async () => {
  const found = await numbers('Dozens of people marched at 05:00 in 2012; several were arrested.');
  assert.deepEqual(
    found.map((n) => [n.value, n.qualifier]),
    [
      [12, 'vague'],
      [10, 'vague'],
    ],
  );
});

test('"scores of people" is a vague many, counted as conservatively as "dozens"', async () => {
  const found = await numbers('Scores of people were killed when gunmen attacked the market.');
  assert.deepEqual(found.map((n) => [n.value, n.qualifier]), [[12, 'vague']]);
});

test('French numbers and qualifiers', async () => {
  const found = await numbers("Au moins trente-deux civils ont été tués et une vingtaine blessés.");
  assert.equal(found[0].value, 32);
  assert.equal(found[0].qualifier, 'at_least');
});

test('collective nouns: "une vingtaine" is about 20, "deux centaines" 200, "plusieurs dizaines" dozens, "no one" zero', async () => {
  const fr = await numbers('Une vingtaine de civils ont été tués, deux centaines de personnes ont fui et plusieurs dizaines de terroristes ont été neutralisés.');
  assert.deepEqual(fr.map((n) => [n.value, n.qualifier]), [[20, 'about'], [200, 'about'], [12, 'vague']]);
  const en = await numbers('No one was killed in the raid.');
  assert.deepEqual(en.map((n) => [n.text, n.value]), [['No one', 0]]);
});
