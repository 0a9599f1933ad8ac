/** GET /api/events (filtered, sorted, paged) and GET /api/events/{id} (with mentions, reports, history). */
import { Hono } from 'hono';
import type { Store } from '../../store/store.js';
import { ApiError } from '../errors.js';
import { ListQuery, parseQuery } from '../params.js';

export function eventRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/events', async (c) => {
    const { limit, cursor, sort, ...filters } = parseQuery(c, ListQuery);
    return c.json(await store.listEvents(filters, limit, cursor, sort));
  });
  app.get('/events/:id', async (c) => {
    const detail = await store.eventDetail(c.req.param('id'));
    if (!detail) throw new ApiError(404, `no event ${c.req.param('id')}`);
    return c.json(detail);
  });
  return app;
}
