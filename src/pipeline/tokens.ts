/**
 * Tokens: the words, numbers and punctuation of each sentence, with their folded form (lower case, no
 * accents) that every lexicon matches against. Apostrophes and hyphens are tokens of their own, so
 * "al-Qaeda" and "al Qaeda" give the same words; a word that starts with a letter keeps its digits ("M23",
 * "G5"), as the lexicons' folded names do.
 */
import type { Doc, Stage } from '../doc/doc.js';
import { foldWord } from '../doc/text.js';

const TOKEN = /\d+(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?|[\p{L}\p{M}][\p{L}\p{M}\d]*|[^\s\p{L}\p{M}\d]/gu;
const UPPER = /^\p{Lu}/u;
const WORD_START = /^[\p{L}\p{N}]/u;

export function tokensStage(): Stage {
  return {
    name: 'tokens',
    run(doc: Doc) {
      for (const sentence of doc.sentences) {
        sentence.tokenStart = doc.tokens.length;
        const text = doc.text.slice(sentence.start, sentence.end);
        // A loop over exec, not matchAll: matchAll copies the regex, at every sentence of every report.
        TOKEN.lastIndex = 0;
        for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
          const start = sentence.start + m.index;
          const norm = foldWord(m[0]);
          doc.tokens.push({
            start,
            end: start + m[0].length,
            text: m[0],
            norm,
            sentence: sentence.index,
            capitalized: capitalized(m[0]),
            word: isWord({ norm }),
          });
        }
        sentence.tokenEnd = doc.tokens.length;
      }
    },
  };
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
