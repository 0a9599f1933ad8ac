import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { foldWords } from '../doc/text.js';
import { loadActorLexicon, type ActorMatch, type CountryNames } from './actors.js';

const COUNTRIES: CountryNames[] = [
  { iso2: 'ML', name: 'Mali', names: ['Mali', 'Republic of Mali'], demonyms: ['Malian'] },
  { iso2: 'BF', name: 'Burkina Faso', names: ['Burkina Faso'], demonyms: ['Burkinabe'] },
  { iso2: 'NE', name: 'Niger', names: ['Niger'], demonyms: ['Nigerien'] },
  { iso2: 'NG', name: 'Nigeria', names: ['Nigeria'], demonyms: ['Nigerian'] },
  { iso2: 'FR', name: 'France', names: ['France'], demonyms: ['French'] },
  { iso2: 'US', name: 'United States of America', names: ['United States'], demonyms: ['American'] },
  { iso2: 'CD', name: 'DR Congo', names: ['Congo'], demonyms: ['Congolese'] },
  { iso2: 'CG', name: 'Congo', names: ['Congo'], demonyms: ['Congolese'] },
];

const lexicon = loadActorLexicon(COUNTRIES);

/** The longest match at the first word of a phrase, the words of the phrase folded as the tokenizer does. */
function match(phrase: string): ActorMatch | null {
  const words = phrase.split(/\s+/);
  const upper = words.flatMap((w) => foldWords(w).map(() => /\p{L}/u.test(w) && w === w.toUpperCase()));
  return lexicon.matchAt(foldWords(phrase), 0, upper);
}

/** The id of the actor matched by a phrase, checking the whole phrase was used. */
function idOf(phrase: string): string | undefined {
  const m = match(phrase);
  assert.ok(m, `no match for "${phrase}"`);
  assert.equal(m.length, foldWords(phrase).length, `"${phrase}" matched only ${m.length} words`);
  return m.entry?.id;
}

test('JNIM aliases in English and French all name JNIM', () => {
  for (const alias of [
    'JNIM',
    'GSIM',
    'Group for Support of Islam and Muslims',
    'Support Group for Islam and Muslims',
    "Jama'at Nusrat al-Islam wal-Muslimin",
    'Jama’at Nusrat al Islam wal Muslimin',
    'Nusrat al-Islam',
    "Groupe de soutien à l'islam et aux musulmans",
    'GROUPE DE SOUTIEN A L’ISLAM ET AUX MUSULMANS',
  ]) {
    assert.equal(idOf(alias), 'jnim', alias);
  }
  assert.equal(lexicon.get('jnim')?.name, 'JNIM: Group for Support of Islam and Muslims');
  assert.equal(lexicon.get('jnim')?.inter, 'Rebel group');
});

test("JNIM's components name their own entry, whose parent is JNIM from 2017", () => {
  for (const alias of ['Katiba Macina', 'Katiba du Macina', 'Macina Liberation Front', 'FLM']) {
    assert.equal(idOf(alias), 'katiba-macina', alias);
  }
  const macina = lexicon.get('katiba-macina')!;
  assert.equal(macina.parent, 'jnim');
  assert.equal(lexicon.parentOn(macina, '2019-03-23')?.id, 'jnim');
  const aqim = lexicon.get(idOf('AQMI')!)!;
  assert.equal(aqim.name, 'AQIM: Al Qaeda in the Islamic Maghreb');
  assert.equal(lexicon.parentOn(aqim, '2016-01-15'), null, 'AQIM is coded on its own before JNIM');
  assert.equal(lexicon.parentOn(aqim, '2018-01-15')?.id, 'jnim');
});

test('other groups: names, inter codes, French forms', () => {
  assert.equal(idOf('État islamique au Grand Sahara'), 'isgs');
  assert.equal(idOf('EIGS'), 'isgs');
  assert.equal(idOf('Islamic State Sahel Province'), 'isgs');
  assert.equal(idOf('ISWAP'), 'iswap');
  assert.equal(idOf('Boko Haram'), 'boko-haram');
  assert.equal(idOf('Ansaroul Islam'), 'ansaroul-islam');
  assert.equal(idOf('Ansar al-Islam'), 'ansar-al-islam');
  assert.equal(idOf('Dan Na Ambassagou'), 'dan-na-ambassagou');
  assert.equal(idOf('Volontaires pour la défense de la patrie'), 'vdp');
  assert.equal(idOf('chasseurs dozos'), 'dozo');
  assert.equal(idOf('Imbonerakure'), 'imbonerakure');
  assert.equal(lexicon.get('gatia')?.inter, 'Political militia');
  assert.equal(lexicon.get('imbonerakure')?.inter, 'Political militia');
  assert.equal(lexicon.get('dozo')?.inter, 'Identity militia');
  assert.equal(lexicon.get('minusma')?.inter, 'External/Other forces');
  assert.equal(lexicon.get('wagner')?.inter, 'External/Other forces');
});

