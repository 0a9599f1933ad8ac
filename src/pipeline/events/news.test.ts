/**
 * News or background in reports of several paragraphs: what the lead breaks is an event; what later sentences
 * recall (a past date and all it brings, a "since" that sums up a period, a general claim in the present
 * perfect, what was announced before the news) is background. Reports invented for the tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testExtractor } from '../../testing/extractor.js';

const extract = async (text: string, published: string) => (await testExtractor()).extract(text, { published });
const dates = (items: { date: string | null }[]) => items.map((b) => b.date);

test('after the lead, a sentence dated only long ago recalls all that follows its date', async () => {
  const text =
    'Gunmen attacked a police post in Mocuba on Sunday, killing two officers, residents said. ' +
    'The insurgency, which began in March 2016 with an attack on a barracks in Gurue, has killed more than 2,000 people. ' +
    'The raid revived memories of May 2019, when fighters overran an army base at Milange and killed 40 soldiers.';
  const { events, background } = await extract(text, '2023-04-11');
  assert.deepEqual(events.map((e) => [e.event_date, e.fatalities]), [['2023-04-09', 2]]);
  assert.deepEqual(dates(background), ['2016-03-15', '2019-05-15']);
  const french =
    'Des hommes armés ont attaqué dimanche un poste de police à Mocuba, tuant deux agents, selon des habitants. ' +
    "La ville avait déjà été, en juin 2020, le théâtre d'une embuscade meurtrière contre une patrouille.";
  const fr = await extract(french, '2023-04-11');
  assert.deepEqual(fr.events.map((e) => [e.event_date, e.fatalities]), [['2023-04-09', 2]]);
  assert.deepEqual(dates(fr.background), ['2020-06-15']);
});

test('a "since" sums up its clause; the deadliest attack "since 2019" is still news, its year background', async () => {
  const text =
    'Fighters attacked a convoy near Beledweyne on Monday, killing six soldiers. ' +
    'In his speech, the governor praised the clan militias that have joined the offensive in the central regions of Hiiraan and Middle Shabelle since August. ' +
    'It was the deadliest ambush in the region since 2019.';
  const { events, background } = await extract(text, '2022-12-07');
  assert.equal(events.length, 1);
  assert.equal(events[0].fatalities, 6);
  assert.ok(events[0].notes.includes('the deadliest ambush'));
  assert.deepEqual(dates(background), ['2022-08-15', '2019']);
});

test('a recollection ends where the sentence turns back to the news ("but")', async () => {
  const text =
    'Police deployed in Zinder on Friday to stop traders from gathering. ' +
    'They had already marched in September, but police dispersed the few who gathered at the market.';
  const { events } = await extract(text, '2022-11-18');
  assert.deepEqual(events.map((e) => e.sub_event_type), ['Protest with intervention']);
});

test('the past a news sentence recalls beside its news is background, at each past time it gives', async () => {
  const text =
    'Bandits abducted 15 farmers near Gusau on Saturday, police said. ' +
    'The state has been hit by a wave of kidnappings by gangs who have abducted thousands of people since 2019, including 80 pupils seized from a school in Kaya in March 2021.';
  const { events, background } = await extract(text, '2021-09-13');
  assert.deepEqual(events.map((e) => e.event_date), ['2021-09-11']);
  assert.deepEqual(dates(background), ['2019', '2021-03-15']);
});

test('an undated present perfect that would start another event is a general claim', async () => {
  const text =
    'Heavy fighting broke out on Wednesday between M23 rebels and the army around Sake. ' +
    'Kigali denies backing the rebels, despite reports by UN experts that Rwandan troops have fought alongside them.';
  const { events, background } = await extract(text, '2024-02-08');
  assert.deepEqual(events.map((e) => e.location), ['Sake']);
  assert.equal(background.length, 1);
});

test('what was announced before the news happened before it; troops sent after an attack are no new event', async () => {
  const text =
    'Quatre soldats ont été tués mercredi lorsque leur véhicule a sauté sur une mine près de Fada N’Gourma. ' +
    "L'armée a par ailleurs annoncé la semaine dernière avoir neutralisé dix engins explosifs dans la région. " +
    'The army sent a patrol to the site on Thursday morning.';
  const { events, background } = await extract(text, '2021-09-03');
  assert.deepEqual(events.map((e) => [e.event_date, e.fatalities]), [['2021-09-01', 4]]);
  assert.equal(background.length, 1);
});

test('a general claim in the present perfect keeps its quotes ("have enforced \'ghost town\' lockdowns")', async () => {
  const text =
    'Armed separatists attacked a gendarmerie post in Batibo on Monday, killing two gendarmes. ' +
    'Separatist fighters have enforced "ghost town" lockdowns and a boycott of schools, which they see as symbols of the government in Yaounde.';
  const { events } = await extract(text, '2021-05-19');
  assert.deepEqual(events.map((e) => e.location), ['Batibo']);
});

test('"pas été revendiquée jeudi" dates a claim; protests "dans plusieurs villes" are not the event being told', async () => {
  const text =
    'Trois gendarmes ont été tués mardi par un engin explosif sur la route de Kantchari. ' +
    "L'attaque n'avait pas été revendiquée jeudi, mais des groupes armés multiplient la pose de mines dans la région. " +
    'Des manifestations ont été organisées dans plusieurs villes pour réclamer davantage de moyens pour l’armée.';
  const { events } = await extract(text, '2021-09-02');
  assert.deepEqual(events.map((e) => [e.event_date, e.sub_event_type]), [['2021-08-31', 'Remote explosive/landmine/IED']]);
});

test('"cette nuit-là" after a sentence that recalls a past attack is that past night: background', async () => {
  const text =
    "Le ministre a présidé mardi à Kaya une cérémonie d'hommage aux gendarmes tombés lors de l'attaque du 3 mars 2019 contre la brigade. " +
    'Cette nuit-là, des hommes armés avaient incendié la brigade, tuant sept gendarmes. ' +
    "L'attaque, la plus meurtrière depuis celle de Djibo en mai 2017, avait été suivie en juin 2019 d'une embuscade qui avait coûté la vie à deux soldats.";
  const { events, background } = await extract(text, '2024-05-08');
  assert.deepEqual(events, []);
  assert.ok(background.some((b) => b.date?.startsWith('2019-03')));
});

test('taking back "la plupart des chefs-lieux" is no event of its own, nor part of the one told', async () => {
  const text =
    "Des rebelles ont attaqué mardi une patrouille de l'armée près de Bozoum, tuant deux soldats. " +
    "Depuis l'offensive de la coalition, l'armée a repris la plupart des chefs-lieux de préfecture, mais les rebelles restent actifs dans les campagnes.";
  const { events } = await extract(text, '2022-05-05');
  assert.deepEqual(events.map((e) => [e.sub_event_type, e.fatalities]), [['Armed clash', 2]]);
});

test('a speech report tells no event: its campaign "since March", tolls "since the summer", assessments and closed roads', async () => {
  const text = [
    "NAIROBI — Kenya's interior minister told senators on Tuesday that the police would drive the bandits out of the northern counties within a year.",
    'In a long address, the minister praised the reservists who have joined the police offensive in the counties of Baringo and Samburu since March.',
    'He gave no figures for casualties, but said dozens of bandits had been killed and hundreds of stolen cattle recovered since the summer.',
    'Analysts said the offensive had made gains but warned that the bandits would return.',
    '"Bandits have fled before and come back," said a researcher at a Nakuru-based institute.',
    'The session was held under tight security, with roads around parliament closed from early morning.',
  ].join('\n');
  const { events, background } = await extract(text, '2023-11-08');
  assert.deepEqual(events, []);
  assert.deepEqual(dates(background), ['2023-03-15', null, null, null]);
});

test('a present perfect with a toll, or an act with a count after background, is news', async () => {
  const perfect = await extract(
    'Gunmen killed 12 villagers in Koro on Sunday. In a separate attack, militants have killed four soldiers near Djibo, the army said.',
    '2023-05-09',
  );
  assert.deepEqual(perfect.events.map((e) => [e.location, e.fatalities]), [['Koro', 12], ['Djibo', 4]]);
  const afterBackground = await extract(
    'BAMAKO — Jihadist violence has killed thousands of people in central Mali since 2015. Gunmen killed 12 villagers in Koro, residents said.',
    '2023-05-09',
  );
  assert.deepEqual(afterBackground.events.map((e) => [e.location, e.fatalities]), [['Koro', 12]]);
});

test('an anniversary feature tells no news: what "a year after" recalls, and "the massacre" named again, are background', async () => {
  const text =
    'A year after gunmen killed dozens of people in the market town of Tin-Akof, most survivors still live in camps in Dori. ' +
    'The massacre shocked the country. ' +
    '"We want to go back to our fields and our mines," said a village elder.';
  const { events, background } = await extract(text, '2023-03-12');
  assert.deepEqual(events, []);
  assert.deepEqual(dates(background), ['2022-03-12', null]);
});

test('an act the date tells of after "a year after" is its; the one before it is news', async () => {
  const text = 'Gunmen attacked a checkpoint near Kaya on Sunday, a year after militants killed 20 soldiers in the town.';
  const { events, background } = await extract(text, '2023-03-14');
  assert.deepEqual(events.map((e) => e.event_date), ['2023-03-12']);
  assert.deepEqual(dates(background), ['2022-03-14']);
});

test('in the lead, a habitual word governs only its clause: "massacres that have terrorised the area for years"', async () => {
  const text = 'Rebels killed six villagers near Oicha, the latest of a string of massacres that have terrorised the area for years.';
  const { events } = await extract(text, '2021-02-10');
  assert.deepEqual(events.map((e) => e.fatalities), [6]);
});

test('told in the pluperfect on a day before the news, with no one quoted, an act is the past that led to it', async () => {
  const text =
    'Des centaines de personnes ont manifesté samedi à Thiès contre la hausse des prix. ' +
    'Les marches du 3 mars avaient été dispersées par la police et deux manifestants avaient été tués.';
  const { events, background } = await extract(text, '2024-03-11');
  assert.deepEqual(events.map((e) => [e.event_date, e.sub_event_type, e.fatalities]), [['2024-03-09', 'Peaceful protest', 0]]);
  assert.deepEqual(dates(background), ['2024-03-03']);
  // Reported speech of the news is no recollection: "the mayor said gunmen had killed ...".
  const reported = 'Gunmen attacked a bus near Kaya on Saturday. The mayor said on Sunday that the gunmen had killed four passengers on Friday.';
  assert.equal((await extract(reported, '2024-03-11')).events.length, 2);
});

test('a past time named in a sentence of news is listed as background: "ruled since the coup of September 2021"', async () => {
  const text = 'Youths burned tyres in Kankan on Friday. The country has been ruled since the coup of September 2021 by a general, who dissolved the government this week.';
  const { background } = await extract(text, '2024-02-18');
  assert.ok(dates(background).includes('2021-09-15'));
});

test('an act named again ("the missiles", "the strike") tells more of the event; a general claim in the present is none', async () => {
  const text =
    'Missiles hit a school in Kharkiv on Thursday evening, killing four people, officials said. ' +
    '"The missiles came without warning," said a teacher standing in the rubble on Friday morning. ' +
    'Moscow denies targeting civilians and says it strikes only military sites in Kyiv. ' +
    'The attack recalled the strike on a railway station in Kramatorsk in April 2022, which killed 61 people.';
  const { events, background } = await extract(text, '2024-05-11');
  assert.deepEqual(events.map((e) => [e.event_date, e.fatalities, e.location]), [['2024-05-09', 4, 'Kharkiv']]);
  assert.deepEqual(dates(background), [null, '2022-04-15']);
});

test('a place that says whose officer speaks ("Kaduna police spokesman") is not where an event happened', async () => {
  const text =
    'A bomb hit a bus near Damboa on Monday, killing six people. ' +
    'In Kaduna state, gunmen stormed a village in Kajuru on Saturday. ' +
    'Kaduna police spokesman Mansur Bello said 14 people had been abducted and that no one was killed.';
  const { events } = await extract(text, '2023-08-15');
  const kidnapping = events.find((e) => e.event_date === '2023-08-12');
  assert.deepEqual([kidnapping?.sub_event_type, kidnapping?.location], ['Abduction/forced disappearance', 'Kajuru']);
});

test('people "taken to hospital" were carried to care, not abducted', async () => {
  const doc = (await testExtractor()).annotate('Six passengers died and four others were taken to hospital in Maiduguri.', { published: '2023-08-15' });
  assert.deepEqual(doc.triggers.filter((t) => t.cue === 'abduct').map((t) => t.negated), [true]);
});

test('an act described anew ("the ambush of a convoy near Menaka") on another day is another event', async () => {
  const text = 'Gunmen attacked the village of Tillia on Monday, killing two herders. On Wednesday, the ambush of a convoy near Menaka left five soldiers dead.';
  const { events } = await extract(text, '2023-06-09');
  assert.deepEqual(events.map((e) => e.event_date), ['2023-06-05', '2023-06-07']);
});

test('what a group has done "for more than 15 years" keeps happening: no act of the event being told', async () => {
  const text =
    'A suicide bomber blew himself up at a checkpoint in Baidoa on Sunday, killing five civilians, police said. ' +
    'Al-Shabaab, which has fought the government for more than 15 years, said it carried out the bombing.';
  const { events } = await extract(text, '2023-06-12');
  assert.deepEqual(events.map((e) => [e.sub_event_type, e.fatalities]), [['Suicide bomb', 5]]);
});

test('acts told "in past attacks" are recalled, not the event being told', async () => {
  const text =
    'A suicide bomber blew himself up at the gate of a hotel in Baidoa on Sunday, killing five civilians, police said. ' +
    'Soldiers sealed off the area and no gunmen entered the building, unlike in past attacks in which fighters stormed hotels.';
  const { events } = await extract(text, '2023-06-12');
  assert.deepEqual(events.map((e) => e.sub_event_type), ['Suicide bomb']);
});

test('after the lead, acts counted together ("plusieurs frappes de drones") sum up the past: no new event', async () => {
  const text =
    "Une frappe de drone a touché dimanche un campement près de Kidal, tuant quatre éleveurs, selon des sources locales. " +
    "Depuis un an, des organisations de défense des droits humains ont documenté plusieurs frappes de drones ayant coûté la vie à des civils dans les régions de Kidal et de Gao.";
  const { events } = await extract(text, '2024-03-19');
  assert.deepEqual(events.map((e) => [e.sub_event_type, e.location, e.fatalities]), [['Air/drone strike', 'Kidal', 4]]);
});

test('the day residents buried the victims dates the burial, not the attack told after it', async () => {
  const text =
    'Grief gripped Riyom on Tuesday as residents buried eight people killed in a night attack. ' +
    'Witnesses said the gunmen stormed the village at about 10pm on Monday, shooting sporadically and setting houses ablaze.';
  const { events } = await extract(text, '2024-06-12');
  assert.deepEqual(events.map((e) => [e.event_date, e.sub_event_type, e.fatalities]), [['2024-06-10', 'Attack', 8]]);
});

test('the toll of the whole conflict, after the lead, is background: not added to the raid\'s', async () => {
  const text =
    'Separatist fighters attacked a police post in Bafut on Tuesday, killing two policemen, security sources said. ' +
    'Schools in the town remained shut on Wednesday. ' +
    'The conflict has killed more than 6,000 people, according to rights groups, and forced some 700,000 from their homes.';
  const { events } = await extract(text, '2022-10-13');
  assert.deepEqual(events.map((e) => e.fatalities), [2]);
});

test('"tard dans la nuit" after an event told to the day is that night, no event of the night before publication', async () => {
  const text =
    'Des hommes armés ont attaqué lundi soir la prison de Sebba, tuant deux gardes, et libéré des dizaines de détenus, selon une source sécuritaire. ' +
    "D'après un habitant, des détenus poursuivis pour des faits de terrorisme sont parmi les évadés. « On a entendu les tirs jusqu'à tard dans la nuit », a-t-il confié. " +
    "L'attaque a été revendiquée mercredi par le GSIM.";
  const { events } = await extract(text, '2023-05-10');
  assert.deepEqual(events.map((e) => [e.event_date, e.fatalities]), [['2023-05-08', 2]]);
});

test('a day told after "after" or "avant" in its clause is that of another act: the sentence\'s own day dates its event', async () => {
  const english = 'Militants ambushed an army convoy near Ansongo on Sunday, days after the army had opened a new base in the area on June 2.';
  assert.deepEqual((await extract(english, '2023-06-07')).events.map((e) => e.event_date), ['2023-06-04']);
  const french = "Des hommes armés ont tué trois bergers dimanche près de Tillia, une semaine après l'incendie du marché le 28 mai.";
  assert.deepEqual((await extract(french, '2023-06-07')).events.map((e) => e.event_date), ['2023-06-04']);
  const since = 'Soldiers have held the crossing since May 30 and on Monday repelled an attack on it, killing four militants.';
  assert.deepEqual((await extract(since, '2023-06-07')).events.map((e) => e.event_date), ['2023-06-05']);
  const where = 'Militants shelled the army camp in Tessit on Monday, where a convoy had been ambushed on May 22.';
  assert.deepEqual((await extract(where, '2023-06-07')).events.map((e) => e.event_date), ['2023-06-05']);
  // Alone, the day after "after" still dates the sentence.
  const alone = 'Soldiers killed four militants in a sweep near Ansongo after an ambush on June 2.';
  assert.deepEqual((await extract(alone, '2023-06-07')).events.map((e) => e.event_date), ['2023-06-02']);
});

test('a day that opens the sentence before who spoke ("On Monday, the army said") is the statement\'s: the act\'s own day dates it', async () => {
  const english = 'On Tuesday, the governor said bandits had killed six farmers near Gusau on Sunday.';
  assert.deepEqual((await extract(english, '2023-06-07')).events.map((e) => e.event_date), ['2023-06-04']);
  const french = "Mardi, le gouverneur a indiqué que des bandits avaient tué six paysans près de Gusau dimanche.";
  assert.deepEqual((await extract(french, '2023-06-07')).events.map((e) => e.event_date), ['2023-06-04']);
  // With no other day, the statement's still dates it, as before.
  const alone = 'On Tuesday, the governor said bandits had killed six farmers near Gusau.';
  assert.deepEqual((await extract(alone, '2023-06-07')).events.map((e) => e.event_date), ['2023-06-06']);
});

test('more bodies found on a later day are more dead of the event being told, not another killing', async () => {
  const text =
    'Gunmen raided a farming village near Gimbi on Saturday, killing 18 people, an administrator said. ' +
    'More bodies were found in the surrounding fields on Monday as search parties returned to the area.';
  const { events } = await extract(text, '2022-08-24');
  assert.deepEqual(events.map((e) => e.event_date), ['2022-08-20']);
});

test('a lead dated to the weekend under a dateline, then the raid told to the day and place: one event, of that day and place', async () => {
  const text =
    'NAIROBI — Gunmen killed 12 people in an attack on a village in northern Kenya at the weekend, officials said on Tuesday. ' +
    'The attackers descended on a settlement near Marsabit on Saturday morning, shooting residents and burning huts.';
  const { events } = await extract(text, '2023-05-10');
  assert.deepEqual(events.map((e) => [e.event_date, e.time_precision, e.location, e.fatalities]), [['2023-05-06', 1, 'Marsabit', 12]]);
});

test('what follows the event "hours after" it is another event when it or the next sentence tells an act of its own, not when only troops are sent', async () => {
  const text =
    'Gunmen attacked a police station in Kumba on Friday morning, killing two officers. ' +
    'Hours after the attack, witnesses said soldiers deployed to the town went from house to house. ' +
    'A waiter, Paul Ndi, 30, was shot dead as he ran out.';
  const { events } = await extract(text, '2021-06-12');
  assert.deepEqual(
    events.map((e) => [e.event_date, e.sub_event_type, e.actor1, e.actor2, e.location, e.fatalities]),
    [
      ['2021-06-11', 'Armed clash', 'Unidentified Armed Group (Cameroon)', 'Police Forces of Cameroon (1982-)', 'Kumba', 2],
      ['2021-06-11', 'Attack', 'Military Forces of Cameroon (1982-)', 'Civilians (Cameroon)', 'Kumba', 1],
    ],
  );
  const reaction = "Des hommes armés ont attaqué un poste de police à Kumba vendredi. Quelques heures après l'attaque, l'armée a envoyé des renforts dans la ville.";
  assert.equal((await extract(reaction, '2021-06-12')).events.length, 1);
});

test('"Separately," / "Par ailleurs," opens another event, even in the region of the one being told', async () => {
  const text =
    "A drone strike hit a cattle market in Sudan's North Kordofan on Sunday, killing 19 civilians, activists said. " +
    'Separately, the army said it had repelled an assault by the RSF on El Obeid, killing dozens of fighters.';
  const { events } = await extract(text, '2025-02-03');
  assert.deepEqual(
    events.map((e) => [e.sub_event_type, e.location, e.fatalities]),
    [
      ['Air/drone strike', 'El Obeid', 19],
      ['Armed clash', 'El Obeid', 12],
    ],
  );
  const fr = 'Des hommes armés ont tué trois civils lundi près de Kaya. Par ailleurs, des soldats ont été tués dans une embuscade près de Djibo le même jour.';
  assert.equal((await extract(fr, '2023-03-14')).events.length, 2);
  const same = 'Des hommes armés ont tué trois civils lundi près de Kaya. Par ailleurs, le gouverneur a condamné cette attaque.';
  assert.equal((await extract(same, '2023-03-14')).events.length, 1, 'no act of its own: no event');
});

test('what a blast "came a day after" is another event, the day before it', async () => {
  const text =
    'A car bomb exploded near a police checkpoint in Gao on Monday, killing seven people, police said. ' +
    'The blast came a day after soldiers killed four militants in a clash near Ansongo.';
  const { events } = await extract(text, '2023-06-06');
  assert.deepEqual(events.map((e) => [e.event_date, e.sub_event_type]), [
    ['2023-06-05', 'Remote explosive/landmine/IED'],
    ['2023-06-04', 'Armed clash'],
  ]);
});

test("a toll a sentence tells of a past act it recalls is no toll of the event that sentence goes on with", async () => {
  const text =
    'Rebels ambushed an army convoy outside Kalemie on Tuesday, killing three soldiers, the army said. ' +
    'Residents fear reprisals from the troops. ' +
    'A raid on a market in the same district in March 2021 killed 17 traders, most of them women.';
  const { events, background } = await extract(text, '2023-05-04');
  assert.deepEqual(events.map((e) => [e.event_date, e.fatalities]), [['2023-05-02', 3]]);
  assert.deepEqual(dates(background), ['2021-03-15']);
});

test('a place before the level of an office and the office ("the Baghlan provincial police") names whose officer speaks: no place of an event', async () => {
  const text =
    'A suicide bomber killed six worshippers at a mosque in Kunduz on Friday. ' +
    'The attacker detonated his explosives among the rows of worshippers, said a spokesman for the Baghlan provincial police.';
  const { events } = await extract(text, '2024-05-11');
  assert.deepEqual(events.map((e) => [e.location, e.fatalities]), [['Kunduz', 6]]);
});

test('in a sentence dated with the news, a clause that sums up tolls "since" an old date adds nothing to its toll', async () => {
  const plateau =
    'Gunmen killed seven people in a night raid on a village near Bokkos on Monday, the latest in a series of attacks in ' +
    'the area that have killed more than 200 people since December.';
  assert.deepEqual((await extract(plateau, '2024-06-18')).events.map((e) => [e.event_date, e.fatalities]), [['2024-06-17', 7]]);
  const french =
    "Des hommes armés ont tué lundi sept personnes dans un village près de Bokkos, où des attaques qui ont fait plus de 200 morts depuis décembre.";
  assert.deepEqual((await extract(french, '2024-06-18')).events.map((e) => [e.event_date, e.fatalities]), [['2024-06-17', 7]]);
  // A clause neither perfect nor relative is the news itself: the hostages held since December were freed on Monday.
  const freed = 'Troops freed 14 hostages held since December in a raid on a camp near Bokkos on Monday, killing five kidnappers.';
  assert.deepEqual((await extract(freed, '2024-06-18')).events.map((e) => [e.event_date, e.fatalities]), [['2024-06-17', 5]]);
});

test('"came a week after" dates what follows it a week before the event being told; the sentence\'s own day stays its own', async () => {
  const text =
    'Gunmen killed four traders on the road near Kaya on Sunday, residents said. ' +
    'The attack came a week after gunmen ambushed a convoy near Dori, killing six soldiers.';
  const { events } = await extract(text, '2024-06-11');
  assert.deepEqual(events.map((e) => [e.event_date, e.fatalities]), [['2024-06-09', 4], ['2024-06-02', 6]]);
  const french = "Des hommes armés ont tué trois bergers dimanche près de Tillia, une semaine après l'incendie du marché le 28 mai.";
  assert.deepEqual((await extract(french, '2023-06-07')).events.map((e) => e.event_date), ['2023-06-04']);
});
