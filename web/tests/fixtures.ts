/**
 * Invented fixture data for the mock API (mock-server.ts): a few hand-written reports (one of them hostile:
 * it contains a <script> and an onerror attribute) and a few hundred generated ones, each coded as an event
 * whose evidence offsets point into its report's text.
 */
import type { Event } from '../../src/schema/event.js';
import type { StoredEvent } from '../../src/store/records.js';

export interface FixtureReport {
  id: number;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  text: string;
}

/** A stored event of the mock, numbered rather than ACLED-style. */
export type FixtureEvent = Omit<StoredEvent, 'id'> & { id: number };

export interface FixtureMention {
  id: number;
  event_id: number;
  report_id: number;
  extracted: Event;
}

export interface FixtureHistory {
  event_id: number;
  at: string;
  report_id: number | null;
  changes: Record<string, [unknown, unknown]>;
}

/** Evidence for `field` at the first occurrence of `needle` in `text` (after `from`). */
export function ev(text: string, field: Event['evidence'][number]['field'], needle: string, from = 0): Event['evidence'][number] {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { field, start, end: start + needle.length, text: needle };
}

/** Evidence for `field` at the first match of `re` (its first group when it has one). */
export function evRe(text: string, field: Event['evidence'][number]['field'], re: RegExp): Event['evidence'][number] {
  const m = re.exec(text);
  if (!m) throw new Error(`fixture: ${re} not in text`);
  const needle = m[1] ?? m[0];
  const start = m.index + m[0].indexOf(needle);
  return { field, start, end: start + needle.length, text: needle };
}

const INTER: Record<string, Event['inter1']> = {
  state: 'State forces',
  rebel: 'Rebel group',
  militia: 'Political militia',
  identity: 'Identity militia',
  rioters: 'Rioters',
  protesters: 'Protesters',
  civilians: 'Civilians',
};

interface Place {
  country: string;
  admin1: string;
  location: string;
  lat: number;
  lon: number;
}

const PLACES: Place[] = [
  { country: 'Sudan', admin1: 'Khartoum', location: 'Omdurman', lat: 15.644, lon: 32.477 },
  { country: 'Sudan', admin1: 'Khartoum', location: 'Khartoum', lat: 15.552, lon: 32.532 },
  { country: 'Sudan', admin1: 'North Darfur', location: 'El Fasher', lat: 13.628, lon: 25.349 },
  { country: 'Sudan', admin1: 'West Darfur', location: 'El Geneina', lat: 13.452, lon: 22.448 },
  { country: 'Sudan', admin1: 'Gezira', location: 'Wad Madani', lat: 14.402, lon: 33.519 },
  { country: 'Democratic Republic of Congo', admin1: 'North Kivu', location: 'Goma', lat: -1.679, lon: 29.228 },
  { country: 'Democratic Republic of Congo', admin1: 'North Kivu', location: 'Rutshuru', lat: -1.186, lon: 29.449 },
  { country: 'Democratic Republic of Congo', admin1: 'Ituri', location: 'Bunia', lat: 1.566, lon: 30.252 },
  { country: 'Kenya', admin1: 'Nairobi', location: 'Nairobi', lat: -1.286, lon: 36.817 },
  { country: 'Kenya', admin1: 'Mombasa', location: 'Mombasa', lat: -4.043, lon: 39.668 },
  { country: 'Nigeria', admin1: 'Lagos', location: 'Lagos', lat: 6.455, lon: 3.394 },
  { country: 'Nigeria', admin1: 'Borno', location: 'Maiduguri', lat: 11.846, lon: 13.16 },
  { country: 'Mali', admin1: 'Mopti', location: 'Mopti', lat: 14.493, lon: -4.196 },
  { country: 'Mali', admin1: 'Gao', location: 'Gao', lat: 16.272, lon: -0.044 },
];

