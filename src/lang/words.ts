/**
 * Classes of words that the pipeline's rules test a word against ("care": hospital, clinic, hôpital), kept as
 * data: one file per language (src/lang/en/words.json, src/lang/fr/words.json), merged by class name, each
 * word folded as tokens are (lower case, no accents; multi-word entries keep their spaces). Adding a
 * language's words to a class is editing its file; the stage that tests the class does not change.
 */
import { foldWord } from '../doc/text.js';
import { phraseSet, type PhraseTable } from './phrases.js';
import en from './en/words.json' with { type: 'json' };
import fr from './fr/words.json' with { type: 'json' };
import { byLanguage, type LanguageCode } from './index.js';

type WordsFile = { _source: string } & Record<string, string | string[]>;

/** The name of a class, as written in the languages' files. */
export type WordClass = Exclude<keyof typeof en | keyof typeof fr, '_source'>;

const FILES: Record<LanguageCode, WordsFile> = { en, fr };

/** The words of a class in every language, folded. */
export function wordSet(name: WordClass): Set<string> {
  const words = new Set(Object.values(wordSetsByLanguage(name)).flatMap((set) => [...set]));
  if (words.size === 0) throw new Error(`word class "${name}" has no words in any language`);
  return words;
}

/** The words of a class as a phrase table, to find its entries of several words in a run of words ("opened fire"). */
export function wordTable(name: WordClass): PhraseTable<true> {
  return phraseSet(wordSet(name));
}

/**
 * The words of a class in each language apart, for a class where a word of one language is a common word of
 * the other: the French "or" (gold) of the mining words is the English conjunction.
 */
export function wordSetsByLanguage(name: WordClass): Record<LanguageCode, Set<string>> {
  return byLanguage((code) => {
    const list = FILES[code][name];
    return new Set(Array.isArray(list) ? list.map(foldWord) : []);
  });
}
