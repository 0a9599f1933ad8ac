/**
 * Who is actor1 and actor2, on invented reports: the actors stage reads the words, decideParticipants is given
 * the event type, so these tests do not depend on how the type is decided.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventType, SubEventType } from '../../schema/event.js';
import { testExtractor } from '../../testing/extractor.js';
import { decideParticipants } from './participants.js';

interface Coded {
  actor1: string;
  assoc1: string[];
  actor2: string | null;
  assoc2: string[];
  inter1: string;
  inter2: string | null;
}

/** The participants of a one-event report, with the type given and the country given (or null). */
async function code(text: string, type: [EventType, SubEventType], country: string | null, date = '2023-04-10'): Promise<Coded> {
  const extractor = await testExtractor();
  const lexicon = extractor.resources.actors;
  const doc = extractor.annotate(text, { published: date });
  const [event_type, sub_event_type] = type;
  const sentences = doc.sentences.filter((s) => doc.triggers.some((t) => t.sentence === s.index)).map((s) => s.index);
  const actors = doc.actors.filter((a) => sentences.includes(a.sentence));
  const who = decideParticipants(actors, { event_type, sub_event_type }, country, date, lexicon, { doc, sentences });
  return {
    actor1: lexicon.nameOn(who.actor1.entry, date),
    assoc1: who.actor1.associated.map((a) => a.name),
    actor2: who.actor2 ? lexicon.nameOn(who.actor2.entry, date) : null,
    assoc2: who.actor2?.associated.map((a) => a.name) ?? [],
    inter1: who.actor1.entry.inter,
    inter2: who.actor2?.entry.inter ?? null,
  };
}

test('"suspected JNIM and/or ISGS militants" is ACLED\'s joint actor, and their looting hits civilians', async () => {
  const who = await code('On Monday, suspected JNIM and/or ISGS militants looted shops and burned a school in the village.', ['Strategic developments', 'Looting/property destruction'], 'BF');
  assert.equal(who.actor1, 'JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)');
  assert.equal(who.inter1, 'Rebel group');
  assert.equal(who.actor2, 'Civilians (Burkina Faso)');
});

test('ethnic militiamen attacking a village of another community: the militia, and civilians of that community', async () => {
  const who = await code('Dogon militiamen attacked the Fulani village of Sare, killing three herders.', ['Violence against civilians', 'Attack'], 'ML');
  assert.equal(who.actor1, 'Dogon Ethnic Militia (Mali)');
  assert.equal(who.inter1, 'Identity militia');
  assert.equal(who.actor2, 'Civilians (Mali)');
  assert.deepEqual(who.assoc2.sort(), ['Fulani Ethnic Group (Mali)', 'Pastoralists (Mali)']);
});

test('two communities fighting are two ethnic militias', async () => {
  const who = await code('Heavy clashes broke out between Bambara and Fulani near the river.', ['Battles', 'Armed clash'], 'ML');
  assert.equal(who.actor1, 'Bambara Ethnic Militia (Mali)');
  assert.equal(who.actor2, 'Fulani Ethnic Militia (Mali)');
  assert.equal(who.inter2, 'Identity militia');
});

test("a group's men and the assailants it sent are the group, not a second armed side", async () => {
  const who = await code('ISGS militants attacked an army post; the assailants were repelled by Nigerien soldiers.', ['Battles', 'Armed clash'], 'NE');
  assert.equal(who.actor1, 'Islamic State (Greater Sahara)');
  assert.equal(who.actor2, 'Military Forces of Niger (2021-2023)');
});

test('men the report calls unknown stay a side of their own against a named militia', async () => {
  const who = await code('Unknown gunmen attacked a GATIA checkpoint, killing two militiamen.', ['Battles', 'Armed clash'], 'ML');
  assert.deepEqual([who.actor1, who.actor2].sort(), ['GATIA: Imghad Tuareg and Allies Self-Defense Group', 'Unidentified Armed Group (Mali)']);
});

test('a claim of responsibility in a sentence of its own names the attacker', async () => {
  const who = await code('An IED struck a police vehicle near Gossi on Sunday, wounding three officers. JNIM later claimed responsibility.', ['Explosions/Remote violence', 'Remote explosive/landmine/IED'], 'ML');
  assert.equal(who.actor1, 'JNIM: Group for Support of Islam and Muslims');
  assert.equal(who.actor2, 'Police Forces of Mali (2021-)');
});

