/**
 * The store's schema, as an ordered list of migrations applied on open. A migration is a record of the
 * schema at one point in time: never edit one that has shipped, add the next.
 *
 * Column types are the subset both dialects read the same way: text, integer, double precision. Times are
 * ISO-8601 text, which sorts and compares correctly as text.
 */
import { Migrator, type Kysely, type Migration } from 'kysely';
import type { Db } from './db.js';

const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('reports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('external_id', 'text')
        .addColumn('title', 'text')
        .addColumn('url', 'text')
        .addColumn('source', 'text')
        .addColumn('source_scale', 'text')
        .addColumn('published', 'text')
        .addColumn('language', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('sort_date', 'text', (c) => c.notNull())
        .addColumn('week', 'text')
        .addColumn('event_date', 'text')
        .addColumn('time_precision', 'integer', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('admin1', 'text')
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('sub_event_type', 'text', (c) => c.notNull())
        .addColumn('actor1', 'text', (c) => c.notNull())
        .addColumn('actor2', 'text')
        .addColumn('assoc_actor_1', 'text')
        .addColumn('assoc_actor_2', 'text')
        .addColumn('latitude', 'double precision')
        .addColumn('longitude', 'double precision')
        .addColumn('geo_precision', 'integer')
        .addColumn('fatalities', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // The list is sorted by date then id; the country index also serves fusion's candidate look-up.
      await db.schema.createIndex('events_sort').on('events').columns(['sort_date', 'id']).execute();
      await db.schema.createIndex('events_country').on('events').columns(['country', 'sort_date']).execute();
      await db.schema.createIndex('events_updated').on('events').column('updated_at').execute();
      await db.schema.createIndex('events_type').on('events').columns(['event_type', 'sort_date']).execute();
      // Covering indexes: the timeline and the facets read these instead of the table.
      await db.schema.createIndex('events_day').on('events').columns(['event_date', 'event_type', 'fatalities']).execute();
      await db.schema.createIndex('events_week').on('events').columns(['week', 'event_type', 'fatalities']).execute();
      await db.schema.createIndex('events_admin1').on('events').columns(['country', 'admin1']).execute();
      await db.schema.createIndex('events_actor1').on('events').column('actor1').execute();
      await db.schema.createIndex('events_actor2').on('events').column('actor2').execute();
      await db.schema
        .createIndex('events_map')
        .on('events')
        .columns(['latitude', 'longitude', 'event_type', 'fatalities', 'geo_precision', 'id'])
        .execute();

      await db.schema
        .createTable('event_records')
        .addColumn('id', 'text', (c) => c.primaryKey().references('events.id'))
        .addColumn('record', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('event_words')
        .addColumn('word', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull().references('events.id'))
        .addPrimaryKeyConstraint('event_words_pk', ['word', 'event_id'])
        .execute();
      await db.schema.createIndex('event_words_event').on('event_words').column('event_id').execute();

      await db.schema
        .createTable('mentions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id'))
        .addColumn('event_id', 'text', (c) => c.notNull().references('events.id'))
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('extracted', 'text', (c) => c.notNull())
        .addColumn('toll_revision', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('mentions_event').on('mentions').column('event_id').execute();
      await db.schema.createIndex('mentions_report').on('mentions').column('report_id').execute();

      await db.schema
        .createTable('event_history')
        .addColumn('event_id', 'text', (c) => c.notNull().references('events.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id'))
        .addColumn('changes', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('event_history_pk', ['event_id', 'seq'])
        .execute();

      await db.schema
        .createTable('id_sequences')
        .addColumn('prefix', 'text', (c) => c.primaryKey())
        .addColumn('next', 'integer', (c) => c.notNull())
        .execute();
    },
  },
};

export async function migrate(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? '');
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${cause}`);
  }
}
