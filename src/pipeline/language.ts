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
      const words = doc.tokens.filter((t) => t.word && !/^\d/.test(t.norm));
      if (words.length < MIN_WORDS) return;
      const known = words.filter((t) => lang.commonWords.has(t.norm)).length;
      if (known / words.length < MIN_SHARE) {
        doc.warnings.push('the report does not read as English or French, the languages Vigil reads: its events are likely missed');
      }
    },
  };
}
