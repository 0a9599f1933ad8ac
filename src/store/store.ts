/**
 * The store: one object the CLI, the API and the load check share. Reads go straight to the query modules;
 * writes go through `write`, one transaction at a time, so a batch interrupted anywhere keeps every report
 * already committed and a re-run skips them.
 */
import { sql } from 'kysely';
import { countryCodes, type CountryCodes } from './country-codes.js';
import { openDb, storeLocationFromEnv, type Db, type StoreLocation } from './db.js';
import { allEvents, countEvents, getEvent, listEvents, type Page } from './events.js';
import { facets, type Facets } from './facets.js';
import type { EventFilters } from './filters.js';
import { historyOf, mentionsOf } from './mentions.js';
import { migrate } from './migrations.js';
import type { EventDetail, StoredEvent } from './records.js';
import { countReports, getReports, reportExists } from './reports.js';
import { mapGrid, timeline, type MapPoint, type TimelineBucket } from './stats.js';

export class Store {
  /** Writes of this process, chained: fusion reads then writes, and must not interleave with another. */
  private writes: Promise<unknown> = Promise.resolve();

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
      await migrate(db);
    } catch (err) {
      await db.destroy();
      throw err;
    }
    const store = new Store(db, location, countryCodes());
    await store.optimize();
    return store;
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

  listEvents(filters: EventFilters, limit: number, cursor?: string): Promise<Page> {
    return listEvents(this.db, filters, limit, cursor);
  }

  allEvents(filters: EventFilters): AsyncGenerator<StoredEvent> {
    return allEvents(this.db, filters);
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
    return timeline(this.db, filters, bucket);
  }

  mapGrid(filters: EventFilters, zoom: number): Promise<MapPoint[]> {
    return mapGrid(this.db, filters, zoom);
  }

  facets(): Promise<Facets> {
    return facets(this.db);
  }
}
