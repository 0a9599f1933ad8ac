/**
 * The event filters, defined once: the API parses query strings with this schema, and every query that
 * lists, counts, exports or aggregates events applies them with `whereFilters`.
 */
import { z } from 'zod';
import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../schema/event.js';
import { foldWords } from '../doc/text.js';
import type { Dialect, Tables } from './db.js';

const isoDay = z.iso.date();

/** Several values (?country=Mali&country=Niger): any of them matches. */
const anyOf = <T extends z.ZodType>(item: T) => z.array(item).min(1).optional();

const bbox = z
  .string()
  .transform((s, ctx) => {
    const parts = s.split(',').map((p) => (p.trim() === '' ? NaN : Number(p)));
    const [west, south, east, north] = parts;
    const valid =
      parts.length === 4 &&
      parts.every(Number.isFinite) &&
      west >= -180 && east <= 180 && south >= -90 && north <= 90 && west <= east && south <= north;
    if (!valid) {
      ctx.addIssue({ code: 'custom', message: 'bbox is four numbers: west,south,east,north (degrees)' });
      return z.NEVER;
    }
    return { west, south, east, north };
  })
  .describe('west,south,east,north in degrees');

export const EventFilters = z.object({
  from: isoDay.optional().describe('First event date, YYYY-MM-DD'),
  to: isoDay.optional().describe('Last event date, YYYY-MM-DD'),
  country: anyOf(z.string().min(1)),
  admin1: anyOf(z.string().min(1)),
  event_type: anyOf(z.enum(EVENT_TYPES)),
  sub_event_type: anyOf(z.enum(SUB_EVENT_TYPES)),
  actor: z.string().min(1).optional().describe('Part of an actor or associated actor name, any case'),
  bbox: bbox.optional(),
  q: z.string().min(1).optional().describe('Whole words of the notes, actors or places (any case, accents ignored)'),
  updated_since: z.iso.datetime({ offset: true }).optional().describe('Events changed at or after this time'),
});
export type EventFilters = z.infer<typeof EventFilters>;

/** The filters that take several values: a query string gives them as lists even when it names one. */
export const LIST_FILTERS = new Set(
  Object.entries(EventFilters.shape)
    .filter(([, schema]) => schema.unwrap() instanceof z.ZodArray)
    .map(([key]) => key),
);

type Eb = ExpressionBuilder<Tables, 'events'>;

/**
 * `value LIKE pattern` in any case, where the pattern's own `%`, `_` and `\` are literal (SQLite has no
 * default escape). SQLite's LIKE ignores case already; PostgreSQL's ILIKE does, and unlike `lower(x) LIKE`
 * it is estimated from the column's statistics, so the planner knows a common actor matches many rows and
 * walks the sort index instead of sorting every match.
 */
function like(dialect: Dialect, value: Expression<unknown>, before: string, literal: string, after: string): Expression<SqlBool> {
  const escaped = literal.replace(/[\\%_]/g, (c) => `\\${c}`);
  const op = sql.raw(dialect === 'postgres' ? 'ilike' : 'like');
  return sql<SqlBool>`${value} ${op} ${before + escaped + after} escape '\\'`;
}

/** The filters as one WHERE condition (true when there is none). */
export function whereFilters(f: EventFilters, dialect: Dialect): (eb: Eb) => Expression<SqlBool> {
  return (eb) => {
    const all: Expression<SqlBool>[] = [];
    if (f.from) all.push(eb('sort_date', '>=', f.from));
    if (f.to) all.push(eb('sort_date', '<=', f.to));
    if (f.country) all.push(eb('country', 'in', f.country));
    if (f.admin1) all.push(eb('admin1', 'in', f.admin1));
    if (f.event_type) all.push(eb('event_type', 'in', f.event_type));
    if (f.sub_event_type) all.push(eb('sub_event_type', 'in', f.sub_event_type));
    if (f.actor) {
      const columns = ['actor1', 'actor2', 'assoc_actor_1', 'assoc_actor_2'] as const;
      all.push(eb.or(columns.map((c) => like(dialect, eb.ref(c), '%', f.actor!, '%'))));
    }
    if (f.bbox) {
      all.push(eb('latitude', '>=', f.bbox.south), eb('latitude', '<=', f.bbox.north));
      all.push(eb('longitude', '>=', f.bbox.west), eb('longitude', '<=', f.bbox.east));
    }
    // Whole words, looked up in the word index: "mali" finds "Mali" and "MALI", not "Somalia".
    for (const word of foldWords(f.q ?? '')) {
      all.push(eb('events.id', 'in', eb.selectFrom('event_words').select('event_id').where('word', '=', word)));
    }
    if (f.updated_since) {
      const since = eb('updated_at', '>=', new Date(f.updated_since).toISOString());
      // A client polling for changes gets few rows: SQLite is told so, or, when every event shares one
      // updated_at (a bulk load), its statistics make it walk the date index through the whole table for
      // a page that may hold nothing. PostgreSQL's histogram knows the range already.
      all.push(dialect === 'sqlite' ? sql<SqlBool>`unlikely(${since})` : since);
    }
    return eb.and(all);
  };
}
