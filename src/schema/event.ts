/**
 * The event record, defined once. Its TypeScript type, its validation, the API's JSON Schema and the CSV
 * column order all derive from the definitions in this file.
 *
 * Field names are ACLED's column names (ACLED Codebook, 2023+ export format); fields ACLED does not have
 * (wounded, arrested, geonameid, confidence, evidence) are Vigil's own.
 */
import { z } from 'zod';

/** ACLED's six event types and the sub-event types each one admits (ACLED Codebook, section 3). */
export const EVENT_HIERARCHY = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
} as const;

export type EventType = keyof typeof EVENT_HIERARCHY;
export type SubEventType = (typeof EVENT_HIERARCHY)[EventType][number];

export const EVENT_TYPES = Object.keys(EVENT_HIERARCHY) as [EventType, ...EventType[]];
export const SUB_EVENT_TYPES = Object.values(EVENT_HIERARCHY).flat() as [SubEventType, ...SubEventType[]];

/** The event type a sub-event type belongs to. */
export function eventTypeOf(sub: SubEventType): EventType {
  for (const type of EVENT_TYPES) {
    if ((EVENT_HIERARCHY[type] as readonly string[]).includes(sub)) return type;
  }
  throw new Error(`unknown sub-event type: ${sub}`);
}

/** ACLED's actor categories; the numeric codes are the old-style inter codes (1-8). */
export const INTER_LABELS = [
  'State forces',
  'Rebel group',
  'Political militia',
  'Identity militia',
  'Rioters',
  'Protesters',
  'Civilians',
  'External/Other forces',
] as const;
export type InterLabel = (typeof INTER_LABELS)[number];

export function interCode(label: InterLabel): number {
  return INTER_LABELS.indexOf(label) + 1;
}

export function interLabel(code: number): InterLabel | null {
  return INTER_LABELS[code - 1] ?? null;
}

/**
 * ACLED's interaction label: the two actors' categories, the lower code first ("State forces-Rebel group"),
 * or "<category> only" when the event has a single actor ("Protesters only").
 */
export function interactionLabel(inter1: InterLabel | null, inter2: InterLabel | null): string | null {
  if (!inter1) return null;
  if (!inter2) return `${inter1} only`;
  const [a, b] = [inter1, inter2].sort((x, y) => interCode(x) - interCode(y));
  return `${a}-${b}`;
}

/** The fields of an event that evidence can point to. */
export const EVIDENCE_FIELDS = [
  'event_date',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'actor2',
  'assoc_actor_2',
  'location',
  'admin1',
  'fatalities',
  'wounded',
  'arrested',
] as const;

export const Evidence = z
  .object({
    field: z.enum(EVIDENCE_FIELDS),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  })
  .refine((e) => e.end >= e.start, { message: 'end must not precede start' });
export type Evidence = z.infer<typeof Evidence>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const Event = z
  .object({
    event_date: isoDate.nullable().describe('Day the event happened (YYYY-MM-DD); null when the report does not tell'),
    time_precision: z
      .union([z.literal(1), z.literal(2), z.literal(3)])
      .describe("ACLED's time precision: 1 the day is known, 2 the week, 3 the month"),
    event_type: z.enum(EVENT_TYPES),
    sub_event_type: z.enum(SUB_EVENT_TYPES),
    actor1: z.string().min(1),
    assoc_actor_1: z.string().nullable().describe('Associated actors of actor1, separated by "; "'),
    inter1: z.enum(INTER_LABELS),
    actor2: z.string().nullable(),
    assoc_actor_2: z.string().nullable(),
    inter2: z.enum(INTER_LABELS).nullable(),
    interaction: z.string().describe('The two inter labels, lower code first ("State forces-Rebel group")'),
    country: z.string().nullable(),
    admin1: z.string().nullable(),
    admin2: z.string().nullable(),
    admin3: z.string().nullable(),
    location: z.string().nullable(),
    latitude: z.number().min(-90).max(90).nullable(),
    longitude: z.number().min(-180).max(180).nullable(),
    geo_precision: z
      .union([z.literal(1), z.literal(2), z.literal(3)])
      .nullable()
      .describe("ACLED's geo precision: 1 the place itself, 2 near a named place, 3 a region"),
    fatalities: z.number().int().nonnegative().describe("Deaths by ACLED's rules: every death, attackers included"),
    wounded: z.number().int().nonnegative().nullable(),
    arrested: z.number().int().nonnegative().nullable(),
    geonameid: z.number().int().nullable(),
    notes: z.string().describe('The sentences of the report that describe the event'),
    confidence: z.number().min(0).max(1),
    evidence: z.array(Evidence),
  })
  .refine((e) => (EVENT_HIERARCHY[e.event_type] as readonly string[]).includes(e.sub_event_type), {
    message: 'sub_event_type does not belong to event_type',
    path: ['sub_event_type'],
  });
export type Event = z.infer<typeof Event>;

export const BackgroundMention = z.object({
  what: z.string().describe('What the report recalls: a past or non-event mention, never a new event'),
  date: z.string().nullable().describe('The date or year it refers to, when the report gives one'),
  evidence: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })),
});
export type BackgroundMention = z.infer<typeof BackgroundMention>;

export const ExtractResult = z.object({
  events: z.array(Event),
  background: z.array(BackgroundMention),
  warnings: z.array(z.string()),
});
export type ExtractResult = z.infer<typeof ExtractResult>;

/**
 * ACLED's export columns, in ACLED's order, followed by Vigil's own. `event_id_cnty`, `year`, `source`,
 * `source_scale` are filled by the store (a single extraction has no stable id or outlet).
 */
export const CSV_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'wounded',
  'arrested',
  'geonameid',
  'confidence',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
