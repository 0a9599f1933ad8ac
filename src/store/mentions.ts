/** Queries on mentions (what one report says of one event) and on an event's history of changes. */
import type { FusionMention } from '../fusion/merge.js';
import type { Event } from '../schema/event.js';
import type { Db } from './db.js';
import type { HistoryEntry, Mention } from './records.js';

export interface NewMention {
  report_id: string;
  event_id: string;
  idx: number;
  extracted: Event;
  toll_revision: boolean;
}

export async function insertMention(db: Db, m: NewMention, now: string): Promise<void> {
  await db
    .insertInto('mentions')
    .values({
      id: `${m.report_id.slice(0, 16)}-${m.idx}`,
      report_id: m.report_id,
      event_id: m.event_id,
      idx: m.idx,
      extracted: JSON.stringify(m.extracted),
      toll_revision: m.toll_revision ? 1 : 0,
      created_at: now,
    })
    .execute();
}

export async function sourcedMentions(db: Db, eventId: string): Promise<FusionMention[]> {
  const rows = await db
    .selectFrom('mentions')
    .innerJoin('reports', 'reports.id', 'mentions.report_id')
    .select([
      'mentions.extracted',
      'mentions.toll_revision',
      'mentions.created_at',
      'reports.published',
      'reports.source',
      'reports.source_scale',
    ])
    .where('mentions.event_id', '=', eventId)
    .execute();
  return rows.map((r) => ({
    extracted: JSON.parse(r.extracted) as Event,
    toll_revision: Number(r.toll_revision) === 1,
    published: r.published,
    source: r.source,
    source_scale: r.source_scale,
    created_at: r.created_at,
  }));
}

export async function mentionsOf(db: Db, eventId: string): Promise<Mention[]> {
  const rows = await db
    .selectFrom('mentions')
    .select(['id', 'report_id', 'extracted'])
    .where('event_id', '=', eventId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, report_id: r.report_id, extracted: JSON.parse(r.extracted) as Event }));
}

export async function addHistory(
  db: Db,
  entry: HistoryEntry & { event_id: string },
): Promise<void> {
  const last = await db
    .selectFrom('event_history')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('event_id', '=', entry.event_id)
    .executeTakeFirst();
  await db
    .insertInto('event_history')
    .values({
      event_id: entry.event_id,
      seq: Number(last?.seq ?? 0) + 1,
      at: entry.at,
      report_id: entry.report_id,
      changes: JSON.stringify(entry.changes),
    })
    .execute();
}

export async function historyOf(db: Db, eventId: string): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom('event_history')
    .select(['at', 'report_id', 'changes'])
    .where('event_id', '=', eventId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ at: r.at, report_id: r.report_id, changes: JSON.parse(r.changes) }));
}
