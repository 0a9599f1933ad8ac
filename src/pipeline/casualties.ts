/**
 * Casualties: counts of people killed, wounded, arrested or abducted, and who they were.
 *
 * A count takes its role from the words after it ("three soldiers were killed", "7 assailants neutralized",
 * "six wounded") or, failing that, from the verb just before it ("killing one villager and 3 miners").
 * A count inside "including a civilian" is part of another and is not counted again. "a soldier" counts one.
 * How counts become an event's fatalities (every death, attackers included; the most conservative figure
 * when reports conflict) is decided in events.ts, `fatalities()`.
 */
import type { CasualtyRole, Doc, NumberSpan, Side, Stage, Token } from '../doc/doc.js';
import type { LanguageData } from '../lang/index.js';

const FORWARD_WINDOW = 8;
const BACKWARD_WINDOW = 8;
const STOP = new Set(['.', ';', ':', '?', '!', '(', ')']);
/** Words that put a count out of a verb's reach: "killed by 30 gunmen" does not kill the gunmen. */
const PREPOSITIONS = new Set(['by', 'in', 'at', 'from', 'with', 'on', 'near', 'after', 'during', 'of', 'against', 'par', 'dans', 'a', 'de', 'contre', 'pres', 'apres', 'lors']);
const ARTICLES = new Set(['a', 'an', 'un', 'une']);

interface Candidate {
  start: number;
  end: number;
  value: number;
  qualifier: NumberSpan['qualifier'];
  first: number;
  last: number;
}

export function casualtiesStage(lang: LanguageData): Stage {
  function isStop(t: Token): boolean {
    return STOP.has(t.norm);
  }

  /** Role and side named in the words after a count, and how far the role word is. */
  function forward(tokens: Token[], last: number, starts: Set<number>) {
    let role: CasualtyRole | null = null;
    let side: Side | null = null;
    let distance = Infinity;
    for (let j = last + 1; j < tokens.length && j <= last + FORWARD_WINDOW; j++) {
      const t = tokens[j];
      if (isStop(t) || (t.norm === ',' && role) || starts.has(j)) break;
      const r = lang.casualtyRoles.matchAt(tokens, j);
      if (r) {
        role = r.value;
        distance = j - last;
        break;
      }
      const s = lang.sides.matchAt(tokens, j);
      if (s && !side) side = s.value;
      if (t.norm === ',') break;
      // Another event word ends the count's phrase: "30 gunmen attacked ... and killed 2".
      if (!s && lang.cues.matchAt(tokens, j)) break;
    }
    return { role, side, distance };
  }

  /** The role of a verb just before a count ("killed nine civilians"), and how far it is. */
  function backward(tokens: Token[], first: number): { role: CasualtyRole | null; distance: number } {
    for (let j = first - 1; j >= 0 && j >= first - BACKWARD_WINDOW; j--) {
      const t = tokens[j];
      if (isStop(t) || PREPOSITIONS.has(t.norm)) break;
      const r = lang.casualtyRoles.matchAt(tokens, j);
      if (r) return { role: r.value, distance: first - j };
    }
    return { role: null, distance: Infinity };
  }

  function before(tokens: Token[], first: number, table: { matchAt: LanguageData['toll']['matchAt'] }, window: number): boolean {
    for (let j = first - 1; j >= 0 && j >= first - window; j--) {
      if (isStop(tokens[j])) return false;
      const m = table.matchAt(tokens, j);
      if (m && j + m.length <= first + 1) return true;
    }
    return false;
  }

  return {
    name: 'casualties',
    run(doc: Doc) {
      for (const sentence of doc.sentences) {
        const tokens = doc.sentenceTokens(sentence.index);
        const index = new Map(tokens.map((t, i) => [t.start, i]));
        const endIndex = new Map(tokens.map((t, i) => [t.end, i]));
        const dates = doc.dates.filter((d) => d.sentence === sentence.index);
        const candidates: Candidate[] = [];
        for (const n of doc.numbers) {
          if (n.sentence !== sentence.index) continue;
          if (dates.some((d) => n.start < d.end && d.start < n.end)) continue;
          const first = index.get(n.start);
          const last = endIndex.get(n.end);
          if (first === undefined || last === undefined) continue;
          if (lang.measureUnits.has(tokens[last + 1]?.norm)) continue;
          candidates.push({ start: n.start, end: n.end, value: n.value, qualifier: n.qualifier, first, last });
        }
        tokens.forEach((t, i) => {
          if (ARTICLES.has(t.norm) && lang.sides.matchAt(tokens, i + 1)) {
            candidates.push({ start: t.start, end: t.end, value: 1, qualifier: 'exact', first: i, last: i });
          }
        });
        const starts = new Set(candidates.map((c) => c.first));
        for (const c of candidates) {
          if (before(tokens, c.first, lang.subset, 3)) continue;
          const f = forward(tokens, c.last, starts);
          // "the toll rose to 12" is a total; "the toll is one soldier killed and six wounded" lists parts.
          const total = !f.side && before(tokens, c.first, lang.toll, 4);
          // The nearer verb wins: "killing four soldiers and wounding seven others".
          const b = backward(tokens, c.first);
          const role = (b.distance < f.distance ? b.role : f.role) ?? (total ? 'killed' : null);
          if (!role) continue;
          doc.casualties.push({
            start: c.start,
            end: c.end,
            role,
            count: c.value,
            qualifier: c.qualifier,
            side: f.side ?? 'unknown',
            total,
            sentence: sentence.index,
          });
        }
        doc.casualties.sort((a, b) => a.start - b.start);
      }
    },
  };
}
