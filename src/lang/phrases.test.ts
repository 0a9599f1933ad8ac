import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { phraseSet } from './phrases.js';

describe('PhraseTable', () => {
  const table = phraseSet(['according to', 'opened fire', 'fire']);
  const words = 'police said according to residents gunmen opened fire'.split(' ');

  test('matchWithin: the longest phrase at a word that ends within the bound', () => {
    assert.equal(table.matchWithin(words, 6, 8)?.length, 2);
    assert.equal(table.matchWithin(words, 6, 7), null);
    assert.equal(table.matchWithin(words, 7, 8)?.length, 1);
  });

  test('within: a phrase wholly inside a run of words', () => {
    assert.equal(table.within(words, 0, 4), true);
    assert.equal(table.within(words, 0, 3), false);
    assert.equal(table.within(words, 3, 6), false);
    assert.equal(table.within(words, -4, 4), true);
  });

  test('endsAt: a phrase ending right before a word', () => {
    assert.equal(table.endsAt(words, 0, 4), true);
    assert.equal(table.endsAt(words, 0, 5), false);
    assert.equal(table.endsAt(words, 3, 4), false);
    assert.equal(table.endsAt(words, 4, 8), true);
  });
});
