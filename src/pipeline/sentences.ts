/**
 * Sentences: where each sentence of the report starts and ends. A full stop, question or exclamation mark
 * ends a sentence when the next word starts a new one (a capital, a digit or a quote), unless it closes a
 * known abbreviation ("Col.", "Apr.") or an initial ("U.S."); a blank line or a line break always does.
 */
import type { Doc, Stage } from '../doc/doc.js';
import type { LanguageData } from '../lang/index.js';

const ABBREVIATION_CHAR = /[\p{L}.]/u;
const SPACE = /\s/;

/** A letter or a dot, as abbreviations are written; an ASCII character is told without the Unicode test. */
function abbreviationChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46;
  return ABBREVIATION_CHAR.test(c);
}

export function sentencesStage(lang: LanguageData): Stage {
  const { abbreviations } = lang;
  const END = /[.!?]+["'”’»)]*(?=\s+["'“‘«(]?[\p{Lu}\p{N}–—-])|\n\s*\n|\n(?=\s*[\p{Lu}\p{N}“"«–—-])/gu;

  function isAbbreviation(text: string, dot: number): boolean {
    if (text[dot] !== '.') return false;
    let i = dot;
    while (i > 0 && abbreviationChar(text[i - 1])) i--;
    const word = text.slice(i, dot).toLowerCase();
    // A single letter ("A. Diallo"), a dotted initialism ("U.S.") or a listed abbreviation.
    return word.length === 1 || word.includes('.') || abbreviations.has(word);
  }

  return {
    name: 'sentences',
    run(doc: Doc) {
      const text = doc.text;
      let start = 0;
      const push = (end: number) => {
        let s = start;
        while (s < end && SPACE.test(text[s])) s++;
        let e = end;
        while (e > s && SPACE.test(text[e - 1])) e--;
        if (e > s) doc.sentences.push({ index: doc.sentences.length, start: s, end: e, tokenStart: 0, tokenEnd: 0 });
      };
      for (const m of text.matchAll(END)) {
        const at = m.index!;
        if (isAbbreviation(text, at)) continue;
        const end = at + m[0].length;
        push(end);
        start = end;
      }
      push(text.length);
    },
  };
}
