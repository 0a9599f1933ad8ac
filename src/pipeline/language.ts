/**
 * Language: which of the languages Vigil knows a report is written in, chosen before the pipeline runs so that
 * the report is read with that language's words; and, as a stage, a warning when the report reads as neither
 * English nor French, instead of silently yielding no event.
 */
import type { Doc, Stage } from '../doc/doc.js';
import { foldWords, startsWithDigit } from '../doc/text.js';
import { LANGUAGE_CODES, type LanguageCode, type LanguageData } from '../lang/index.js';

/** Fewer words than this say too little to judge. */
const MIN_WORDS = 20;
/** English and French prose runs at 25-45% function words; another language, near none. */
const MIN_SHARE = 0.08;

/** The opening of a report that is enough to tell its language: some 250 words, a third of them function words. */
const SAMPLE_CHARS = 1500;

/**
 * The language whose commonest words ("the", "of"; "le", "des") the report's opening uses most; the first
 * language (English) on a tie, as for a report too short to tell.
 */
export function reportLanguage(text: string, languages: Record<LanguageCode, LanguageData>): LanguageCode {
  const words = foldWords(text.slice(0, SAMPLE_CHARS));
  let best = LANGUAGE_CODES[0];
  let bestCount = -1;
  for (const code of LANGUAGE_CODES) {
    const common = languages[code].commonWords;
    let count = 0;
    for (const w of words) if (common.has(w)) count++;
    if (count > bestCount) [best, bestCount] = [code, count];
  }
  return best;
}

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
