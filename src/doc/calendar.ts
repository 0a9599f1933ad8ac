/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC: reports name days, not instants, so no time zone
 * may shift them. Days are counted from 1970-01-01 in whole numbers (the proleptic Gregorian calendar, as
 * Date's): the pipeline does this arithmetic at nearly every date of every report, and a Date object for
 * each step costs far more than the sums.
 */
const DAY_MS = 86_400_000;
/** The days Date writes with a four-digit year: 0000-01-01 to 9999-12-31. */
const FIRST_DAY = -719_528;
const LAST_DAY = 2_932_896;

/** Days from 1970-01-01 to a day of a month; a day past the month's end runs into the next, as in Date.UTC. */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** The ISO date of a day number (FIRST_DAY to LAST_DAY). */
function dayText(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const m = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * m + 2) / 5) + 1;
  const month = m < 10 ? m + 3 : m - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The number written in text[from, to) in ASCII digits, or NaN. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** Milliseconds since 1970 at the start of an ISO day, as Date.parse reads it (which it does for any other text). */
function epochMs(iso: string): number {
  if (iso.length === 10 && iso[4] === '-' && iso[7] === '-') {
    const month = digits(iso, 5, 7);
    const day = digits(iso, 8, 10);
    const year = digits(iso, 0, 4);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 0) return dayNumber(year, month, day) * DAY_MS;
  }
  return Date.parse(iso);
}

/** The ISO date of an instant. */
function isoOfMs(ms: number): string {
  const n = ms / DAY_MS;
  if (Number.isInteger(n) && n >= FIRST_DAY && n <= LAST_DAY) return dayText(n);
  return new Date(ms).toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

/** The ISO date of a day of a month, or null when there is no such day (February 30, a year before 100). */
export function isoDay(year: number, month: number, day: number): string | null {
  const whole = Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day);
  if (whole && year >= 100 && year <= 9999 && month >= 1 && month <= 12) {
    return day >= 1 && day <= daysInMonth(year, month) ? dayText(dayNumber(year, month, day)) : null;
  }
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

export function isValidIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isoDay(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

export function addDays(iso: string, days: number): string {
  return isoOfMs(epochMs(iso) + days * DAY_MS);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((epochMs(b) - epochMs(a)) / DAY_MS);
}

/** ISO weekday, Monday 1 to Sunday 7. */
export function weekday(iso: string): number {
  // 1970-01-01 was a Thursday.
  const n = Math.floor(epochMs(iso) / DAY_MS);
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}
