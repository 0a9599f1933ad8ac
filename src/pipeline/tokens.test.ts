import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testExtractor } from '../testing/extractor.js';
import { Doc } from '../doc/doc.js';
import { isWord, tokensStage } from './tokens.js';

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

test('tokens: numbers with groups of three, decimals and words with digits end where the token regex would end them', () => {
  // The reference: the regex the tokenizer reads character by character.
  const TOKEN = /\d+(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?|[\p{L}\p{M}][\p{L}\p{M}\d]*|[^\s\p{L}\p{M}\d]/gu;
  const tokens = (text: string) => {
    const doc = new Doc(text);
    doc.sentences.push({ index: 0, start: 0, end: text.length, tokenStart: 0, tokenEnd: 0 });
    tokensStage().run(doc);
    return doc.tokens.map((t) => [t.start, t.text]);
  };
  const expected = (text: string) => [...text.matchAll(TOKEN)].map((m) => [m.index, m[0]]);
  const samples = [
    'Some 1,234,5678 people; 1,2345 and 12,000. 3.5km, 3., .5 and M23/G5 (x2) 10,000,000',
    'Tué à Ménaka\u00a0: 2\u2009000 déplacés, l’EIGS, œuvre 𝐀𝐁 😀 e\u0301te\u0301 \u0301x ٣ \ud800 done',
  ];
  // And random strings of digits, commas, dots, letters, marks, spaces and other characters.
  const alphabet = ['1', '2', '0', ',', ',', '.', 'a', 'Z', 'é', '\u0301', ' ', '\n', '\u00a0', '-', "'", '😀', '𝐀', '٣', '\ud800'];
  let seed = 7;
  for (let n = 0; n < 2000; n++) {
    let text = '';
    for (let k = 0; k < 12; k++) text += alphabet[(seed = (seed * 1103515245 + 12345) % 2147483648) % alphabet.length];
    samples.push(text);
  }
  for (const text of samples) assert.deepEqual(tokens(text), expected(text), JSON.stringify(text));
});
