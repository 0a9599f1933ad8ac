/**
 * Scores extracted events against ACLED's coding, field by field. Pure functions: the caller supplies the
 * rows and a function that extracts events from a text, so the same code runs in the CLI, in CI and in tests
 * with a fake extractor.
 *
 * Rules, decided once here:
 * - Each row is compared with the one extracted event that agrees with it best (see `matchScore`); the other
 *   events of the row are not scored, but their number is reported so over-generation stays visible.
 * - A row with no extracted event counts as wrong on every field it is scored on.
 * - A field is scored only on rows where ACLED's value is present (location: geo_precision 1-2 with
 *   coordinates), so a user's export with missing columns gives "n/a", not zeros.
 * - Actors: ACLED's actor1 and actor2 are looked for among the matched event's actor1, actor2 and associated
 *   actors, whatever their role, compared without period suffixes ("(2013-2020)"), case and accents. ACLED's
 *   joint actors "X and/or Y" count as found when any component is found (the report says how many were).
 */
import type { Event, InterLabel } from '../schema/event.js';
import { foldKey } from '../doc/text.js';
import type { AcledRow } from './acled.js';

/** What the scorer reads of an extracted event (tests can build these without evidence and confidence). */
export type Extracted = Pick<
  Event,
  | 'event_type'
  | 'sub_event_type'
  | 'event_date'
  | 'actor1'
  | 'assoc_actor_1'
  | 'actor2'
  | 'assoc_actor_2'
  | 'inter1'
  | 'inter2'
  | 'admin1'
  | 'location'
  | 'latitude'
  | 'longitude'
  | 'fatalities'
>;

export type ExtractFn = (notes: string, published: string | null) => Extracted[];

export const METRICS = [
  'with_event',
  'event_type',
  'sub_event_type',
  'event_date',
  'fatalities',
  'admin1',
  'location_10km',
  'actors',
] as const;
export type Metric = (typeof METRICS)[number];

/** Fields compared value to value on the matched event (with_event and actors are counted differently). */
const FIELDS = ['event_type', 'sub_event_type', 'event_date', 'fatalities', 'admin1', 'location_10km'] as const;
type Field = (typeof FIELDS)[number];

export const LOCATION_RADIUS_KM = 10;
export const NO_EVENT = '(no event)';

export interface RowResult {
  row: AcledRow;
  /** Number of events extracted from the row's notes. */
  events: number;
  matched: Extracted | null;
  /** The extractor's exception, when it threw on this row (the row then has no event). */
  error: string | null;
  /** Per field: right, wrong, or null when ACLED's value is missing and the field is not scored. */
  correct: Record<Field, boolean | null>;
  /** From ACLED's coordinates to the matched event's, when both exist. */
  distanceKm: number | null;
  /** ACLED's actor1/actor2 names, and which of them were found. */
  actorsExpected: string[];
  actorsFound: string[];
  /** Found joint "X and/or Y" actors (found through one of their components). */
  jointActorsFound: number;
  intersExpected: InterLabel[];
  intersFound: InterLabel[];
}

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in km between two points given in degrees. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * An actor name as compared: ACLED's period suffixes removed wherever they stand ("Military Forces of Mali
 * (2013-2020)", "Police Forces of Burkina Faso (2015-) Gendarmerie"), then folded. Country qualifiers such as
 * "(Mali)" are kept: they tell different actors apart.
 */
export function normaliseActor(name: string): string {
  return foldKey(name.replace(/\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)/g, ' '));
}

/** The actors a name stands for: ACLED's "X and/or Y" is either X or Y. */
export function actorComponents(name: string): string[] {
  return name
    .split(/\s+and\/or\s+/i)
    .map(normaliseActor)
    .filter((key) => key !== '');
}

/** Every actor an extracted event names, in any role, as normalised components. */
export function extractedActors(event: Extracted): Set<string> {
  const names = [event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2]
    .filter((name): name is string => name !== null)
    .flatMap((name) => name.split(';'));
  return new Set(names.flatMap(actorComponents));
}

export function actorFound(expected: string, extracted: Set<string>): boolean {
  return actorComponents(expected).some((key) => extracted.has(key));
}

function expectedActors(row: AcledRow): string[] {
  return [row.actor1, row.actor2].filter((name): name is string => name !== null);
}

/** Admin1 names compared folded ("Ségou" = "Segou", "Boucle du Mouhoun" = "Boucle-du-Mouhoun"). */
export function sameAdmin1(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && foldKey(a) === foldKey(b);
}

/** Distance from ACLED's point to the event's, or null when either lacks coordinates. */
function distanceFrom(row: AcledRow, event: Extracted): number | null {
  if (row.latitude === null || row.longitude === null) return null;
  if (event.latitude === null || event.longitude === null) return null;
  return haversineKm(row.latitude, row.longitude, event.latitude, event.longitude);
}

