/**
 * Load check (not a unit test): how fast reports go into the store, and how fast the API answers on a
 * large store. Run:
 *
 *   node --import tsx scripts/load-check.ts                 # SQLite in a temporary folder
 *   node --import tsx scripts/load-check.ts --postgres URL  # PostgreSQL, in a schema of its own
 *   options: --reports 10000 --events 100000
 *
 * 1. Ingest: 10,000 generated reports (invented, a fifth of them other outlets' takes on the same event)
 *    recorded through the same path as `vigil ingest`, with the real extractor, and again with a stand-in
 *    that answers each report's known event, so the store and fusion are measured apart from the engine.
 * 2. Queries: 100,000 generated events, then API requests (app.request, JSON included) timed.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createApp } from '../src/api/app.js';
import { createExtractor } from '../src/extract.js';
import { recordReport, type EventExtractor, type IncomingReport } from '../src/ingest/record.js';
import { interactionLabel, type Event, type InterLabel } from '../src/schema/event.js';
import { insertEvents } from '../src/store/events.js';
import type { StoredEvent } from '../src/store/records.js';
import type { Store } from '../src/store/store.js';
import { openPostgres, openSqlite, type TestStore } from '../src/store/testing.js';

const { values: args } = parseArgs({
  options: {
    reports: { type: 'string', default: '10000' },
    events: { type: 'string', default: '100000' },
    postgres: { type: 'string' },
  },
});

/** A fixed-seed generator: every run measures the same data. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
}
const rand = random(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];

const PLACES = [
  { location: 'Boni', admin1: 'Mopti', country: 'Mali', lat: 15.02, lon: -1.99 },
  { location: 'Douentza', admin1: 'Mopti', country: 'Mali', lat: 15.0, lon: -2.95 },
  { location: 'Menaka', admin1: 'Menaka', country: 'Mali', lat: 15.92, lon: 2.4 },
  { location: 'Niono', admin1: 'Segou', country: 'Mali', lat: 14.25, lon: -5.99 },
  { location: 'Djibo', admin1: 'Sahel', country: 'Burkina Faso', lat: 14.1, lon: -1.63 },
  { location: 'Fada N\'Gourma', admin1: 'Est', country: 'Burkina Faso', lat: 12.06, lon: 0.36 },
  { location: 'Kaya', admin1: 'Centre-Nord', country: 'Burkina Faso', lat: 13.09, lon: -1.08 },
  { location: 'Ayorou', admin1: 'Tillaberi', country: 'Niger', lat: 14.73, lon: 0.92 },
  { location: 'Diffa', admin1: 'Diffa', country: 'Niger', lat: 13.32, lon: 12.61 },
  { location: 'Tahoua', admin1: 'Tahoua', country: 'Niger', lat: 14.89, lon: 5.27 },
] as const;

const ATTACKERS = [
  ['JNIM: Group for Support of Islam and Muslims', 'Rebel group'],
  ['Islamic State (Sahel)', 'Rebel group'],
  ['Unidentified Armed Group', 'Political militia'],
  ['Dozo Communal Militia', 'Identity militia'],
] as const;

const KINDS = [
  { type: 'Battles', sub: 'Armed clash', target: 'Military Forces', inter: 'State forces', verb: 'clashed with soldiers' },
  { type: 'Violence against civilians', sub: 'Attack', target: 'Civilians', inter: 'Civilians', verb: 'attacked villagers' },
  { type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', target: 'Civilians', inter: 'Civilians', verb: 'planted a roadside bomb that hit a bus' },
] as const;

const OUTLETS = ['Sahel Wire', 'Radio Dande Douentza', 'Le Courrier du Liptako', 'Niger Matin', 'FAMa'];

function isoDay(offset: number): string {
  return new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

function generatedEvent(day: string): Event {
  const place = pick(PLACES);
  const [actor1, inter1] = pick(ATTACKERS);
  const kind = pick(KINDS);
  const country = `(${place.country})`;
  return {
    event_date: day,
    time_precision: 1,
    event_type: kind.type,
    sub_event_type: kind.sub,
    actor1: actor1.startsWith('Unidentified') || actor1.startsWith('Dozo') ? `${actor1} ${country}` : actor1,
    assoc_actor_1: null,
    inter1: inter1 as InterLabel,
    actor2: `${kind.target === 'Military Forces' ? `Military Forces of ${place.country}` : `Civilians ${country}`}`,
    assoc_actor_2: null,
    inter2: kind.inter as InterLabel,
    interaction: interactionLabel(inter1 as InterLabel, kind.inter as InterLabel)!,
    country: place.country,
    admin1: place.admin1,
    admin2: null,
    admin3: null,
    location: place.location,
    latitude: place.lat + (rand() - 0.5) * 0.02,
    longitude: place.lon + (rand() - 0.5) * 0.02,
    geo_precision: 1,
    fatalities: Math.floor(rand() * 15),
    wounded: null,
    arrested: null,
    geonameid: null,
    notes: `${actor1} ${kind.verb} near ${place.location}.`,
    confidence: 0.8,
    evidence: [],
  };
}

function reportText(e: Event, outlet: string, serial: number): string {
  const weekday = new Date(`${e.event_date}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  return (
    `${e.location!.toUpperCase()}, ${e.country} (${outlet}) - Gunmen ${e.event_type === 'Battles' ? 'clashed with soldiers' : 'attacked civilians'} ` +
    `near ${e.location} in ${e.admin1} region on ${weekday}, killing ${e.fatalities} people, local sources said. ` +
    `Residents said the attackers came on motorbikes. Dispatch ${serial}.`
  );
}

/** The reports, and the event each one tells (for the stand-in extractor). */
function generateReports(n: number): { reports: IncomingReport[]; truth: Map<string, Event[]> } {
  const reports: IncomingReport[] = [];
  const truth = new Map<string, Event[]>();
  let event = generatedEvent(isoDay(0));
  for (let i = 0; i < n; i++) {
    // One report in five is another outlet's take on the previous report's event.
    if (i === 0 || rand() >= 0.2) event = generatedEvent(isoDay(Math.floor(rand() * 365)));
    const outlet = pick(OUTLETS);
    const text = reportText(event, outlet, i);
    const published = isoDay(Math.round((Date.parse(event.event_date!) - Date.UTC(2024, 0, 1)) / 86_400_000) + 1);
    reports.push({ text, title: null, url: null, source: outlet, source_scale: null, published, language: 'en', external_id: String(i) });
    truth.set(text, [event]);
  }
  return { reports, truth };
}

