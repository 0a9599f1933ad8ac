/**
 * News or background, sentence by sentence. A report mixes the event it breaks with what it recalls ("the
 * military took power on August 18, 2020", "In March 2020, nearly 100 soldiers were killed") and with when
 * things were said ("the army said on Tuesday"). This module reads one sentence: which of its event words
 * and counts are news, and on which date the news happened.
 *
 * - A date older than the news window (or in the future) is background, and so is what it is told of: the
 *   whole sentence when it opens the sentence with its year ("In March 2020, ..."), else the words in its clause within a
 *   few words ("after the 2011 mutiny, [they] organised a sit-in": the sit-in is news); after a preposition, not the
 *   verb right after it, which is the sentence's own ("workers fired in 2012 demonstrated": the march is news).
 * - A date right after a reporting word ("said on Tuesday", "a revendiqué l'attaque mercredi") and a date in
 *   the dateline tell when the report was made, not the event: they date nothing.
 * - What keeps happening ("the rebels have repeatedly raided settlements", "à plusieurs reprises") is no one
 *   event: background.
 * - The headline restates the lead and is skipped.
 */
import type { CasualtySpan, DateSpan, Doc, Span, TriggerSpan } from '../../doc/doc.js';
import { daysBetween, yearOf } from '../../doc/calendar.js';
import { foldWords } from '../../doc/text.js';
import type { LanguageData } from '../../lang/index.js';
import { isWord } from '../tokens.js';

/** A mention dated more than this many days before publication is a recollection, not news. */
const NEWS_WINDOW_DAYS = 31;
/** Words a date is told of: in its clause and within this many words. */
const TOLD_OF_WORDS = 5;
/** An old date among a sentence's first words governs the whole sentence. */
const OPENING_WORDS = 4;
/** How far before a date a reporting word makes it the date something was said. */
const REPORTING_WORDS = 6;
/** Words that carry a date's clause on to the verb after it ("emerged in 2012 and captured Goma"). */
const COORDINATORS = new Set(['and', 'or', 'then', 'et', 'ou', 'puis']);
/** How English and French past participles end ("fired", "taken", "licenciés", "démis"). */
const PARTICIPLE = /(?:ed|en|é|ée|és|ées|is|us)$/iu;
/** Reporting words that tell when news of an act came out, not when someone spoke of it. */
const REPORTED = new Set(['reported', 'rapporte']);

export interface SentenceReading {
  /** The sentence tells of what keeps happening or of the past ("rebels have repeatedly raided ..."). */
  recollection: boolean;
  /** Event words and counts that are news. */
  triggers: TriggerSpan[];
  casualties: CasualtySpan[];
  /**
   * The date the sentence tells its news on, if it gives one; for a sentence with no event words that recalls
   * nothing, the date it sets the story on ("On June 9, a land dispute turned violent.").
   */
  date: DateSpan | null;
  /** For a sentence that tells no news: the date of what it recalls, for the background list. */
  recalled: DateSpan | null;
}

/** Past beyond the news window, or in the future: a recollection or a plan, not an event of this report. */
export function isBackgroundDate(date: DateSpan, published: string | null): boolean {
  if (!published) return false;
  if (date.date) {
    // A range is news while it ends in the window ("from May 1 to 17" in a report of May 20).
    return daysBetween(date.until ?? date.date, published) > NEWS_WINDOW_DAYS || daysBetween(date.date, published) < -1;
  }
  return date.anchor === 'absolute' && date.year !== null && date.year !== yearOf(published);
}

function toldOf(doc: Doc, date: Span, span: Span): boolean {
  const [a, b] = date.start < span.start ? [date, span] : [span, date];
  const between = doc.text.slice(a.end, b.start);
  if (/[,;:()–—]/.test(between)) return false;
  return between.split(/\s+/).filter(Boolean).length <= TOLD_OF_WORDS;
}

/**
 * The date a sentence tells its event on: a calendar day written out ("November 7", "7/11/2019"), then a
 * named weekday ("on Sunday", "dans la nuit de dimanche à lundi": the night is coded to its first day), then
 * another word relative to publication ("overnight", "yesterday"), then a day relative to the event told ("the
 * day before"), then a bare year.
 */
function eventDate(doc: Doc, dates: DateSpan[], lang: LanguageData): DateSpan | null {
  const calendar = (d: DateSpan) => /\d/.test(doc.slice(d));
  const weekdayNamed = (d: DateSpan) => lang.weekdays.has(foldWords(doc.slice(d))[0] ?? '');
  return (
    dates.find((d) => d.date && d.anchor !== 'previous' && d.precision < 3 && calendar(d)) ??
    dates.find((d) => d.date && d.anchor !== 'previous' && weekdayNamed(d)) ??
    dates.find((d) => d.date && d.anchor !== 'previous') ??
    dates.find((d) => d.anchor === 'previous') ??
    dates.find((d) => d.year !== null) ??
    dates[0] ??
    null
  );
}

