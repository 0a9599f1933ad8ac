/**
 * Tokens: the words, numbers and punctuation of each sentence, with their folded form (lower case, no
 * accents) that every lexicon matches against. Apostrophes and hyphens are tokens of their own, so
 * "al-Qaeda" and "al Qaeda" give the same words; a word that starts with a letter keeps its digits ("M23",
 * "G5"), as the lexicons' folded names do.
 */
import type { Doc, Stage } from '../doc/doc.js';
import { foldWord } from '../doc/text.js';

const UPPER = /^\p{Lu}/u;
const WORD_START = /^[\p{L}\p{N}]/u;
/** A letter or a combining mark, and a space, for characters beyond ASCII (sticky: tested at one position). */
const LETTER = /[\p{L}\p{M}]/uy;
const SPACE = /\s/y;

export function tokensStage(): Stage {
  return {
    name: 'tokens',
    run(doc: Doc) {
      for (const sentence of doc.sentences) {
        sentence.tokenStart = doc.tokens.length;
        const text = doc.text.slice(sentence.start, sentence.end);
        for (let i = 0; i < text.length; ) {
          if (spaceAt(text, i)) {
            i++;
            continue;
          }
          const end = tokenEnd(text, i);
          const token = text.slice(i, end);
          const norm = foldWord(token);
          doc.tokens.push({
            start: sentence.start + i,
            end: sentence.start + end,
            text: token,
            norm,
            sentence: sentence.index,
            capitalized: capitalized(token),
            word: isWord({ norm }),
          });
          i = end;
        }
        sentence.tokenEnd = doc.tokens.length;
      }
    },
  };
}

/**
 * Where the token that starts at text[i] ends. The tokens are those of the regex
 * /\d+(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?|[\p{L}\p{M}][\p{L}\p{M}\d]*|[^\s\p{L}\p{M}\d]/u: a number ("1,250", "3.5"), a word
 * (letters, marks and digits after a letter: "M23"), or any one other character; read character by character,
 * which costs a fraction of the regex at each token of every report.
 */
function tokenEnd(text: string, i: number): number {
  if (isDigit(text, i)) return numberEnd(text, i);
  let j = i + letterAt(text, i);
  if (j === i) return isSurrogatePair(text, i) ? i + 2 : i + 1;
  for (;;) {
    if (isDigit(text, j)) j++;
    else {
      const letter = letterAt(text, j);
      if (letter === 0) return j;
      j += letter;
    }
  }
}

/** The end of a number: "1,250,000" (groups of three digits, not followed by another digit), "3.5", "12". */
function numberEnd(text: string, i: number): number {
  let digits = i;
  while (isDigit(text, digits)) digits++;
  let grouped = digits;
  while (text.charCodeAt(grouped) === 44 && isDigit(text, grouped + 1) && isDigit(text, grouped + 2) && isDigit(text, grouped + 3)) grouped += 4;
  // "1,234,5678": the last group is followed by a digit; the number is "1,234".
  if (grouped > digits && isDigit(text, grouped)) grouped -= 4;
  if (grouped > digits) return grouped;
  if (text.charCodeAt(digits) === 46 && isDigit(text, digits + 1)) {
    digits += 2;
    while (isDigit(text, digits)) digits++;
  }
  return digits;
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** How many code units the letter or mark at text[i] takes (a letter beyond the BMP takes two); 0 for another character. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (i >= text.length) return 0;
  LETTER.lastIndex = i;
  return LETTER.test(text) ? LETTER.lastIndex - i : 0;
}

function spaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  SPACE.lastIndex = i;
  return SPACE.test(text);
}

function isSurrogatePair(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** Starts with an upper-case letter. Most words start with an ASCII character, told apart without a Unicode test. */
function capitalized(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(text);
}

/**
 * A token made of letters or digits, not punctuation. Every stage asks it of every token, so an ASCII first
 * character (most folded words) is answered without the Unicode test.
 */
export function isWord(token: { norm: string }): boolean {
  const c = token.norm.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return WORD_START.test(token.norm);
}