function openStore(name: string): Promise<TestStore> {
  return args.postgres ? openPostgres(args.postgres, `vigil_load_${name}`) : openSqlite('vigil-load-');
}

async function ingest(label: string, extractor: EventExtractor, reports: IncomingReport[]): Promise<void> {
  const { store, dispose } = await openStore('ingest');
  let created = 0;
  let updated = 0;
  const start = performance.now();
  for (const report of reports) {
    const r = await recordReport(store, extractor, report);
    created += r.created.length;
    updated += r.updated.length;
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `ingest ${label}: ${reports.length} reports in ${seconds.toFixed(1)} s = ${Math.round(reports.length / seconds)} reports/s ` +
      `(${created} events created, ${updated} updates by fusion)`,
  );
  await dispose();
}

/**
 * Timestamps as a live store has them: an event is recorded a few hours to three days after it happened,
 * and a third of them are changed again by later reports within two weeks. (Every event once had the same
 * created_at and updated_at, the time of the fill, which no real store has and which misleads the
 * planners' statistics.)
 */
function stamps(day: string): { created_at: string; updated_at: string } {
  const created = Date.parse(`${day}T00:00:00Z`) + (6 + rand() * 66) * 3_600_000;
  const updated = rand() < 1 / 3 ? created + rand() * 14 * 86_400_000 : created;
  return { created_at: new Date(created).toISOString(), updated_at: new Date(updated).toISOString() };
}

/** The latest updated_at of the generated events. */
let lastUpdate = '';

async function fillEvents(store: Store, n: number): Promise<void> {
  for (let i = 0; i < n; i += 5000) {
    const batch: StoredEvent[] = [];
    for (let j = i; j < Math.min(n, i + 5000); j++) {
      const e = generatedEvent(isoDay(Math.floor(rand() * 730)));
      const times = stamps(e.event_date!);
      if (times.updated_at > lastUpdate) lastUpdate = times.updated_at;
      batch.push({
        ...e,
        id: `${store.countryCode(e.country)}${j + 1}`,
        year: Number(e.event_date!.slice(0, 4)),
        source: pick(OUTLETS),
        source_scale: null,
        fatalities_low: e.fatalities,
        fatalities_high: e.fatalities,
        mention_count: 1,
        ...times,
      });
    }
    await store.write((tx) => insertEvents(tx, batch));
  }
}