test('a landmine that hit no force hit civilians', async () => {
  const who = await code('A minibus struck a landmine on the road to the market, killing five passengers.', ['Explosions/Remote violence', 'Remote explosive/landmine/IED'], 'NE');
  assert.equal(who.actor1, 'Unidentified Armed Group (Niger)');
  assert.equal(who.actor2, 'Civilians (Niger)');
});

test('a peaceful protest has no actor2; protesters named by their nationality keep it', async () => {
  const local = await code('Teachers marched in the capital to demand unpaid wages.', ['Protests', 'Peaceful protest'], 'SN');
  assert.equal(local.actor1, 'Protesters (Senegal)');
  assert.equal(local.actor2, null);
  assert.deepEqual(local.assoc1, ['Teachers (Senegal)']);
  const foreign = await code('Sudanese refugees demonstrated in front of the UNHCR office.', ['Protests', 'Peaceful protest'], 'NE');
  assert.equal(foreign.actor1, 'Protesters (Sudan)');
});

test('demonstrators who riot are rioters; residents who riot are not their own victims', async () => {
  const who = await code('Angry residents and demonstrators burned tyres and barricaded the main road.', ['Riots', 'Violent demonstration'], 'BF');
  assert.equal(who.actor1, 'Rioters (Burkina Faso)');
  assert.equal(who.actor2, null);
});

test('where the report never says where, a named group’s home country names the generic actors', async () => {
  const who = await code('Ansaroul Islam militants executed two villagers.', ['Violence against civilians', 'Attack'], null);
  assert.equal(who.actor1, 'Ansaroul Islam');
  assert.equal(who.actor2, 'Civilians (Burkina Faso)');
});

test('a group named with its umbrella in brackets is coded as the umbrella, the group associated', async () => {
  const who = await code('On Monday, presumed Ansaroul Islam (JNIM) militants attacked the police station in the town.', ['Battles', 'Armed clash'], 'BF');
  assert.equal(who.actor1, 'JNIM: Group for Support of Islam and Muslims');
  assert.deepEqual(who.assoc1, ['Ansaroul Islam']);
  // A coalition ACLED codes its members apart from is no umbrella: "GATIA (Platform)" stays GATIA.
  const gatia = await code('On Monday, GATIA (Platform of June 14th 2014 movements) fighters clashed with CMA fighters.', ['Battles', 'Armed clash'], 'ML');
  assert.equal(gatia.actor1, 'GATIA: Imghad Tuareg and Allies Self-Defense Group');
});

test('forest guards are a branch of the police; an aid organisation is the associated actor of civilians', async () => {
  const guards = await code('On Monday, gunmen attacked forest guards at their post.', ['Battles', 'Armed clash'], 'BF', '2019-05-02');
  assert.equal(guards.actor2, 'Police Forces of Burkina Faso (2015-2022) Forest Guards');
  assert.equal(guards.inter2, 'State forces');
  const icrc = await code('On Monday, gunmen abducted two ICRC staff members.', ['Violence against civilians', 'Abduction/forced disappearance'], 'ML');
  assert.equal(icrc.actor2, 'Civilians (Mali)');
  assert.deepEqual(icrc.assoc2, ['ICRC: International Committee of the Red Cross and Red Crescent']);
});

test('people named by a demonym and a community are civilians of that country wherever the event was', async () => {
  const who = await code('On Monday, gendarmes wounded two Nigerien Fulani herders near the town.', ['Violence against civilians', 'Attack'], 'BF');
  assert.equal(who.actor2, 'Civilians (Niger)');
  assert.ok(who.assoc2.includes('Fulani Ethnic Group (Niger)'), who.assoc2.join('; '));
});

test('security forces facing a crowd are the police; elsewhere the army', async () => {
  const protest = await code('On Tuesday, security forces fired tear gas to disperse traders protesting in the town.', ['Protests', 'Protest with intervention'], 'BF', '2019-05-02');
  assert.equal(protest.actor2, 'Police Forces of Burkina Faso (2015-2022)');
  const riot = await code('Les forces de défense et de sécurité ont dispersé les jeunes qui brûlaient des pneus.', ['Riots', 'Violent demonstration'], 'NE', '2019-05-02');
  assert.equal(riot.actor2, 'Police Forces of Niger (2011-2021)');
  const battle = await code('On Tuesday, Burkinabe security forces repelled an attack by gunmen on their base.', ['Battles', 'Armed clash'], 'BF', '2019-05-02');
  assert.equal(battle.actor2, 'Military Forces of Burkina Faso (2015-2022)');
});