/** Location is scored only where ACLED places the event at or near a named place, not at a region's centre. */
function locationScored(row: AcledRow): boolean {
  return (row.geo_precision === 1 || row.geo_precision === 2) && row.latitude !== null && row.longitude !== null;
}

/**
 * How well an extracted event agrees with ACLED's row, to pick the event the row is about when a report
 * yields several. The type weighs most (it says what happened), then the day, the place and the actors;
 * fatalities only break ties.
 */
export function matchScore(row: AcledRow, event: Extracted): number {
  const distance = distanceFrom(row, event);
  const actors = expectedActors(row);
  const found = extractedActors(event);
  const actorShare = actors.length === 0 ? 0 : actors.filter((a) => actorFound(a, found)).length / actors.length;
  let score = 0;
  if (event.event_type === row.event_type) score += 4;
  if (event.sub_event_type === row.sub_event_type) score += 2;
  if (row.event_date !== null && event.event_date === row.event_date) score += 2;
  if (distance !== null && distance <= LOCATION_RADIUS_KM) score += 2;
  else if (sameAdmin1(event.admin1, row.admin1)) score += 1;
  score += 2 * actorShare;
  if (event.fatalities === row.fatalities) score += 0.5;
  return score;
}

/** The best-agreeing event; the first one on ties, so results do not depend on sort stability. */
export function bestMatch(row: AcledRow, events: Extracted[]): Extracted | null {
  let best: Extracted | null = null;
  let bestScore = -Infinity;
  for (const event of events) {
    const score = matchScore(row, event);
    if (score > bestScore) [best, bestScore] = [event, score];
  }
  return best;
}

/** Right or wrong when ACLED has a value; a missing event is wrong. */
function judge<T>(expected: T | null, got: Extracted | null, same: (event: Extracted) => boolean): boolean | null {
  if (expected === null) return null;
  return got !== null && same(got);
}

/** Compares one row with the events extracted from its notes. */
export function scoreRow(row: AcledRow, events: Extracted[], error: string | null = null): RowResult {
  const matched = bestMatch(row, events);
  const distanceKm = matched ? distanceFrom(row, matched) : null;
  const actorsExpected = expectedActors(row);
  const extracted = matched ? extractedActors(matched) : new Set<string>();
  const actorsFound = actorsExpected.filter((a) => actorFound(a, extracted));
  const intersExpected = [row.inter1, row.inter2].filter((i): i is InterLabel => i !== null);
  const intersGot = matched ? [matched.inter1, matched.inter2] : [];
  return {
    row,
    events: events.length,
    matched,
    error,
    correct: {
      event_type: judge(row.event_type, matched, (e) => e.event_type === row.event_type),
      sub_event_type: judge(row.sub_event_type, matched, (e) => e.sub_event_type === row.sub_event_type),
      event_date: judge(row.event_date, matched, (e) => e.event_date === row.event_date),
      fatalities: judge(row.fatalities, matched, (e) => e.fatalities === row.fatalities),
      admin1: judge(row.admin1, matched, (e) => sameAdmin1(e.admin1, row.admin1)),
      location_10km: locationScored(row)
        ? distanceKm !== null && distanceKm <= LOCATION_RADIUS_KM
        : null,
    },
    distanceKm,
    actorsExpected,
    actorsFound,
    jointActorsFound: actorsFound.filter((a) => actorComponents(a).length > 1).length,
    intersExpected,
    intersFound: intersExpected.filter((i) => intersGot.includes(i)),
  };
}

/** An exception as one line: its message and, to find the failing stage, where it was thrown. */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const frame = err.stack?.split('\n').find((line) => line.trim().startsWith('at '));
  return frame ? `${err.message} (${frame.trim()})` : err.message;
}

/** Runs the extractor on every row and scores it; an exception on one row is recorded, not fatal. */
export function evaluate(rows: AcledRow[], extract: ExtractFn, onRow?: (done: number) => void): RowResult[] {
  return rows.map((row, i) => {
    let result: RowResult;
    try {
      result = scoreRow(row, extract(row.notes, row.published));
    } catch (err) {
      result = scoreRow(row, [], describeError(err));
    }
    onRow?.(i + 1);
    return result;
  });
}

// ---- Aggregates -------------------------------------------------------------------------------------------

export interface Rate {
  correct: number;
  total: number;
}

export function rateValue(rate: Rate): number | null {
  return rate.total === 0 ? null : rate.correct / rate.total;
}

/** Expected label -> got label -> count. */
export type Confusion = Record<string, Record<string, number>>;

