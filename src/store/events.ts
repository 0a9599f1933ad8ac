/** Queries on the events table: read one, list a filtered page, fusion's candidates, write, next id. */
import { z } from 'zod';
import type { Db, Dialect } from './db.js';
import { whereFilters, type EventFilters } from './filters.js';
import { eventRow, parseRecord, searchWords, StoredEvent } from './records.js';

export async function getEvent(db: Db, id: string): Promise<StoredEvent | null> {
  const row = await db.selectFrom('event_records').select('record').where('id', '=', id).executeTakeFirst();
  return row ? parseRecord(row.record) : null;
}

export const Page = z.object({
  events: z.array(StoredEvent),
  next_cursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
});
export type Page = z.infer<typeof Page>;

/**
 * The list's orders: by date (events without a date sort as the oldest) or by fatalities (ties by date),
 * then by id; `-` is descending. Every key runs the same way, so a page ends at one tuple of keys and the
 * next page starts after it (keyset pagination), read in index order.
 */
export const EVENT_SORTS = ['-date', 'date', '-fatalities', 'fatalities'] as const;
export const EventSort = z
  .enum(EVENT_SORTS)
  .describe('Order: date or fatalities (ties by date), "-" for descending; default -date, newest first');
export type EventSort = z.infer<typeof EventSort>;

/** A page's end: the sort, then the last event's keys in that sort's order. */
type SortKeys = [string, string] | [number, string, string];

function keysOf(sort: EventSort, row: { sort_date: string; fatalities: number; id: string }): SortKeys {
  return sort.endsWith('fatalities') ? [row.fatalities, row.sort_date, row.id] : [row.sort_date, row.id];
}

/** Where a page ends, opaque to clients. */
function encodeCursor(sort: EventSort, keys: SortKeys): string {
  return Buffer.from(JSON.stringify([sort, ...keys])).toString('base64url');
}

export class CursorError extends Error {}

function decodeCursor(cursor: string, sort: EventSort): SortKeys {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // reported below, the same way as a well-formed value of the wrong shape
  }
  if (Array.isArray(value)) {
    // Cursors from before `sort` existed: [date, id], newest first.
    if (value.length === 2 && value.every((v) => typeof v === 'string')) {
      if (sort === '-date') return value as [string, string];
    } else if (value[0] !== sort && (EVENT_SORTS as readonly unknown[]).includes(value[0])) {
      throw new CursorError(`cursor is from a list sorted by ${value[0]}, not ${sort}`);
    } else if (value[0] === sort) {
      const keys = value.slice(1);
      const valid = sort.endsWith('fatalities')
        ? keys.length === 3 && Number.isInteger(keys[0]) && typeof keys[1] === 'string' && typeof keys[2] === 'string'
        : keys.length === 2 && keys.every((k) => typeof k === 'string');
      if (valid) return keys as SortKeys;
    }
  }
  throw new CursorError('cursor is not one this server returned');
}

/**
 * One page of events in the given order, by keyset pagination. The page is chosen on the narrow events
 * table first and only its rows are joined to their records, so a sort over many matches never carries
 * the records along.
 */
export async function listEvents(
  db: Db,
  dialect: Dialect,
  filters: EventFilters,
  limit: number,
  cursor?: string,
  sort: EventSort = '-date',
): Promise<Page> {
  const desc = sort.startsWith('-');
  const dir = desc ? 'desc' : 'asc';
  const byFatalities = sort.endsWith('fatalities');
  let page = db
    .selectFrom('events')
    .select(['events.id', 'events.sort_date', 'events.fatalities'])
    .where(whereFilters(filters, dialect))
    .limit(limit + 1);
  if (byFatalities) page = page.orderBy('events.fatalities', dir);
  page = page.orderBy('events.sort_date', dir).orderBy('events.id', dir);
  if (cursor) {
    const keys = decodeCursor(cursor, sort);
    const op = desc ? '<' : '>';
    page = page.where((eb) =>
      keys.length === 3
        ? eb(eb.refTuple('events.fatalities', 'events.sort_date', 'events.id'), op, eb.tuple(keys[0], keys[1], keys[2]))
        : eb(eb.refTuple('events.sort_date', 'events.id'), op, eb.tuple(keys[0], keys[1])),
    );
  }
  let query = db
    .selectFrom(page.as('page'))
    .innerJoin('event_records', 'event_records.id', 'page.id')
    .select(['page.id', 'page.sort_date', 'page.fatalities', 'event_records.record']);
  if (byFatalities) query = query.orderBy('page.fatalities', dir);
  query = query.orderBy('page.sort_date', dir).orderBy('page.id', dir);
  const rows = await query.execute();
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return {
    events: shown.map((r) => parseRecord(r.record)),
    next_cursor: rows.length > limit ? encodeCursor(sort, keysOf(sort, { ...last, fatalities: Number(last.fatalities) })) : null,
  };
}

