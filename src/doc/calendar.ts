/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC: reports name days, not instants, so no time zone
 * may shift them.
 */
const DAY_MS = 86_400_000;

export function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

export function isValidIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isoDay(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
}

/** ISO weekday, Monday 1 to Sunday 7. */
export function weekday(iso: string): number {
  return ((new Date(Date.parse(iso)).getUTCDay() + 6) % 7) + 1;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}
