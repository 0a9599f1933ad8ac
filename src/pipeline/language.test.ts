import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testExtractor } from '../testing/extractor.js';

const WARNING = /does not read as English or French/;

test('a report in another language gets a warning, English and French reports none', async () => {
  const ex = await testExtractor();
  const german = 'Bewaffnete Männer haben am Sonntag ein Dorf im Norden des Landes angegriffen und dabei mindestens zwölf Zivilisten getötet, wie örtliche Behörden mitteilten. Die Angreifer kamen auf Motorrädern und plünderten Geschäfte.';
  const english = 'Armed men attacked a village in the north of the country on Sunday and killed at least twelve civilians, local officials said. The attackers came on motorbikes and looted shops.';
  const french = "Des hommes armés ont attaqué dimanche un village du nord du pays et tué au moins douze civils, selon les autorités locales. Les assaillants sont arrivés à moto et ont pillé des boutiques.";
  assert.match(ex.extract(german, { published: '2023-03-14' }).warnings.join(' '), WARNING);
  assert.doesNotMatch(ex.extract(english, { published: '2023-03-14' }).warnings.join(' '), WARNING);
  assert.doesNotMatch(ex.extract(french, { published: '2023-03-14' }).warnings.join(' '), WARNING);
});
