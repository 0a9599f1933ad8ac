import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLanguages } from '../resources.js';
import { testExtractor } from '../testing/extractor.js';
import { reportLanguage } from './language.js';

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

test('a report is read in its own language: the French "corps" (a body) is no killing in English', async () => {
  const ex = await testExtractor();
  const english = 'The Marine Corps said on Tuesday that it would send two more battalions to the region next month, according to a statement.';
  assert.equal(ex.annotate(english, { published: '2024-03-12' }).language, 'en');
  assert.deepEqual(ex.extract(english, { published: '2024-03-12' }).events, []);
  const french = "Les corps de trois bergers ont été retrouvés mardi près de Djibo, selon des sources locales.";
  const doc = ex.annotate(french, { published: '2024-03-12' });
  assert.equal(doc.language, 'fr');
  assert.equal(doc.events[0]?.fatalities, 3);
});

test("a report's language is the one whose commonest words it uses most, English when none shows", () => {
  const languages = loadLanguages();
  assert.equal(reportLanguage("Des hommes armés ont attaqué le poste de la gendarmerie dans la nuit de samedi à dimanche.", languages), 'fr');
  assert.equal(reportLanguage('Gunmen attacked the police post in the night of Saturday to Sunday.', languages), 'en');
  assert.equal(reportLanguage('KIDAL', languages), 'en');
});

test('a language the source states is the one read, when Vigil knows it; another is told from the text', async () => {
  const ex = await testExtractor();
  const headline = 'KIDAL : 3 corps retrouvés';
  assert.equal(ex.annotate(headline, { language: 'fr-ML' }).language, 'fr');
  assert.equal(ex.annotate(headline, { language: 'de' }).language, 'en');
  assert.equal(ex.annotate(headline).language, 'en');
});
