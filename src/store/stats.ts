/**
 * Aggregates for the dashboard, computed by the database (GROUP BY) so they stay fast on 100,000 events:
 * events and deaths per day or week and type, and events on a map grid.
 */
import { sql } from 'kysely';
import { z } from 'zod';
import { EVENT_TYPES, type EventType } from '../schema/event.js';
import type { Db, Dialect } from './db.js';
import { whereFilters, type EventFilters } from './filters.js';

export const TimelineBucket = z.object({
  date: z.string().describe('The day, or the Monday of the week'),
  event_type: z.enum(EVENT_TYPES),
  events: z.number().int(),
  fatalities: z.number().int(),
});
export type TimelineBucket = z.infer<typeof TimelineBucket>;

export async function timeline(db: Db, dialect: Dialect, filters: EventFilters, bucket: 'day' | 'week'): Promise<TimelineBucket[]> {
  const column = bucket === 'day' ? 'event_date' : 'week';
  const rows = await db
    .selectFrom('events')
    .select((eb) => [
      eb.ref(column).as('date'),
      'event_type',
      eb.fn.countAll().as('events'),
      eb.fn.sum('fatalities').as('fatalities'),
    ])
    .where(whereFilters(filters, dialect))
    .where(column, 'is not', null)
    .groupBy([column, 'event_type'])
    .orderBy(column)
    .orderBy('event_type')
    .execute();
  return rows.map((r) => ({
    date: String(r.date),
    event_type: r.event_type as EventType,
    events: Number(r.events),
    fatalities: Number(r.fatalities),
  }));
}

export const MapPoint = z.object({
  lat: z.number(),
  lon: z.number(),
  count: z.number().int(),
  fatalities: z.number().int(),
  event_type: z.enum(EVENT_TYPES).describe('The most frequent type in the cell'),
  geo_precision: z.number().int().nullable().describe('The best (lowest) geo precision in the cell'),
  id: z.string().optional().describe('The event, when the cell holds one'),
});
export type MapPoint = z.infer<typeof MapPoint>;

/** Most cells a map answer has: enough for any screen, small enough to draw at once. */
export const MAX_MAP_POINTS = 2000;

type Box = NonNullable<EventFilters['bbox']>;

/**
 * Grid cell size in degrees: about four cells across a web-map tile at this zoom, but never so small that
 * the area shown holds more than MAX_MAP_POINTS cells.
 */
export function cellSize(zoom: number, area: Box): number {
  const byZoom = 360 / 2 ** zoom / 4;
  const size = Math.max(area.east - area.west, 1e-6) * Math.max(area.north - area.south, 1e-6);
  return Math.max(byZoom, Math.sqrt(size / MAX_MAP_POINTS));
}

/** The area the events cover, when the client did not say what it shows. */
async function extent(db: Db, dialect: Dialect, filters: EventFilters): Promise<Box> {
  const row = await db
    .selectFrom('events')
    .select((eb) => [
      eb.fn.min('longitude').as('west'),
      eb.fn.min('latitude').as('south'),
      eb.fn.max('longitude').as('east'),
      eb.fn.max('latitude').as('north'),
    ])
    .where(whereFilters(filters, dialect))
    .executeTakeFirst();
  if (row?.west == null) return { west: -180, south: -90, east: 180, north: 90 };
  return { west: Number(row.west), south: Number(row.south), east: Number(row.east), north: Number(row.north) };
}

export async function mapGrid(db: Db, dialect: Dialect, filters: EventFilters, zoom: number): Promise<MapPoint[]> {
  // A literal, not a parameter: the same expression must appear in SELECT and GROUP BY for PostgreSQL.
  const cell = sql.lit(cellSize(zoom, filters.bbox ?? (await extent(db, dialect, filters))));
  const grid = (db: Db) => db
    .selectFrom('events')
    .select((eb) => [
      sql<number>`floor(latitude / ${cell})`.as('gy'),
      sql<number>`floor(longitude / ${cell})`.as('gx'),
      'event_type',
      eb.fn.countAll().as('n'),
      eb.fn.sum('fatalities').as('deaths'),
      eb.fn.min('geo_precision').as('precision'),
      eb.fn.min('id').as('first_id'),
      eb.fn.sum('latitude').as('lat_sum'),
      eb.fn.sum('longitude').as('lon_sum'),
    ])
    .where(whereFilters(filters, dialect))
    .where('latitude', 'is not', null)
    .where('longitude', 'is not', null)
    .groupBy([sql`floor(latitude / ${cell})`, sql`floor(longitude / ${cell})`, 'event_type'])
    .execute();
  // PostgreSQL cannot estimate how many cells floor() makes and assumes one per event: too many for a hash
  // table in the default work_mem, so it sorts every row, on disk. The cells are at most a few thousand
  // (times the event types); this query may have the memory its hash table really needs.
  const rows =
    dialect === 'postgres'
      ? await db.transaction().execute(async (tx) => {
          await sql`set local work_mem = '32MB'`.execute(tx);
          return grid(tx);
        })
      : await grid(db);

  // One row per cell and type; a cell's point sits at the mean position of its events.
  const cells = new Map<string, MapPoint & { latSum: number; lonSum: number; top: number }>();
  for (const r of rows) {
    const key = `${r.gy}:${r.gx}`;
    const n = Number(r.n);
    const precision = r.precision === null ? null : Number(r.precision);
    const point = cells.get(key) ?? {
      lat: 0,
      lon: 0,
      count: 0,
      fatalities: 0,
      event_type: r.event_type as EventType,
      geo_precision: precision,
      id: String(r.first_id),
      latSum: 0,
      lonSum: 0,
      top: 0,
    };
    point.count += n;
    point.fatalities += Number(r.deaths);
    point.latSum += Number(r.lat_sum);
    point.lonSum += Number(r.lon_sum);
    if (n > point.top) [point.top, point.event_type] = [n, r.event_type as EventType];
    if (precision !== null && (point.geo_precision === null || precision < point.geo_precision)) {
      point.geo_precision = precision;
    }
    cells.set(key, point);
  }
  return [...cells.values()]
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_MAP_POINTS)
    .map(({ latSum, lonSum, top, id, ...p }) => ({
      ...p,
      lat: round(latSum / p.count),
      lon: round(lonSum / p.count),
      ...(p.count === 1 ? { id } : {}),
    }));
}

function round(degrees: number): number {
  return Math.round(degrees * 1e5) / 1e5;
}
