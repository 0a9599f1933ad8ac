/**
 * The client of Vigil's HTTP API (see src/api). URLs are relative so the dashboard works wherever the server
 * mounts it. Types mirror the API contract; the event record itself comes from src/schema/event.ts (type
 * only, so zod is not bundled).
 */
import type { Event, Evidence, BackgroundMention } from '../../src/schema/event.js';
import type { StoredEvent } from '../../src/store/records.js';

export type { Event, Evidence, BackgroundMention, StoredEvent };


export interface Mention {
  id: string | number;
  report_id: string | number;
  extracted: Event;
}

export interface Report {
  id: string | number;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  text: string;
}

export interface HistoryEntry {
  at: string;
  report_id: string | number | null;
  changes: Record<string, [unknown, unknown]>;
}

export interface EventDetail {
  event: StoredEvent;
  mentions: Mention[];
  reports: Report[];
  history: HistoryEntry[];
}

/** The orders GET /api/events takes as `sort` ("-" descending); the cursor of a page belongs to its order. */
export type EventSort = '-date' | 'date' | '-fatalities' | 'fatalities';

export interface EventPage {
  events: StoredEvent[];
  next_cursor: string | null;
}

export interface TimelineBucket {
  date: string;
  event_type: string;
  events: number;
  fatalities: number;
}

export interface MapPoint {
  lat: number;
  lon: number;
  count: number;
  fatalities: number;
  event_type: string;
  geo_precision: number | null;
  id?: string | number | null;
}

export interface Facets {
  countries: string[];
  admin1: { country: string; admin1: string }[];
  event_types: Record<string, string[]>;
  actors: string[];
}

export interface ExtractResponse {
  events: Event[];
  /** For an HTML page: the article text the evidence offsets point into. */
  text?: string;
  background: BackgroundMention[];
  warnings: string[];
}

export interface SaveResponse {
  report_id: string | number;
  duplicate: boolean;
  events: StoredEvent[];
  warnings?: string[];
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit & { signal?: AbortSignal }): Promise<T> {
  const res = await fetch(path, { ...init, headers: { Accept: 'application/json', ...(init?.headers ?? {}) } });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = await res.json();
      if (body && typeof body.error === 'string') message = body.error;
      else if (body && typeof body.message === 'string') message = body.message;
    } catch {
      /* not JSON */
    }
    throw new ApiError(message, res.status);
  }
  return (await res.json()) as T;
}

function withQuery(path: string, params: URLSearchParams): string {
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export const api = {
  events: (params: URLSearchParams, signal?: AbortSignal) =>
    request<EventPage>(withQuery('api/events', params), { signal }),
  event: (id: string, signal?: AbortSignal) =>
    request<EventDetail>(`api/events/${encodeURIComponent(id)}`, { signal }),
  timeline: (params: URLSearchParams, signal?: AbortSignal) =>
    request<{ buckets: TimelineBucket[] }>(withQuery('api/stats/timeline', params), { signal }),
  map: (params: URLSearchParams, signal?: AbortSignal) =>
    request<{ points: MapPoint[] }>(withQuery('api/stats/map', params), { signal }),
  facets: () => request<Facets>('api/facets'),
  extract: (body: { text: string; published?: string }) =>
    request<ExtractResponse>('api/extract', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }),
  saveReport: (body: { text: string; published?: string; title?: string; url?: string; source?: string }) =>
    request<SaveResponse>('api/reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }),
  exportUrl: (format: 'csv' | 'geojson', params: URLSearchParams) => withQuery(`api/export.${format}`, params),
};

export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
