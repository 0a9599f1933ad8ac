/**
 * Dates: every phrase that names a day, week, month or year, resolved against the publication date with
 * ACLED's time precision (1 day, 2 week, 3 month).
 *
 *   "early this morning", "yesterday", "on Friday"        relative to publication, precision 1 ("an overnight raid": no date)
 *   "on July 21", "21 juillet 2022", "Apr.10"             absolute; a missing year is the latest one not after publication
 *   "30 September 2023" (in 2022)                         a year one too far: this year's date, if that is news
 *   "5-10 July", "between 10 and 12 May", "May 10-12"     the first day, precision 2, and the last one ("until")
 *   "between December 28 and January 1"                  across months; "on 4 and 9 May" names two days, no range
 *   "last week"                                           precision 2;  "in early July", "last month": precision 3
 *   "a year ago", "one year after", "un an après"         the same day years back, precision 3
 *   "in July", "July 2019", "last month"                  the 15th (ACLED's middle of the month), never after publication
 *   "en mars", "au mois d'octobre"                         the same: a French month is written in lower case
 *   "in May", "last May", "en juin dernier"               "May" and "March" alone are months only after "in", "since"...; "last" is before this month
 *   "the day before", "la veille"                         relative to the event being told: resolved by the events stage
 *   "late August last year", "last year"                 last year's August, precision 3; the year only
 *   "in 2012", "since 2015"                               a year only: no day, but the year tells background from news
 *   "some 2000 people", "Mirage 2000"                     no year: a count or a name
 *   "dans la nuit du samedi 3 au dimanche 4 juin"         a night: its first day, precision 1
 *   "le 12 courant", "on 12/10", "two days ago"           this month's 12th; the 12th of October; two days before
 *   "over the weekend", "last Monday" (on a Monday)       the last Saturday, precision 2; a week back
 *   "on Thursday last week", "jeudi de la semaine dernière"  that week's Thursday
 *   "will march on Saturday", "lundi prochain"            ahead of publication: a plan, not news
 *   "scheduled for 25 February", "prévu le 25 février"    a plan: the day nearest publication, often ahead of it
 *   "from Sunday to Thursday", "du samedi au lundi"       the first day, precision 2, and the last, by publication
 */
import type { DateSpan, Doc, Stage, Token } from '../doc/doc.js';
import { addDays, daysBetween, isoDay, isValidIsoDay, monthOf, weekday, yearOf } from '../doc/calendar.js';
import { ORDINAL_ENDINGS } from '../doc/text.js';
import type { LanguageData } from '../lang/index.js';

const YEAR = /^(19|20)\d\d$/;
const RANGE_WORDS = new Set(['to', 'and', 'au', 'et', 'through', 'till', 'until']);
/** Words that make "X and Y" the ends of a range, not two days: "between 4 and 9 May". */
const BETWEEN = new Set(['between', 'entre', 'from', 'du']);
/** Words of a night, which spans two dates and is coded to its first: "overnight between June 2-3", "dans la nuit du 2 au 3 juin". */
const NIGHT = new Set(['overnight', 'night', 'nuit']);
/** Words after a night that say which one it was ("dans la nuit du 2 au 3", "overnight between June 2-3"): not "last night". */
const NIGHT_OF = new Set(['du', 'de', 'd', 'entre', 'between', 'from', 'of']);
/** French "mois de", "mois d'" before a month name: "au mois de mars". */
const MONTH_OF = new Set(['de', 'd']);
/** Articles before a word of the day that make it an adjective of the time of day: "an overnight raid". */
const ARTICLES = new Set(['a', 'an', 'the']);
/** How many words before a weekday a word of the future ("will", "doit") puts it ahead of publication. */
const FUTURE_WORDS = 5;
/** The ISO weekday of a weekend's first day. */
const SATURDAY = 6;
/** The day ACLED codes an event known only to the month: the middle of it. */
const MID_MONTH = 15;
/** Days a month-and-day date may lie after publication before it is taken as last year's. */
const FUTURE_TOLERANCE_DAYS = 3;
/** A year one too far is read as this year's only when that way the date is news of the last few days. */
const SLIP_WINDOW_DAYS = 7;

type Found = Omit<DateSpan, 'sentence' | 'start' | 'end'> & { length: number };

function dayNumber(t: Token | undefined): number | null {
  if (!t || !/^\d{1,2}$/.test(t.norm)) return null;
  const n = Number(t.norm);
  return n >= 1 && n <= 31 ? n : null;
}