test('state forces from demonyms, acronyms and French forms', () => {
  for (const phrase of [
    'Malian soldiers',
    'Malian army',
    'Malian armed forces',
    'FAMa',
    'Forces armées maliennes',
    'soldats maliens',
    'armée malienne',
    'armée du Mali',
    "Mali's army",
    'Military Forces of Mali',
  ]) {
    const m = match(phrase);
    assert.equal(idOf(phrase), 'military:ML', phrase);
    assert.equal(m?.country, 'ML', phrase);
  }
  assert.equal(idOf('Burkinabe army'), 'military:BF');
  assert.equal(idOf('soldats burkinabè'), 'military:BF');
  assert.equal(idOf('FDS nigériennes'), 'military:NE');
  assert.equal(idOf('Nigerian troops'), 'military:NG');
  assert.equal(idOf('French forces'), 'military:FR');
  assert.equal(idOf('Operation Barkhane'), 'military:FR');
  assert.equal(idOf('gendarmes maliens'), 'gendarmerie:ML');
  assert.equal(idOf('Nigerien police'), 'police:NE');
  assert.equal(idOf('Malian authorities'), 'government:ML');
  assert.equal(idOf('US troops'), 'military:US');
});

test('a role word alone carries no country; a shared demonym names none', () => {
  assert.deepEqual(match('FDS'), { role: { role: 'military', template: 'military', group: null, crowd: 'police' }, length: 1 });
  const congolese = match('Congolese soldiers');
  assert.equal(congolese?.length, 2);
  assert.equal(congolese?.role?.role, 'military');
  assert.equal(congolese?.country, undefined);
  assert.equal(congolese?.entry, undefined);
});

test('template names and period suffixes', () => {
  const mali = lexicon.named('ML', 'military');
  assert.equal(mali.name, 'Military Forces of Mali');
  assert.equal(lexicon.nameOn(mali, '2022-07-22'), 'Military Forces of Mali (2021-)');
  assert.equal(lexicon.nameOn(mali, '2018-04-10'), 'Military Forces of Mali (2013-2020)');
  assert.equal(lexicon.nameOn(mali, '2020-08-18'), 'Military Forces of Mali (2020-2021)', 'the coup day opens the new period');
  assert.equal(lexicon.nameOn(mali, null), 'Military Forces of Mali');
  assert.equal(lexicon.nameOn(lexicon.named('ML', 'gendarmerie'), '2018-04-10'), 'Police Forces of Mali (2013-2020) Gendarmerie');
  assert.equal(lexicon.nameOn(lexicon.named('NE', 'gendarmerie'), '2019-06-01'), 'Military Forces of Niger (2011-2021) Gendarmerie');
  assert.equal(lexicon.nameOn(lexicon.named('BF', 'police'), '2023-02-01'), 'Police Forces of Burkina Faso (2022-)');
  assert.equal(lexicon.nameOn(lexicon.named('US', 'military'), '2019-10-01'), 'Military Forces of the United States (2017-2021)');
  assert.equal(lexicon.nameOn(lexicon.named('CD', 'government'), '2020-01-01'), 'Government of the Democratic Republic of Congo (2019-)');
  assert.equal(lexicon.nameOn(lexicon.named('NE', 'civilians'), '2020-01-01'), 'Civilians (Niger)');
  assert.equal(lexicon.named('ML', 'unidentified').name, 'Unidentified Armed Group (Mali)');
  assert.equal(lexicon.named('ML', 'unidentified').inter, 'Political militia');
  assert.equal(lexicon.nameOn(lexicon.get('minusma')!, '2019-05-02'), 'MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)');
  assert.throws(() => lexicon.named('ZZ', 'military'));
});

