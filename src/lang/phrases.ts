/**
 * A table of phrases (one or more folded words) to values, matched longest-first at a position in a run of
 * words. Date words, trigger words, casualty words and the actor lexicon's aliases are all loaded into one of
 * these. Phrases are keyed by their first word, each bucket longest first: the longest phrase starting at a
 * word costs one hash look-up and a few comparisons, whatever the size of the table.
 */
import { foldWords } from '../doc/text.js';

export interface PhraseMatch<T> {
  readonly value: T;
  /** How many words the phrase spans. */
  readonly length: number;
}

export interface PhraseOptions<T> {
  /** An acronym that is also an ordinary word ("FAN", "US"): it matches only where written in capitals. */
  caseSensitive?: boolean;
  /** When the same words are already in the table, the value they keep (by default the first one). */
  clash?: (old: T) => T;
}

/** A run of words: folded strings, or tokens with their folded form. */
export type Words = readonly string[] | readonly { norm: string }[];

function wordAt(words: Words, k: number): string | undefined {
  const w = words[k];
  return typeof w === 'string' ? w : w?.norm;
}

interface Phrase<T> {
  words: string[];
  caseSensitive: boolean;
  /**
   * What matching the phrase gives: made once, as tables are looked up at nearly every word of a report; null
   * for an exception (see `except`).
   */
  match: PhraseMatch<T> | null;
}

/** First words of this length or longer share one bit of the `firstWords` masks. */
const LONG = 31;

export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  /**
   * For each ASCII character, one bit per length of the first words starting with it: most words of a report
   * start no phrase of a given table, and this answers for them without hashing the word.
   */
  private readonly firstWords = new Uint32Array(128);
  /** The same by the last character of the first words: the two masks together answer for most other words. */
  private readonly firstWordEnds = new Uint32Array(128);

  constructor(entries: Iterable<[string, T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T, options: PhraseOptions<T> = {}): void {
    const words = foldWords(phrase);
    if (words.length === 0) return;
    const key = words.join(' ');
    const bucket = this.bucket(words[0]);
    const same = bucket.find((p) => p.words.join(' ') === key);
    if (same) {
      if (options.clash && same.match) same.match = { value: options.clash(same.match.value), length: words.length };
      same.caseSensitive &&= options.caseSensitive ?? false;
      return;
    }
    this.insert(bucket, { words, caseSensitive: options.caseSensitive ?? false, match: { value, length: words.length } });
  }

  /**
   * A longer phrase that is not one of the table's: where it starts, the shorter phrases it begins with do not
   * match ("tombés dans une embuscade", fell into an ambush, keeps "tombés", fallen in action, from matching).
   */
  except(phrase: string): void {
    const words = foldWords(phrase);
    if (words.length === 0) return;
    this.insert(this.bucket(words[0]), { words, caseSensitive: false, match: null });
  }

  private bucket(first: string): Phrase<T>[] {
    const bucket = this.byFirst.get(first) ?? [];
    this.byFirst.set(first, bucket);
    const bit = 1 << Math.min(first.length, LONG);
    const c = first.charCodeAt(0);
    if (c < 128) this.firstWords[c] |= bit;
    const z = first.charCodeAt(first.length - 1);
    if (z < 128) this.firstWordEnds[z] |= bit;
    return bucket;
  }

  private insert(bucket: Phrase<T>[], phrase: Phrase<T>): void {
    const at = bucket.findIndex((p) => p.words.length < phrase.words.length);
    bucket.splice(at === -1 ? bucket.length : at, 0, phrase);
  }

  /** The longest phrase starting at words[i], or null; `upper` says which words were written in capitals. */
  matchAt(words: Words, i: number, upper?: readonly boolean[]): PhraseMatch<T> | null {
    return this.matchWithin(words, i, words.length, upper);
  }

  /** The longest phrase starting at words[i] that ends before words[end], or null. */
  matchWithin(words: Words, i: number, end: number, upper?: readonly boolean[]): PhraseMatch<T> | null {
    const word = wordAt(words, i);
    if (word === undefined) return null;
    const bit = 1 << Math.min(word.length, LONG);
    const c = word.charCodeAt(0);
    if (c < 128 && (this.firstWords[c] & bit) === 0) return null;
    const z = word.charCodeAt(word.length - 1);
    if (z < 128 && (this.firstWordEnds[z] & bit) === 0) return null;
    const bucket = this.byFirst.get(word);
    if (!bucket) return null;
    for (const p of bucket) {
      if (i + p.words.length <= end && this.fits(p, words, i, upper)) return p.match;
    }
    return null;
  }

  /** The words the table's phrases start with. */
  firstWordsOf(): Iterable<string> {
    return this.byFirst.keys();
  }

  /** Whether a phrase lies wholly within words[from, to): "according to" among the six words before an actor. */
  within(words: Words, from: number, to: number): boolean {
    for (let k = Math.max(0, from); k < to; k++) if (this.matchWithin(words, k, to)) return true;
    return false;
  }

  /** Whether a phrase ends right before words[to], starting at words[from] or after: "accused of being" before an actor. */
  endsAt(words: Words, from: number, to: number): boolean {
    for (let k = Math.max(0, from); k < to; k++) if (this.matchWithin(words, k, to)?.length === to - k) return true;
    return false;
  }

  private fits(p: Phrase<T>, words: Words, i: number, upper?: readonly boolean[]): boolean {
    for (let k = 1; k < p.words.length; k++) if (wordAt(words, i + k) !== p.words[k]) return false;
    if (!p.caseSensitive) return true;
    for (let k = 0; k < p.words.length; k++) if (!upper?.[i + k]) return false;
    return true;
  }
}

/** A table of phrases that only tells where they are: "according to", "opened fire". */
export function phraseSet(phrases: Iterable<string>): PhraseTable<true> {
  const table = new PhraseTable<true>();
  for (const phrase of phrases) table.add(phrase, true);
  return table;
}
