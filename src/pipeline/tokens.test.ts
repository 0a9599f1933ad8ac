import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testExtractor } from '../testing/extractor.js';
import { isWord } from './tokens.js';

test('tokens: a name with digits is one word, as the lexicons fold it; hyphens and apostrophes split', async () => {
  const doc = (await testExtractor()).annotate("M23 rebels and al-Qaeda's allies seized 1,500 cattle near the G5 base.");
  const words = doc.tokens.map((t) => t.norm);
  assert.ok(words.includes('m23') && words.includes('g5'));
  assert.deepEqual(words.slice(3, 6), ['al', '-', 'qaeda']);
  assert.ok(words.includes('1,500'));
  assert.equal(doc.actors.find((a) => a.actor?.id === 'm23')?.start, 0);
});

test('tokens: accented and plain words fold alike, capitals and punctuation are told apart beyond ASCII', async () => {
  const doc = (await testExtractor()).annotate('À Ségou, «Ébola» inquiète: 3 élèves de SEGOU sont malades, une œuvre de la rumeur.');
  const token = (text: string) => doc.tokens.find((t) => t.text === text)!;
  assert.equal(token('Ségou').norm, 'segou');
  assert.equal(token('SEGOU').norm, 'segou');
  assert.equal(token('élèves').norm, 'eleves');
  assert.deepEqual(['À', 'Ébola', 'SEGOU', 'élèves', 'de'].map((w) => token(w).capitalized), [true, true, true, false, false]);
  assert.deepEqual(['À', 'œuvre', '3', '«', ',', ':'].map((w) => isWord(token(w))), [true, true, true, false, false, false]);
});
