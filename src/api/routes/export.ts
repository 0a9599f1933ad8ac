/**
 * GET /api/export.csv (ACLED's columns in ACLED's order) and GET /api/export.geojson, with the list's
 * filters. Both stream a page of events at a time, so a large export never sits in memory whole.
 */
import { Hono } from 'hono';
import { stringify } from 'csv-stringify/sync';
import { CSV_COLUMNS } from '../../schema/event.js';
import type { StoredEvent } from '../../store/records.js';
import type { Store } from '../../store/store.js';
import { ExportQuery, parseQuery } from '../params.js';

export function csvRow(event: StoredEvent): unknown[] {
  const row: Record<string, unknown> = { ...event, event_id_cnty: event.id };
  return CSV_COLUMNS.map((column) => row[column] ?? '');
}

/** The GeoJSON feature of an event with a position: its fields, without the evidence offsets. */
function feature(event: StoredEvent): string | null {
  if (event.latitude === null || event.longitude === null) return null;
  const { evidence: _offsets, ...properties } = event;
  return JSON.stringify({
    type: 'Feature',
    id: event.id,
    geometry: { type: 'Point', coordinates: [event.longitude, event.latitude] },
    properties,
  });
}

async function* chunks(
  events: AsyncIterable<StoredEvent>,
  head: string,
  each: (e: StoredEvent, first: boolean) => string | null,
  tail: string,
): AsyncGenerator<string> {
  yield head;
  let first = true;
  let batch = '';
  for await (const event of events) {
    const piece = each(event, first);
    if (piece === null) continue;
    batch += piece;
    first = false;
    if (batch.length > 64 * 1024) {
      yield batch;
      batch = '';
    }
  }
  yield batch + tail;
}

function streamed(body: AsyncGenerator<string>, type: string, filename: string): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await body.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await body.return(undefined);
    },
  });
  return new Response(stream, {
    headers: { 'content-type': type, 'content-disposition': `attachment; filename="${filename}"` },
  });
}

export function exportRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/export.csv', (c) => {
    const filters = parseQuery(c, ExportQuery);
    const body = chunks(store.allEvents(filters), stringify([[...CSV_COLUMNS]]), (e) => stringify([csvRow(e)]), '');
    return streamed(body, 'text/csv; charset=utf-8', 'vigil-events.csv');
  });
  app.get('/export.geojson', (c) => {
    const filters = parseQuery(c, ExportQuery);
    const body = chunks(
      store.allEvents(filters),
      '{"type":"FeatureCollection","features":[',
      (e, first) => {
        const f = feature(e);
        return f && (first ? f : `,${f}`);
      },
      ']}\n',
    );
    return streamed(body, 'application/geo+json', 'vigil-events.geojson');
  });
  return app;
}
