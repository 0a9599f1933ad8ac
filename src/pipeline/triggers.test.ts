/** Triggers on invented sentences: words of a group's name and descriptions of a group are no acts. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testExtractor } from '../testing/extractor.js';

/** The cues of a text's triggers that are not negated, as "words:cue". */
async function cues(text: string): Promise<string[]> {
  const doc = (await testExtractor()).annotate(text, { published: '2023-04-12' });
  return doc.triggers.filter((t) => !t.negated).map((t) => `${doc.slice(t)}:${t.cue}`);
}

test("a capitalised word of a group's name is no act", async () => {
  assert.deepEqual(await cues('Fighters of the Oromo Liberation Army attacked a police station near Nekemte on Monday.'), ['attacked:attack']);
  // The same word in lower case outside a name is read.
  assert.deepEqual(await cues('La libération des otages a eu lieu lundi.'), ['libération:agreement', 'otages:abduct']);
});

test('"an armed group fighting the government" says what the group is: no fighting told', async () => {
  assert.deepEqual(await cues('Police blamed the FPRC, an armed group fighting the government, for the killing of two traders.'), ['killing:kill']);
  assert.deepEqual(await cues('Heavy fighting broke out between the army and the rebels near Kaga Bandoro on Monday.'), ['Heavy fighting:clash']);
});

test('"encountered" and "encounter", as Philippine and Indian security forces tell a gunfight, are a clash', async () => {
  assert.deepEqual(await cues('Army troops encountered a band of rebels near the river on Friday.'), ['encountered:clash']);
  assert.deepEqual(await cues('The encounter lasted an hour.'), ['encounter:clash']);
});

test('police clearing a blockade intervene in a protest', async () => {
  assert.deepEqual(await cues('Police officers cleared the blockade on the bridge before noon.'), ['cleared the blockade:intervention']);
  assert.deepEqual(await cues('Soldiers removed the barricades outside the town hall.'), ['removed the barricades:intervention']);
});

test('a roadblock alone is no protest: armies, militias and cartels set them up too', async () => {
  assert.deepEqual(await cues('Gunmen manning a roadblock outside the town stopped a bus.'), []);
  assert.deepEqual(await cues('Residents blocked the road to protest the killing.'), ['blocked the road:protest', 'protest:protest', 'killing:kill']);
});

test('a mine among mining words is a mining site, each language with its own words: English "or" is no gold', async () => {
  assert.deepEqual(await cues('A herder was killed on Monday by a mine or unexploded ordnance near Gossi.'), ['killed:kill', 'mine:ied']);
  assert.deepEqual(await cues("Des hommes armés ont attaqué lundi une mine d'or près de Gossi."), ['ont attaqué:attack']);
  assert.deepEqual(await cues("Ces milices se financent par les rançons et l'exploitation des mines de la région."), []);
});

test('jets are an air strike', async () => {
  assert.deepEqual(await cues('Military jets bombed the market town at noon.'), ['Military jets:air_strike']);
});

test('escaping is a jailbreak only beside a place or people of detention', async () => {
  assert.deepEqual(await cues('Two militants escaped from the central prison of Niamey on Monday.'), ['escaped from:escape']);
  assert.deepEqual(await cues('The driver escaped from the gunmen and reached Djibo on Monday.'), []);
});

test('a crowd that gathers or closes a place demonstrates; a meeting that gathers people is no crowd', async () => {
  assert.deepEqual(await cues('Hundreds of residents gathered outside the prefecture of Kaya on Monday.'), ['gathered:protest']);
  assert.deepEqual(await cues('On Monday the meeting in Koro gathered 150 village chiefs and elders.'), ['gathered:movement']);
  assert.deepEqual(await cues('Militants closed down the school in Toukoroba on Monday.'), ['closed down:threat']);
});

test('a demonstration kept from happening ("from gathering") is none', async () => {
  assert.deepEqual(await cues('Police deployed in Maradi on Friday to stop the traders from gathering.'), ['deployed:movement']);
});
