/**
 * The dashboard: web/dist (built by Vite) served at `/`, with index.html for client-side routes. The
 * folder is found from this module's place in the package, so the server works from any directory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/** src/api/ or dist/api/ -> the package root's web/dist. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const NOT_BUILT = `<!doctype html>
<meta charset="utf-8"><title>Vigil</title>
<h1>Vigil</h1>
<p>The API is running (<a href="/api/events">/api/events</a>, <a href="/api/openapi.json">/api/openapi.json</a>),
but the dashboard is not built. Build it with <code>npx vite build web</code> and reload this page.</p>`;

export function serveDashboard(app: Hono, dist: string = WEB_DIST): void {
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    app.get('/', (c) => c.html(NOT_BUILT));
    return;
  }
  app.use('/*', serveStatic({ root: dist }));
  // A path that is no file is a route of the dashboard's own (/events/MLI12): the app handles it.
  app.get('/*', serveStatic({ root: dist, path: 'index.html' }));
}
