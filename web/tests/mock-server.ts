/**
 * A small stand-in for Vigil's API server, answering the API contract (see web/src/api.ts) from invented
 * fixture data, and serving web/dist at `/`. It lets the dashboard be developed and tested end to end while
 * (or where) the real server is not available: `node --import tsx web/tests/mock-server.ts [port]`.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Event } from '../../src/schema/event.js';
import { buildFixtures, ev, type FixtureEvent, type FixtureStore } from './fixtures.js';

const DIST = resolve(fileURLToPath(new URL('../dist', import.meta.url)));

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

function weekStart(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
  d.setUTCDate(d.getUTCDate() - dow);
  return d.toISOString().slice(0, 10);
}

export function filterEvents(events: FixtureEvent[], p: URLSearchParams): FixtureEvent[] {
  const from = p.get('from');
  const to = p.get('to');
  const actor = p.get('actor')?.toLowerCase();
  const q = p.get('q')?.toLowerCase();
  const bbox = p.get('bbox')?.split(',').map(Number);
  return events.filter((e) => {
    if (from && (!e.event_date || e.event_date < from)) return false;
    if (to && (!e.event_date || e.event_date > to)) return false;
    for (const key of ['country', 'admin1', 'event_type', 'sub_event_type'] as const) {
      const v = p.get(key);
      if (v && e[key] !== v) return false;
    }
    if (actor && ![e.actor1, e.actor2, e.assoc_actor_1, e.assoc_actor_2].some((a) => a?.toLowerCase().includes(actor))) return false;
    if (q && ![e.notes, e.location, e.admin1, e.country, e.actor1, e.actor2].some((a) => a?.toLowerCase().includes(q))) return false;
    if (bbox && bbox.length === 4 && bbox.every(Number.isFinite)) {
      if (e.latitude === null || e.longitude === null) return false;
      const [w, s, ea, n] = bbox;
      if (e.longitude < w || e.longitude > ea || e.latitude < s || e.latitude > n) return false;
    }
    return true;
  });
}

/** A naive stand-in for the extractor: enough to exercise the "Add a report" form. */
function fakeExtract(text: string, published: string | null): { events: Event[]; background: never[]; warnings: string[] } {
  const warnings: string[] = [];
  if (!published) warnings.push('no publication date: dates relative to it ("on Friday") are left null');
  const places = [
    { location: 'Omdurman', admin1: 'Khartoum', country: 'Sudan', lat: 15.644, lon: 32.477 },
    { location: 'El Fasher', admin1: 'North Darfur', country: 'Sudan', lat: 13.628, lon: 25.349 },
    { location: 'Goma', admin1: 'North Kivu', country: 'Democratic Republic of Congo', lat: -1.679, lon: 29.228 },
    { location: 'Nairobi', admin1: 'Nairobi', country: 'Kenya', lat: -1.286, lon: 36.817 },
    { location: 'Lagos', admin1: 'Lagos', country: 'Nigeria', lat: 6.455, lon: 3.394 },
    { location: 'Gao', admin1: 'Gao', country: 'Mali', lat: 16.272, lon: -0.044 },
  ];
  const place = places.find((p) => text.includes(p.location));
  const kinds: [RegExp, Event['event_type'], Event['sub_event_type'], string, Event['inter1']][] = [
    [/air ?strike|drone strike/i, 'Explosions/Remote violence', 'Air/drone strike', 'Unidentified Armed Group', 'Political militia'],
    [/clash(?:es|ed)?|fighting/i, 'Battles', 'Armed clash', 'Unidentified Armed Group', 'Political militia'],
    [/riot/i, 'Riots', 'Violent demonstration', 'Rioters', 'Rioters'],
    [/protest|marched/i, 'Protests', 'Peaceful protest', 'Protesters', 'Protesters'],
  ];
  const kind = kinds.find(([re]) => re.test(text));
  if (!kind || !place) return { events: [], background: [], warnings };
  const [re, type, sub, actor1, inter1] = kind;
  const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
  const killed = /(?:killing|killed)(?: at least)? (\d+|one|two|three|four|five|six|seven|eight|nine|ten)|(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:people|civilians|soldiers|fighters)? ?(?:were )?killed/i.exec(text);
  const n = killed ? (killed[1] ?? killed[2]) : null;
  const fatalities = n ? (Number(n) || words[n.toLowerCase()] || 0) : 0;
  const m = re.exec(text)!;
  const evidence: Event['evidence'] = [
    { field: 'event_type', start: m.index, end: m.index + m[0].length, text: m[0] },
    { field: 'sub_event_type', start: m.index, end: m.index + m[0].length, text: m[0] },
    ev(text, 'location', place.location),
  ];
  if (killed) evidence.push({ field: 'fatalities', start: killed.index, end: killed.index + killed[0].length, text: killed[0] });
  const sentence = text.split(/(?<=[.!?])\s+/).find((s) => re.test(s)) ?? text.slice(0, 200);
  return {
    events: [
      {
        event_date: published, time_precision: 1, event_type: type, sub_event_type: sub, actor1, assoc_actor_1: null, inter1,
        actor2: null, assoc_actor_2: null, inter2: null, interaction: `${inter1} only`, country: place.country, admin1: place.admin1,
        admin2: null, admin3: null, location: place.location, latitude: place.lat, longitude: place.lon, geo_precision: 1, fatalities,
        wounded: null, arrested: null, geonameid: null, notes: sentence, confidence: 0.6, evidence,
      },
    ],
    background: [],
    warnings,
  };
}

