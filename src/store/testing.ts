/**
 * The stores every store test runs against: SQLite in a temporary folder always, and PostgreSQL when
 * VIGIL_TEST_DATABASE_URL is set, each run in a schema of its own that is dropped afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { Store } from './store.js';

export interface TestStore {
  store: Store;
  /** Closes the store and removes what it created. */
  dispose(): Promise<void>;
}

export interface TestBackend {
  name: 'sqlite' | 'postgres';
  open(): Promise<TestStore>;
}

/** A throwaway SQLite store in a temporary folder, removed on dispose. */
export async function openSqlite(prefix = 'vigil-store-'): Promise<TestStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const store = await Store.open({ kind: 'sqlite', file: path.join(dir, 'vigil.db') });
  return {
    store,
    async dispose() {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A throwaway PostgreSQL store in a schema of its own, dropped on dispose. */
export async function openPostgres(url: string, prefix = 'vigil_test'): Promise<TestStore> {
  const schema = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const store = await Store.open({ kind: 'postgres', url, schema });
  return {
    store,
    async dispose() {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(store.db);
      await store.close();
    },
  };
}

export function testBackends(env: NodeJS.ProcessEnv = process.env): TestBackend[] {
  const backends: TestBackend[] = [{ name: 'sqlite', open: openSqlite }];
  const url = env.VIGIL_TEST_DATABASE_URL;
  if (url) backends.push({ name: 'postgres', open: () => openPostgres(url) });
  return backends;
}
