/**
 * The database connection: the table types Kysely checks every query against, and the dialect chosen from
 * the environment (PostgreSQL when DATABASE_URL is set, else an embedded SQLite file). Every query in the
 * store is written once with Kysely and runs on both.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { defaultDataDir } from '../resources.js';

export interface ReportsTable {
  /** The content hash of the report's text: the same text is the same report, whatever its file or URL. */
  id: string;
  external_id: string | null;
  title: string | null;
  url: string | null;
  source: string | null;
  source_scale: string | null;
  published: string | null;
  language: string | null;
  text: string;
  created_at: string;
}

export interface MentionsTable {
  id: string;
  report_id: string;
  event_id: string;
  /** Position of the event in its report's extraction. */
  idx: number;
  /** The Event as the report told it (JSON), evidence offsets into that report's text. */
  extracted: string;
  /** 1 when the report revises an earlier toll ("the toll rose to 12"), 0 otherwise. */
  toll_revision: number;
  created_at: string;
}

/**
 * The fused events, as the projections the API filters, sorts and groups on. The record itself lives in
 * event_records: kept out of this table, it stays narrow and scans and aggregates read little.
 */
export interface EventsTable {
  id: string;
  /** event_date, or '0000-00-00' when unknown: a non-null sort key sorts the same way in both dialects. */
  sort_date: string;
  /** Monday of the event's week (YYYY-MM-DD): weekly buckets without dialect-specific date functions. */
  week: string | null;
  event_date: string | null;
  time_precision: number;
  country: string | null;
  admin1: string | null;
  event_type: string;
  sub_event_type: string;
  actor1: string;
  actor2: string | null;
  assoc_actor_1: string | null;
  assoc_actor_2: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: number | null;
  fatalities: number;
  created_at: string;
  updated_at: string;
}

/** The whole StoredEvent as JSON: its fields are defined once, in src/schema/event.ts and records.ts. */
export interface EventRecordsTable {
  id: string;
  record: string;
}

/** The words of an event's notes, actors and places, folded: the index `q` searches. */
export interface EventWordsTable {
  word: string;
  event_id: string;
}

export interface HistoryTable {
  event_id: string;
  seq: number;
  at: string;
  report_id: string;
  /** JSON: { field: [old, new] }. */
  changes: string;
}

/**
 * One row (id 1): `events` counts the statements (PostgreSQL) or rows (SQLite) written to the events table,
 * bumped by triggers in the same transaction as the write. Cached aggregates are valid while it is unchanged,
 * whichever process wrote.
 */
export interface StoreVersionTable {
  id: number;
  events: number;
}

/** Next sequence number of event ids per country prefix ("MLI" -> 13 makes the next id "MLI13"). */
export interface SequencesTable {
  prefix: string;
  next: number;
}

export interface Tables {
  reports: ReportsTable;
  mentions: MentionsTable;
  events: EventsTable;
  event_records: EventRecordsTable;
  event_words: EventWordsTable;
  event_history: HistoryTable;
  id_sequences: SequencesTable;
  store_version: StoreVersionTable;
}

export type Db = Kysely<Tables>;

/** The SQL dialect: a few queries are written per dialect where the planners need different hints. */
export type Dialect = StoreLocation['kind'];

export type StoreLocation =
  | { kind: 'sqlite'; file: string }
  /** `schema`: a PostgreSQL schema to work in (tests use a fresh one per run). */
  | { kind: 'postgres'; url: string; schema?: string };

/** DATABASE_URL selects PostgreSQL; otherwise VIGIL_DB, or vigil.db in the data folder. */
export function storeLocationFromEnv(env: NodeJS.ProcessEnv = process.env): StoreLocation {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'sqlite', file: env.VIGIL_DB ?? path.join(defaultDataDir(), 'vigil.db') };
}

export function describeLocation(location: StoreLocation): string {
  if (location.kind === 'sqlite') return location.file;
  const url = new URL(location.url);
  url.password = '';
  return url.toString() + (location.schema ? ` (schema ${location.schema})` : '');
}

export function openDb(location: StoreLocation): Db {
  if (location.kind === 'postgres') {
    const options = location.schema ? `-c search_path=${location.schema}` : undefined;
    return new Kysely<Tables>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: location.url, options, max: 10 }) }),
    });
  }
  if (location.file !== ':memory:') fs.mkdirSync(path.dirname(location.file), { recursive: true });
  const sqlite = new Database(location.file);
  // WAL lets the server read while `vigil ingest` writes; NORMAL sync is still crash-safe in WAL mode and
  // keeps a transaction per report cheap.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('foreign_keys = ON');
  return new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) });
}
