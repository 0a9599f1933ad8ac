/**
 * Triggers: the words that signal a kind of event ("ambushed", "IED", "marched", "abducted"), each with its
 * cue (src/lang/<language>/triggers.json). A trigger right after a negation ("no clashes", "did not attack")
 * is kept but marked negated, so the events stage can ignore it. Words inside a date ("March 7") are no cue.
 */
import type { Doc, Stage } from '../doc/doc.js';
import type { LanguageData } from '../lang/index.js';
import { isWord } from './tokens.js';

const NEGATIONS = new Set(['no', 'not', 'never', 'without', 'nor', 'nobody', 'none', 'noone', 'aucun', 'aucune', 'pas', 'sans', 'ni']);
const NEGATION_WINDOW = 3;

export function triggersStage(lang: LanguageData): Stage {
  return {
    name: 'triggers',
    run(doc: Doc) {
      for (const sentence of doc.sentences) {
        const words = doc.sentenceTokens(sentence.index).filter(isWord);
        const dates = doc.dates.filter((d) => d.sentence === sentence.index);
        for (let i = 0; i < words.length; i++) {
          // "March 7" is a date, not a march.
          if (dates.some((d) => words[i].start >= d.start && words[i].end <= d.end)) continue;
          const match = lang.cues.matchAt(words, i);
          if (!match) continue;
          const before = words.slice(Math.max(0, i - NEGATION_WINDOW), i);
          doc.triggers.push({
            start: words[i].start,
            end: words[i + match.length - 1].end,
            cue: match.value,
            phrase: words.slice(i, i + match.length).map((w) => w.norm).join(' '),
            sentence: sentence.index,
            negated: before.some((w) => NEGATIONS.has(w.norm)),
          });
          i += match.length - 1;
        }
      }
    },
  };
}