interface Template {
  type: Event['event_type'];
  sub: Event['sub_event_type'];
  actor1: string;
  inter1: keyof typeof INTER;
  actor2: string | null;
  inter2: keyof typeof INTER | null;
  countries: string[];
  /** Sentence with {date} {place} {n} {a1} {a2} {verb}. */
  sentence: string;
  verb: string;
  maxFatalities: number;
}

const TEMPLATES: Template[] = [
  {
    type: 'Battles', sub: 'Armed clash', actor1: 'Military Forces of Sudan (2019-)', inter1: 'state', actor2: 'RSF: Rapid Support Forces', inter2: 'militia',
    countries: ['Sudan'], sentence: 'Fighting between {a1} and {a2} killed {n} people in {place} on {date}, residents said.', verb: 'Fighting', maxFatalities: 40,
  },
  {
    type: 'Explosions/Remote violence', sub: 'Air/drone strike', actor1: 'Military Forces of Sudan (2019-)', inter1: 'state', actor2: 'Civilians (Sudan)', inter2: 'civilians',
    countries: ['Sudan'], sentence: 'An airstrike by {a1} hit a market in {place} on {date}, killing {n} civilians.', verb: 'airstrike', maxFatalities: 30,
  },
  {
    type: 'Battles', sub: 'Armed clash', actor1: 'M23: March 23 Movement', inter1: 'rebel', actor2: 'Military Forces of the Democratic Republic of Congo (2019-)', inter2: 'state',
    countries: ['Democratic Republic of Congo'], sentence: '{a1} rebels clashed with {a2} near {place} on {date}; {n} fighters were killed.', verb: 'clashed', maxFatalities: 25,
  },
  {
    type: 'Violence against civilians', sub: 'Attack', actor1: 'ADF: Allied Democratic Forces', inter1: 'rebel', actor2: 'Civilians (Democratic Republic of Congo)', inter2: 'civilians',
    countries: ['Democratic Republic of Congo'], sentence: 'Suspected {a1} militants attacked villagers in {place} on {date}, killing {n}.', verb: 'attacked', maxFatalities: 20,
  },
  {
    type: 'Protests', sub: 'Peaceful protest', actor1: 'Protesters (Kenya)', inter1: 'protesters', actor2: null, inter2: null,
    countries: ['Kenya', 'Nigeria'], sentence: 'Hundreds of {a1} marched peacefully in {place} on {date} against the finance bill; {n} people died.', verb: 'marched', maxFatalities: 0,
  },
  {
    type: 'Riots', sub: 'Violent demonstration', actor1: 'Rioters (Nigeria)', inter1: 'rioters', actor2: 'Police Forces of Nigeria (2023-)', inter2: 'state',
    countries: ['Nigeria', 'Kenya'], sentence: '{a1} burned tyres and threw stones at {a2} in {place} on {date}; {n} people were killed.', verb: 'burned', maxFatalities: 3,
  },
  {
    type: 'Explosions/Remote violence', sub: 'Remote explosive/landmine/IED', actor1: 'JNIM: Group for Support of Islam and Muslims', inter1: 'rebel', actor2: 'Military Forces of Mali (2021-)', inter2: 'state',
    countries: ['Mali', 'Nigeria'], sentence: 'A roadside bomb planted by {a1} struck a convoy of {a2} near {place} on {date}, killing {n} soldiers.', verb: 'roadside bomb', maxFatalities: 15,
  },
  {
    type: 'Strategic developments', sub: 'Arrests', actor1: 'Police Forces of Kenya (2022-)', inter1: 'state', actor2: 'Civilians (Kenya)', inter2: 'civilians',
    countries: ['Kenya', 'Nigeria', 'Mali'], sentence: '{a1} arrested {n} activists in {place} on {date}.', verb: 'arrested', maxFatalities: 30,
  },
];

