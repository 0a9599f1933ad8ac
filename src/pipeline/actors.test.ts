/**
 * The actors stage on invented sentences: joint actors for groups the report cannot choose between, a group's
 * men named after it, ethnic groups as militias or as communities, and kinds of people as associated actors.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testExtractor } from '../testing/extractor.js';

/** The actor spans of a text: their words, their entry's id (or null) and their role. */
async function spans(text: string): Promise<{ text: string; id: string | null; role: string | null }[]> {
  const doc = (await testExtractor()).annotate(text, { published: '2023-04-12' });
  return doc.actors.filter((a) => !a.descriptive).map((a) => ({ text: doc.slice(a), id: a.actor?.id ?? null, role: a.role }));
}

test('two groups joined by "and/or", "or" or a slash are one joint actor, in English and French', async () => {
  for (const text of [
    'Suspected JNIM and/or ISGS militants burned a school near the village on Monday.',
    'Presumed ISWAP or Boko Haram fighters abducted four fishermen on the lake shore.',
    'ISWAP/Boko Haram insurgents looted shops in the market.',
    'Des éléments présumés du GSIM ou de l’EIGS ont incendié une école.',
  ]) {
    const joint = (await spans(text)).find((s) => s.id?.includes('+'));
    assert.ok(joint, text);
  }
  const [jnim] = await spans('Suspected JNIM and/or ISGS militants burned a school.');
  assert.equal(jnim.id, 'jnim+isgs');
  assert.equal((await testExtractor()).resources.actors.get('jnim+isgs')?.name, 'JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)');
});

test('two groups named apart stay two actors', async () => {
  const found = await spans('JNIM fighters clashed with ISGS militants north of the town.');
  assert.deepEqual(
    found.map((s) => s.id),
    ['jnim', 'isgs'],
  );
});

test("a role word right after a group's name is the group's men, not a second actor", async () => {
  const found = await spans('MSA militiamen repelled an attack, and Katiba Macina (JNIM) militants withdrew.');
  assert.deepEqual(
    found.map((s) => [s.text, s.id]),
    [
      ['MSA militiamen', 'msa'],
      ['Katiba Macina (JNIM) militants', 'katiba-macina'],
    ],
  );
});

test('an ethnic group with a militia or armed role is its militia; with people or places it is a community', async () => {
  const found = await spans('Dogon militiamen attacked the Fulani village of Sare and killed two Fulani herders.');
  assert.deepEqual(
    found.map((s) => [s.text, s.id, s.role]),
    [
      ['Dogon militiamen', 'ethnic-militia@dogon', 'communal'],
      ['Fulani', 'ethnic-group@fulani', 'civilians'],
      ['Fulani herders', 'ethnic-group@fulani', 'civilians'],
    ],
  );
  const french = await spans('Une milice peule a attaqué le village.');
  assert.equal(french[0].id, 'ethnic-militia@fulani');
  const bare = await spans('Clashes broke out between Bambara and Fulani.');
  assert.deepEqual(
    bare.map((s) => s.id),
    ['ethnic-people@bambara', 'ethnic-people@fulani'],
  );
});

test('an ethnic name inside a hyphenated place name is no actor', async () => {
  const found = await spans('Gunmen burned the school of Kelbo-Peulh.');
  assert.deepEqual(
    found.map((s) => s.text),
    ['Gunmen'],
  );
});

test('kinds of people carry the associated actor ACLED names them by', async () => {
  const [herders] = await spans('Herders were attacked near the well.');
  assert.equal(herders.id, 'group@Pastoralists');
  assert.equal(herders.role, 'civilians');
});

