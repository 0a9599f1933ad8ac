/**
 * `vigil serve [--port N]`: the API and the dashboard on one port (PORT, default 8080), on the store chosen
 * by the environment. A store with no reports is first filled with the example reports, so a fresh clone
 * shows events at once.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { createApp } from '../api/app.js';
import { createExtractor } from '../extract.js';
import { ingestPaths } from '../ingest/run.js';
import type { EventExtractor } from '../ingest/record.js';
import { describeLocation } from '../store/db.js';
import { Store } from '../store/store.js';
import { UserError } from './errors.js';

/** The package's examples/ folder (src/cli/ or dist/cli/ -> the package root). */
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

interface ServeFlags {
  port?: string;
  host?: string;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UserError(`the port must be 1-65535, not "${value}"`);
  return port;
}

async function preload(store: Store, extractor: EventExtractor): Promise<void> {
  if ((await store.countReports()) > 0) return;
  if (!fs.existsSync(EXAMPLES)) {
    process.stderr.write('vigil: the store is empty and there is no examples/ folder to preload\n');
    return;
  }
  const summary = await ingestPaths(store, extractor, [EXAMPLES]);
  process.stderr.write(
    `vigil: empty store, loaded the examples: ${summary.new} reports, ${summary.events_created} events` +
      (summary.errors.length ? `, ${summary.errors.length} errors (${summary.errors.map((e) => e.origin).join(', ')})` : '') +
      '\n',
  );
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the API and the dashboard (SQLite in ./data, or PostgreSQL when DATABASE_URL is set)')
    .option('--port <port>', 'port to listen on (default: PORT, or 8080)')
    .option('--host <host>', 'address to listen on (default: all interfaces)')
    .action(async (flags: ServeFlags) => {
      const port = parsePort(flags.port ?? process.env.PORT ?? '8080');
      const store = await Store.open();
      const extractor = await createExtractor();
      await preload(store, extractor);
      const app = createApp({ store, extractor, token: process.env.VIGIL_TOKEN || undefined });
      const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
        const listening = serve({ fetch: app.fetch, port, hostname: flags.host }, () => resolve(listening));
        listening.once('error', (err) => reject(new UserError(`cannot listen on port ${port}: ${err.message}`)));
      }).catch(async (err) => {
        await store.close();
        throw err;
      });
      process.stderr.write(`vigil: serving http://${flags.host ?? 'localhost'}:${port}/ (store: ${describeLocation(store.location)})\n`);
      if (!process.env.VIGIL_TOKEN) process.stderr.write('vigil: VIGIL_TOKEN is not set: writes are accepted from this machine only\n');
      const stop = () => {
        server.close(() => void store.close().then(() => process.exit(0)));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