export function readSentence(doc: Doc, sentence: number, lang: LanguageData): SentenceReading | null {
  if (sentence === doc.headline) return null;
  const words = doc.sentenceTokens(sentence).filter(isWord);
  const wordIndex = (span: Span) => words.findIndex((w) => w.start >= span.start);
  /** The reporting word a date tells the day of ("said on Tuesday"), if any. */
  const reporter = (d: DateSpan) => {
    const at = wordIndex(d);
    const before = words.slice(Math.max(0, at - REPORTING_WORDS), at);
    const k = before.findIndex((w) => lang.reporting.has(w.norm));
    return k >= 0 && !/[,;:()–—]/.test(doc.text.slice(before[k].end, d.start)) ? before[k].norm : null;
  };
  const reported = (d: DateSpan) => reporter(d) !== null;
  const dateline = doc.dateline;
  const dates = doc.dates.filter(
    (d) => d.sentence === sentence && !(dateline && d.start >= dateline.start && d.end <= dateline.end) && !reported(d),
  );
  const old = dates.filter((d) => isBackgroundDate(d, doc.published));
  const preposition = (w: { norm: string } | undefined) => !!w && (lang.yearPrepositions.has(w.norm) || lang.dayPrepositions.has(w.norm));
  // Only a date written with its year governs a sentence ("In March 2020, ..."): a bare "On September 6"
  // far from publication is more likely a slip than a recollection. It opens the sentence when only prepositions
  // come before it or a comma after it ("Back in 2012, ..."), not in "Workers fired in 2012 demonstrated".
  const opens = (d: DateSpan) => {
    const at = wordIndex(d);
    return at < OPENING_WORDS && (words.slice(0, at).every(preposition) || /^\s*,/.test(doc.text.slice(d.end)));
  };
  const opening = old.find((d) => d.anchor === 'absolute' && opens(d));
  /**
   * An old date tells of the words near it in its clause, but not, when it dates a participle ("fired in 2012",
   * "licenciés en 2012"), of the verb that follows it at once or after an auxiliary: that is the main verb ("workers
   * fired in 2012 demonstrated", "licenciés en 2012 ont manifesté"). After a noun the date's phrase is the subject
   * and the verb tells of the past ("a wave of killings in Geneina in June 2023 left thousands dead").
   */
  const mainVerb = (d: DateSpan, span: Span) => {
    const at = wordIndex(d);
    if (span.start < d.end || !preposition(words[at - 1]) || !PARTICIPLE.test(words[at - 2]?.text ?? '')) return false;
    const between = words.filter((w) => w.start >= d.end && w.end <= span.start);
    return between.length === 0 || (between.length === 1 && !COORDINATORS.has(between[0].norm));
  };
  const toldBy = (d: DateSpan, span: Span) => toldOf(doc, d, span) && !mainVerb(d, span);
  // "The rebels have repeatedly raided villages", "in recent years": what keeps happening is no one event. In a
  // sentence dated with news ("On December 1, residents marched for the forces repeatedly attacked") it
  // governs only its own clause.
  const habitual = words.filter((_, k) => lang.habitual.matchAt(words, k));
  const dated = dates.some((d) => !old.includes(d));
  const usual = (span: Span) => habitual.length > 0 && (!dated || habitual.some((h) => toldOf(doc, h, span)));
  const news = (span: Span) => !opening && !usual(span) && !old.some((d) => toldBy(d, span));
  const triggers = doc.triggers.filter((t) => t.sentence === sentence && !t.negated && news(t));
  const casualties = doc.casualties.filter((c) => c.sentence === sentence && news(c));
  if (triggers.length || casualties.length) {
    // With no date of its own, the event is dated on the day it was reported ("Reported on October 25 that ...",
    // "attacks were reported on June 2"), as ACLED codes an event of unknown day on its report's. Not on the day
    // someone said or claimed it ("the army said on Tuesday"): a statement often comes days after the act.
    const saidOn = doc.dates.filter((d) => d.sentence === sentence && REPORTED.has(reporter(d) ?? '') && d.date !== null && !isBackgroundDate(d, doc.published));
    const date = eventDate(doc, dates.filter((d) => !old.includes(d)), lang) ?? eventDate(doc, saidOn, lang);
    return { recollection: false, triggers, casualties, date, recalled: null };
  }
  const told = doc.triggers.some((t) => t.sentence === sentence && !t.negated);
  // A bare mention of the current year ("in 2023") recalls nothing.
  const recalled = old[0] ?? eventDate(doc, dates, lang);
  const thisYear = recalled && !recalled.date && recalled.anchor === 'absolute' && doc.published !== null && recalled.year === yearOf(doc.published);
  const recollection = told && (habitual.length > 0 || old.length > 0);
  const setting = recollection ? null : eventDate(doc, dates.filter((d) => !old.includes(d)), lang);
  return { recollection, triggers, casualties, date: setting, recalled: thisYear ? null : recalled };
}