test('speakers, sources and the targets of demands only report: they are no participants', async () => {
  const roles = async (text: string) => (await spans(text)).map((s) => s.role);
  // A source, a spokesman's employer, the subject of a reporting verb telling another's act.
  assert.deepEqual(await roles('Gunmen killed five villagers near Beni on Monday, according to the army.'), ['armed', 'civilians']);
  assert.ok(!(await roles('The provincial government spokesman said gunmen killed five villagers on Monday.')).includes('government'));
  assert.ok(!(await roles('La police provinciale a indiqué que des hommes armés ont tué deux civils.')).includes('police'));
  assert.ok(!(await roles('La gendarmerie a confirmé des affrontements entre deux groupes armés près du marché.')).includes('gendarmes'));
  assert.ok(!(await roles('Hundreds of traders marched on Monday, calling on the Lagos State government to halt demolitions.')).includes('government'));
  // The speaker of its own act, or one reported on, takes part.
  assert.ok((await roles('The army said it had killed ten militants near Djibo on Monday.')).includes('military'));
  assert.ok((await roles('The armed forces announced an operation to secure the Est region.')).includes('military'));
  // The speaker of a toll: "a member of the CJTF who helped to recover the bodies put the death toll at nine".
  assert.deepEqual(await roles('A member of the Civilian Joint Task Force who helped to recover the bodies put the death toll at nine.'), []);
  assert.deepEqual(await roles('Un responsable de la police évalue le bilan à douze morts.'), []);
  assert.ok((await roles('Soldiers put the attackers to flight, killing nine of them.')).includes('military'));
  // "local government area" is a district.
  assert.ok(!(await roles('Bandits abducted 37 people in Tsafe local government area on Sunday.')).includes('government'));
});

test('a named group in brackets after unnamed armed men names them; a community before a group qualifies it', async () => {
  const bracket = await spans('Dogon militiamen (Dan Na Ambassagou) attacked the hamlet at dawn.');
  assert.deepEqual(bracket.map((s) => [s.text, s.id]), [['Dogon militiamen (Dan Na Ambassagou)', 'dan-na-ambassagou']]);
  const qualified = await spans('Tuareg GATIA fighters repelled the assault.');
  assert.deepEqual(qualified.map((s) => [s.text, s.id]), [['Tuareg GATIA fighters', 'gatia']]);
});

test('"BH" in capitals is Boko Haram; the Platform is named with a word for its men', async () => {
  assert.deepEqual((await spans('BH militants looted shops in the village.')).map((s) => s.id), ['boko-haram']);
  assert.deepEqual((await spans('Platform fighters withdrew from the town after clashes.')).map((s) => s.id), ['platform']);
  assert.deepEqual((await spans('The platform was closed for repairs.')).map((s) => s.id), []);
});

test('"an Islamic state" is a kind of state, "the Islamic State" the group', async () => {
  assert.deepEqual((await spans('The militants want to establish an Islamic state in the region.')).map((s) => s.id), [null]);
  assert.deepEqual((await spans('The Islamic State claimed the attack.')).map((s) => s.id), ['islamic-state']);
});

test('two countries joined before or after a shared role are two forces', async () => {
  const french = await spans('Des soldats maliens et français ont neutralisé une dizaine de terroristes.');
  assert.deepEqual(french.map((s) => s.id).slice(0, 2), ['military:ML', 'military:FR']);
  const english = await spans('Malian and French troops repelled the assault.');
  assert.deepEqual(english.map((s) => s.id), ['military:ML', 'military:FR']);
});

test("a force's name with a word for its men or machines is one actor; a country's aircraft are its forces", async () => {
  assert.deepEqual((await spans('FAMa soldiers repelled the attack.')).map((s) => [s.text, s.id]), [['FAMa soldiers', 'military:ML']]);
  assert.deepEqual((await spans('French aircraft struck a camp near the border.')).map((s) => s.id), ['military:FR']);
});

test('who blames another is no participant; one accused of something is not blaming', async () => {
  const roles = async (text: string) => (await spans(text)).map((s) => s.text);
  assert.deepEqual(await roles('The army and the regional governor blamed the RSF for the drone strike.'), ['RSF']);
  assert.deepEqual(await roles("L'armée a accusé les rebelles du M23 d'avoir bombardé le camp."), ['rebelles', 'M23']);
  assert.deepEqual(await roles('The rebels were blamed by the army.'), ['rebels', 'army']);
  assert.deepEqual(await roles('JNIM militants assassinated a civilian accused of collaborating with the army.'), ['JNIM militants', 'civilian']);
});

