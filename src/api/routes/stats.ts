/** The dashboard's aggregates: GET /api/stats/timeline, GET /api/stats/map, GET /api/facets. */
import { Hono } from 'hono';
import type { Store } from '../../store/store.js';
import { MapQuery, parseQuery, TimelineQuery } from '../params.js';

export function statsRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/stats/timeline', async (c) => {
    const { bucket, ...filters } = parseQuery(c, TimelineQuery);
    return c.json({ buckets: await store.timeline(filters, bucket) });
  });
  app.get('/stats/map', async (c) => {
    const { zoom, ...filters } = parseQuery(c, MapQuery);
    return c.json({ points: await store.mapGrid(filters, zoom) });
  });
  app.get('/facets', async (c) => c.json(await store.facets()));
  return app;
}