/** A deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface FixtureStore {
  reports: FixtureReport[];
  events: FixtureEvent[];
  mentions: FixtureMention[];
  history: FixtureHistory[];
}

function baseEvent(partial: Partial<Event> & Pick<Event, 'event_type' | 'sub_event_type' | 'actor1' | 'inter1'>): Event {
  const inter1 = partial.inter1;
  const inter2 = partial.inter2 ?? null;
  const order = ['State forces', 'Rebel group', 'Political militia', 'Identity militia', 'Rioters', 'Protesters', 'Civilians', 'External/Other forces'];
  const interaction = inter2 ? [inter1, inter2].sort((a, b) => order.indexOf(a) - order.indexOf(b)).join('-') : `${inter1} only`;
  return {
    event_date: null,
    time_precision: 1,
    assoc_actor_1: null,
    actor2: null,
    assoc_actor_2: null,
    inter2,
    interaction,
    country: null,
    admin1: null,
    admin2: null,
    admin3: null,
    location: null,
    latitude: null,
    longitude: null,
    geo_precision: 1,
    fatalities: 0,
    wounded: null,
    arrested: null,
    geonameid: null,
    notes: '',
    confidence: 0.8,
    evidence: [],
    ...partial,
  } as Event;
}

export function buildFixtures(generated = 400): FixtureStore {
  const store: FixtureStore = { reports: [], events: [], mentions: [], history: [] };
  let mentionId = 1;
  const add = (report: Omit<FixtureReport, 'id'>, events: Event[], extra: Partial<FixtureEvent> = {}) => {
    const reportId = store.reports.length + 1;
    store.reports.push({ id: reportId, ...report });
    const ids: number[] = [];
    for (const e of events) {
      const id = store.events.length + 1;
      const stamp = `${report.published ?? '2024-01-01'}T12:00:00Z`;
      store.events.push({
        ...e,
        id,
        year: e.event_date ? Number(e.event_date.slice(0, 4)) : null,
        source: report.source,
        source_scale: 'International',
        fatalities_low: e.fatalities,
        fatalities_high: e.fatalities,
        mention_count: 1,
        created_at: stamp,
        updated_at: stamp,
        ...extra,
      });
      store.mentions.push({ id: mentionId++, event_id: id, report_id: reportId, extracted: e });
      ids.push(id);
    }
    return { reportId, ids };
  };

  // 1. A battle in Omdurman, later confirmed by a second report that raised the toll (history).
  const t1 =
    'KHARTOUM, March 9 (Reuters) - Fighting between the Sudanese army and the Rapid Support Forces killed at least 12 people in Omdurman on Saturday, residents said.\n\nThe clashes, which began at dawn in the Karari district, forced hundreds of families to flee. In 2023 a similar battle destroyed the main market.';
  const e1 = baseEvent({
    event_date: '2024-03-09', event_type: 'Battles', sub_event_type: 'Armed clash',
    actor1: 'Military Forces of Sudan (2019-)', inter1: 'State forces', actor2: 'RSF: Rapid Support Forces', inter2: 'Political militia',
    country: 'Sudan', admin1: 'Khartoum', location: 'Omdurman', latitude: 15.644, longitude: 32.477, geonameid: 365137,
    fatalities: 12, notes: 'Fighting between the Sudanese army and the Rapid Support Forces killed at least 12 people in Omdurman on Saturday.',
    confidence: 0.92,
    evidence: [
      ev(t1, 'event_type', 'Fighting'), ev(t1, 'sub_event_type', 'Fighting'), ev(t1, 'actor1', 'Sudanese army'),
      ev(t1, 'actor2', 'Rapid Support Forces'), ev(t1, 'fatalities', 'killed at least 12 people'), ev(t1, 'location', 'Omdurman', 100),
      ev(t1, 'event_date', 'on Saturday'),
    ],
  });
  const r1 = add({ title: 'Fighting kills 12 in Omdurman', url: 'https://example.org/sudan/omdurman-fighting', source: 'Reuters', published: '2024-03-10', text: t1 }, [e1]);
  const t1b = 'Sudan: The death toll from Saturday\'s fighting in Omdurman between the army and the RSF has risen to 15, a medical group said on Monday.';
  const r1b = store.reports.length + 1;
  store.reports.push({ id: r1b, title: 'Omdurman toll rises to 15', url: 'https://example.org/sudan/omdurman-toll', source: 'Sudan Tribune', published: '2024-03-11', text: t1b });
  const ev1 = store.events[r1.ids[0] - 1];
  store.mentions.push({
    id: mentionId++, event_id: ev1.id, report_id: r1b,
    extracted: { ...e1, fatalities: 15, evidence: [ev(t1b, 'fatalities', 'risen to 15'), ev(t1b, 'location', 'Omdurman'), ev(t1b, 'actor2', 'RSF'), ev(t1b, 'event_type', 'fighting')] },
  });
  Object.assign(ev1, { fatalities: 15, fatalities_low: 12, fatalities_high: 15, mention_count: 2, source: 'Reuters; Sudan Tribune', updated_at: '2024-03-11T09:00:00Z' });
  store.history.push({ event_id: ev1.id, at: '2024-03-11T09:00:00Z', report_id: r1b, changes: { fatalities: [12, 15], source: ['Reuters', 'Reuters; Sudan Tribune'] } });

  // 2. An airstrike in El Fasher.
  const t2 =
    'EL FASHER, Sudan (AP) - An airstrike hit the Abu Shouk camp in El Fasher, North Darfur, on Tuesday, March 12, killing five civilians and wounding 20, aid workers said. The army denied carrying out the strike.';
  add({ title: 'Airstrike on El Fasher camp kills five', url: 'https://example.org/darfur/airstrike', source: 'Associated Press', published: '2024-03-13', text: t2 }, [
    baseEvent({
      event_date: '2024-03-12', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
      actor1: 'Military Forces of Sudan (2019-)', inter1: 'State forces', actor2: 'Civilians (Sudan)', inter2: 'Civilians',
      country: 'Sudan', admin1: 'North Darfur', location: 'El Fasher', latitude: 13.628, longitude: 25.349, fatalities: 5, wounded: 20,
      notes: 'An airstrike hit the Abu Shouk camp in El Fasher, North Darfur, killing five civilians and wounding 20.', confidence: 0.85,
      evidence: [
        ev(t2, 'event_type', 'airstrike'), ev(t2, 'sub_event_type', 'airstrike'), ev(t2, 'location', 'El Fasher', 20), ev(t2, 'admin1', 'North Darfur'),
        ev(t2, 'event_date', 'Tuesday, March 12'), ev(t2, 'fatalities', 'killing five civilians'), ev(t2, 'wounded', 'wounding 20'), ev(t2, 'actor2', 'civilians'),
      ],
    }),
  ]);

  // 3. Clashes located to a province only (geo_precision 3).
  const t3 =
    'GOMA (Reuters) - Heavy clashes between M23 rebels and the Congolese army were reported across South Kivu province on Wednesday, with at least 8 fighters killed, according to local sources.';
  add({ title: 'Clashes across South Kivu', url: 'https://example.org/drc/south-kivu', source: 'Reuters', published: '2024-03-14', text: t3 }, [
    baseEvent({
      event_date: '2024-03-13', event_type: 'Battles', sub_event_type: 'Armed clash',
      actor1: 'M23: March 23 Movement', inter1: 'Rebel group', actor2: 'Military Forces of the Democratic Republic of Congo (2019-)', inter2: 'State forces',
      country: 'Democratic Republic of Congo', admin1: 'South Kivu', location: 'South Kivu', latitude: -3.0, longitude: 28.3, geo_precision: 3,
      fatalities: 8, notes: 'Heavy clashes between M23 rebels and the Congolese army across South Kivu province; at least 8 fighters killed.', confidence: 0.7,
      evidence: [
        ev(t3, 'event_type', 'clashes'), ev(t3, 'actor1', 'M23 rebels'), ev(t3, 'actor2', 'Congolese army'), ev(t3, 'admin1', 'South Kivu'),
        ev(t3, 'fatalities', 'at least 8 fighters killed'), ev(t3, 'event_date', 'on Wednesday'),
      ],
    }),
  ]);

  // 4. A hostile report: its text and title carry markup that must stay inert.
  const t4 =
    'LAGOS - Rioters clashed with police in Lagos on Friday. <script>window.__vigilPwned = "script";document.title="PWNED"</script> ' +
    'Witnesses said two people were killed. <img src=x onerror="window.__vigilPwned=\'img\'"> The police said calm had returned.';
  add({ title: '<img src=x onerror="window.__vigilPwned=\'title\'">Lagos riot', url: 'javascript:window.__vigilPwned="url"', source: '<b>Wire</b>', published: '2024-03-16', text: t4 }, [
    baseEvent({
      event_date: '2024-03-15', event_type: 'Riots', sub_event_type: 'Violent demonstration',
      actor1: 'Rioters (Nigeria) <script>window.__vigilPwned="actor"</script>', inter1: 'Rioters', actor2: 'Police Forces of Nigeria (2023-)', inter2: 'State forces',
      country: 'Nigeria', admin1: 'Lagos', location: 'Lagos', latitude: 6.455, longitude: 3.394, fatalities: 2,
      notes: 'Rioters clashed with police in Lagos. <script>window.__vigilPwned="notes"</script>', confidence: 0.6,
      evidence: [ev(t4, 'actor1', 'Rioters'), ev(t4, 'actor2', 'police'), ev(t4, 'location', 'Lagos', 5), ev(t4, 'fatalities', 'two people were killed'), ev(t4, 'event_date', 'on Friday')],
    }),
  ]);

  // 5. Generated events: Jan-Jun 2024, spread over the places of each template's countries.
  const rand = rng(42);
  const sources = ['Reuters', 'AFP', 'Associated Press', 'Radio Dabanga', 'Premium Times', 'Daily Nation', 'Actualite.cd'];
  for (let i = 0; i < generated; i++) {
    const tpl = TEMPLATES[Math.floor(rand() * TEMPLATES.length)];
    const places = PLACES.filter((p) => tpl.countries.includes(p.country));
    const p = places[Math.floor(rand() * places.length)];
    const date = addDays('2024-01-01', Math.floor(rand() * 182));
    const n = Math.floor(rand() * (tpl.maxFatalities + 1));
    const published = addDays(date, 1);
    const text = tpl.sentence
      .replace('{a1}', tpl.actor1)
      .replace('{a2}', tpl.actor2 ?? '')
      .replace('{place}', p.location)
      .replace('{date}', date)
      .replace('{n}', String(n));
    const jitter = () => (rand() - 0.5) * 0.2;
    const source = sources[Math.floor(rand() * sources.length)];
    const evidence = [ev(text, 'event_type', tpl.verb), ev(text, 'actor1', tpl.actor1), ev(text, 'location', p.location), ev(text, 'event_date', date)];
    evidence.push(evRe(text, tpl.sub === 'Arrests' ? 'arrested' : 'fatalities', new RegExp(`(?:^|[\\s;,])(${n})(?=[\\s.,])`)));
    if (tpl.actor2 && text.includes(tpl.actor2)) evidence.push(ev(text, 'actor2', tpl.actor2));
    add(
      { title: `${tpl.sub} in ${p.location}`, url: `https://example.org/generated/${i}`, source, published, text },
      [
        baseEvent({
          event_date: date, event_type: tpl.type, sub_event_type: tpl.sub, actor1: tpl.actor1, inter1: INTER[tpl.inter1], actor2: tpl.actor2,
          inter2: tpl.inter2 ? INTER[tpl.inter2] : null, country: p.country, admin1: p.admin1, location: p.location,
          latitude: +(p.lat + jitter()).toFixed(4), longitude: +(p.lon + jitter()).toFixed(4), fatalities: tpl.sub === 'Arrests' ? 0 : n,
          arrested: tpl.sub === 'Arrests' ? n : null, notes: text, confidence: +(0.5 + rand() * 0.5).toFixed(2), evidence,
        }),
      ],
    );
  }
  return store;
}
