/**
 * The server the e2e tests run against, and the dashboard build they need.
 *
 * VIGIL_E2E_SERVER=cli|inprocess|mock|auto (default auto):
 * - cli: `vigil serve` (src/cli/serve.ts, run from source with tsx) on a free port, with a temporary store
 *   (VIGIL_DB in a temp dir) that `vigil serve` fills with examples/ when it is empty.
 * - inprocess: Vigil's own server assembled here: a temporary SQLite store, examples/ ingested with
 *   `ingestPaths`, `createApp` (src/api/app.ts) served by @hono/node-server on a free port.
 * - mock: web/tests/mock-server.ts, the API contract answered from invented fixtures.
 * - auto: cli when src/cli/serve.ts exists, else inprocess when src/api/app.ts exists, else mock.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface RunningServer {
  kind: 'cli' | 'inprocess' | 'mock';
  url: string;
  close(): Promise<void>;
}

/** Builds web/ into web/dist with Vite (the same as `npx vite build web`). */
export async function buildWeb(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'warn' });
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

async function waitFor(url: string, ms: number, gone: () => boolean = () => false): Promise<void> {
  const deadline = Date.now() + ms;
  let last: unknown;
  while (Date.now() < deadline && !gone()) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
      last = `${res.status}`;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer ${url}: ${String(last)}`);
}


/**
 * Starts `vigil serve` from the TypeScript sources (tsx), on a free port, with a temporary store; it preloads
 * examples/ into the empty store. Its output goes to test-results/server.log.
 */
async function startCli(): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-e2e-'));
  const port = await freePort();
  // A store of its own (VIGIL_DB); the data folder (gazetteer, lexicons) stays the project's.
  const env: NodeJS.ProcessEnv = { ...process.env, VIGIL_DB: join(dir, 'vigil.db'), PORT: String(port) };
  delete env.DATABASE_URL;
  delete env.VIGIL_TOKEN;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '-e', `import('./src/cli/index.ts').then(m => m.main(process.argv)).then(c => { if (c) process.exit(c); })`, 'vigil', 'serve', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const { createWriteStream, mkdirSync } = await import('node:fs');
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const log = createWriteStream(join(ROOT, 'test-results/server.log'));
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/facets`, 120_000, () => child.exitCode !== null).catch(() => undefined);
  if (child.exitCode !== null) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`vigil serve exited (${child.exitCode}) before answering; see test-results/server.log`);
  }
  await waitFor(`${url}/api/facets`, 1000);
  return {
    kind: 'cli',
    url,
    close: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function startMock(): Promise<RunningServer> {
  const { startMockServer } = await import('./mock-server.js');
  const m = await startMockServer(0);
  return { kind: 'mock', url: m.url, close: m.close };
}

/** `vigil serve` exists and is registered on the command line. */
function cliCanServe(): boolean {
  const index = join(ROOT, 'src/cli/index.ts');
  return existsSync(join(ROOT, 'src/cli/serve.ts')) && existsSync(index) && /registerServe/.test(readFileSync(index, 'utf8'));
}

/** The real API, assembled in this process from the modules `vigil serve` uses. */
async function startInProcess(): Promise<RunningServer> {
  const src = (p: string) => join(ROOT, 'src', p);
  const { Store } = await import(src('store/store.ts'));
  const { createExtractor } = await import(src('extract.ts'));
  const { createApp } = await import(src('api/app.ts'));
  const { ingestPaths } = await import(src('ingest/run.ts'));
  const { serve } = await import('@hono/node-server');
  const dir = mkdtempSync(join(tmpdir(), 'vigil-e2e-'));
  const store = await Store.open({ kind: 'sqlite', file: join(dir, 'vigil.db') });
  const extractor = await createExtractor({ dataDir: process.env.VIGIL_DATA ?? join(ROOT, 'data') });
  const summary = await ingestPaths(store, extractor, [join(ROOT, 'examples')]);
  if (summary.errors.length) throw new Error(`ingesting examples/: ${JSON.stringify(summary.errors)}`);
  const app = createApp({ store, extractor, webDist: join(ROOT, 'web/dist') });
  const port = await freePort();
  const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/facets`, 30_000);
  return {
    kind: 'inprocess',
    url,
    close: async () => {
      await new Promise<void>((ok) => server.close(() => ok()));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startServer(): Promise<RunningServer> {
  const want = process.env.VIGIL_E2E_SERVER ?? 'auto';
  if (want === 'mock') return startMock();
  if (want === 'cli') return startCli();
  if (want === 'inprocess') return startInProcess();
  if (cliCanServe()) return startCli();
  if (existsSync(join(ROOT, 'src/api/app.ts'))) return startInProcess();
  return startMock();
}
