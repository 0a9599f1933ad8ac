/**
 * The one way text is folded for matching: lower case, accents removed, split into words of letters and
 * digits. Tokens, gazetteer names and lexicon aliases all go through it, so "Ségou", "SEGOU" and "Segou"
 * meet, and "Jama'at Nusrat al-Islam" matches however its apostrophes and hyphens are written.
 */
const MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** One word folded: lower case, without accents. ASCII has no accents to take off: most words only change case. */
export function foldWord(word: string): string {
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 127) return word.normalize('NFD').replace(MARKS, '').toLowerCase();
  }
  return word.toLowerCase();
}

/** Starts with an ASCII digit, as /^\d/ tells, without a regex: asked of nearly every token. */
export function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** The folded words of a phrase. */
export function foldWords(phrase: string): string[] {
  return foldWord(phrase).split(NON_WORD).filter(Boolean);
}

/** A phrase folded to one key: its folded words joined by single spaces. */
export function foldKey(phrase: string): string {
  return foldWords(phrase).join(' ');
}

/** The endings of a number written as an ordinal, folded: "21st", "3rd", "10th", "1er", "7e", "7ème". */
export const ORDINAL_ENDINGS: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th', 'er', 'e', 'eme']);
