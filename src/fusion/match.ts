/**
 * Is this mention the event we already have? ACLED's unit is one actor pair, one place, one day: reports
 * that agree on all three describe one event; a different day, place or actor pair is a different event.
 * Each rule below answers "compatible or not" for one of those, plus the type; the score only chooses among
 * several compatible events.
 */
import type { Event, EventType, InterLabel } from '../schema/event.js';
import { foldKey } from '../doc/text.js';

export const RULES = {
  /** Two precise places (geo precision 1) at most this far apart are one place: a town and its outskirts. */
  sameTownKm: 10,
  /** The same when either place is "near" somewhere (geo precision 2). */
  nearbyKm: 25,
};

// ---- dates -------------------------------------------------------------------------------------------

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/** The days a dated mention may mean: the day; the week around it; the calendar month. */
function dateRange(date: string, precision: 1 | 2 | 3): [number, number] {
  const day = dayNumber(date);
  if (precision === 1) return [day, day];
  if (precision === 2) return [day - 3, day + 3];
  const first = dayNumber(`${date.slice(0, 7)}-01`);
  const next = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return [first, next.getTime() / 86_400_000 - 1];
}

const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * The dates a stored event of each time precision may have and still fit this mention: the store looks up
 * candidates in these ranges only, so fusion reads a handful of events, not a month of them.
 */
export function candidateDates(mention: Event): Record<1 | 2 | 3, [string, string]> | null {
  if (!mention.event_date) return null;
  const [from, to] = dateRange(mention.event_date, mention.time_precision);
  return { 1: [isoOf(from), isoOf(to)], 2: [isoOf(from - 3), isoOf(to + 3)], 3: [isoOf(from - 31), isoOf(to + 31)] };
}

/** Same day when both know the day; overlapping when one gives only a week or a month. Undated: never. */
export function datesCompatible(a: Event, b: Event): boolean {
  if (!a.event_date || !b.event_date) return false;
  const [a0, a1] = dateRange(a.event_date, a.time_precision);
  const [b0, b1] = dateRange(b.event_date, b.time_precision);
  return a0 <= b1 && b0 <= a1;
}

// ---- places ------------------------------------------------------------------------------------------

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const same = (x: string | null, y: string | null) => x !== null && y !== null && foldKey(x) === foldKey(y);
const differ = (x: string | null, y: string | null) => x !== null && y !== null && foldKey(x) !== foldKey(y);

/**
 * The place score: 3 the same place, 2 within the radius, 1 compatible only at region level; null when the
 * places are different. A region-level mention ("in the Mopti region") fits any place inside that region.
 */
export function placeScore(a: Event, b: Event): number | null {
  if (differ(a.country, b.country)) return null;
  if (a.geonameid !== null && a.geonameid === b.geonameid) return 3;
  const precise = (e: Event) => e.latitude !== null && e.longitude !== null && e.geo_precision !== null && e.geo_precision < 3;
  if (precise(a) && precise(b)) {
    const km = distanceKm(a.latitude!, a.longitude!, b.latitude!, b.longitude!);
    const radius = a.geo_precision === 1 && b.geo_precision === 1 ? RULES.sameTownKm : RULES.nearbyKm;
    if (km <= radius) return same(a.location, b.location) ? 3 : 2;
    return null;
  }
  if (a.admin1 !== null && b.admin1 !== null) return same(a.admin1, b.admin1) ? 1 : null;
  if (a.location !== null && b.location !== null) return same(a.location, b.location) ? 2 : null;
  return 1;
}

// ---- types -------------------------------------------------------------------------------------------

/**
 * Types outlets code differently for the same event: one calls an ambush a clash, another an attack on
 * civilians; a demonstration is peaceful to one and a riot to another. Agreements, arrests and other
 * strategic developments are never a violent event told another way.
 */
const TYPE_FAMILY: Record<EventType, string> = {
  Battles: 'political violence',
  'Explosions/Remote violence': 'political violence',
  'Violence against civilians': 'political violence',
  Protests: 'demonstrations',
  Riots: 'demonstrations',
  'Strategic developments': 'strategic developments',
};

/** 2 the same type, 1 the same family, null otherwise. */
export function typeScore(a: Event, b: Event): number | null {
  if (a.event_type === b.event_type) return 2;
  return TYPE_FAMILY[a.event_type] === TYPE_FAMILY[b.event_type] ? 1 : null;
}

// ---- actors ------------------------------------------------------------------------------------------

interface Named {
  key: string;
  inter: InterLabel | null;
}

/** An actor's name for comparison: folded, without ACLED's period suffix ("Military Forces of Mali (2021-)"). */
export function actorKey(name: string): string {
  return foldKey(name.replace(/\s*\(\d{4}-(\d{4})?\)\s*$/, ''));
}

/** ACLED's placeholder for attackers nobody has named yet: a later report may name them. */
export function isUnidentified(name: string): boolean {
  return /^unidentified\b/i.test(name.trim());
}

/** The categories an unidentified attacker can turn out to be; never the state, the victims or marchers. */
const UNNAMED_CAN_BE = new Set<InterLabel | null>([
  'Rebel group',
  'Political militia',
  'Identity militia',
  'Rioters',
  'External/Other forces',
]);

function actorsOf(e: Event): Named[] {
  const named: Named[] = [{ key: actorKey(e.actor1), inter: e.inter1 }];
  if (e.actor2) named.push({ key: actorKey(e.actor2), inter: e.inter2 });
  return named;
}

/**
 * The number of actors both name, or null when the pairs differ. A report that names one side only fits;
 * an unidentified group fits the group another report names; two different named actors do not.
 */
export function actorScore(a: Event, b: Event): number | null {
  const left = actorsOf(a);
  const right = actorsOf(b);
  let shared = 0;
  for (const x of [...left]) {
    const i = right.findIndex((y) => y.key === x.key);
    if (i >= 0) {
      shared++;
      right.splice(i, 1);
      left.splice(left.indexOf(x), 1);
    }
  }
  const wildcard = (n: Named) => isUnidentified(n.key);
  for (const x of [...left]) {
    const i = right.findIndex(
      (y) => (wildcard(x) && !wildcard(y) && UNNAMED_CAN_BE.has(y.inter)) || (wildcard(y) && !wildcard(x) && UNNAMED_CAN_BE.has(x.inter)),
    );
    if (i >= 0) {
      right.splice(i, 1);
      left.splice(left.indexOf(x), 1);
    }
  }
  return left.length > 0 && right.length > 0 ? null : shared;
}

// ---- the decision ------------------------------------------------------------------------------------

/** How well a mention fits an event; null when it is a different event. */
export function matchScore(mention: Event, event: Event): number | null {
  if (!datesCompatible(mention, event)) return null;
  const place = placeScore(mention, event);
  const type = typeScore(mention, event);
  const actors = actorScore(mention, event);
  if (place === null || type === null || actors === null) return null;
  const sameDay = mention.event_date === event.event_date ? 1 : 0;
  return place * 4 + actors * 3 + type * 2 + sameDay;
}

/** The event among the candidates this mention describes, or null for a new event. */
export function bestMatch<E extends Event>(mention: Event, candidates: E[]): E | null {
  let best: E | null = null;
  let bestScore = -1;
  for (const candidate of candidates) {
    const score = matchScore(mention, candidate);
    if (score !== null && score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}
