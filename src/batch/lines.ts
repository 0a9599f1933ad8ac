/**
 * The lines of a JSONL batch: `{"id", "text", "published", "title"?, "language"?}` in, `{"id", "events",
 * "background"}` or `{"id", "error"}` out. A line that cannot be processed becomes an error line; it never
 * stops the batch.
 */
import type { Extractor } from '../extract.js';
import { isValidIsoDay } from '../doc/calendar.js';
import { InputError, textToReport } from '../input/report.js';

export interface BatchLine {
  id: string;
  text: string;
  published: string | null;
}

/** Validates one JSONL line; throws InputError with what is wrong. */
export function parseBatchLine(line: string): BatchLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new InputError('not valid JSON');
  }
  const v = value as Record<string, unknown>;
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new InputError('not a JSON object');
  if (typeof v.id !== 'string' || !v.id) throw new InputError('"id" must be a non-empty string');
  if (typeof v.text !== 'string') throw new InputError('"text" must be a string');
  const published = v.published ?? null;
  if (published !== null && (typeof published !== 'string' || !isValidIsoDay(published))) {
    throw new InputError('"published" must be YYYY-MM-DD or null');
  }
  return { id: v.id, text: v.text, published: published as string | null };
}

/** Processes one batch line into its output line; never throws. */
export function processBatchLine(extractor: Extractor, line: string, lineNumber: number): string {
  let id: unknown = null;
  try {
    id = (JSON.parse(line) as { id?: unknown })?.id ?? null;
  } catch {
    // the error below says what is wrong with the line
  }
  try {
    const input = parseBatchLine(line);
    const report = textToReport(input.text);
    const { events, background } = extractor.extract(report.text, { published: input.published ?? report.published });
    return JSON.stringify({ id: input.id, events, background });
  } catch (err) {
    const message = err instanceof InputError ? err.message : `internal error: ${(err as Error).message}`;
    return JSON.stringify({ id: typeof id === 'string' ? id : `line ${lineNumber}`, error: message });
  }
}

