import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { foldWord } from '../doc/text.js';
import en from './en/words.json' with { type: 'json' };
import fr from './fr/words.json' with { type: 'json' };
import { wordSet, wordSetsByLanguage, type WordClass } from './words.js';

const FILES = { en, fr } as Record<string, Record<string, unknown>>;
const classes = (file: Record<string, unknown>) => Object.keys(file).filter((k) => k !== '_source');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

describe('word classes', () => {
  test('a class merges its words from every language', () => {
    const care = wordSet('care');
    assert.ok(care.has('hospital'));
    assert.ok(care.has('hopital'));
    assert.ok(care.has('dispensaire'));
  });

  test('words are matched folded, as tokens are', () => {
    for (const w of wordSet('animals')) assert.equal(w, foldWord(w));
  });

  test('every file names its source and holds lists of distinct words', () => {
    for (const [lang, file] of Object.entries(FILES)) {
      assert.equal(typeof file._source, 'string', `${lang}: _source`);
      for (const name of classes(file)) {
        const list = file[name];
        assert.ok(Array.isArray(list) && list.length > 0, `${lang}/${name} is a non-empty list`);
        assert.equal(new Set(list as string[]).size, (list as string[]).length, `${lang}/${name} has no repeated word`);
      }
    }
  });

  test('every class is used by a stage: no dead data', () => {
    const code = sources(new URL('..', import.meta.url).pathname).map((f) => readFileSync(f, 'utf8')).join('\n');
    const names = new Set(Object.values(FILES).flatMap(classes));
    for (const name of names) {
      const used = ['wordSet', 'wordSetsByLanguage', 'wordTable'].some((read) => code.includes(`${read}('${name}')`));
      assert.ok(used, `word class "${name}" is used somewhere`);
    }
  });

  test('an unknown class is refused at compile time and at run time', () => {
    assert.throws(() => wordSet('no_such_class' as WordClass), /no words/);
  });
});

test("a class read by language keeps each language's words apart", () => {
  const mining = wordSetsByLanguage('mining');
  assert.ok(mining.fr.has('or') && !mining.en.has('or'));
  assert.ok(mining.en.has('gold') && !mining.fr.has('gold'));
});
