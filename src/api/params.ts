/**
 * The API's inputs, validated with zod: query strings for the event filters (src/store/filters.ts) and the
 * aggregates, JSON bodies for reports. The OpenAPI document is generated from these same schemas.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { EventSort } from '../store/events.js';
import { EventFilters, LIST_FILTERS } from '../store/filters.js';
import { ReportFields } from '../ingest/incoming.js';
import { ApiError } from './errors.js';

export const ListQuery = z.strictObject({
  ...EventFilters.shape,
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('Events per page'),
  sort: EventSort.default('-date'),
  cursor: z.string().optional().describe('next_cursor of the previous page (in the same sort)'),
});

export const ExportQuery = z.strictObject(EventFilters.shape);

export const TimelineQuery = z.strictObject({
  ...EventFilters.shape,
  bucket: z.enum(['day', 'week']).default('day'),
});

export const MapQuery = z.strictObject({
  ...EventFilters.shape,
  zoom: z.coerce.number().int().min(0).max(22).default(4).describe('Web-map zoom: sets the grid cell size'),
});

export const ReportBody = z.strictObject({
  ...ReportFields.shape,
  text: z.string().min(1).describe('The report: plain text or an HTML page'),
});

export const ExtractBody = z.strictObject({
  text: z.string().min(1),
  published: ReportFields.shape.published,
  language: ReportFields.shape.language,
});

/** The query string as the schema expects it: list filters as arrays, others as one value. */
export function parseQuery<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  const raw: Record<string, string | string[]> = {};
  for (const [key, values] of Object.entries(c.req.queries())) {
    raw[key] = LIST_FILTERS.has(key) ? values : values.length === 1 ? values[0] : values;
  }
  return schema.parse(raw);
}

export async function parseBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError(400, 'the body must be a JSON object');
  }
  return schema.parse(body);
}
