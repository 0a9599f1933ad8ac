/** Casualties: how counts and one-person phrases get their role (killed, wounded, arrested, abducted). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testExtractor } from '../testing/extractor.js';

async function casualties(text: string) {
  const doc = (await testExtractor()).annotate(text, { published: '2023-06-07' });
  return doc.casualties.map((c) => `${doc.slice(c)}:${c.role}:${c.count}`);
}

test('the nearer verb wins; a passive verb or one across "and" gives way to the role after the count', async () => {
  assert.deepEqual(await casualties('Militants attacked the camp, killing four soldiers and wounding seven others.'), ['four:killed:4', 'seven:wounded:7']);
  assert.deepEqual(await casualties('One militant and one gendarme were killed and three gendarmes were wounded.'), [
    'One:killed:1',
    'one:killed:1',
    'three:wounded:3',
  ]);
  assert.deepEqual(await casualties('One assailant killed, and two assailants and a policeman wounded.'), ['One:killed:1', 'two:wounded:2', 'a:wounded:1']);
});

test('the subject of an active verb is not its victim', async () => {
  assert.deepEqual(await casualties('Thirty gunmen killed two soldiers near the town.'), ['two:killed:2']);
  assert.deepEqual(await casualties('One soldier killed one wounded in the ambush.'), ['One:killed:1', 'one:wounded:1']);
});

test('coordinated counts share the role after the last one', async () => {
  assert.deepEqual(await casualties('Four gendarmes and a civilian driver were killed in the attack.'), ['Four:killed:4', 'a:killed:1']);
  assert.deepEqual(await casualties('18 militants and 1 gendarme were killed.'), ['18:killed:18', '1:killed:1']);
});

test('a parenthesis, an aside or a list of parts does not cut a count from its role', async () => {
  assert.deepEqual(await casualties('10 Dozo hunters (Bambara) were killed.'), ['10:killed:10']);
  assert.deepEqual(await casualties('Nine traders, most of whom were from the Bozo community, were killed.'), ['Nine:killed:9']);
  assert.deepEqual(await casualties('Two civilians including a pregnant woman were killed in the crossfire.'), ['Two:killed:2']);
  assert.deepEqual(await casualties('Four civilians (including three men and a woman) were killed by the blast.'), ['Four:killed:4']);
  assert.deepEqual(await casualties('Two traders were killed, one of them a woman, and six were wounded.'), ['Two:killed:2', 'six:wounded:6']);
  assert.deepEqual(await casualties('The soldiers returned fire and killed 12 of them near the well.'), ['12:killed:12']);
});

test('one person named without a number counts one', async () => {
  assert.deepEqual(await casualties('Gunmen shot dead a mechanic and seized his motorbike.'), ['a:killed:1']);
  assert.deepEqual(await casualties('Militants assassinated the village chief in the market.'), ['the:killed:1']);
  assert.deepEqual(await casualties('The mayor of the town was assassinated by unidentified gunmen.'), ['The:killed:1']);
  assert.deepEqual(await casualties('Gunmen killed a municipal councilor and his son.'), ['a:killed:1', 'his:killed:1']);
  assert.deepEqual(await casualties('A gendarme was killed and another wounded in the ambush.'), ['A:killed:1', 'another:wounded:1']);
  assert.deepEqual(await casualties('Health worker assassinated overnight in the hamlet.'), ['Health worker:killed:1']);
  assert.deepEqual(await casualties('Gunmen stormed the clinic, killing the head of the clinic.'), ['the:killed:1']);
  assert.deepEqual(await casualties('Militiamen raided the hamlet, the imam killed and others wounded.'), ['the:killed:1']);
});

test('a list of counts joined by commas shares the role after the last one', async () => {
  assert.deepEqual(await casualties('Two policemen, a nurse, and four traders were killed in the ambush.'), ['Two:killed:2', 'a:killed:1', 'four:killed:4']);
  assert.deepEqual(await casualties('Twenty-one Dan Na Ambassagou militiamen and one Katiba Macina fighter were killed.'), ['Twenty-one:killed:21', 'one:killed:1']);
  // A comma after a place, or before "the", or a part of a group named before, is no list.
  assert.deepEqual(await casualties('Gunmen attacked a church in the village, a priest and three worshippers were killed.'), ['a:killed:1', 'three:killed:3']);
  assert.deepEqual(await casualties('The post was attacked by two gunmen, one of the assailants was killed.'), ['one:killed:1']);
  assert.deepEqual(await casualties('Gunmen shot a herder and his son, the herder was killed.'), ['the:killed:1']);
});

test('the wounded who later died are more deaths', async () => {
  const deaths = async (text: string) => (await testExtractor()).annotate(text, { published: '2023-06-07' }).casualties.filter((c) => c.role === 'killed').map((c) => `${c.count}${c.additional ? '+' : ''}`);
  assert.deepEqual(await deaths('Two soldiers were killed and four wounded. One later died of his injuries.'), ['2', '1+']);
  assert.deepEqual(await deaths('Gunmen killed a trader and wounded three others, one of the wounded succumbed.'), ['1', '1+']);
  assert.deepEqual(await deaths('Gunmen wounded two herders near the well, the two wounded later succumbed to their wounds.'), ['2+']);
  assert.deepEqual(await deaths('The blast wounded five soldiers (two died from their wounds) near the base.'), ['2+']);
  assert.deepEqual(await deaths('Militants shot and wounded a nurse who succumbed to her injuries the next day.'), ['1+']);
  assert.deepEqual(await deaths('A mine wounded three soldiers. One of the three soldiers died of his wounds.'), ['1+']);
  // A definite subject of a verb of death that takes no object is one death; a later killing is not a death from wounds.
  assert.deepEqual(await deaths('Gunmen clashed with a customs officer near the market. The officer died.'), ['1']);
  assert.deepEqual(await deaths('One of the assailants was later killed by the police.'), ['1']);
});

test('things, places and times are not people', async () => {
  assert.deepEqual(await casualties('Gunmen killed two soldiers and burned a vehicle.'), ['two:killed:2']);
  assert.deepEqual(await casualties('Three civilians aboard a cart were killed by the explosion of a mine.'), ['Three:killed:3']);
  assert.deepEqual(await casualties('A patrol was ambushed; the soldiers were not hurt.'), []);
  assert.deepEqual(await casualties('The army reported the death of a 62-year-old farmer.'), ['a:killed:1']);
  assert.deepEqual(await casualties('A gendarme was killed on the road 20-30 km from the town.'), ['A:killed:1']);
  assert.deepEqual(await casualties('Raiders killed a herder and drove off 40 head of cattle.'), ['a:killed:1']);
  assert.deepEqual(await casualties('The army said it killed 30 militants, the toll being split between (3) events.'), ['30:killed:30']);
  assert.deepEqual(await casualties('A rights group said 13 people had died, a figure that could not be verified.'), ['13:killed:13']);
  // French "corps" (bodies) is a casualty word only right after its count; English "corps" is a body of people.
  assert.deepEqual(await casualties('Gunmen killed two farmers on Monday, a spokesman for the Civil Defence Corps said.'), ['two:killed:2']);
  assert.deepEqual(await casualties('The governor inaugurated a new community watch corps on Monday.'), []);
  assert.deepEqual(await casualties('Trois corps ont été retrouvés lundi près du puits.'), ['Trois:killed:3']);
});

test('found dead, bodies of, and people taken then executed', async () => {
  assert.deepEqual(await casualties('The bodies of three civilians were discovered near the road.'), ['three:killed:3']);
  assert.deepEqual(await casualties('Eleven detainees were found dead in their cell.'), ['Eleven:killed:11']);
  assert.deepEqual(await casualties('Soldiers arrested six men at the market and executed them.'), ['six:arrested:6', 'them:killed:6']);
  assert.deepEqual(await casualties('Gunmen abducted two teachers. Their bodies were found a week later.'), ['two:abducted:2', 'Their:killed:2']);
});

test('people taken then told killed in the same clause are killed too', async () => {
  assert.deepEqual(await casualties('Twelve men arrested by soldiers at the market were later found executed.'), ['Twelve:arrested:12', 'Twelve:killed:12']);
  assert.deepEqual(await casualties('Militants abducted two teachers and beheaded them.'), ['two:abducted:2', 'them:killed:2']);
  assert.deepEqual(await casualties('A shepherd went missing and was found murdered near the well.'), ['A:abducted:1', 'A:killed:1']);
  assert.deepEqual(await casualties('Soldiers detained four traders in the village, those arrested were found dead days later.'), ['four:arrested:4', 'four:killed:4']);
  // Another clause, or another count, is not the people taken.
  assert.deepEqual(await casualties('Soldiers arrested five suspects and killed three others.'), ['five:arrested:5', 'three:killed:3']);
  assert.deepEqual(await casualties('Gunmen abducted a herder near the well, the victim was beheaded.'), ['a:abducted:1', 'the:killed:1']);
  assert.deepEqual(await casualties('Two of the four people killed were farmers.'), ['four:killed:4']);
});

test('the spared and the causes of other events are not casualties', async () => {
  assert.deepEqual(await casualties('Gunmen abducted six civilians; two were killed while four were found alive.'), ['six:abducted:6', 'two:killed:2']);
  assert.deepEqual(await casualties('Residents protested against the killing of two traders.'), []);
});

test('French: "faisant N morts", passives and one-person phrases', async () => {
  assert.deepEqual(await casualties("L'attaque a fait trois morts et cinq blessés."), ['trois:killed:3', 'cinq:wounded:5']);
  assert.deepEqual(await casualties('Deux soldats ont été tués et un civil blessé.'), ['Deux:killed:2', 'un:wounded:1']);
  assert.deepEqual(await casualties('Des hommes armés ont abattu le maire de la commune.'), ['le:killed:1']);
  assert.deepEqual(await casualties('Trois bergers enlevés par des hommes armés ont été retrouvés morts.'), ['Trois:abducted:3', 'Trois:killed:3']);
});

test('an adverb after a subject ends its phrase: "the militants also seized" names no one hurt', async () => {
  assert.deepEqual(await casualties('Militants killed five villagers and wounded several others, the militants also seized livestock.'), ['five:killed:5', 'several:wounded:10']);
  assert.deepEqual(await casualties('Gunmen wounded a herder near the well, the assailants later returned and burned the village.'), ['a:wounded:1']);
});

test("a toll broken down into one side's people is that side's: the attackers killed add to it", async () => {
  const text = "Le bilan de l'attaque du camp de Djibo s'est alourdi à quinze morts, dont neuf soldats et six VDP. Une quarantaine de terroristes ont été neutralisés.";
  const doc = (await testExtractor()).annotate(text, { published: '2023-06-07' });
  assert.deepEqual(doc.casualties.map((c) => [c.count, c.side]), [[15, 'forces'], [40, 'attackers']]);
  assert.equal(doc.events[0].fatalities, 55);
});

test('a relative clause between a count and its verb does not cut them: "one person who tried to flee was shot dead"', async () => {
  assert.deepEqual(await casualties('One man who tried to run away was shot dead by the gunmen.'), ['One:killed:1']);
  assert.deepEqual(await casualties('Un commerçant qui tentait de fuir a été abattu.'), ['Un:killed:1']);
  assert.deepEqual(await casualties('Two villagers who were kidnapped last week were released.'), ['Two:abducted:2']);
});

test('an age between commas is an aside: "le jeune homme, âgé de 24 ans, a été tué"', async () => {
  assert.deepEqual(await casualties('Le jeune homme, âgé de 19 ans, a été tué par un policier.'), ['Le:killed:1']);
  assert.deepEqual(await casualties('The farmer, aged 52, was killed at his home.'), ['The:killed:1']);
});

test('who reports the toll is no casualty: "killing six soldiers, the army said"', async () => {
  assert.deepEqual(await casualties('The rebels raided the post, killing four soldiers, the army said.'), ['four:killed:4']);
  assert.deepEqual(await casualties('Les hommes ont été exécutés, a raconté un commerçant.'), []);
  assert.deepEqual(await casualties('The raid resulted in the killing of 12 militants according to the army.'), ['12:killed:12']);
  assert.deepEqual(await casualties('The death toll rose to 15, a nurse said.'), ['15:killed:15']);
});

test('an infinitive takes its object after it; "to death" is no infinitive', async () => {
  assert.deepEqual(await casualties('La riposte a permis de tuer cinq assaillants.'), ['cinq:killed:5']);
  assert.deepEqual(await casualties('A mob beat two suspected thieves to death in the market.'), ['two:killed:2']);
});

test('"à" is no article and a count of millions is no toll', async () => {
  assert.deepEqual(await casualties('La répression avait fait des dizaines de morts à Kinshasa.'), ['dizaines:killed:12']);
  assert.deepEqual(await casualties('The war has killed thousands and displaced more than two million people.'), ['thousands:killed:1000']);
});

test('a date ends a one-person phrase; a casualty phrase may end in "of"', async () => {
  assert.deepEqual(await casualties('Unknown gunmen assassinated a municipal councilor overnight in the village.'), ['a:killed:1']);
  assert.deepEqual(await casualties('The militants slit the throats of four herders near the well.'), ['four:killed:4']);
});

test('no one-person count from a pronoun, a group running into a count, or "a higher death toll"', async () => {
  assert.deepEqual(await casualties('They were killed in an air strike on the camp.'), []);
  assert.deepEqual(await casualties('JNIM acknowledged two dead in its ranks.'), ['two:killed:2']);
  assert.deepEqual(await casualties('At least 12 soldiers were killed, local sources indicated a significantly higher death toll.'), ['At least 12:killed:12']);
});

test('dead "in its ranks" are of the side that speaks, and add to the other side\'s toll', async () => {
  const text = 'Militants ambushed an army patrol near Tin-Hama on Monday, killing nine soldiers. The militants acknowledged two dead in their ranks.';
  const doc = (await testExtractor()).annotate(text, { published: '2023-06-07' });
  assert.deepEqual(doc.casualties.map((c) => [c.count, c.side]), [[9, 'forces'], [2, 'attackers']]);
  assert.equal(doc.events[0].fatalities, 11);
});

test('a range counts its lower figure, the most conservative', async () => {
  assert.deepEqual(await casualties('The convoy was ambushed near the river: 6-8 killed and 4 wounded.'), ['6-8:killed:6', '4:wounded:4']);
  assert.deepEqual(await casualties('Between 5 and 7 soldiers were killed.'), ['5 and 7:killed:5']);
  assert.deepEqual(await casualties('Deux ou trois civils ont été tués.'), ['Deux ou trois:killed:2']);
  assert.deepEqual(await casualties('Gunmen killed 6 soldiers and 8 civilians.'), ['6:killed:6', '8:killed:8']);
  assert.deepEqual(await casualties('The army post was overrun: 9 dead, 3/4 wounded and two trucks burned.'), ['9:killed:9', '3/4:wounded:3']);
});

test('"in JNIM\'s ranks", "in the ranks of the jihadists" name the side', async () => {
  const sides = async (text: string) => (await testExtractor()).annotate(text, { published: '2023-06-07' }).casualties.map((c) => c.side);
  assert.deepEqual(await sides("Two soldiers were killed. Four dead in JNIM's ranks."), ['forces', 'attackers']);
  assert.deepEqual(await sides('Two soldiers were killed. Six killed in the ranks of the jihadists.'), ['forces', 'attackers']);
});

test('animals killed are no fatalities, nor is "a wildfire which killed"', async () => {
  assert.deepEqual(await casualties('Militiamen fired on two herders, who fled; several of their livestock were killed.'), []);
  assert.deepEqual(await casualties('The blast killed one civilian and started a wildfire which killed three oxen.'), ['one:killed:1']);
});

test('"the killing of civilians" is of many people: no one-person count, the count told later stands', async () => {
  assert.deepEqual(await casualties('The governor condemned the brutal killing of civilians in the district.'), []);
  assert.deepEqual(await casualties('The governor condemned the killing of the villagers.'), []);
  assert.deepEqual(await casualties('The governor condemned the killing of a trader in the market.'), ['a:killed:1']);
  const text = 'The governor condemned the brutal killing of civilians in the district. At least five civilians, among them two women, were beheaded by armed men.';
  assert.equal((await testExtractor()).annotate(text, { published: '2023-06-07' }).events[0].fatalities, 5);
});

test('"taken to hospital" is wounded; "who helped to recover the bodies" is no death', async () => {
  assert.deepEqual(await casualties('Six passengers died and four others were taken to hospital.'), ['Six:killed:6', 'four:wounded:4']);
  assert.deepEqual(await casualties('A member of the vigilante group who helped to recover the bodies put the toll at nine.'), ['nine:killed:9']);
  assert.deepEqual(await casualties('One villager who tried to flee was shot dead.'), ['One:killed:1']);
});

test('"neutraliser" is a kill word; "la perte de huit militaires et de quatre VDP" counts both', async () => {
  assert.deepEqual(await casualties('La riposte a permis de neutraliser une trentaine de terroristes.'), ['une trentaine:killed:30']);
  assert.deepEqual(await casualties("L'état-major déplore la perte de huit militaires et de quatre VDP."), ['huit:killed:8', 'quatre:killed:4']);
});

test('"and five others" after a place is more people of the list before', async () => {
  assert.deepEqual(await casualties('Gendarmes executed four men in the village and five others at the mining site nearby.'), ['four:killed:4', 'five:killed:5']);
  const sides = (await testExtractor()).annotate('Gunmen killed three soldiers in the north and two others near the border.', { published: '2023-06-07' });
  assert.deepEqual(sides.casualties.map((c) => c.side), ['forces', 'forces']);
});

test('"two more IEDs" are things, not more people', async () => {
  assert.deepEqual(await casualties('One soldier was killed and two more IEDs were found and destroyed.'), ['One:killed:1']);
  assert.deepEqual(await casualties('One soldier was killed and two more were wounded.'), ['One:killed:1', 'two:wounded:2']);
});

test('what someone named is ("who works as a merchant", "who was also a teacher") is no other person', async () => {
  assert.deepEqual(await casualties('Militants killed a vigilante who worked as a tailor in the town.'), ['a:killed:1']);
  assert.deepEqual(await casualties('Gunmen shot dead a councilor, who was also a nurse at the clinic.'), ['a:killed:1']);
  assert.deepEqual(await casualties('Gunmen killed a herder and his son who is a teacher in the village.'), ['a:killed:1', 'his:killed:1']);
  assert.deepEqual(await casualties('Gunmen killed a trader and a teacher near the market.'), ['a:killed:1', 'a:killed:1']);
  assert.deepEqual(await casualties('The militants killed two villagers and a tractor was burned.'), ['two:killed:2']);
});

test('"and his driver", "and his three sons" after a long phrase are more people of the list', async () => {
  assert.deepEqual(await casualties('Gunmen killed a leader of the fishermen of the river and his driver.'), ['a:killed:1', 'his:killed:1']);
  assert.deepEqual(await casualties('Gunmen assassinated a chief of the Bella (Tuareg) community and his three sons near the well.'), ['a:killed:1', 'three:killed:3']);
  assert.deepEqual(await casualties('Gunmen killed a leader of the fishermen of the river and his brother said they came at night.'), ['a:killed:1']);
});

test('an aside of what people were accused or suspected of does not cut them from their role', async () => {
  assert.deepEqual(await casualties('Three herders, accused of stealing cattle, were killed by vigilantes near the market.'), ['Three:killed:3']);
  assert.deepEqual(await casualties('Deux jeunes, soupçonnés de vol, ont été tués par des miliciens.'), ['Deux:killed:2']);
  // Its closing comma missing, the aside ends at the people's own verb.
  assert.deepEqual(await casualties('Twelve men, accused of being informants for the army were executed in the square.'), ['Twelve:killed:12']);
});

test('"an attack which had killed five civilians" is an earlier event told again', async () => {
  assert.deepEqual(await casualties('Soldiers killed two militants who had taken part in an attack which had killed five civilians.'), ['two:killed:2']);
  assert.deepEqual(await casualties('Des militaires ont tué deux assaillants impliqués dans une attaque qui avait tué cinq civils.'), ['deux:killed:2']);
});

test('"the head of a company" is a person; "cut the throats of" kills', async () => {
  assert.deepEqual(await casualties('Gunmen assassinated the head of a transport company near the station.'), ['the:killed:1']);
  assert.deepEqual(await casualties('The raiders cut the throats of six herders at the well.'), ['six:killed:6']);
});

test('a toll revised upwards may name its event between the toll and the figure', async () => {
  assert.deepEqual(await casualties("The death toll from Saturday's attack on the cattle market in the north of the region has risen to 27, a local official said."), ['27:killed:27']);
  assert.deepEqual(await casualties('The number of people killed in the raid on the gold mine has risen to 19.'), ['19:killed:19']);
});

test('French "des" is "of the": a relative of the victims is no one hurt, one of the wounded who died is a death', async () => {
  assert.deepEqual(await casualties("D'après un parent des victimes, les ravisseurs sont arrivés à moto."), []);
  assert.deepEqual(await casualties("Quatre gendarmes ont été blessés dans l'embuscade. L'un des blessés a succombé dans la nuit."), ['Quatre:wounded:4', 'un:killed:1']);
});

test('"battu à mort" kills', async () => {
  assert.deepEqual(await casualties('Un cultivateur a été battu à mort par des jeunes du village.'), ['Un:killed:1']);
});

test('a count standing alone after "and" repeats the role of the count before; a speaker after "and" does not', async () => {
  assert.deepEqual(await casualties('Gunmen killed four herders on Monday and three on Tuesday.'), ['four:killed:4', 'three:killed:3']);
  assert.deepEqual(await casualties('Un élu fait état de cinq morts du côté des éleveurs et de deux du côté des agriculteurs.'), ['cinq:killed:5', 'deux:killed:2']);
  assert.deepEqual(await casualties('Vingt civils ont été tués, ont affirmé plusieurs habitants et un élu local.'), ['Vingt:killed:20']);
});

test('"tombés" alone is fallen in action; "tombés dans une embuscade" or "aux mains" tells no death', async () => {
  assert.deepEqual(await casualties("Selon l'état-major, quatre soldats tombés lors de l'assaut ont été inhumés jeudi."), ['quatre:killed:4']);
  assert.deepEqual(await casualties('Deux douaniers sont tombés dans une embuscade près du poste frontière.'), []);
  assert.deepEqual(await casualties('Cinq bergers sont tombés aux mains des ravisseurs mardi.'), []);
});

test("an apposition of a person's name or age does not cut the person from the verb", async () => {
  assert.deepEqual(await casualties('A taxi driver, Ibrahim Musa Sani, 31, was shot dead at the checkpoint.'), ['A:killed:1']);
  assert.deepEqual(await casualties('A shepherd, 16, was killed by the blast.'), ['A:killed:1']);
  assert.deepEqual(await casualties('Two herders, 19 farmers and a trader were killed.'), ['Two:killed:2', '19:killed:19', 'a:killed:1']);
});

test('"martyred", as South Asian and Middle Eastern outlets write of their own dead, is killed', async () => {
  assert.deepEqual(await casualties('Two constables were martyred and five injured when the checkpost came under fire.'), ['Two:killed:2', 'five:wounded:5']);
});

test('an auxiliary ends the phrase after "the": "the base had been captured" is a place taken, no one arrested', async () => {
  assert.deepEqual(await casualties('The base had been captured from the militants during an offensive in 2022.'), []);
  assert.deepEqual(await casualties('The commander had been captured by the militants.'), ['The:arrested:1']);
});
