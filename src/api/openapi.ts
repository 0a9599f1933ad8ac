/**
 * GET /api/openapi.json: the OpenAPI 3.1 document, generated from the zod schemas the API validates with
 * and answers in, so it cannot drift from the code.
 */
import { z } from 'zod';
import { Event, ExtractResult } from '../schema/event.js';
import { Page } from '../store/events.js';
import { Facets } from '../store/facets.js';
import { EventDetail, StoredEvent } from '../store/records.js';
import { MapPoint, TimelineBucket } from '../store/stats.js';
import { ErrorBody } from './errors.js';
import { ExportQuery, ExtractBody, ListQuery, MapQuery, ReportBody, TimelineQuery } from './params.js';
import { ReportResult } from './routes/reports.js';

const COMPONENTS = {
  Event,
  StoredEvent,
  EventPage: Page,
  EventDetail,
  ExtractResult,
  ReportBody,
  ExtractBody,
  ReportResult,
  Timeline: z.object({ buckets: z.array(TimelineBucket) }),
  MapPoints: z.object({ points: z.array(MapPoint) }),
  Facets,
  Health: z.object({ status: z.literal('ok'), store: z.enum(['sqlite', 'postgres']), events: z.number().int(), reports: z.number().int() }),
  Error: ErrorBody,
};
type Component = keyof typeof COMPONENTS;

const ref = (name: Component) => ({ $ref: `#/components/schemas/${name}` });

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, io: 'output' });
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return schemas;
}

/** A query schema's fields as OpenAPI parameters; list filters are repeated keys (?country=A&country=B). */
function queryParameters(schema: z.ZodObject): unknown[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const json = z.toJSONSchema(field as z.ZodType, { io: 'input' }) as Record<string, unknown>;
    delete json.$schema;
    const { description, ...rest } = json;
    return { name, in: 'query', required: false, schema: rest, ...(description ? { description } : {}), ...(rest.type === 'array' ? { style: 'form', explode: true } : {}) };
  });
}

const json = (name: Component, description: string) => ({ description, content: { 'application/json': { schema: ref(name) } } });
const problems = {
  400: json('Error', 'A malformed parameter or body'),
  500: json('Error', 'An unexpected error'),
};

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Vigil',
      version: '0.1.0',
      description: "Conflict events coded in ACLED's schema from news reports, with the evidence for each field.",
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'VIGIL_TOKEN, when the server sets one' } },
    },
    paths: {
      '/api/events': {
        get: {
          summary: 'Events, filtered, in the order `sort` asks (newest first by default), a page at a time',
          parameters: queryParameters(ListQuery),
          responses: { 200: json('EventPage', 'A page of events'), ...problems },
        },
      },
      '/api/events/{id}': {
        get: {
          summary: 'An event with what each report said of it, the reports, and its history',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: json('EventDetail', 'The event'), 404: json('Error', 'No such event'), ...problems },
        },
      },
      '/api/reports': {
        post: {
          summary: 'Extract, store and fuse a report',
          security: [{ token: [] }, {}],
          requestBody: { required: true, content: { 'application/json': { schema: ref('ReportBody') } } },
          responses: {
            200: json('ReportResult', 'The report was stored before: nothing changed'),
            201: json('ReportResult', 'Stored; the events it created or updated'),
            401: json('Error', 'No token given while the server requires one'),
            403: json('Error', 'Wrong token, or a remote writer while no token is set'),
            413: json('Error', 'The body is too large'),
            ...problems,
          },
        },
      },
      '/api/extract': {
        post: {
          summary: "A report's events, nothing stored",
          requestBody: { required: true, content: { 'application/json': { schema: ref('ExtractBody') } } },
          responses: { 200: json('ExtractResult', 'The extraction'), 413: json('Error', 'The body is too large'), ...problems },
        },
      },
      '/api/export.csv': {
        get: {
          summary: "Events as CSV, ACLED's columns in ACLED's order",
          parameters: queryParameters(ExportQuery),
          responses: { 200: { description: 'CSV', content: { 'text/csv': {} } }, ...problems },
        },
      },
      '/api/export.geojson': {
        get: {
          summary: 'Events with a position as a GeoJSON FeatureCollection',
          parameters: queryParameters(ExportQuery),
          responses: { 200: { description: 'GeoJSON', content: { 'application/geo+json': {} } }, ...problems },
        },
      },
      '/api/stats/timeline': {
        get: {
          summary: 'Events and deaths per day or week and event type',
          parameters: queryParameters(TimelineQuery),
          responses: { 200: json('Timeline', 'Buckets in date order'), ...problems },
        },
      },
      '/api/stats/map': {
        get: {
          summary: 'Events on a grid sized by zoom, at most 2,000 cells',
          parameters: queryParameters(MapQuery),
          responses: { 200: json('MapPoints', 'One point per cell'), ...problems },
        },
      },
      '/api/facets': {
        get: { summary: 'Values present in the store, for filters', responses: { 200: json('Facets', 'Facets'), ...problems } },
      },
      '/api/health': {
        get: { summary: 'Liveness and store size', responses: { 200: json('Health', 'Up'), 500: json('Error', 'The store is unreachable') } },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
    },
  };
}
