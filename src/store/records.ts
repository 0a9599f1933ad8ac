/**
 * The records the store hands out, derived from the Event schema: a StoredEvent is an Event plus what only
 * the store knows (a stable id, its sources, the range of tolls reported, timestamps).
 */
import { z } from 'zod';
import { Event } from '../schema/event.js';
import { foldWords } from '../doc/text.js';
import type { EventsTable } from './db.js';

export const StoredEvent = Event.extend({
  id: z.string().describe('Stable id, ACLED style: the country\'s ISO3 code and a sequence ("MLI12"); event_id_cnty'),
  year: z.number().int().nullable(),
  source: z.string().nullable().describe('Outlets that reported the event, "A; B"'),
  source_scale: z.string().nullable().describe('Scales of those outlets where known, "National-International"'),
  fatalities_low: z.number().int().nonnegative().nullable().describe('Lowest toll a report gave'),
  fatalities_high: z.number().int().nonnegative().nullable().describe('Highest toll a report gave'),
  mention_count: z.number().int().positive(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type StoredEvent = z.infer<typeof StoredEvent>;

/** What fusion computes from an event's mentions; the store adds the rest. */
export type FusedEvent = Omit<StoredEvent, 'id' | 'year' | 'created_at' | 'updated_at'>;

export const StoredReport = z.object({
  id: z.string().describe('Content hash of the text'),
  title: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  published: z.string().nullable(),
  text: z.string(),
});
export type StoredReport = z.infer<typeof StoredReport>;

export const Mention = z.object({
  id: z.string(),
  report_id: z.string(),
  extracted: Event.describe("What that report said, evidence offsets into that report's text"),
});
export type Mention = z.infer<typeof Mention>;

export const HistoryEntry = z.object({
  at: z.string(),
  report_id: z.string(),
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const EventDetail = z.object({
  event: StoredEvent,
  mentions: z.array(Mention),
  reports: z.array(StoredReport),
  history: z.array(HistoryEntry),
});
export type EventDetail = z.infer<typeof EventDetail>;

/** Monday of the week of a YYYY-MM-DD date. */
export function weekOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** The row of the events table for a record: its filterable projections. */
export function eventRow(event: StoredEvent): EventsTable {
  return {
    id: event.id,
    sort_date: event.event_date ?? '0000-00-00',
    week: event.event_date ? weekOf(event.event_date) : null,
    event_date: event.event_date,
    time_precision: event.time_precision,
    country: event.country,
    admin1: event.admin1,
    event_type: event.event_type,
    sub_event_type: event.sub_event_type,
    actor1: event.actor1,
    actor2: event.actor2,
    assoc_actor_1: event.assoc_actor_1,
    assoc_actor_2: event.assoc_actor_2,
    latitude: event.latitude,
    longitude: event.longitude,
    geo_precision: event.geo_precision,
    fatalities: event.fatalities,
    created_at: event.created_at,
    updated_at: event.updated_at,
  };
}

/** The words `q` finds an event by: its notes, actors and places, folded (case and accents ignored). */
export function searchWords(event: StoredEvent): string[] {
  const text = [
    event.notes,
    event.actor1,
    event.actor2,
    event.assoc_actor_1,
    event.assoc_actor_2,
    event.location,
    event.admin1,
    event.admin2,
    event.admin3,
    event.country,
  ];
  return [...new Set(foldWords(text.filter(Boolean).join(' ')).filter((w) => w.length <= 64))];
}

export function parseRecord(record: string): StoredEvent {
  return JSON.parse(record) as StoredEvent;
}