test('militias fighting alongside state forces against a rebel group are associated actors of the forces', async () => {
  const who = await code('GATIA and MSA fighters backed by French troops raided an ISGS camp near the border.', ['Battles', 'Armed clash'], 'ML', '2019-05-02');
  assert.equal(who.actor1, 'Islamic State (Greater Sahara)');
  assert.equal(who.actor2, 'Military Forces of France (2017-)');
  assert.deepEqual(who.assoc2, ['GATIA: Imghad Tuareg and Allies Self-Defense Group', 'MSA: Movement for Azawad Salvation']);
  const allies = await code('Malian and French troops clashed with JNIM militants in the forest.', ['Battles', 'Armed clash'], 'ML', '2019-05-02');
  assert.equal(allies.actor1, 'JNIM: Group for Support of Islam and Muslims');
  assert.equal(allies.actor2, 'Military Forces of Mali (2013-2020)');
  assert.deepEqual(allies.assoc2, ['Military Forces of France']);
  const militias = await code('MSA and GATIA militiamen clashed with ISGS militants east of the town.', ['Battles', 'Armed clash'], 'ML');
  assert.equal(militias.actor1, 'MSA: Movement for Azawad Salvation');
  assert.deepEqual(militias.assoc1, ['GATIA: Imghad Tuareg and Allies Self-Defense Group']);
  assert.equal(militias.actor2, 'Islamic State (Greater Sahara)');
});

test('a named group fighting someone the report does not name fought an unidentified armed group', async () => {
  const who = await code('A GATIA patrol was ambushed near the well on Sunday.', ['Battles', 'Armed clash'], 'ML');
  assert.equal(who.actor1, 'GATIA: Imghad Tuareg and Allies Self-Defense Group');
  assert.equal(who.actor2, 'Unidentified Armed Group (Mali)');
});

test("armed men's threats and closures of schools are aimed at civilians; jihadists are an Islamist militia", async () => {
  const who = await code('Jihadists ordered the closure of the school in the village on Monday.', ['Strategic developments', 'Other'], 'ML', '2018-03-12');
  assert.equal(who.actor1, 'Islamist Militia (Mali)');
  assert.equal(who.actor2, 'Civilians (Mali)');
});

test('unnamed jihadists are an Unidentified Armed Group from 2019, when ACLED stopped naming an Islamist militia', async () => {
  const text = 'Suspected jihadists on motorbikes raided a hamlet near the river, killing four herders.';
  const later = await code(text, ['Violence against civilians', 'Attack'], 'BF', '2021-11-03');
  assert.equal(later.actor1, 'Unidentified Armed Group (Burkina Faso)');
  assert.equal(later.inter1, 'Political militia');
  const earlier = await code(text, ['Violence against civilians', 'Attack'], 'BF', '2017-06-20');
  assert.equal(earlier.actor1, 'Islamist Militia (Burkina Faso)');
});

test('peacekeepers are the peace operation of the country and day; shells on a shared base hit both forces', async () => {
  const mali = await code('Two peacekeepers were wounded when their vehicle hit a mine north of the town.', ['Explosions/Remote violence', 'Remote explosive/landmine/IED'], 'ML', '2019-05-02');
  assert.equal(mali.actor2, 'MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)');
  const congo = await code('Des casques bleus ont repoussé une attaque contre leur base.', ['Battles', 'Armed clash'], 'CD', '2021-03-02');
  assert.match(congo.actor2 ?? '', /^MONUSCO/);
  const base = await code('Mortar shells struck the joint MINUSMA and Barkhane camp on Sunday.', ['Explosions/Remote violence', 'Shelling/artillery/missile attack'], 'ML', '2019-05-02');
  assert.equal(base.actor2, 'Military Forces of France (2017-)');
  assert.deepEqual(base.assoc2, ['MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali']);
});

