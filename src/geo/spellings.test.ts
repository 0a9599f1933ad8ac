import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPlaceSpellings } from './spellings.js';

const spellings = loadPlaceSpellings();

test('a compass word translates both ways, so "North Kivu" and "Nord-Kivu" each find the other', () => {
  assert.equal(spellings.compassTranslations.get('north'), 'nord');
  for (const [word, other] of spellings.compassTranslations) {
    assert.equal(spellings.compassTranslations.get(other), word, `${word} -> ${other} has no way back`);
  }
});

test('each first word of an Arabic name leads to its other spellings, never to itself', () => {
  assert.deepEqual([...(spellings.arabicFirstWords.get('um') ?? [])].sort(), ['om', 'oum', 'umm']);
  assert.deepEqual(spellings.arabicFirstWords.get('al'), ['el']);
  for (const [word, others] of spellings.arabicFirstWords) assert.ok(!others.includes(word), word);
});

test('an English compass adjective names the regions called after it in English and French', () => {
  assert.deepEqual(spellings.compassRegions.get('eastern'), ['east', 'est']);
});

test('the Persian ezafe inside a name is written -i- or -e-', () => {
  assert.deepEqual(spellings.innerWords.get('i'), ['e']);
  assert.deepEqual(spellings.innerWords.get('e'), ['i']);
});
