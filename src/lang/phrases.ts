/**
 * A table of phrases (one or more folded words) to values, matched longest-first at a position in a run of
 * words. Lexicons of date words, trigger words and the like are loaded into one of these.
 */
import { foldWords } from '../doc/text.js';

export interface PhraseMatch<T> {
  value: T;
  /** How many words the phrase spans. */
  length: number;
}

export class PhraseTable<T> {
  private readonly byFirst = new Map<string, { rest: string[]; value: T }[]>();

  constructor(entries: Iterable<[string, T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): void {
    const words = foldWords(phrase);
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]) ?? [];
    list.push({ rest: words.slice(1), value });
    list.sort((a, b) => b.rest.length - a.rest.length);
    this.byFirst.set(words[0], list);
  }

  /** The longest phrase starting at words[i], or null. */
  matchAt(words: readonly { norm: string }[], i: number): PhraseMatch<T> | null {
    const candidates = this.byFirst.get(words[i]?.norm);
    if (!candidates) return null;
    outer: for (const c of candidates) {
      for (let k = 0; k < c.rest.length; k++) {
        if (words[i + 1 + k]?.norm !== c.rest[k]) continue outer;
      }
      return { value: c.value, length: c.rest.length + 1 };
    }
    return null;
  }
}
