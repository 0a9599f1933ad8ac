/**
 * Numbers: counts written in digits ("7", "1,500") or words ("six", "twenty-one", "a dozen", "trois"),
 * vague quantities valued by ACLED's rules ("dozens" 12, "several" 10), and the qualifier before them
 * ("at least 21", "about 20"). Years ("in 2012") and clock times ("05:00") are not counts.
 */
import type { Doc, NumberSpan, Stage, Token } from '../doc/doc.js';
import { startsWithDigit } from '../doc/text.js';
import type { LanguageData } from '../lang/index.js';

const YEAR = /^(19|20)\d\d$/;
const MAX_QUALIFIER_WORDS = 4;
/**
 * Nouns of an approximate quantity: after an article they are the count ("une vingtaine" 20, about, not 1 + 20),
 * after a number they multiply it ("deux centaines" 200).
 */
const COLLECTIVE = /^(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)s?$/;
const COLLECTIVE_VALUE: Record<string, number> = { centaines: 100, dizaines: 10, douzaines: 12, milliers: 1000, hundreds: 100, thousands: 1000, dozens: 12 };
/** Articles before a collective noun: "une vingtaine", "a dozen". */
const ARTICLE = new Set(['un', 'une', 'a', 'an']);

export function numbersStage(lang: LanguageData): Stage {
  const qualifiers = new Map<string, NumberSpan['qualifier']>();
  for (const q of lang.atLeast) qualifiers.set(q, 'at_least');
  for (const q of lang.about) qualifiers.set(q, 'about');

  function qualifierBefore(tokens: Token[], i: number): { qualifier: NumberSpan['qualifier']; start: number } | null {
    for (let n = Math.min(MAX_QUALIFIER_WORDS, i); n >= 1; n--) {
      const slice = tokens.slice(i - n, i);
      // Only words (and the apostrophes and hyphens inside them) make a qualifier: "18, at least five" is not one.
      if (!slice.every((t) => /\p{L}/u.test(t.norm) || t.norm === "'" || t.norm === '-')) continue;
      const key = slice
        .map((t) => t.norm)
        .filter((w) => /\p{L}/u.test(w))
        .join(' ');
      const q = qualifiers.get(key);
      if (q) return { qualifier: q, start: tokens[i - n].start };
    }
    return null;
  }

  /** Reads a run of number words from token i; returns its value and how many tokens it took. */
  function wordNumber(tokens: Token[], i: number): { value: number; length: number; about?: boolean } | null {
    let total = 0;
    let current = 0;
    let j = i;
    let last = i;
    let seen = false;
    let about = false;
    while (j < tokens.length) {
      const norm = tokens[j].norm;
      const unit = lang.units.get(norm);
      // A multiplier counts only after a number ("two hundred"): not looked up for the first word.
      const mult = seen ? lang.multipliers.get(norm) : undefined;
      // "no one", "aucun des": nobody, whatever word follows.
      if (unit === 0) {
        if (seen) break;
        seen = true;
        last = j;
        if (lang.units.has(tokens[j + 1]?.norm ?? '')) last = j + 1;
        break;
      }
      if (unit !== undefined && COLLECTIVE.test(norm) && seen && j === last + 1 && ARTICLE.has(tokens[j - 1].norm) && current === 1) {
        // "une vingtaine": the article is no count of its own.
        current = unit;
        about = true;
      } else if (seen && j === last + 1 && current > 0 && (COLLECTIVE_VALUE[norm] !== undefined)) {
        // "deux centaines", "trois milliers".
        current *= COLLECTIVE_VALUE[norm];
        about = true;
      } else if (unit !== undefined) {
        current += unit;
      } else if (mult !== undefined && seen) {
        current = Math.max(current, 1) * mult;
        if (mult >= 1000) {
          total += current;
          current = 0;
        }
      } else if (seen && (norm === '-' || norm === 'and' || norm === 'et') && j + 1 < tokens.length) {
        const next = tokens[j + 1].norm;
        if (!lang.units.has(next) && !lang.multipliers.has(next)) break;
        j++;
        continue;
      } else {
        break;
      }
      seen = true;
      last = j;
      j++;
    }
    return seen ? { value: total + current, length: last - i + 1, about } : null;
  }

  return {
    name: 'numbers',
    run(doc: Doc) {
      for (const sentence of doc.sentences) {
        const tokens = doc.sentenceTokens(sentence.index);
        for (let i = 0; i < tokens.length; i++) {
          const t = tokens[i];
          let value: number | null = null;
          let length = 1;
          let qualifier: NumberSpan['qualifier'] = 'exact';
          if (startsWithDigit(t.norm)) {
            const next = tokens[i + 1];
            const isTime = next && (next.norm === ':' || next.norm === 'h') && startsWithDigit(tokens[i + 2]?.norm ?? '');
            // "05:00", "21h30": the minutes are no count either.
            const minutes = i >= 2 && (tokens[i - 1].norm === ':' || tokens[i - 1].norm === 'h') && startsWithDigit(tokens[i - 2].norm);
            if (YEAR.test(t.norm) || isTime || minutes) continue;
            value = Number(t.norm.replace(/,/g, ''));
          } else if (lang.vague.has(t.norm)) {
            // "some 20" and "a few" are qualifiers or counts, not vague counts of their own; nor is "plusieurs" of
            // "plusieurs dizaines" (dozens: 12).
            const next = tokens[i + 1]?.norm ?? '';
            if (startsWithDigit(next) || lang.units.has(next) || lang.vague.has(next)) continue;
            value = lang.vague.get(t.norm)!;
            qualifier = 'vague';
          } else {
            const w = wordNumber(tokens, i);
            if (w) {
              ({ value, length } = w);
              if (w.about) qualifier = 'about';
            }
          }
          if (value === null || !Number.isFinite(value)) continue;
          const last = tokens[i + length - 1];
          const q = qualifier !== 'vague' ? qualifierBefore(tokens, i) : null;
          doc.numbers.push({
            start: q?.start ?? t.start,
            end: last.end,
            value,
            qualifier: q?.qualifier ?? qualifier,
            sentence: sentence.index,
          });
          i += length - 1;
        }
      }
    },
  };
}