test("a national guard is the army, Niger's a branch of its police; forces joined by and/or are all the strike's authors", async () => {
  const mali = await code('Gunmen ambushed a National Guard patrol near the town.', ['Battles', 'Armed clash'], 'ML', '2019-05-02');
  assert.equal(mali.actor2, 'Military Forces of Mali (2013-2020)');
  const niger = await code('Des hommes armés ont attaqué un poste de la garde nationale.', ['Battles', 'Armed clash'], 'NE', '2019-05-02');
  assert.equal(niger.actor2, 'Police Forces of Niger (2011-2021) National Guard');
  const strike = await code('French and/or Burkinabe forces carried out airstrikes on suspected militants.', ['Explosions/Remote violence', 'Air/drone strike'], 'BF', '2019-05-02');
  assert.deepEqual([strike.actor1, ...strike.assoc1], ['Military Forces of France (2017-)', 'Military Forces of Burkina Faso']);
});

test('the group that claimed the event is its author even when the report suspected another', async () => {
  const who = await code(
    'A mine struck an army vehicle near the village, wounding three soldiers. The blast was probably caused by Ansaroul Islam militants. JNIM claimed responsibility on Friday.',
    ['Explosions/Remote violence', 'Remote explosive/landmine/IED'],
    'BF',
    '2019-05-02',
  );
  assert.equal(who.actor1, 'JNIM: Group for Support of Islam and Muslims');
});

test('farmers and herders who clash are two communal militias with their people associated', async () => {
  const who = await code('Three people were killed in clashes between farmers and herders near the village.', ['Battles', 'Armed clash'], 'NE');
  assert.equal(who.actor1, 'Unidentified Communal Militia (Niger)');
  assert.deepEqual(who.assoc1, ['Farmers (Niger)']);
  assert.equal(who.actor2, 'Unidentified Communal Militia (Niger)');
  assert.deepEqual(who.assoc2, ['Pastoralists (Niger)']);
});

test('victims from another continent are international civilians, their own country associated', async () => {
  const who = await code('Gunmen abducted two Italian nationals near the town on Monday.', ['Violence against civilians', 'Abduction/forced disappearance'], 'BF');
  assert.equal(who.actor2, 'Civilians (International)');
  assert.deepEqual(who.assoc2, ['Civilians (Italy)']);
  const foreigners = await code('Des hommes armés ont enlevé trois étrangers sur un site minier.', ['Violence against civilians', 'Abduction/forced disappearance'], 'NE');
  assert.equal(foreigners.actor2, 'Civilians (International)');
});

test('the Islamic State named alone is its province where the event took place; Katiba Salaheddine is ISGS', async () => {
  const mali = await code('Islamic State militants attacked an army post near the border.', ['Battles', 'Armed clash'], 'ML', '2019-05-02');
  assert.equal(mali.actor1, 'Islamic State (Greater Sahara)');
  const nigeria = await code('IS fighters ambushed a military convoy on the highway.', ['Battles', 'Armed clash'], 'NG', '2019-05-02');
  assert.equal(nigeria.actor1, 'Islamic State (West Africa)');
  const unit = await code('Katiba Salaheddine militants abducted two herders.', ['Violence against civilians', 'Abduction/forced disappearance'], 'ML');
  assert.equal(unit.actor1, 'Islamic State (Greater Sahara)');
  assert.deepEqual(unit.assoc1, ['Katiba Salaheddine']);
  const lower = await code('The attack is believed to be the work of gunmen.', ['Violence against civilians', 'Attack'], 'ML');
  assert.equal(lower.actor1, 'Unidentified Armed Group (Mali)');
});

test('the Islamic State named alone in Syria and Iraq is its cells there', async () => {
  const syria = await code('Islamic State gunmen attacked a checkpoint on the desert road.', ['Battles', 'Armed clash'], 'SY', '2024-05-02');
  assert.equal(syria.actor1, 'Islamic State (Syria)');
  const iraq = await code('ISIS militants attacked an army post in the hills.', ['Battles', 'Armed clash'], 'IQ', '2024-05-02');
  assert.equal(iraq.actor1, 'Islamic State (Iraq)');
});

test('men the victims are said to be are no side: the soldiers who executed them are the perpetrators', async () => {
  const who = await code('Soldiers executed nine men in the village, claiming they were militants.', ['Violence against civilians', 'Attack'], 'BF', '2019-05-02');
  assert.equal(who.actor1, 'Military Forces of Burkina Faso (2015-2022)');
  const fr = await code('Des militaires ont exécuté six villageois soupçonnés d’être des terroristes.', ['Violence against civilians', 'Attack'], 'ML', '2019-05-02');
  assert.equal(fr.actor1, 'Military Forces of Mali (2013-2020)');
});

