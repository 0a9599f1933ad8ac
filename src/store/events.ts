/** Queries on the events table: read one, list a filtered page, fusion's candidates, write, next id. */
import { z } from 'zod';
import type { Db } from './db.js';
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

/** Where a page ends: the last event's sort key, opaque to clients. */
function encodeCursor(event: { sort_date: string; id: string }): string {
  return Buffer.from(JSON.stringify([event.sort_date, event.id])).toString('base64url');
}

export class CursorError extends Error {}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return value as [string, string];
    }
  } catch {
    // reported below, the same way as a well-formed value of the wrong shape
  }
  throw new CursorError('cursor is not one this server returned');
}

/** One page of events, newest first (events without a date last), then by id: keyset pagination. */
export async function listEvents(db: Db, filters: EventFilters, limit: number, cursor?: string): Promise<Page> {
  let query = db
    .selectFrom('events')
    .innerJoin('event_records', 'event_records.id', 'events.id')
    .select(['events.id', 'events.sort_date', 'event_records.record'])
    .where(whereFilters(filters))
    .orderBy('events.sort_date', 'desc')
    .orderBy('events.id', 'desc')
    .limit(limit + 1);
  if (cursor) {
    const [date, id] = decodeCursor(cursor);
    query = query.where((eb) =>
      eb.or([eb('events.sort_date', '<', date), eb.and([eb('events.sort_date', '=', date), eb('events.id', '<', id)])]),
    );
  }
  const rows = await query.execute();
  const page = rows.slice(0, limit);
  return {
    events: page.map((r) => parseRecord(r.record)),
    next_cursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
  };
}

/** Every matching event, a page at a time (exports). */
export async function* allEvents(db: Db, filters: EventFilters, pageSize = 2000): AsyncGenerator<StoredEvent> {
  let cursor: string | undefined;
  do {
    const page = await listEvents(db, filters, pageSize, cursor);
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
