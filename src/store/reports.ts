/** Queries on reports: store one (once), look them up. */
import type { Db, ReportsTable } from './db.js';
import type { StoredReport } from './records.js';

export type NewReport = Omit<ReportsTable, 'created_at'>;

export async function reportExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('reports').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Stores the report unless one with the same content hash is there; true when it was new. */
export async function insertReport(db: Db, report: NewReport, now: string): Promise<boolean> {
  const result = await db
    .insertInto('reports')
    .values({
      id: report.id,
      external_id: report.external_id,
      title: report.title,
      url: report.url,
      source: report.source,
      source_scale: report.source_scale,
      published: report.published,
      language: report.language,
      text: report.text,
      created_at: now,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function getReports(db: Db, ids: string[]): Promise<StoredReport[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('reports')
    .select(['id', 'title', 'url', 'source', 'published', 'text'])
    .where('id', 'in', ids)
    .orderBy('published')
    .orderBy('created_at')
    .execute();
}

export async function countReports(db: Db): Promise<number> {
  const row = await db.selectFrom('reports').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
