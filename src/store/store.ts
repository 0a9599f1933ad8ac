/**
 * The store: one object the CLI, the API and the load check share. Reads go straight to the query modules;
 * writes go through `write`, one transaction at a time, so a batch interrupted anywhere keeps every report
 * already committed and a re-run skips them.
 */
import { sql } from 'kysely';
import { countryCodes, type CountryCodes } from './country-codes.js';
import { openDb, storeLocationFromEnv, type Db, type Dialect, type StoreLocation } from './db.js';
import { allEvents, countEvents, getEvent, listEvents, type EventSort, type Page } from './events.js';
import { facets, type Facets } from './facets.js';
import type { EventFilters } from './filters.js';
import { historyOf, mentionsOf } from './mentions.js';
import { migrate } from './migrations.js';
import type { EventDetail, StoredEvent } from './records.js';
import { countReports, getReports, reportExists } from './reports.js';
import { mapGrid, timeline, type MapPoint, type TimelineBucket } from './stats.js';

/** Most aggregate answers kept (the dashboard asks for a few filter sets at a time). */
const CACHE_ENTRIES = 200;

export class Store {
  /** Writes of this process, chained: fusion reads then writes, and must not interleave with another. */
  private writes: Promise<unknown> = Promise.resolve();

  /**
   * Aggregate answers (facets, timeline, map) by request, each under the version of the events table it
   * was computed at (store_version, bumped by triggers in every writing transaction, whichever process
   * writes). The version is read before computing, so an answer is never older than its version says;
   * a write since makes the next request compute it again. Least recently used first out.
   */
  private aggregates = new Map<string, { version: number; value: Promise<unknown> }>();

  private constructor(
    readonly db: Db,
    readonly location: StoreLocation,
    /** Country name -> the id prefix of its events. */
    readonly countryCode: CountryCodes,
  ) {}

  /** Opens the store (creating it on first use) and brings its schema up to date. */
  static async open(location: StoreLocation = storeLocationFromEnv()): Promise<Store> {
    const db = openDb(location);
    try {
      await migrate(db, location.kind);
    } catch (err) {
      await db.destroy();
      throw err;
    }
    const store = new Store(db, location, countryCodes());
    await store.optimize();
    return store;
  }

  get dialect(): Dialect {
    return this.location.kind;
  }

  close(): Promise<void> {
    return this.db.destroy();
  }

  /**
   * Refreshes the statistics the query planner chooses indexes by; without them SQLite walks the date
   * index for every filter. Cheap: SQLite samples (analysis_limit) and skips tables that have not changed.
   */
  async optimize(): Promise<void> {
    if (this.location.kind === 'sqlite') {
      await sql`pragma analysis_limit = 1000`.execute(this.db);
      await sql`pragma optimize = 0x10002`.execute(this.db);
    } else {
      await sql`analyze`.execute(this.db);
    }
  }

  /** Runs `fn` in a transaction, after the writes already queued; all of it is committed or none. */
  write<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    const run = this.writes.then(() => this.db.transaction().execute(fn));
    this.writes = run.catch(() => undefined);
    return run;
  }

  reportExists(id: string): Promise<boolean> {
    return reportExists(this.db, id);
  }

  countReports(): Promise<number> {
    return countReports(this.db);
  }

  countEvents(): Promise<number> {
    return countEvents(this.db);
  }

  getEvent(id: string): Promise<StoredEvent | null> {
    return getEvent(this.db, id);
  }

  listEvents(filters: EventFilters, limit: number, cursor?: string, sort?: EventSort): Promise<Page> {
    return listEvents(this.db, this.dialect, filters, limit, cursor, sort);
  }

  allEvents(filters: EventFilters): AsyncGenerator<StoredEvent> {
    return allEvents(this.db, this.dialect, filters);
  }

  /** An event with what each report said of it, the reports, and its history. */
  async eventDetail(id: string): Promise<EventDetail | null> {
    const event = await getEvent(this.db, id);
    if (!event) return null;
    const [mentions, history] = await Promise.all([mentionsOf(this.db, id), historyOf(this.db, id)]);
    const reports = await getReports(this.db, [...new Set(mentions.map((m) => m.report_id))]);
    return { event, mentions, reports, history };
  }

  timeline(filters: EventFilters, bucket: 'day' | 'week'): Promise<TimelineBucket[]> {
    return this.cached(['timeline', filters, bucket], () => timeline(this.db, this.dialect, filters, bucket));
  }

  mapGrid(filters: EventFilters, zoom: number): Promise<MapPoint[]> {
    return this.cached(['map', filters, zoom], () => mapGrid(this.db, this.dialect, filters, zoom));
  }

  facets(): Promise<Facets> {
    return this.cached(['facets'], () => facets(this.db));
  }

  /** The version of the events table: it changes with every committed write to it. */
  async eventsVersion(): Promise<number> {
    const row = await this.db.selectFrom('store_version').select('events').where('id', '=', 1).executeTakeFirstOrThrow();
    return Number(row.events);
  }

  private async cached<T>(request: unknown[], compute: () => Promise<T>): Promise<T> {
    const key = JSON.stringify(request);
    const version = await this.eventsVersion();
    const hit = this.aggregates.get(key);
    this.aggregates.delete(key);
    if (hit && hit.version === version) {
      this.aggregates.set(key, hit);
      return hit.value as Promise<T>;
    }
    // The promise is kept, so requests that arrive while it is computed share it; a failure is not kept.
    const value = compute();
    const entry = { version, value };
    this.aggregates.set(key, entry);
    value.catch(() => {
      if (this.aggregates.get(key) === entry) this.aggregates.delete(key);
    });
    if (this.aggregates.size > CACHE_ENTRIES) this.aggregates.delete(this.aggregates.keys().next().value!);
    return value;
  }
}
