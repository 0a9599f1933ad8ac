/**
 * Death tolls across reports. ACLED records the most conservative figure when reports disagree; UCDP keeps
 * the low and high estimates. A report that revises a toll ("the toll rose to 12") is not a disagreement
 * but news, and supersedes the figures before it.
 */
import type { Event } from '../schema/event.js';

/** Words that say a figure replaces an earlier one, in the languages Vigil reads. */
const REVISION =
  /(?<!\p{L})(?:rose|risen|rises|climbed|increased|jumped|revised|updated|new toll|now stands|alourdi|pass[ée] [àa]|d[ée]sormais|nouveau bilan|revu)(?!\p{L})/iu;

/** The sentence of `text` around a span. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start).search(/[^.!?\n]*$/);
  const after = text.slice(end).search(/[.!?\n]/);
  return text.slice(before, after < 0 ? text.length : end + after);
}

/** Whether the report's fatality figure for this event revises an earlier toll. */
export function isTollRevision(event: Event, reportText: string): boolean {
  return event.evidence
    .filter((e) => e.field === 'fatalities')
    .some((e) => REVISION.test(sentenceAround(reportText, e.start, e.end)));
}

/** A report gave a figure if it has evidence for one or a non-zero count; silence is not "nobody died". */
export function reportsFatalities(event: Event): boolean {
  return event.fatalities > 0 || event.evidence.some((e) => e.field === 'fatalities');
}

export interface TollMention {
  extracted: Event;
  toll_revision: boolean;
}

export interface Toll {
  fatalities: number;
  fatalities_low: number | null;
  fatalities_high: number | null;
}

/**
 * The fused toll of mentions in the order they were published: the latest revision when there is one,
 * otherwise the lowest figure reported (ACLED's conservative rule); and the range reported.
 */
export function fuseToll(mentions: TollMention[]): Toll {
  const reported = mentions.filter((m) => reportsFatalities(m.extracted));
  if (reported.length === 0) return { fatalities: 0, fatalities_low: null, fatalities_high: null };
  const figures = reported.map((m) => m.extracted.fatalities);
  const revisions = reported.filter((m) => m.toll_revision);
  return {
    fatalities: revisions.length ? revisions[revisions.length - 1].extracted.fatalities : Math.min(...figures),
    fatalities_low: Math.min(...figures),
    fatalities_high: Math.max(...figures),
  };
}