export interface MockServer {
  url: string;
  server: Server;
  data: FixtureStore;
  close(): Promise<void>;
}

export async function startMockServer(port = 0, generated = 400): Promise<MockServer> {
  const data = buildFixtures(generated);
  const hashes = new Map(data.reports.map((r) => [createHash('sha256').update(r.text).digest('hex'), r.id]));

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const p = url.searchParams;
    const path = url.pathname;
    if (req.method === 'GET' && path === '/api/events') {
      let list = filterEvents(data.events, p);
      const sort = p.get('sort') ?? '-date';
      const desc = sort.startsWith('-');
      const key = sort.replace(/^-/, '');
      const val = (e: FixtureEvent): string | number => (key === 'fatalities' ? e.fatalities : key === 'date' ? (e.event_date ?? '') : String((e as unknown as Record<string, unknown>)[key] ?? ''));
      list = [...list].sort((a, b) => {
        const x = val(a);
        const y = val(b);
        const c = x < y ? -1 : x > y ? 1 : a.id - b.id;
        return desc ? -c : c;
      });
      const limit = Math.min(500, Math.max(1, Number(p.get('limit') ?? 50) || 50));
      const offset = Number(p.get('cursor') ?? 0) || 0;
      const page = list.slice(offset, offset + limit);
      return json(res, 200, { events: page, next_cursor: offset + limit < list.length ? String(offset + limit) : null });
    }
    const one = /^\/api\/events\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && one) {
      const id = Number(decodeURIComponent(one[1]));
      const event = data.events.find((e) => e.id === id);
      if (!event) return json(res, 404, { error: `no event ${one[1]}` });
      const mentions = data.mentions.filter((m) => m.event_id === id).map(({ id: mid, report_id, extracted }) => ({ id: mid, report_id, extracted }));
      const reports = data.reports.filter((r) => mentions.some((m) => m.report_id === r.id));
      const history = data.history.filter((h) => h.event_id === id).map(({ at, report_id, changes }) => ({ at, report_id, changes }));
      return json(res, 200, { event, mentions, reports, history });
    }
    if (req.method === 'GET' && path === '/api/stats/timeline') {
      const bucket = p.get('bucket') === 'week' ? 'week' : 'day';
      const agg = new Map<string, { date: string; event_type: string; events: number; fatalities: number }>();
      for (const e of filterEvents(data.events, p)) {
        if (!e.event_date) continue;
        const date = bucket === 'week' ? weekStart(e.event_date) : e.event_date;
        const k = `${date}|${e.event_type}`;
        const b = agg.get(k) ?? { date, event_type: e.event_type, events: 0, fatalities: 0 };
        b.events++;
        b.fatalities += e.fatalities;
        agg.set(k, b);
      }
      return json(res, 200, { buckets: [...agg.values()].sort((a, b) => a.date.localeCompare(b.date)) });
    }
    if (req.method === 'GET' && path === '/api/stats/map') {
      const list = filterEvents(data.events, p).filter((e) => e.latitude !== null && e.longitude !== null);
      const zoom = Number(p.get('zoom') ?? 3) || 3;
      if (list.length <= 300) {
        return json(res, 200, {
          points: list.map((e) => ({ lat: e.latitude, lon: e.longitude, count: 1, fatalities: e.fatalities, event_type: e.event_type, geo_precision: e.geo_precision, id: e.id })),
        });
      }
      const cell = 360 / 2 ** (zoom + 4);
      const agg = new Map<string, { lat: number; lon: number; count: number; fatalities: number; event_type: string; geo_precision: number | null; id?: number }>();
      for (const e of list) {
        const k = `${Math.floor(e.latitude! / cell)}|${Math.floor(e.longitude! / cell)}|${e.event_type}|${e.geo_precision === 3 ? 3 : 1}`;
        const a = agg.get(k);
        if (a) {
          a.lat = (a.lat * a.count + e.latitude!) / (a.count + 1);
          a.lon = (a.lon * a.count + e.longitude!) / (a.count + 1);
          a.count++;
          a.fatalities += e.fatalities;
          delete a.id;
        } else {
          agg.set(k, { lat: e.latitude!, lon: e.longitude!, count: 1, fatalities: e.fatalities, event_type: e.event_type, geo_precision: e.geo_precision, id: e.id });
        }
      }
      return json(res, 200, { points: [...agg.values()] });
    }
    if (req.method === 'GET' && path === '/api/facets') {
      const event_types: Record<string, string[]> = {};
      for (const e of data.events) {
        const subs = (event_types[e.event_type] ??= []);
        if (!subs.includes(e.sub_event_type)) subs.push(e.sub_event_type);
      }
      const admin1 = new Map<string, { country: string; admin1: string }>();
      for (const e of data.events) if (e.country && e.admin1) admin1.set(`${e.country}|${e.admin1}`, { country: e.country, admin1: e.admin1 });
      return json(res, 200, {
        countries: [...new Set(data.events.map((e) => e.country).filter(Boolean))].sort(),
        admin1: [...admin1.values()].sort((a, b) => a.admin1.localeCompare(b.admin1)),
        event_types,
        actors: [...new Set(data.events.flatMap((e) => [e.actor1, e.actor2]).filter(Boolean))].sort(),
      });
    }
    if (req.method === 'POST' && path === '/api/extract') {
      const b = await body(req);
      if (typeof b.text !== 'string' || !b.text.trim()) return json(res, 400, { error: 'text is required' });
      return json(res, 200, fakeExtract(b.text, (b.published as string) || null));
    }
    if (req.method === 'POST' && path === '/api/reports') {
      const b = await body(req);
      if (typeof b.text !== 'string' || !b.text.trim()) return json(res, 400, { error: 'text is required' });
      const hash = createHash('sha256').update(b.text).digest('hex');
      const existing = hashes.get(hash);
      if (existing) {
        const ids = data.mentions.filter((m) => m.report_id === existing).map((m) => m.event_id);
        return json(res, 200, { report_id: existing, duplicate: true, events: data.events.filter((e) => ids.includes(e.id)) });
      }
      const published = (b.published as string) || null;
      const reportId = data.reports.length + 1;
      data.reports.push({ id: reportId, title: (b.title as string) ?? null, url: (b.url as string) ?? null, source: (b.source as string) ?? null, published, text: b.text });
      hashes.set(hash, reportId);
      const stored: FixtureEvent[] = [];
      const now = new Date().toISOString();
      for (const e of fakeExtract(b.text, published).events) {
        const se: FixtureEvent = {
          ...e, id: data.events.length + 1, year: e.event_date ? Number(e.event_date.slice(0, 4)) : null, source: (b.source as string) ?? null,
          source_scale: null, fatalities_low: e.fatalities, fatalities_high: e.fatalities, mention_count: 1, created_at: now, updated_at: now,
        };
        data.events.push(se);
        data.mentions.push({ id: data.mentions.length + 1, event_id: se.id, report_id: reportId, extracted: e });
        stored.push(se);
      }
      return json(res, 201, { report_id: reportId, duplicate: false, events: stored });
    }
    if (req.method === 'GET' && (path === '/api/export.csv' || path === '/api/export.geojson')) {
      const list = filterEvents(data.events, p);
      if (path.endsWith('.csv')) {
        const cols = ['id', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'admin1', 'location', 'latitude', 'longitude', 'fatalities'] as const;
        const cell = (v: unknown) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
        res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="vigil-events.csv"' });
        return void res.end([cols.join(','), ...list.map((e) => cols.map((c) => cell(e[c])).join(','))].join('\n') + '\n');
      }
      res.writeHead(200, { 'Content-Type': 'application/geo+json', 'Content-Disposition': 'attachment; filename="vigil-events.geojson"' });
      return void res.end(
        JSON.stringify({
          type: 'FeatureCollection',
          features: list
            .filter((e) => e.latitude !== null)
            .map(({ evidence: _e, ...e }) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [e.longitude, e.latitude] }, properties: e })),
        }),
      );
    }
    json(res, 404, { error: 'not found' });
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    let file = join(DIST, rel);
    if (!file.startsWith(DIST)) return json(res, 403, { error: 'forbidden' });
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      file = join(DIST, 'index.html');
    }
    try {
      const content = await readFile(file);
      res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
      res.end(content);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('web/dist is missing: run `npx vite build web`');
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handler = url.pathname.startsWith('/api/') ? api(req, res, url) : serveStatic(res, url.pathname);
    handler.catch((err) => json(res, 500, { error: String(err) }));
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    server,
    data,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const port = Number(process.argv[2] ?? 5174);
  startMockServer(port).then((m) => console.log(`mock Vigil API and dashboard on ${m.url}`));
}
