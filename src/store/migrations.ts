/**
 * The store's schema, as an ordered list of migrations applied on open. A migration is a record of the
 * schema at one point in time: never edit one that has shipped, add the next.
 *
 * Column types are the subset both dialects read the same way: text, integer, double precision. Times are
 * ISO-8601 text, which sorts and compares correctly as text.
 */
import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import type { Db, Dialect } from './db.js';

/** The migrations for a dialect: the same schema, with triggers written in each dialect's syntax. */
const migrations = (dialect: Dialect): Record<string, Migration> => ({
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

  '0002-sorting-and-aggregates': {
    async up(db: Kysely<unknown>) {
      // The list sorted by fatalities (either way), ties by date then id: the cursor's keys, in index order.
      await db.schema.createIndex('events_fatalities').on('events').columns(['fatalities', 'sort_date', 'id']).execute();
      // Changes since a time (updated_since), in the list's orders, from the index alone: a poll that matches
      // few events sorts few keys, and one that matches all of them reads no table row to sort them.
      await db.schema.dropIndex('events_updated').execute();
      await db.schema.createIndex('events_updated').on('events').columns(['updated_at', 'sort_date', 'fatalities', 'id']).execute();
      // The facets' event types: SQLite answers DISTINCT from this index without reading the table.
      await db.schema.createIndex('events_types').on('events').columns(['event_type', 'sub_event_type']).execute();

      // A version of the events table, bumped in the writing transaction: aggregates cached under one version
      // are valid while it stays, whichever process or connection wrote.
      await db.schema
        .createTable('store_version')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('events', 'integer', (c) => c.notNull())
        .execute();
      await sql`insert into store_version (id, events) values (1, 0)`.execute(db);
      if (dialect === 'postgres') {
        // Once per statement: a bulk insert of 500 rows bumps it once.
        await sql`
          create function vigil_bump_events_version() returns trigger language plpgsql as $$
          begin
            update store_version set events = events + 1 where id = 1;
            return null;
          end $$`.execute(db);
        await sql`
          create trigger events_version after insert or update or delete on events
          for each statement execute function vigil_bump_events_version()`.execute(db);
      } else {
        // SQLite has row triggers only; an update of a one-row table per event written is cheap.
        for (const op of ['insert', 'update', 'delete']) {
          await sql`
            create trigger ${sql.raw(`events_version_${op}`)} after ${sql.raw(op)} on events
            begin update store_version set events = events + 1 where id = 1; end`.execute(db);
        }
      }
    },
  },
});

export async function migrate(db: Db, dialect: Dialect): Promise<void> {
  const all = migrations(dialect);
  // Kysely looks for its bookkeeping tables in any schema unless told which: another store's schema in the
  // same database would make it skip creating this one's. They live where the store's tables do.
  const migrationTableSchema =
    dialect === 'postgres' ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema : undefined;
  const migrator = new Migrator({ db, migrationTableSchema, provider: { getMigrations: async () => all } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? '');
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${cause}`);
  }
}
