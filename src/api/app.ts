/**
 * The web server: the JSON API under /api and the dashboard at /. `createApp` only assembles; the store and
 * the extractor come from the caller, so tests run it with `app.request(...)` on a temporary store.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_REPORT_BYTES } from '../input/report.js';
import type { EventExtractor } from '../ingest/record.js';
import type { Store } from '../store/store.js';
import { requireWriter } from './auth.js';
import { ApiError, onError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';
import { reportRoutes } from './routes/reports.js';
import { statsRoutes } from './routes/stats.js';
import { serveDashboard, WEB_DIST } from './static.js';

export interface AppOptions {
  store: Store;
  extractor: EventExtractor;
  /** VIGIL_TOKEN: when set, writes need it as a bearer token; when not, writes come from loopback only. */
  token?: string;
  /** Tests: `app.request` has no socket; treat such requests as coming from this machine. */
  unknownPeerIsLoopback?: boolean;
  /** The built dashboard (default: the package's web/dist). */
  webDist?: string;
}

/** A report is at most MAX_REPORT_BYTES; JSON escaping and the other fields get some room on top. */
export const MAX_BODY_BYTES = MAX_REPORT_BYTES + 256 * 1024;

export function createApp(options: AppOptions): Hono {
  const { store, extractor } = options;
  const app = new Hono();
  app.onError(onError);

  const api = new Hono();
  api.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(413, `the body is larger than ${MAX_BODY_BYTES} bytes`);
      },
    }),
  );
  const writer = requireWriter({ token: options.token, unknownPeerIsLoopback: options.unknownPeerIsLoopback });
  api.route('/', eventRoutes(store));
  api.route('/', reportRoutes(store, extractor, writer));
  api.route('/', exportRoutes(store));
  api.route('/', statsRoutes(store));
  const openapi = openApiDocument();
  api.get('/openapi.json', (c) => c.json(openapi));
  api.get('/health', async (c) =>
    c.json({
      status: 'ok',
      store: store.location.kind,
      events: await store.countEvents(),
      reports: await store.countReports(),
    }),
  );
  api.all('*', (c) => {
    throw new ApiError(404, `no such endpoint: ${c.req.method} ${c.req.path}`);
  });
  app.route('/api', api);

  serveDashboard(app, options.webDist ?? WEB_DIST);
  return app;
}
