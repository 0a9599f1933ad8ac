/**
 * One report into the store: extract its events, then, in one transaction, store the report, and for each
 * event either fuse it into the stored event it describes or create a new one, with its history. The CLI,
 * the API and the load check all record reports through here.
 */
import type { ExtractOptions } from '../extract.js';
import { ExtractResult, type Event } from '../schema/event.js';
import { bestMatch, candidateDates } from '../fusion/match.js';
import { changes, fuse } from '../fusion/merge.js';
import { isTollRevision } from '../fusion/toll.js';
import type { Db } from '../store/db.js';
import { candidateEvents, insertEvent, nextEventNumber, updateEvent } from '../store/events.js';
import { addHistory, insertMention, sourcedMentions } from '../store/mentions.js';
import type { StoredEvent } from '../store/records.js';
import { insertReport } from '../store/reports.js';
import type { Store } from '../store/store.js';
import { contentHash } from './hash.js';

/** What recording needs of the extraction engine; tests pass a small fake. */
export interface EventExtractor {
  extract(text: string, options: ExtractOptions): ExtractResult;
}

/** A report as it arrives, from a file, a feed item, a JSONL line or the API. */
export interface IncomingReport {
  text: string;
  title: string | null;
  url: string | null;
  /** The outlet ("Reuters", "Studio Tamani"). */
  source: string | null;
  /** ACLED's source scale when known ("National", "International", "Subnational"...). */
  source_scale: string | null;
  published: string | null;
  language: string | null;
  /** The id the report had where it came from (a JSONL line's "id"). */
  external_id: string | null;
}

export interface RecordResult {
  report_id: string;
  /** A report with the same text was already stored: nothing changed. */
  duplicate: boolean;
  created: StoredEvent[];
  updated: StoredEvent[];
  warnings: string[];
}

export class ExtractionError extends Error {}

export async function recordReport(store: Store, extractor: EventExtractor, report: IncomingReport): Promise<RecordResult> {
  const id = contentHash(report.text);
  const duplicate: RecordResult = { report_id: id, duplicate: true, created: [], updated: [], warnings: [] };
  // Checked before extracting, so re-ingesting a folder costs a hash per file, not an extraction.
  if (await store.reportExists(id)) return duplicate;

  const parsed = ExtractResult.safeParse(extractor.extract(report.text, { published: report.published, language: report.language }));
  if (!parsed.success) throw new ExtractionError(`the extractor returned an invalid result: ${parsed.error.message}`);
  const { events, warnings } = parsed.data;

  return store.write(async (tx) => {
    const now = new Date().toISOString();
    // Another writer may have stored the same text since the check above.
    if (!(await insertReport(tx, { id, ...report }, now))) return duplicate;
    const result: RecordResult = { report_id: id, duplicate: false, created: [], updated: [], warnings };
    const touched = new Set<string>();
    for (const [idx, event] of events.entries()) {
      const mention = { extracted: event, toll_revision: isTollRevision(event, report.text) };
      const target = await findEvent(tx, event, touched);
      const stored = target
        ? await fuseInto(tx, target, { ...mention, report_id: id, idx }, now)
        : await createEvent(tx, store, event, { ...mention, report_id: id, idx }, report, now);
      (target ? result.updated : result.created).push(stored);
      touched.add(stored.id);
    }
    return result;
  });
}

/** The stored event this one describes. Events of the same report are distinct by the extractor's word. */
async function findEvent(tx: Db, event: Event, touched: Set<string>): Promise<StoredEvent | null> {
  const dates = candidateDates(event);
  if (!dates) return null;
  const candidates = await candidateEvents(tx, event.country, dates);
  return bestMatch(
    event,
    candidates.filter((c) => !touched.has(c.id)),
  );
}

type NewMention = { extracted: Event; toll_revision: boolean; report_id: string; idx: number };

async function fuseInto(tx: Db, target: StoredEvent, mention: NewMention, now: string): Promise<StoredEvent> {
  await insertMention(tx, { ...mention, event_id: target.id }, now);
  const fused = fuse(await sourcedMentions(tx, target.id));
  const diff = changes(target, fused);
  const next: StoredEvent = { ...target, ...fused, year: yearOf(fused.event_date), updated_at: now };
  await updateEvent(tx, next);
  if (Object.keys(diff).length > 0) {
    await addHistory(tx, { event_id: target.id, at: now, report_id: mention.report_id, changes: diff });
  }
  return next;
}

async function createEvent(
  tx: Db,
  store: Store,
  event: Event,
  mention: NewMention,
  report: IncomingReport,
  now: string,
): Promise<StoredEvent> {
  const prefix = store.countryCode(event.country);
  const id = `${prefix}${await nextEventNumber(tx, prefix)}`;
  const fused = fuse([{ ...mention, published: report.published, source: report.source, source_scale: report.source_scale, created_at: now }]);
  const stored: StoredEvent = { ...fused, id, year: yearOf(fused.event_date), created_at: now, updated_at: now };
  await insertEvent(tx, stored);
  await insertMention(tx, { ...mention, event_id: id }, now);
  await addHistory(tx, { event_id: id, at: now, report_id: mention.report_id, changes: changes(null, fused) });
  return stored;
}

function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}