/** Every matching event, a page at a time (exports). */
export async function* allEvents(db: Db, dialect: Dialect, filters: EventFilters, pageSize = 2000): AsyncGenerator<StoredEvent> {
  let cursor: string | undefined;
  do {
    const page = await listEvents(db, dialect, filters, pageSize, cursor);
    yield* page.events;
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
}

/**
 * Events that could be the same as a mention: same country, dated in the range given for their time
 * precision (fusion computes the ranges and decides among the candidates).
 */
export async function candidateEvents(
  db: Db,
  country: string | null,
  dates: Record<1 | 2 | 3, [string, string]>,
): Promise<StoredEvent[]> {
  const rows = await db
    .selectFrom('events')
    .innerJoin('event_records', 'event_records.id', 'events.id')
    .select('event_records.record')
    .where((eb) => (country === null ? eb('country', 'is', null) : eb('country', '=', country)))
    .where((eb) =>
      eb.or(
        ([1, 2, 3] as const).map((precision) =>
          eb.and([
            eb('time_precision', '=', precision),
            eb('sort_date', '>=', dates[precision][0]),
            eb('sort_date', '<=', dates[precision][1]),
          ]),
        ),
      ),
    )
    .execute();
  return rows.map((r) => parseRecord(r.record));
}

export async function insertEvent(db: Db, event: StoredEvent): Promise<void> {
  await insertEvents(db, [event]);
}

/** Many new events in a few statements (bulk loads); rows in chunks under SQLite's parameter limit. */
export async function insertEvents(db: Db, events: StoredEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += 500) {
    const chunk = events.slice(i, i + 500);
    await db.insertInto('events').values(chunk.map(eventRow)).execute();
    await db.insertInto('event_records').values(chunk.map((e) => ({ id: e.id, record: JSON.stringify(e) }))).execute();
    await insertWords(db, chunk);
  }
}

export async function updateEvent(db: Db, event: StoredEvent): Promise<void> {
  const { id, ...row } = eventRow(event);
  await db.updateTable('events').set(row).where('id', '=', id).execute();
  await db.updateTable('event_records').set({ record: JSON.stringify(event) }).where('id', '=', id).execute();
  await db.deleteFrom('event_words').where('event_id', '=', id).execute();
  await insertWords(db, [event]);
}

async function insertWords(db: Db, events: StoredEvent[]): Promise<void> {
  const rows = events.flatMap((e) => searchWords(e).map((word) => ({ word, event_id: e.id })));
  for (let i = 0; i < rows.length; i += 5000) await db.insertInto('event_words').values(rows.slice(i, i + 5000)).execute();
}

/** Takes the next number for an id prefix: one atomic upsert, so concurrent writers never share an id. */
export async function nextEventNumber(db: Db, prefix: string): Promise<number> {
  const row = await db
    .insertInto('id_sequences')
    .values({ prefix, next: 2 })
    .onConflict((oc) => oc.column('prefix').doUpdateSet((eb) => ({ next: eb('id_sequences.next', '+', 1) })))
    .returning('next')
    .executeTakeFirstOrThrow();
  return row.next - 1;
}

export async function countEvents(db: Db): Promise<number> {
  const row = await db.selectFrom('events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
