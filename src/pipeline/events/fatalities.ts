/**
 * Where fatalities are decided, by ACLED's rules:
 * - every death counts, the attackers' included ("one soldier killed ... 7 assailants neutralized" is 8);
 * - counts listed in one sentence add up; a side counted again in another sentence is the same people told
 *   again, and the lower figure is taken (the most conservative figure when reports conflict); a running
 *   total revised upwards ("the toll rose to 12") stands for the whole when it is the larger, a total that only
 *   conflicts with other figures ("a higher toll of 46") does not; a count told as more people
 *   ("two more died at the hospital", "three others were killed") adds to the figure told before;
 * - a vague word stands for ACLED's value ("dozens" 12) only when no figure is given for its side ("seven
 *   soldiers killed ... dozens of militants neutralised" is 19), never beside a figure of no known side, nor
 *   attackers vaguely told beside civilians counted ("twenty civilians killed ... neutralised several terrorists");
 * - attackers counted as many as civilians (three or more) are the same dead told by two sides ("the army
 *   claimed nine militants killed ... rights groups denounced the execution of nine civilians");
 * - wounded and arrested are kept apart from fatalities, by the same rules.
 */
import type { CasualtyRole, CasualtySpan } from '../../doc/doc.js';

/** The least figure at which attackers counted as many as civilians are taken to be the same dead. */
const SAME_DEAD = 3;

export interface Count {
  value: number;
  spans: CasualtySpan[];
}

export function countFor(casualties: CasualtySpan[], role: CasualtyRole): Count | null {
  const relevant = casualties.filter((c) => c.role === role);
  if (relevant.length === 0) return null;
  const exact = relevant.filter((c) => c.qualifier !== 'vague');
  // A vague count of a side no figure counts is more people ("seven soldiers killed ... dozens of terrorists
  // neutralised"); of a side counted, or of no known side, it is the same people told vaguely.
  // Beside civilians counted, attackers told only vaguely ("neutralised several terrorists", the claim of those who
  // killed the civilians) are the same dead told otherwise.
  const counted = new Set(exact.map((c) => c.side));
  const more = (c: CasualtySpan) => c.side !== 'unknown' && !counted.has(c.side) && !counted.has('unknown') && !(c.side === 'attackers' && counted.has('civilians'));
  // Attackers counted as many as civilians are the same dead: the army's "nine militants killed", the "nine
  // civilians executed" of the victims' side (a figure too large to be a coincidence: "a militant and a butcher").
  const civilianCounts = new Set(exact.filter((c) => c.side === 'civilians' && c.count >= SAME_DEAD).map((c) => c.count));
  const used = (exact.length ? relevant.filter((c) => c.qualifier !== 'vague' || more(c)) : relevant).filter((c) => c.side !== 'attackers' || !civilianCounts.has(c.count));

  // Within a sentence, counts list different people ("one soldier killed and 7 assailants"): they add up.
  // Across sentences, the same side counted again is the same people told again: the lower figure stands.
  const perSentence = new Map<number, Map<string, Count>>();
  const additional = used.filter((c) => c.additional && !c.total);
  for (const c of used.filter((c) => !c.total && !c.additional)) {
    const sides = perSentence.get(c.sentence) ?? new Map<string, Count>();
    const count = sides.get(c.side) ?? { value: 0, spans: [] };
    count.value += c.count;
    count.spans.push(c);
    sides.set(c.side, count);
    perSentence.set(c.sentence, sides);
  }
  // People of no known side listed with others of a known side are more of them: "killed a commander and his driver".
  for (const sides of perSentence.values()) {
    const unknown = sides.get('unknown');
    const first = [...sides.keys()].find((side) => side !== 'unknown');
    if (!unknown || !first) continue;
    const listed = unknown.spans.filter((c) => c.listed);
    if (!listed.length) continue;
    const count = sides.get(first)!;
    sides.set(first, { value: count.value + listed.reduce((n, c) => n + c.count, 0), spans: [...count.spans, ...listed] });
    const rest = unknown.spans.filter((c) => !c.listed);
    if (rest.length) sides.set('unknown', { value: rest.reduce((n, c) => n + c.count, 0), spans: rest });
    else sides.delete('unknown');
  }
  const bySide = new Map<string, Count>();
  for (const sides of perSentence.values()) {
    for (const [side, count] of sides) {
      const seen = bySide.get(side);
      if (!seen || count.value < seen.value) bySide.set(side, count);
    }
  }
  const unknown = bySide.get('unknown');
  bySide.delete('unknown');
  let known: Count = { value: 0, spans: [] };
  for (const count of bySide.values()) known = { value: known.value + count.value, spans: [...known.spans, ...count.spans] };
  // When the known counts are of one side only, a larger count of unknown people is that side told by
  // another source, and the lower figure stands; when they are of several sides, it is their total. "No one
  // was killed" beside people counted killed is of another incident, not a lower figure.
  const sides = bySide.size;
  const lower = unknown !== undefined && unknown.value > 0 && unknown.value < known.value;
  let result = unknown && (sides === 0 || (sides > 1 && unknown.value > known.value) || (sides === 1 && lower)) ? unknown : known;
  for (const c of additional) result = { value: result.value + c.count, spans: [...result.spans, c] };
  const totals = used.filter((c) => c.total);
  if (totals.length) {
    // A toll revised upwards ("rose to 12") stands for the whole; tolls from different sources conflict, and
    // the lowest stands (ACLED's conservative figure).
    const revised = totals.filter((t) => t.revised);
    const total = (revised.length ? revised : totals).reduce((a, b) => (b.count < a.count ? b : a));
    if (revised.length ? total.count >= result.value : result.value === 0) result = { value: total.count, spans: [total] };
  }
  return result;
}

/** Divides a count among n events as ACLED does: evenly, the remainder to the first ones. */
export function splitCount(value: number, n: number, index: number): number {
  return Math.floor(value / n) + (index < value % n ? 1 : 0);
}