export const FATALITY_BUCKETS = [
  'exact',
  'off_1_2',
  'off_3_10',
  'off_over_10',
  'missed_deaths',
  'invented_deaths',
  'no_event',
] as const;
export type FatalityBucket = (typeof FATALITY_BUCKETS)[number];

/**
 * The kind of a fatality error. "Missed" (ACLED counts deaths, we say none) and "invented" (the reverse) are
 * told apart from miscounts because they usually have different causes: a missed casualty phrase versus a
 * count read from the wrong clause.
 */
export function fatalityBucket(expected: number, got: number | null): FatalityBucket {
  if (got === null) return 'no_event';
  if (got === expected) return 'exact';
  if (got === 0) return 'missed_deaths';
  if (expected === 0) return 'invented_deaths';
  const off = Math.abs(got - expected);
  return off <= 2 ? 'off_1_2' : off <= 10 ? 'off_3_10' : 'off_over_10';
}

export const EXAMPLE_KINDS = [
  'no_event',
  'event_type',
  'sub_event_type',
  'event_date',
  'fatalities',
  'admin1',
  'location',
  'actors',
] as const;
export type ExampleKind = (typeof EXAMPLE_KINDS)[number];

export interface Example {
  index: number;
  id: string | null;
  notes: string;
  expected: string;
  got: string;
}

export interface Summary {
  rows: number;
  /** Events extracted in all, and rows that gave more than one (one ACLED row is one event). */
  events: number;
  multiEventRows: number;
  errors: { count: number; first: string[] };
  rates: Record<Metric, Rate>;
  /** Not a target: ACLED's actor categories (inter1/inter2) found on the matched event. */
  inter: Rate;
  jointActorsFound: number;
  confusion: { event_type: Confusion; sub_event_type: Confusion };
  fatalityErrors: Record<FatalityBucket, number>;
  examples: Record<ExampleKind, Example[]>;
}

