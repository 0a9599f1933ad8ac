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

export function tokensStage(): Stage {
  return {
    name: 'tokens',
    run(doc: Doc) {
      for (const sentence of doc.sentences) {
        sentence.tokenStart = doc.tokens.length;
        const text = doc.text.slice(sentence.start, sentence.end);
        for (const m of text.matchAll(TOKEN)) {
          const start = sentence.start + m.index!;
          doc.tokens.push({
            start,
            end: start + m[0].length,
            text: m[0],
            norm: foldWord(m[0]),
            sentence: sentence.index,
            capitalized: UPPER.test(m[0]),
          });
        }
        sentence.tokenEnd = doc.tokens.length;
      }
    },
  };
}

/** A token made of letters or digits, not punctuation. */
export function isWord(token: { norm: string }): boolean {
  return /^[\p{L}\p{N}]/u.test(token.norm);
}