test('role words in English and French', () => {
  for (const phrase of ['gunmen', 'armed men', 'hommes armés', 'individus armés', 'assaillants', 'terroristes', 'bandits']) {
    assert.equal(match(phrase)?.role?.role, 'armed', phrase);
  }
  assert.equal(match('suspected Islamists')?.role?.role, 'islamist');
  assert.equal(match('présumés djihadistes')?.role?.role, 'islamist');
  assert.equal(match('jihadists')?.role?.role, 'islamist');
  assert.equal(match('djihadistes')?.role?.role, 'islamist');
  assert.equal(match('villageois')?.role?.role, 'civilians');
  assert.equal(match('manifestants')?.role?.role, 'protesters');
  assert.equal(match('émeutiers')?.role?.role, 'rioters');
  assert.equal(match("groupe d'autodéfense")?.role?.role, 'communal');
  assert.equal(match('gendarmerie')?.role?.role, 'gendarmes');
  const herders = match('herders')!;
  assert.equal(herders.role?.group, 'Pastoralists');
  assert.equal(lexicon.associated('ML', herders.role!)?.name, 'Pastoralists (Mali)');
  assert.equal(lexicon.associated('ML', match('gunmen')!.role!), null);
});

test('ethnic groups with and without a role', () => {
  const fulani = match('Fulani militia')!;
  assert.equal(fulani.length, 2);
  assert.equal(fulani.role?.role, 'communal');
  assert.equal(fulani.ethnic?.id, 'fulani');
  const peule = match('milice peule')!;
  assert.equal(peule.length, 2);
  assert.equal(peule.ethnic?.id, 'fulani');
  assert.equal(lexicon.ethnicActor('ML', fulani.ethnic!, 'militia').name, 'Fulani Ethnic Militia (Mali)');
  assert.equal(lexicon.ethnicActor('ML', fulani.ethnic!, 'militia').inter, 'Identity militia');
  assert.equal(lexicon.ethnicActor('BF', match('Mossi')!.ethnic!, 'group').name, 'Mossi Ethnic Group (Burkina Faso)');
  assert.equal(lexicon.get('ethnic-militia:fulani:ML')?.name, 'Fulani Ethnic Militia (Mali)');
});

test('common words need the full name; colliding acronyms need capitals', () => {
  for (const word of ['movement', 'platform', 'plateforme', 'ansar', 'coordination', 'alliance', 'group']) {
    assert.equal(match(word), null, word);
  }
  assert.equal(idOf('Platform of June 14th 2014 movements'), 'platform');
  assert.equal(lexicon.matchAt(['fan'], 0, [false]), null);
  assert.equal(lexicon.matchAt(['fan'], 0), null, 'without case information a case-sensitive alias does not match');
  assert.equal(lexicon.matchAt(['fan'], 0, [true])?.entry?.id, 'military:NE');
});

test('matches at any position and past the end', () => {
  const words = foldWords('Hier, des hommes armés ont attaqué des soldats maliens près de Boni.');
  const at = (i: number) => lexicon.matchAt(words, i);
  assert.equal(at(words.indexOf('hommes'))?.role?.role, 'armed');
  assert.equal(at(words.indexOf('soldats'))?.entry?.id, 'military:ML');
  assert.equal(at(words.length), null);
});

test('every named alias, written in capitals, matches its own actor in full', () => {
  for (const file of ['groups.json', 'international.json']) {
    const { actors } = JSON.parse(readFileSync(new URL(`../../data/actors/${file}`, import.meta.url), 'utf8')) as {
      actors: { id: string; aliases: (string | { text: string })[] }[];
    };
    for (const actor of actors) {
      for (const alias of actor.aliases) {
        const words = foldWords(typeof alias === 'string' ? alias : alias.text);
        const m = lexicon.matchAt(words, 0, words.map(() => true));
        assert.equal(m?.entry?.id, actor.id, `${JSON.stringify(alias)} -> ${m?.entry?.id}`);
        assert.equal(m?.length, words.length, JSON.stringify(alias));
      }
    }
  }
});

test('a joint actor operates where both its groups do', async () => {
  const { testExtractor } = await import('../testing/extractor.js');
  const lexicon = (await testExtractor()).resources.actors;
  const joint = lexicon.joint(lexicon.get('katiba-macina')!, lexicon.get('ansaroul-islam')!);
  assert.equal(lexicon.homeOf(joint), 'BF');
  assert.equal(lexicon.homeOf(lexicon.get('katiba-macina')!), 'ML');
});
