/**
 * Triggers: the words that signal a kind of event ("ambushed", "IED", "marched", "abducted"), each with its
 * cue (src/lang/<language>/triggers.json). A trigger right after a negation ("no clashes", "did not attack")
 * is kept but marked negated, so the events stage can ignore it.
 */
import type { Doc, Stage } from '../doc/doc.js';
import type { LanguageData } from '../lang/index.js';
import { isWord } from './tokens.js';

const NEGATIONS = new Set(['no', 'not', 'never', 'without', 'nor', 'aucun', 'aucune', 'pas', 'sans', 'ni']);
const NEGATION_WINDOW = 3;

export function triggersStage(lang: LanguageData): Stage {
  return {
    name: 'triggers',
    run(doc: Doc) {
      for (const sentence of doc.sentences) {
        const words = doc.sentenceTokens(sentence.index).filter(isWord);
        for (let i = 0; i < words.length; i++) {
          const match = lang.cues.matchAt(words, i);
          if (!match) continue;
          const before = words.slice(Math.max(0, i - NEGATION_WINDOW), i);
          doc.triggers.push({
            start: words[i].start,
            end: words[i + match.length - 1].end,
            cue: match.value,
            sentence: sentence.index,
            negated: before.some((w) => NEGATIONS.has(w.norm)),
          });
          i += match.length - 1;
        }
      }
    },
  };
}