test("a weapon or a strike with a country's adjective names that country's military", async () => {
  const named = async (text: string) => (await spans(text)).map((s) => `${s.text}=${s.id}`);
  assert.deepEqual(await named('Russian missiles slammed into a residential district on Thursday.'), ['Russian missiles=military:RU']);
  assert.deepEqual(await named('Des frappes aériennes russes ont touché la ville.'), ['frappes aériennes russes=military:RU']);
  assert.deepEqual(await named('Missiles slammed into a residential district on Thursday.'), []);
});

test('a speaker after what it tells is no participant; one that tells of its own men\'s act is', async () => {
  const roles = async (text: string) => (await spans(text)).map((s) => s.role);
  assert.deepEqual(await roles('Armed men stormed the village, firing into the air, locals and police said.'), ['armed']);
  assert.ok((await roles('Gunmen attacked the police, said a witness.')).includes('police'));
  assert.deepEqual(await roles('Gunmen killed five villagers near the market on Monday, said police.'), ['armed', 'civilians']);
  assert.deepEqual(await roles('Des hommes armés ont tué cinq civils lundi, a indiqué la police.'), ['armed', 'civilians']);
  // After a speaker and its verb, the actor named is what the speaker tells of: "villagers said soldiers shot him".
  assert.deepEqual(await roles('Hours after the ambush, villagers said soldiers went from house to house in the town.'), ['civilians', 'military']);
  const named = await spans('ISWAP said in a statement published by its news outlet that its fighters had planted the bomb.');
  assert.deepEqual(named.map((s) => s.text), ['ISWAP', 'fighters']);
});

test('a region named after its people is a place, not the people: "Amhara region", "Amhara\'s Gojjam", "la région Afar"', async () => {
  for (const text of [
    "Troops and militiamen clashed on Saturday in Ethiopia's Amhara region.",
    "Fighting resumed in Amhara's Gojjam zone on Saturday.",
    "Des combats ont opposé dimanche l'armée à des miliciens dans la région Afar.",
  ]) {
    assert.ok(!(await spans(text)).some((s) => s.id?.includes('amhara') || s.id?.includes('afar')), text);
  }
  const people = await spans('Gunmen killed six Amhara farmers in the Oromia region on Sunday.');
  assert.ok(people.some((s) => s.text.includes('Amhara')), 'the people next to their own name');
  const list = await spans('Dogon hunters attacked the hamlet in Koro cercle, Mopti Region, Fulani militiamen repelled them.');
  assert.ok(list.some((s) => s.text.includes('Fulani')), 'a region word before a comma names no region');
});

test("a country's strikes are its military's; its people named alone are its civilians, unless said to be who someone is", async () => {
  assert.deepEqual(await spans('Israeli strikes on a building in Rafah killed nine Palestinians overnight.'), [
    { text: 'Israeli strikes', id: 'military:IL', role: 'military' },
    { text: 'Palestinians', id: 'civilians:PS', role: 'civilians' },
  ]);
  assert.deepEqual(await spans('Des hommes armés ont tué trois Maliens près de la frontière.'), [
    { text: 'hommes armés', id: null, role: 'armed' },
    { text: 'Maliens', id: 'civilians:ML', role: 'civilians' },
  ]);
  // A verb before the adjective is no weapon of that country.
  assert.deepEqual((await spans('Drones strike Malian positions every night, villagers said.')).filter((s) => s.id === 'military:ML'), []);
  assert.deepEqual((await spans('Unknown gunmen, believed to be Nigerians, killed a trader.')).map((s) => s.id), [null]);
});

test('forces a later sentence only sends to restore calm are no side; in the opening, forces sent are its subject', async () => {
  const later = await spans('Two people died in a clash between farmers and herders on Monday. Troops were deployed to the village to restore calm.');
  assert.ok(!later.some((s) => s.role === 'military'));
  const opening = await spans('Soldiers were deployed to the district to begin an operation against the militants.');
  assert.ok(opening.some((s) => s.role === 'military'));
});