function yearNumber(t: Token | undefined): number | null {
  return t && YEAR.test(t.norm) ? Number(t.norm) : null;
}

export function datesStage(lang: LanguageData): Stage {
  /** The text of the document being read: what lies between two words ("June 2-4" against "June 2, 4"). */
  let text = '';

  /**
   * The month named by a word: capitalised (English), next to a day or year ("le 21 juillet", "le 1er juillet"),
   * or after a part of the month or a word that introduces one ("début juillet", "en mars", "au mois d'octobre":
   * a French month is written in lower case).
   */
  function monthAt(words: Token[], i: number, afterPart = false): number | null {
    const t = words[i];
    const month = t && lang.months.get(t.norm);
    if (!month) return null;
    const before = words[i - 1]?.norm ?? '';
    const introduced = afterPart || lang.monthIntroducers.has(before) || (MONTH_OF.has(before) && words[i - 2]?.norm === 'mois');
    const ordinalDay = ORDINAL_ENDINGS.has(words[i - 1]?.norm ?? '') && dayNumber(words[i - 2]) !== null;
    const nextToNumber = ordinalDay || dayNumber(words[i + 1]) !== null || dayNumber(words[i - 1]) !== null || yearNumber(words[i + 1]) !== null;
    // An abbreviation ("Sept", "Mar") alone is a word ("Sept militaires" are seven soldiers), not a month.
    const abbreviation = t.norm.length <= 4 && !['may', 'june', 'july', 'juin', 'mai', 'aout', 'mars'].includes(t.norm);
    if (!nextToNumber && (abbreviation || (!introduced && (!t.capitalized || lang.monthNouns.has(t.norm))))) return null;
    return month;
  }

  /**
   * The year of a month and day given without one: the latest not after publication; for a day planned ("scheduled
   * for 25 February", "prévu le 25 février"), the one nearest publication, ahead of it or not.
   */
  function resolveYear(month: number, day: number, published: string | null, planned = false): number | null {
    if (!published) return null;
    const year = yearOf(published);
    if (planned) {
      const distance = (y: number) => {
        const date = isoDay(y, month, day);
        return date ? Math.abs(daysBetween(date, published)) : Infinity;
      };
      return [year - 1, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best), year);
    }
    const candidate = isoDay(year, month, day);
    if (candidate && candidate > addDays(published, FUTURE_TOLERANCE_DAYS)) return year - 1;
    return year;
  }

  /** Within the last few days before publication (or the tolerance after it). */
  function recent(date: string | null, published: string): date is string {
    if (!date) return false;
    const age = daysBetween(date, published);
    return age >= -FUTURE_TOLERANCE_DAYS && age <= SLIP_WINDOW_DAYS;
  }

  /**
   * The date a writer meant when the year written is one too far ("30 September 2023" in a report of October 1,
   * 2022: no report tells a past event in the future): this year's, when that is news of the last days.
   */
  function slip(month: number, day: number, year: number | null, published: string): string | null {
    if (year === null || year !== yearOf(published) + 1) return null;
    const thisYear = isoDay(yearOf(published), month, day);
    return recent(thisYear, published) ? thisYear : null;
  }

  function absolute(month: number, day: number, year: number | null, published: string | null, precision: 1 | 2 | 3, length: number, planned = false): Found | null {
    const y = year ?? resolveYear(month, day, published, planned);
    const written = y === null ? null : isoDay(y, month, day);
    if (y !== null && written === null) return null;
    const date = (written && published && precision < 3 && slip(month, day, year, published)) || written;
    return { date, precision, year: date ? yearOf(date) : y, anchor: year === null ? 'published' : 'absolute', offset: 0, length };
  }

  /**
   * A day known only to its month, with time precision 3 ("late June", "in July": ACLED codes a month to its middle):
   * the year is the month's (in a report of June 7, "late June" is this June's), and the day is never after
   * publication ("earlier this July" in a report of July 10 is July 10 at the latest).
   */
  function inMonth(month: number, day: number, year: number | null, published: string | null, length: number): Found | null {
    const found = absolute(month, day, year ?? resolveYear(month, 1, published), published, 3, length);
    if (!found) return null;
    const late = found.date && published && found.date > published && found.date.slice(0, 7) === published.slice(0, 7);
    return { ...found, date: late ? published : found.date, anchor: year === null ? 'published' : 'absolute' };
  }

  function midMonth(month: number, year: number | null, published: string | null, length: number): Found | null {
    return inMonth(month, MID_MONTH, year, published, length);
  }

  /**
   * The last day of a range that starts on the found date ("June 2-4", "between December 28 and January 1"),
   * in the month given, else the first day's. "X and Y" is a range only after "between" or for two days in a
   * row ("on 4 and 9 May" tells of two days, not of the days between them). A night has no end: it is one event.
   */
  function withEnd(found: Found | null, words: Token[], i: number, first: number, end: { month: number | null; day: number; joiner: string } | null): Found | null {
    if (!found?.date || !end) return found;
    if (words.slice(Math.max(0, i - 3), i).some((w) => NIGHT.has(w.norm))) return { ...found, precision: 1 };
    const pair = end.joiner === 'and' || end.joiner === 'et';
    // "entre le 8 et le 12 juin": an article may stand between "between" and the day.
    const opener = lang.dayArticles.has(words[i - 1]?.norm ?? '') ? words[i - 2] : words[i - 1];
    if (pair && !BETWEEN.has(opener?.norm ?? '') && !(end.month === null && end.day === first + 1)) return found;
    const year = yearOf(found.date);
    const month = end.month ?? monthOf(found.date);
    let until = isoDay(year, month, end.day);
    if (until && until <= found.date && end.month !== null) until = isoDay(year + 1, month, end.day);
    return until && until > found.date ? { ...found, until } : found;
  }

  function relative(published: string | null, days: number, precision: 1 | 2 | 3, length: number): Found {
    const date = published ? addDays(published, days) : null;
    return { date, precision, year: date ? yearOf(date) : null, anchor: 'published', offset: 0, length };
  }

  /** Tries every date pattern at word i; the first that matches wins. */
  function dateAt(words: Token[], i: number, published: string | null): Found | null {
    const w = words[i];

    // Relative to the event being told: "the day before".
    const prev = lang.previous.matchAt(words, i);
    if (prev) return { date: null, precision: 1, year: null, anchor: 'previous', offset: prev.value, length: prev.length };

    // "overnight", "dans la nuit"; not "dans la nuit du 2 au 3 juin", which the words after it date.
    const day = lang.days.matchAt(words, i);
    const nightOf = day && NIGHT.has(words[i + day.length - 1].norm) && NIGHT_OF.has(words[i + day.length]?.norm ?? '');
    // "in an overnight raid" tells the time of day, not which night.
    const timeOfDay = day && day.length === 1 && ARTICLES.has(words[i - 1]?.norm ?? '');
    if (day && !nightOf && !timeOfDay) return relative(published, day.value, 1, day.length);

    const week = lang.weeks.matchAt(words, i);
    if (week && published) {
      const monday = addDays(published, 1 - weekday(published) + 7 * week.value);
      return { date: monday, precision: 2, year: yearOf(monday), anchor: 'published', offset: 0, length: week.length };
    }
    if (week) return { date: null, precision: 2, year: null, anchor: 'published', offset: 0, length: week.length };

    const monthRel = lang.monthsRelative.matchAt(words, i);
    if (monthRel) {
      if (!published) return { date: null, precision: 3, year: null, anchor: 'published', offset: 0, length: monthRel.length };
      let y = yearOf(published);
      let m = monthOf(published) + monthRel.value;
      if (m < 1) [y, m] = [y - 1, m + 12];
      return { ...midMonth(m, y, published, monthRel.length)!, anchor: 'published' };
    }

    // "a year ago", "one year after gunmen killed ...", "un an après": the same day years back, known to the month.
    const yearRel = lang.yearsRelative.matchAt(words, i);
    if (yearRel) {
      const date = published ? `${yearOf(published) + yearRel.value}${published.slice(4)}` : null;
      const day = date && isValidIsoDay(date) ? date : date && addDays(`${date.slice(0, 8)}01`, 27);
      return { date: day, precision: 3, year: day ? yearOf(day) : null, anchor: 'published', offset: 0, length: yearRel.length };
    }

    // "in early July", "mi-juillet 2022"
    const part = lang.monthParts.matchAt(words, i);
    if (part) {
      const month = monthAt(words, i + part.length, true);
      const bareYear = yearNumber(words[i + part.length]);
      if (!month && bareYear) {
        // "in early 2022": the part of the year, to the month.
        return absolute(part.value < 10 ? 1 : part.value < 20 ? 6 : 10, 1, bareYear, published, 3, part.length + 1);
      }
      if (month) {
        const year = yearNumber(words[i + part.length + 1]);
        const named = year ? null : yearNamed(words, i + part.length + 1, published);
        if (named) return inMonth(month, part.value, named.year, published, part.length + 1 + named.length);
        return inMonth(month, part.value, year, published, part.length + 1 + (year ? 1 : 0));
      }
    }

    // "July 21", "July 21st, 2022", "Apr.10", "July 2022", "in July"
    const month = monthAt(words, i);
    if (month) {
      const d = dayNumber(words[i + 1]);
      if (d !== null) {
        let n = 2;
        if (ORDINAL_ENDINGS.has(words[i + n]?.norm)) n++;
        // "November 15-22", "November 15 and 22", "December 28 to January 1": the first day, to the week.
        let precision: 1 | 2 = 1;
        let end: { month: number | null; day: number; joiner: string } | null = null;
        const joiner = words[i + n]?.norm ?? '';
        const nextMonth = RANGE_WORDS.has(joiner) ? monthAt(words, i + n + 1) : null;
        if (RANGE_WORDS.has(joiner) && dayNumber(words[i + n + 1]) !== null && !lang.months.has(words[i + n + 2]?.norm ?? '')) {
          end = { month: null, day: dayNumber(words[i + n + 1])!, joiner };
          n += 2;
          precision = 2;
          if (ORDINAL_ENDINGS.has(words[i + n]?.norm)) n++;
        } else if (nextMonth && dayNumber(words[i + n + 2]) !== null && (BETWEEN.has(words[i - 1]?.norm ?? '') || (joiner !== 'and' && joiner !== 'et'))) {
          end = { month: nextMonth, day: dayNumber(words[i + n + 2])!, joiner };
          n += 3;
          precision = 2;
          if (ORDINAL_ENDINGS.has(words[i + n]?.norm)) n++;
        } else if (dayNumber(words[i + n]) !== null && /^\s*[-–]\s*$/.test(text.slice(words[i + n - 1].end, words[i + n].start))) {
          // "June 2-4" (a dash, not "June 2, 4 soldiers")
          end = { month: null, day: dayNumber(words[i + n])!, joiner: '-' };
          n += 1;
          precision = 2;
        }
        const year = yearNumber(words[i + n]);
        return withEnd(absolute(month, d, year, published, precision, n + (year ? 1 : 0), ahead(words, i)), words, i, d, end);
      }
      const year = yearNumber(words[i + 1]);
      if (year) return midMonth(month, year, published, 2);
      const named = yearNamed(words, i + 1, published);
      if (named) return midMonth(month, named.year, published, 1 + named.length);
      // "last May", "en juin dernier": the last such month before the month of publication.
      const lastAfter = lang.lastWeekday.has(words[i + 1]?.norm ?? '');
      if (published && (lastAfter || lang.lastWeekday.has(words[i - 1]?.norm ?? ''))) {
        const year = yearOf(published) - (month >= monthOf(published) ? 1 : 0);
        return { ...midMonth(month, year, published, lastAfter ? 2 : 1)!, anchor: 'published' };
      }
      return midMonth(month, null, published, 1);
    }

    // "21 July", "21st of July 2022", "5-10 July", "between 10 and 12 May", "12/07/2022"
    const d = dayNumber(w);
    if (d !== null) {
      let n = 1;
      if (ORDINAL_ENDINGS.has(words[i + n]?.norm)) n++;
      let precision: 1 | 2 = 1;
      let end: { month: number | null; day: number; joiner: string } | null = null;
      // "du samedi 3 au dimanche 4 juin", "entre le 8 et le 12 juin": a weekday or an article before the last day is part of it.
      const next = i + n + 1 + (lang.dayArticles.has(words[i + n + 1]?.norm ?? '') ? 1 : 0);
      const last = next + (lang.weekdays.has(words[next]?.norm ?? '') && dayNumber(words[next + 1]) !== null ? 1 : 0);
      if (RANGE_WORDS.has(words[i + n]?.norm) && dayNumber(words[last]) !== null) {
        end = { month: null, day: dayNumber(words[last])!, joiner: words[i + n].norm };
        n = last - i + 1;
        precision = 2;
      } else if (dayNumber(words[i + n]) !== null && lang.months.has(words[i + n + 1]?.norm)) {
        end = { month: null, day: dayNumber(words[i + n])!, joiner: '-' };
        n += 1;
        precision = 2;
      }
      if (ORDINAL_ENDINGS.has(words[i + n]?.norm)) n++;
      // "le 12 courant", "the 12th of this month"; "dans la nuit du 3 au 4 courant", "du 3 au 5 courant"
      const current = lang.currentMonth.matchAt(words, i + n);
      if (current && published) {
        const found = absolute(monthOf(published), d, yearOf(published), published, precision, n + current.length);
        return withEnd(found && { ...found, anchor: 'published' }, words, i, d, end);
      }
      if (words[i + n]?.norm === 'of' || words[i + n]?.norm === 'de') n++;
      const m = monthAt(words, i + n);
      if (m) {
        const year = yearNumber(words[i + n + 1]);
        return withEnd(absolute(m, d, year, published, precision, n + 1 + (year ? 1 : 0), ahead(words, i)), words, i, d, end);
      }
      const numericMonth = dayNumber(words[i + 1]);
      const numericYear = yearNumber(words[i + 2]);
      if (numericMonth !== null && numericMonth <= 12 && numericYear) {
        return absolute(numericMonth, d, numericYear, published, 1, 3);
      }
      // "on 12/10" (day first, as in French and in most English outside the United States); after a preposition
      // only, so that a ratio or a score ("24/7") is no date.
      const slash = numericMonth !== null && text.slice(w.end, words[i + 1].start) === '/';
      if (slash && numericMonth <= 12 && lang.dayPrepositions.has(words[i - 1]?.norm ?? '')) {
        return absolute(numericMonth, d, null, published, 1, 2);
      }
    }

    // "on Friday", "Thursday night", "vendredi"; "samedi 3 juin", "Tuesday, June 6" are the date after it, and
    // "la nuit du vendredi au samedi 3 juin" is the day before that date.
    const wd = lang.weekdays.get(w.norm);
    const written = wd ? writtenDay(words, i + 1, published) : null;
    if (written) return { ...written, length: written.length + 1 };
    const nightEnd = wd && RANGE_WORDS.has(words[i + 1]?.norm ?? '') && words.slice(Math.max(0, i - 3), i).some((t) => NIGHT.has(t.norm));
    const endDay = nightEnd ? lang.weekdays.get(words[i + 2]?.norm ?? '') : undefined;
    const ending = endDay ? writtenDay(words, i + 3, published) : null;
    if (wd && endDay && ending) {
      return { ...ending, date: addDays(ending.date!, -((endDay - wd + 7) % 7)), precision: 1, length: ending.length + 3 };
    }
    if (wd && published && ahead(words, i)) {
      // "next Monday", "lundi prochain" on a Monday: a week ahead; "will meet on Monday" on a Monday is the day itself.
      const next = lang.nextWeekday.has(words[i - 1]?.norm ?? '') || lang.nextWeekday.has(words[i + 1]?.norm ?? '');
      return relative(published, (wd - weekday(published) + 7) % 7 || (next ? 7 : 0), 1, 1);
    }
    if (wd && published) {
      // "last Monday", "lundi dernier" on a Monday: a week back; "on Monday" on a Monday is the day itself.
      const last = lang.lastWeekday.has(words[i - 1]?.norm ?? '') || lang.lastWeekday.has(words[i + 1]?.norm ?? '');
      // "on Thursday last week", "jeudi de la semaine dernière": that week's day.
      const of = MONTH_OF.has(words[i + 1]?.norm ?? '') || words[i + 1]?.norm === 'of' ? 1 : 0;
      const week = lang.weeks.matchAt(words, i + 1 + of);
      if (week && week.value < 0) return relative(published, 7 * week.value + wd - weekday(published), 1, 1 + of + week.length);
      const back = (weekday(published) - wd + 7) % 7 || (last ? 7 : 0);
      const found = relative(published, -back, 1, 1);
      // "from Sunday to Thursday", "du samedi au lundi", "between Saturday and Monday": the first day, to the week,
      // and the last; not "on Saturday and Monday" (two days), nor a night ("the night of Saturday to Sunday").
      const joiner = words[i + 1]?.norm ?? '';
      const toDay = RANGE_WORDS.has(joiner) ? lang.weekdays.get(words[i + 2]?.norm ?? '') : undefined;
      const pair = (joiner === 'and' || joiner === 'et') && !BETWEEN.has(words[i - 1]?.norm ?? '');
      const night = words.slice(Math.max(0, i - 3), i).some((t) => NIGHT.has(t.norm));
      if (!toDay || pair || night || toDay === wd) return found;
      // Told as past, the range ends by publication: "from Wednesday to Sunday" in a report of a Friday is last week's.
      const span = (toDay - wd + 7) % 7;
      let until = addDays(found.date!, span);
      if (until > published) until = addDays(published, -((weekday(published) - toDay + 7) % 7));
      return { ...found, date: addDays(until, -span), precision: 2, until, length: 3 };
    }
    if (wd) return { date: null, precision: 1, year: null, anchor: 'published', offset: 0, length: 1 };

    // "over the weekend", "le week-end dernier": the last Saturday, to the week.
    const weekend = lang.weekend.matchAt(words, i);
    if (weekend) return relative(published, published ? -((weekday(published) - SATURDAY + 7) % 7) : 0, 2, weekend.length);

    // "last year", "l'année dernière": that year, no day.
    const lastYear = yearNamed(words, i, published);
    if (lastYear && lastYear.year < yearOf(published!)) {
      return { date: null, precision: 3, year: lastYear.year, anchor: 'absolute', offset: 0, length: lastYear.length };
    }

    // "in 2012", "since 2015", "the 2020 coup"; not "some 2000 people" or "Mirage 2000".
    const year = yearNumber(w);
    if (year && isYear(words, i)) return { date: null, precision: 3, year, anchor: 'absolute', offset: 0, length: 1 };
    return null;
  }

  /** The year named at word i from publication ("last year", "cette année"), if one is. */
  function yearNamed(words: Token[], i: number, published: string | null): { year: number; length: number } | null {
    const found = published ? lang.yearWords.matchAt(words, i) : null;
    return found ? { year: yearOf(published!) + found.value, length: found.length } : null;
  }

  /**
   * A weekday at word i told of the future: "next Monday", "lundi prochain", or a word of the future shortly before
   * it in its clause ("the governor will visit the village on Thursday", "doit se rendre jeudi").
   */
  function ahead(words: Token[], i: number): boolean {
    if (lang.nextWeekday.has(words[i - 1]?.norm ?? '') || lang.nextWeekday.has(words[i + 1]?.norm ?? '')) return true;
    for (let k = i - 1; k >= Math.max(0, i - FUTURE_WORDS); k--) {
      if (/[,;:.()]/.test(text.slice(words[k].end, words[k + 1].start))) return false;
      if (lang.future.has(words[k].norm)) return true;
    }
    return false;
  }

  /** The calendar day written from word i ("3 juin", "June 6"), if one is. */
  function writtenDay(words: Token[], i: number, published: string | null): Found | null {
    if (dayNumber(words[i]) === null && monthAt(words, i) === null) return null;
    const found = dateAt(words, i, published);
    return found?.date && found.precision < 3 ? found : null;
  }

  /** A bare number like 2012 is a year after a word that introduces one, and unless it counts people or follows "some". */
  function isYear(words: Token[], i: number): boolean {
    const before = words[i - 1]?.norm ?? '';
    if (!lang.yearPrepositions.has(before) && !lang.yearDeterminers.has(before) && yearNumber(words[i - 1]) === null) return false;
    const next = words[i + 1];
    if (next && !/[,;:.]/.test(text.slice(words[i].end, next.start)) && lang.sides.matchAt(words, i + 1)) return false;
    const qualifier = [1, 2, 3].some((n) => {
      const key = words.slice(Math.max(0, i - n), i).map((t) => t.norm).join(' ');
      return lang.about.includes(key) || lang.atLeast.includes(key);
    });
    return !qualifier;
  }

  return {
    name: 'dates',
    run(doc: Doc) {
      text = doc.text;
      for (const sentence of doc.sentences) {
        const words = doc.sentenceWords(sentence.index);
        for (let i = 0; i < words.length; i++) {
          const found = dateAt(words, i, doc.published);
          if (!found) continue;
          const { length, ...date } = found;
          // Keys added by Object.assign, not after a spread: on Node 20 each key a spread's copy gains costs microseconds.
          doc.dates.push(Object.assign(date, { start: words[i].start, end: words[i + length - 1].end, sentence: sentence.index }));
          i += length - 1;
        }
      }
    },
  };
}
