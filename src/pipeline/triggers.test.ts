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

test('a mine among mining words is a mining site, each language with its own words: English "or" is no gold', async () => {
  assert.deepEqual(await cues('A herder was killed on Monday by a mine or unexploded ordnance near Gossi.'), ['killed:kill', 'mine:ied']);
  assert.deepEqual(await cues("Des hommes armés ont attaqué lundi une mine d'or près de Gossi."), ['ont attaqué:attack']);
  assert.deepEqual(await cues("Ces milices se financent par les rançons et l'exploitation des mines de la région."), []);
});