function fieldRate(results: RowResult[], field: Field): Rate {
  const scored = results.map((r) => r.correct[field]).filter((c): c is boolean => c !== null);
  return { correct: scored.filter(Boolean).length, total: scored.length };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

export function rates(results: RowResult[]): Record<Metric, Rate> {
  return {
    with_event: { correct: results.filter((r) => r.matched !== null).length, total: results.length },
    event_type: fieldRate(results, 'event_type'),
    sub_event_type: fieldRate(results, 'sub_event_type'),
    event_date: fieldRate(results, 'event_date'),
    fatalities: fieldRate(results, 'fatalities'),
    admin1: fieldRate(results, 'admin1'),
    location_10km: fieldRate(results, 'location_10km'),
    actors: {
      correct: sum(results.map((r) => r.actorsFound.length)),
      total: sum(results.map((r) => r.actorsExpected.length)),
    },
  };
}

export function confusion(results: RowResult[], field: 'event_type' | 'sub_event_type'): Confusion {
  const table: Confusion = {};
  for (const r of results) {
    const expected = r.row[field];
    if (expected === null) continue;
    const got = r.matched?.[field] ?? NO_EVENT;
    table[expected] ??= {};
    table[expected][got] = (table[expected][got] ?? 0) + 1;
  }
  return table;
}

export function fatalityErrors(results: RowResult[]): Record<FatalityBucket, number> {
  const counts = Object.fromEntries(FATALITY_BUCKETS.map((b) => [b, 0])) as Record<FatalityBucket, number>;
  for (const r of results) {
    if (r.row.fatalities !== null) counts[fatalityBucket(r.row.fatalities, r.matched?.fatalities ?? null)]++;
  }
  return counts;
}

// ---- Examples ---------------------------------------------------------------------------------------------

/** A failure offered as an example: `key` groups failures of one kind, `severity` ranks them. */
interface Candidate {
  key: string;
  severity: number;
  example: Example;
}

/**
 * The `n` worst failures, one per kind first so that a handful of examples shows as many different problems
 * as possible, then the next worst. Ties keep file order.
 */
export function pickExamples(candidates: Candidate[], n: number): Example[] {
  const ranked = [...candidates].sort((a, b) => b.severity - a.severity);
  const kinds = new Set<string>();
  const firstOfKind: Candidate[] = [];
  const rest: Candidate[] = [];
  for (const c of ranked) {
    (kinds.has(c.key) ? rest : firstOfKind).push(c);
    kinds.add(c.key);
  }
  return [...firstOfKind, ...rest].slice(0, n).map((c) => c.example);
}

/** For categorical errors, the worst are the most frequent confusions. */
function byFrequency(candidates: Omit<Candidate, 'severity'>[]): Candidate[] {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
  return candidates.map((c) => ({ ...c, severity: counts.get(c.key) ?? 0 }));
}

function example(r: RowResult, expected: string, got: string): Example {
  return { index: r.row.index, id: r.row.id, notes: r.row.notes, expected, got };
}

const show = (value: string | number | null): string => (value === null ? 'none' : String(value));

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

function place(name: string | null, lat: number | null, lon: number | null): string {
  const at = lat === null || lon === null ? 'no coordinates' : `${lat.toFixed(4)}, ${lon.toFixed(4)}`;
  return `${show(name)} (${at})`;
}

/** Failures of one kind among rows that have a matched event (rows without one have their own list). */
function candidates(results: RowResult[], kind: ExampleKind): Candidate[] {
  const wrong = (field: Field) =>
    results.filter((r): r is RowResult & { matched: Extracted } => r.matched !== null && r.correct[field] === false);
  switch (kind) {
    case 'no_event':
      return byFrequency(
        results
          .filter((r) => r.matched === null)
          .map((r) => ({
            key: show(r.row.event_type),
            example: example(r, `${show(r.row.event_type)} / ${show(r.row.sub_event_type)}`, r.error ?? NO_EVENT),
          })),
      );
    case 'event_type':
    case 'sub_event_type':
      return byFrequency(
        wrong(kind).map((r) => ({
          key: `${r.row[kind]} -> ${r.matched[kind]}`,
          example: example(
            r,
            `${show(r.row.event_type)} / ${show(r.row.sub_event_type)}`,
            `${r.matched.event_type} / ${r.matched.sub_event_type}`,
          ),
        })),
      );
    case 'event_date':
      return wrong('event_date').map((r) => ({
        key: r.matched.event_date === null ? 'no date' : 'wrong day',
        severity: r.matched.event_date === null ? Infinity : daysBetween(r.row.event_date!, r.matched.event_date),
        example: example(r, `${r.row.event_date} (reference ${show(r.row.published)})`, show(r.matched.event_date)),
      }));
    case 'fatalities':
      return wrong('fatalities').map((r) => ({
        key: fatalityBucket(r.row.fatalities!, r.matched.fatalities),
        severity: Math.abs(r.row.fatalities! - r.matched.fatalities),
        example: example(r, show(r.row.fatalities), show(r.matched.fatalities)),
      }));
    case 'admin1':
      return byFrequency(
        wrong('admin1').map((r) => ({
          key: `${r.row.admin1} -> ${show(r.matched.admin1)}`,
          example: example(r, show(r.row.admin1), show(r.matched.admin1)),
        })),
      );
    case 'location':
      return wrong('location_10km').map((r) => ({
        key: r.distanceKm === null ? 'no coordinates' : 'too far',
        severity: r.distanceKm ?? Infinity,
        example: example(
          r,
          place(r.row.location, r.row.latitude, r.row.longitude),
          place(r.matched.location, r.matched.latitude, r.matched.longitude) +
            (r.distanceKm === null ? '' : `, ${r.distanceKm.toFixed(1)} km away`),
        ),
      }));
    case 'actors':
      return byFrequency(
        results
          .filter((r) => r.matched !== null && r.actorsFound.length < r.actorsExpected.length)
          .map((r) => ({
            // Grouped by the actor missed, so the most often missed names come first.
            key: r.actorsExpected.find((a) => !r.actorsFound.includes(a))!,
            example: example(
              r,
              r.actorsExpected.join('; '),
              [r.matched!.actor1, r.matched!.assoc_actor_1, r.matched!.actor2, r.matched!.assoc_actor_2]
                .filter((a) => a !== null)
                .join('; ') || 'none',
            ),
          })),
      );
  }
}

export function examples(results: RowResult[], perKind = 5): Record<ExampleKind, Example[]> {
  return Object.fromEntries(
    EXAMPLE_KINDS.map((kind) => [kind, pickExamples(candidates(results, kind), perKind)]),
  ) as Record<ExampleKind, Example[]>;
}

export function summarise(results: RowResult[], examplesPerKind = 5): Summary {
  const errors = results.filter((r) => r.error !== null);
  return {
    rows: results.length,
    events: sum(results.map((r) => r.events)),
    multiEventRows: results.filter((r) => r.events > 1).length,
    errors: { count: errors.length, first: errors.slice(0, 5).map((r) => `row ${r.row.index}: ${r.error}`) },
    rates: rates(results),
    inter: {
      correct: sum(results.map((r) => r.intersFound.length)),
      total: sum(results.map((r) => r.intersExpected.length)),
    },
    jointActorsFound: sum(results.map((r) => r.jointActorsFound)),
    confusion: { event_type: confusion(results, 'event_type'), sub_event_type: confusion(results, 'sub_event_type') },
    fatalityErrors: fatalityErrors(results),
    examples: examples(results, examplesPerKind),
  };
}