test('unknown gunmen who attack named groups come first; gunmen the report then identifies are that group', async () => {
  const posts = await code('Unknown gunmen attacked GATIA and MSA posts east of the town.', ['Battles', 'Armed clash'], 'ML');
  assert.equal(posts.actor1, 'Unidentified Armed Group (Mali)');
  assert.equal(posts.actor2, 'GATIA: Imghad Tuareg and Allies Self-Defense Group');
  assert.deepEqual(posts.assoc2, ['MSA: Movement for Azawad Salvation']);
  const identified = await code('Unknown gunmen, presumably ISGS militants, shot dead a trader at the market.', ['Violence against civilians', 'Attack'], 'NE');
  assert.equal(identified.actor1, 'Islamic State (Greater Sahara)');
  const possibly = await code('Unknown gunmen, possibly ISGS militants, shot dead a trader at the market.', ['Violence against civilians', 'Attack'], 'NE');
  assert.equal(possibly.actor1, 'Unidentified Armed Group (Niger)');
});

test('armed men the report speaks of again are the group it named before', async () => {
  const extractor = await testExtractor();
  const lexicon = extractor.resources.actors;
  const doc = extractor.annotate('On Monday, JNIM militants attacked the town hall of Dori. On Tuesday, the militants also burned the school of Seytenga.', { published: '2019-05-02' });
  const second = doc.sentences.length - 1;
  const who = decideParticipants(doc.actors.filter((a) => a.sentence === second), { event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction' }, 'BF', '2019-05-01', lexicon, { doc, sentences: [second] });
  assert.equal(who.actor1.entry.name, 'JNIM: Group for Support of Islam and Muslims');
});

test("Mali's mixed units are the army's Operational Coordination Mechanism", async () => {
  const who = await code('Unknown gunmen ambushed MOC soldiers on the road north of the town.', ['Battles', 'Armed clash'], 'ML', '2019-05-02');
  assert.equal(who.actor2, 'Military Forces of Mali (2013-2020) Operational Coordination Mechanism');
});

test('the force that dispersed a protest outranks the authorities that banned it', async () => {
  const who = await code('The march, banned by the authorities, was dispersed by security forces with tear gas.', ['Protests', 'Protest with intervention'], 'NE', '2019-05-02');
  assert.equal(who.actor2, 'Police Forces of Niger (2011-2021)');
});

test("a fight whose sentences name one side takes the force the report's opening named", async () => {
  const extractor = await testExtractor();
  const lexicon = extractor.resources.actors;
  const doc = extractor.annotate('French troops launched a vast operation in the north on Monday. Near the border, twenty militants were killed.', { published: '2019-05-02' });
  const second = doc.sentences.length - 1;
  const who = decideParticipants(doc.actors.filter((a) => a.sentence === second), { event_type: 'Battles', sub_event_type: 'Armed clash' }, 'ML', '2019-05-01', lexicon, { doc, sentences: [second] });
  assert.equal(who.actor2?.entry.name, 'Military Forces of France');
});

test('a mob that turns on members of a named militia fights that militia', async () => {
  const who = await code('Angry villagers beat up three Koglweogo members in the market.', ['Riots', 'Mob violence'], 'BF');
  assert.equal(who.actor1, 'Rioters (Burkina Faso)');
  assert.equal(who.actor2, 'Koglweogo Militia');
});

test("the state's auxiliaries fight beside its forces: unnamed attackers are an unidentified armed group", async () => {
  const who = await code(
    "Des assaillants ont attaqué le détachement militaire, tuant neuf soldats et six volontaires pour la défense de la patrie (VDP), avant d'être repoussés.",
    ['Battles', 'Armed clash'],
    'BF',
  );
  assert.equal(who.actor1, 'Unidentified Armed Group (Burkina Faso)');
  assert.match(who.actor2 ?? '', /^Military Forces of Burkina Faso/);
  assert.deepEqual(who.assoc2, ['VDP: Volunteers for the Defense of the Homeland']);
});

test('a group said to be active in the area, with no claim made, is not the attacker', async () => {
  const text = 'Gunmen attacked the village of Koro on Sunday, killing 9 civilians. No group has claimed responsibility, but JNIM is active in the area.';
  const who = await code(text, ['Violence against civilians', 'Attack'], 'ML');
  assert.equal(who.actor1, 'Unidentified Armed Group (Mali)');
});

test('a group named in a sentence that recalls a past year is background, not a side', async () => {
  const text =
    'Gunmen attacked the village of Koro on Sunday, killing 9 civilians. The region has been plagued by violence since 2016, when the Macina Liberation Front, a JNIM affiliate, emerged.';
  const who = await code(text, ['Violence against civilians', 'Attack'], 'ML');
  assert.equal(who.actor1, 'Unidentified Armed Group (Mali)');
});

test('forces named before the unnamed armed men they claim to have fought killed the civilians', async () => {
  const text =
    'Residents said soldiers of the Malian army executed 14 civilians on Thursday near Boni. The army said in a statement on Saturday that its operation had neutralised several terrorists.';
  const who = await code(text, ['Violence against civilians', 'Attack'], 'ML');
  assert.equal(who.actor1, 'Military Forces of Mali (2021-)');
  assert.equal(who.actor2, 'Civilians (Mali)');
});

test('in a battle the force named first is the side, the forces named after it its allies', async () => {
  const text = 'On Thursday, al-Shabaab fighters attacked a base of the African Union Transition Mission in Somalia (ATMIS) near Afgooye. The Somali army sent troops to help repel the attack.';
  const who = await code(text, ['Battles', 'Armed clash'], 'SO');
  assert.equal(who.actor1, 'Al Shabaab');
  assert.equal(who.actor2, 'ATMIS: African Union Transition Mission in Somalia (2022-2025)');
});

test('a strike whose toll is first told of the fighters hit them, whatever a later disputed account says', async () => {
  const text =
    'The US military said its airstrike near Jilib on Monday targeted al-Shabaab militants, killing three of them. A local elder disputed the account, saying two of the three people killed in the strike were farmers.';
  const who = await code(text, ['Explosions/Remote violence', 'Air/drone strike'], 'SO');
  assert.equal(who.actor2, 'Al Shabaab');
});

test('a strike blamed on a group is its; missiles named by their country are its forces', async () => {
  const blamed = await code('A drone struck the market on Monday, killing eight people. The army blamed the Rapid Support Forces.', ['Explosions/Remote violence', 'Air/drone strike'], 'SD');
  assert.equal(blamed.actor1, 'Rapid Support Forces');
  assert.equal(blamed.actor2, 'Civilians (Sudan)');
  const fired = await code('Russian missiles struck a residential district on Thursday, killing seven people.', ['Explosions/Remote violence', 'Shelling/artillery/missile attack'], 'UA', '2024-04-12');
  assert.equal(fired.actor1, 'Military Forces of Russia (2000-)');
  assert.equal(fired.actor2, 'Civilians (Ukraine)');
});

test('separatists in Cameroon are the group ACLED codes there; elsewhere an unidentified armed group', async () => {
  const text = 'On Friday, armed separatists stormed a police post in the town, killing one officer.';
  const cm = await code(text, ['Battles', 'Armed clash'], 'CM');
  assert.equal(cm.actor1, 'Ambazonian Separatists');
  assert.equal(cm.actor2, 'Police Forces of Cameroon (1982-)');
  const other = await code(text, ['Battles', 'Armed clash'], 'ET');
  assert.equal(other.actor1, 'Unidentified Armed Group (Ethiopia)');
});

test("separatists are Cameroon's Ambazonians in the regions where they fight, not in the Far North", async () => {
  const text = 'Separatist gunmen ambushed a gendarmerie patrol on the road out of the town on Sunday, wounding two gendarmes.';
  const extractor = await testExtractor();
  const lexicon = extractor.resources.actors;
  const doc = extractor.annotate(text, { published: '2021-05-10' });
  const coded = (admin1: string | null) =>
    lexicon.nameOn(decideParticipants(doc.actors, { event_type: 'Battles', sub_event_type: 'Armed clash' }, 'CM', '2021-05-09', lexicon, { doc, sentences: [0] }, admin1).actor1.entry, '2021-05-09');
  assert.equal(coded('South-West'), 'Ambazonian Separatists');
  assert.equal(coded(null), 'Ambazonian Separatists');
  assert.equal(coded('Far North'), 'Unidentified Armed Group (Cameroon)');
});

test('armed herdsmen of a community who attack are its ethnic militia; herders who are killed are civilians', async () => {
  const attackers = await code('Suspected armed Fulani herdsmen attacked a farming village in Bassa, Plateau State, on Tuesday night, killing seven residents.', ['Violence against civilians', 'Attack'], 'NG');
  assert.equal(attackers.actor1, 'Fulani Ethnic Militia (Nigeria)');
  assert.equal(attackers.actor2, 'Civilians (Nigeria)');
  const victims = await code('Gunmen killed seven Fulani herders near a grazing reserve in Bassa, Plateau State, on Tuesday.', ['Violence against civilians', 'Attack'], 'NG');
  assert.equal(victims.actor1, 'Unidentified Armed Group (Nigeria)');
  assert.equal(victims.actor2, 'Civilians (Nigeria)');
  assert.ok(victims.assoc2.includes('Fulani Ethnic Group (Nigeria)'));
});

test('a group\'s own account of the operation, in a sentence of another event, is its claim of the bombing', async () => {
  const extractor = await testExtractor();
  const lexicon = extractor.resources.actors;
  const text =
    'A suicide bomber drove a car full of explosives into the gate of a district office in Baidoa on Saturday, killing six people. ' +
    'The blast also wounded 14 others, police said. ' +
    'Al-Shabaab, the armed group that has fought the federal government for many years, said in a statement on its radio that its martyrdom operation had killed more than 15 soldiers.';
  const doc = extractor.annotate(text, { published: '2023-03-12' });
  const sentences = [0, 1];
  const actors = doc.actors.filter((a) => sentences.includes(a.sentence));
  const who = decideParticipants(actors, { event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb' }, 'SO', '2023-03-11', lexicon, { doc, sentences });
  assert.equal(lexicon.nameOn(who.actor1.entry, '2023-03-11'), 'Al Shabaab');
  const denied = extractor.annotate(text.replace('said in a statement', 'denied in a statement'), { published: '2023-03-12' });
  const other = decideParticipants(denied.actors.filter((a) => sentences.includes(a.sentence)), { event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb' }, 'SO', '2023-03-11', lexicon, { doc: denied, sentences });
  assert.equal(lexicon.nameOn(other.actor1.entry, '2023-03-11'), 'Unidentified Armed Group (Somalia)');
});

test('a group\'s account of the bomb it planted is no claim of an abduction told beside it', async () => {
  const extractor = await testExtractor();
  const lexicon = extractor.resources.actors;
  const text =
    'A roadside bomb hit a minibus near Damboa in Borno state on Monday, killing five passengers. ' +
    'ISWAP said in a statement that its fighters had planted the bomb. ' +
    'In Kaduna state, armed men stormed a village on Saturday night and abducted 12 residents, police said.';
  const doc = extractor.annotate(text, { published: '2023-08-15' });
  const sentences = [2];
  const actors = doc.actors.filter((a) => sentences.includes(a.sentence));
  const who = decideParticipants(actors, { event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance' }, 'NG', '2023-08-12', lexicon, { doc, sentences });
  assert.equal(lexicon.nameOn(who.actor1.entry, '2023-08-12'), 'Unidentified Armed Group (Nigeria)');
  // An account of the abduction claims it: gold miners named in it are no mines.
  const told = extractor.annotate(text.replace('had planted the bomb', 'had seized the villagers near a camp of gold miners'), { published: '2023-08-15' });
  const claimed = decideParticipants(told.actors.filter((a) => sentences.includes(a.sentence)), { event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance' }, 'NG', '2023-08-12', lexicon, { doc: told, sentences });
  assert.equal(lexicon.nameOn(claimed.actor1.entry, '2023-08-12'), 'Islamic State (West Africa)');
});

test('armed men the report identifies as a community\'s people, in the next sentence, are its ethnic militia', async () => {
  const extractor = await testExtractor();
  const lexicon = extractor.resources.actors;
  const text =
    'Gunmen killed nine villagers in a farming settlement of Riyom, Plateau State, on Sunday night, residents said. ' +
    'A survivor said the attackers, believed to be Fulani herdsmen, came on motorcycles.';
  const doc = extractor.annotate(text, { published: '2024-06-03' });
  const sentences = [0];
  const actors = doc.actors.filter((a) => sentences.includes(a.sentence));
  const who = decideParticipants(actors, { event_type: 'Violence against civilians', sub_event_type: 'Attack' }, 'NG', '2024-06-02', lexicon, { doc, sentences });
  assert.equal(lexicon.nameOn(who.actor1.entry, '2024-06-02'), 'Fulani Ethnic Militia (Nigeria)');
  assert.equal(lexicon.nameOn(who.actor2!.entry, '2024-06-02'), 'Civilians (Nigeria)');
});

test('farmers and herders who clash are two communal militias; the army sent afterwards to restore calm is no side', async () => {
  const who = await code(
    "Au moins sept personnes ont été tuées mardi dans des affrontements entre agriculteurs et éleveurs près d'Abéché. Des renforts de l'armée ont été dépêchés sur place pour ramener le calme.",
    ['Battles', 'Armed clash'],
    'TD',
  );
  assert.equal(who.actor1, 'Unidentified Communal Militia (Chad)');
  assert.equal(who.actor2, 'Unidentified Communal Militia (Chad)');
  assert.deepEqual([...who.assoc1, ...who.assoc2].sort(), ['Farmers (Chad)', 'Pastoralists (Chad)']);
  assert.equal(who.inter1, 'Identity militia');
});

test("a country's strikes on a house are its military's air strike on the civilians of the place", async () => {
  const who = await code('Israeli strikes on a house in Khan Younis killed eight Palestinians on Tuesday.', ['Explosions/Remote violence', 'Air/drone strike'], 'PS', '2024-02-13');
  assert.equal(who.actor1, 'Military Forces of Israel (2022-)');
  assert.equal(who.actor2, 'Civilians (Palestine)');
});

test('suspected herdsmen who attack farmers are a communal militia with pastoralists; the farmers are civilians', async () => {
  const who = await code('Suspected herdsmen attacked farmers in a village of Benue State on Friday, killing eleven people.', ['Violence against civilians', 'Attack'], 'NG');
  assert.equal(who.actor1, 'Unidentified Communal Militia (Nigeria)');
  assert.deepEqual(who.assoc1, ['Pastoralists (Nigeria)']);
  assert.equal(who.actor2, 'Civilians (Nigeria)');
  assert.deepEqual(who.assoc2, ['Farmers (Nigeria)']);
});

test('insurgents linked to the Islamic State in Mozambique are its Mozambique province', async () => {
  const who = await code('Insurgents linked to the Islamic State beheaded three villagers near Macomia on Sunday.', ['Violence against civilians', 'Attack'], 'MZ', '2024-03-04');
  assert.equal(who.actor1, 'Islamic State (Mozambique)');
  assert.equal(who.actor2, 'Civilians (Mozambique)');
});

test('the Taliban are a rebel group before the fall of Kabul and Afghanistan\'s state forces after it', async () => {
  const before = await code('Taliban fighters attacked a police post on the highway.', ['Battles', 'Armed clash'], 'AF', '2019-05-02');
  assert.equal(before.actor1, 'Taliban');
  assert.equal(before.actor2, 'Police Forces of Afghanistan (2014-2021)');
  const after = await code('Taliban fighters detained three journalists at a checkpoint.', ['Strategic developments', 'Arrests'], 'AF', '2024-05-02');
  assert.equal(after.actor1, 'Military Forces of Afghanistan (2021-)');
});

test("Myanmar's military is named for the junta after the coup of February 2021", async () => {
  const who = await code('Jets bombed a village school, killing five children.', ['Explosions/Remote violence', 'Air/drone strike'], 'MM', '2024-05-02');
  assert.equal(who.actor1, 'Military Forces of Myanmar (2021-)');
});

test('once a militia is named, bare "militiamen" are its men, not a communal militia; a self-defence group stays apart', async () => {
  const fano = await code(
    'The army said it had repulsed an attack by Fano militia on the outskirts of Bahir Dar, killing 14 of the militiamen.',
    ['Battles', 'Armed clash'],
    'ET',
  );
  assert.deepEqual([fano.actor1, fano.actor2].sort(), ['Fano', 'Military Forces of Ethiopia (2018-)']);
  const dozo = await code(
    'Dozo militiamen surrounded the village and overwhelmed its small self-defense group, killing four of its members.',
    ['Battles', 'Armed clash'],
    'ML',
  );
  assert.deepEqual([dozo.actor1, dozo.actor2], ['Dozo Militia', 'Unidentified Communal Militia (Mali)']);
});