async function timeQueries(n: number): Promise<void> {
  const { store, dispose } = await openStore('query');
  const fillStart = performance.now();
  await fillEvents(store, n);
  await store.optimize();
  console.log(`\nstore filled with ${n} events in ${((performance.now() - fillStart) / 1000).toFixed(1)} s`);
  const app = createApp({ store, extractor: { extract: () => ({ events: [], background: [], warnings: [] }) } });
  const first = await (await app.request('/api/events?limit=100')).json();
  const firstByDeaths = await (await app.request('/api/events?limit=100&sort=-fatalities')).json();

  const queries: [string, string][] = [
    ['first page, no filter', '/api/events'],
    ['next page (cursor)', `/api/events?cursor=${first.next_cursor}`],
    ['country', '/api/events?country=Niger'],
    ['date range (one month)', '/api/events?from=2024-06-01&to=2024-06-30'],
    ['event type + admin1', '/api/events?event_type=Battles&admin1=Mopti'],
    ['sub-event type, rare', '/api/events?sub_event_type=Remote+explosive%2Flandmine%2FIED&country=Niger&from=2025-12-01'],
    ['actor (substring)', '/api/events?actor=islamic+state'],
    ['bbox', '/api/events?bbox=-2.5,14.5,-1.5,15.5'],
    ['q (text)', '/api/events?q=jnim+boni'],
    ['q, no match', '/api/events?q=zzzz'],
    ['all filters', '/api/events?country=Mali&from=2024-03-01&to=2024-09-30&event_type=Battles&actor=jnim&bbox=-3,14,0,16'],
    ['updated_since (none)', `/api/events?updated_since=${encodeURIComponent(new Date(Date.now() + 1000).toISOString())}`],
    ['updated_since (last week)', `/api/events?updated_since=${encodeURIComponent(new Date(Date.parse(lastUpdate) - 7 * 86_400_000).toISOString())}`],
    ['updated_since (a year)', `/api/events?updated_since=${encodeURIComponent(new Date(Date.parse(lastUpdate) - 365 * 86_400_000).toISOString())}`],
    ['sort -fatalities', '/api/events?sort=-fatalities'],
    ['sort -fatalities, next page', `/api/events?sort=-fatalities&cursor=${firstByDeaths.next_cursor}`],
    ['sort date, country', '/api/events?sort=date&country=Mali'],
    ['event detail', `/api/events/${first.events[0].id}`],
    ['timeline by day, all', '/api/stats/timeline'],
    ['timeline by week, country', '/api/stats/timeline?bucket=week&country=Mali'],
    ['map, zoom 3', '/api/stats/map?zoom=3'],
    ['map, zoom 10, bbox', '/api/stats/map?zoom=10&bbox=-3,14,0,16'],
    ['facets', '/api/facets'],
  ];
  // `first` is the first request, before any cached aggregate (facets, timeline, map) exists; the store
  // computes those again after every write, so `first` is what a request after a write costs.
  console.log(`\n${'query'.padEnd(30)} ${'first ms'.padStart(9)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(8)}  results`);
  for (const [label, url] of queries) {
    const times: number[] = [];
    let size = '';
    for (let i = 0; i < 21; i++) {
      const start = performance.now();
      const res = await app.request(url);
      const body = await res.json();
      times.push(performance.now() - start);
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
      size = String(body.events?.length ?? body.buckets?.length ?? body.points?.length ?? body.actors?.length ?? body.mentions?.length ?? '');
    }
    const cold = times[0];
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    const p95 = times[Math.floor(times.length * 0.95)];
    console.log(`${label.padEnd(30)} ${cold.toFixed(1).padStart(9)} ${median.toFixed(1).padStart(10)} ${p95.toFixed(1).padStart(8)}  ${size}`);
  }
  const start = performance.now();
  const csv = await (await app.request('/api/export.csv')).text();
  console.log(`\nexport.csv of all ${n} events: ${((performance.now() - start) / 1000).toFixed(1)} s, ${(csv.length / 1e6).toFixed(0)} MB`);
  await dispose();
}

async function main(): Promise<void> {
  const n = Number(args.reports);
  console.log(`store: ${args.postgres ? 'PostgreSQL' : 'SQLite'}; node ${process.version}; ${os.cpus()[0]?.model ?? ''}\n`);
  const { reports, truth } = generateReports(n);
  const standIn: EventExtractor = { extract: (text) => ({ events: truth.get(text) ?? [], background: [], warnings: [] }) };
  await ingest('(store + fusion, stand-in extractor)', standIn, reports);
  await ingest('(full path, real extractor)', await createExtractor(), reports);
  await timeQueries(Number(args.events));
}

await main();
