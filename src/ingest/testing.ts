/** A stand-in for the extraction engine in tests: answers the events prepared for each text. */
import type { Event } from '../schema/event.js';
import type { EventExtractor, IncomingReport } from './record.js';

export function fakeExtractor(events: Map<string, Event[]>): EventExtractor {
  return {
    extract: (text) => ({ events: events.get(text) ?? [], background: [], warnings: [] }),
  };
}

export function incoming(text: string, fields: Partial<IncomingReport> = {}): IncomingReport {
  return {
    text,
    title: null,
    url: null,
    source: null,
    source_scale: null,
    published: null,
    language: null,
    external_id: null,
    ...fields,
  };
}
