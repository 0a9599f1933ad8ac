/**
 * Language: whether the report reads as English or French, the languages whose words Vigil knows. A report in
 * another language gets a warning that says so, instead of silently yielding no event.
 */
import type { Doc, Stage } from '../doc/doc.js';
import type { LanguageData } from '../lang/index.js';

/** Fewer words than this say too little to judge. */
const MIN_WORDS = 20;
/** English and French prose runs at 25-45% function words; another language, near none. */
const MIN_SHARE = 0.08;

export function languageStage(lang: LanguageData): Stage {
  return {
    name: 'language',
    run(doc: Doc) {
      const words = doc.tokens.filter((t) => t.word && !startsWithDigit(t.norm));
      if (words.length < MIN_WORDS) return;
      // Counted only until the share is reached: in English or French that is within the first few sentences.
      let known = 0;
      for (const t of words) {
        if (known / words.length >= MIN_SHARE) return;
        if (lang.commonWords.has(t.norm)) known++;
      }
      if (known / words.length < MIN_SHARE) {
        doc.warnings.push('the report does not read as English or French, the languages Vigil reads: its events are likely missed');
      }
    },
  };
}

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}