test('a group that unnamed men are tied to ("insurgents linked to the Islamic State") is theirs; one describing a named group stays a description', async () => {
  const [men] = await spans('Insurgents linked to the Islamic State burned a church in the village.');
  assert.equal(men.text, 'Insurgents linked to the Islamic State');
  assert.equal(men.id, 'islamic-state');
  assert.deepEqual((await spans('JNIM, affiliated with al-Qaeda, attacked a checkpoint.')).map((s) => s.id), ['jnim']);
});

test('a force that says, after introducing its statement, that it carried out the strikes is their author', async () => {
  const text =
    'A drone strike killed six people at a market near Gao on Monday, residents said. ' +
    'The army said in a statement on Tuesday that it had carried out strikes against terrorist targets in the area.';
  const { events } = (await testExtractor()).extract(text, { published: '2024-03-06' });
  assert.deepEqual(events.map((e) => [e.sub_event_type, e.actor1]), [['Air/drone strike', 'Military Forces of Mali (2021-)']]);
});

test('armed groups far from the Sahel are named as ACLED names them, by their common aliases', async () => {
  const cases: [string, string][] = [
    ["Fighters of the People's Defence Force burned an army truck outside Myaung.", 'pdf-myanmar'],
    ['The Arakan Army said it had seized a navy outpost on the coast.', 'arakan-army'],
    ['The Kachin Independence Army shelled a junta camp near the jade mines.', 'kia'],
    ['Syrian Democratic Forces raided a house in the village at dawn.', 'sdf-syria'],
    ['A drone hit a car carrying two PKK members in the mountains.', 'pkk'],
    ['Naxalites set fire to three road-building machines overnight.', 'cpi-maoist'],
    ['Communist NPA Terrorists fired on a patrol in the hinterlands.', 'npa'],
    ['ELN guerrillas blew up a section of the pipeline on Friday.', 'eln-colombia'],
    ['Members of the Gulf Clan killed a community leader in the municipality.', 'clan-del-golfo'],
    ['FARC dissidents attacked the police station with explosives.', 'farc-dissidents'],
    ['Gunmen of the Jalisco New Generation Cartel torched vehicles on the highway.', 'cjng'],
    ['Viv Ansanm gangs stormed the hospital in the lower town.', 'viv-ansanm'],
    ['The Baloch Liberation Army claimed the attack on the train.', 'bla'],
  ];
  for (const [text, id] of cases) {
    assert.ok((await spans(text)).some((s) => s.id === id), `${id}: ${text}`);
  }
});

test('acronyms that are also other things are no group: AA is a news agency, KIA "killed in action"', async () => {
  for (const text of [
    'The governor told AA that the road had reopened.',
    'The report listed two soldiers KIA and three wounded.',
  ]) {
    assert.ok(!(await spans(text)).some((s) => ['arakan-army', 'kia', 'sdf-syria'].includes(s.id ?? '')), text);
  }
});

test("a country's police forces by their own names: India's District Reserve Guard and CRPF, Pakistan's CTD", async () => {
  assert.ok((await spans('Two men of the District Reserve Guard were wounded in the blast near the camp.')).some((s) => s.id === 'police:IN'));
  assert.ok((await spans('CRPF personnel cordoned off the forest after the attack.')).some((s) => s.id === 'police:IN'));
  assert.ok((await spans('The CTD said it had raided a hideout outside the city.')).some((s) => s.id === 'police:PK'));
});

test("a group's media, television or news agency only report: the group is no participant", async () => {
  for (const text of [
    'Houthi media said government forces had shelled a market in the north of the city.',
    'Al-Shabaab radio said government troops had raided a village near the river.',
  ]) {
    const named = (await spans(text)).filter((s) => s.id === 'houthis' || s.id === 'al-shabaab');
    assert.equal(named.length, 0, text);
  }
});
