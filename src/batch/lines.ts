/**
 * The lines of a JSONL batch: `{"id", "text", "published", "title"?, "language"?}` in, `{"id", "events",
 * "background"}` or `{"id", "error"}` out. A line that cannot be processed becomes an error line; it never
 * stops the batch.
 */
import type { Extractor } from '../extract.js';
import type { z } from 'zod';
import { JsonlLine } from '../ingest/incoming.js';
import { InputError, textToReport } from '../input/report.js';

export type BatchLine = z.infer<typeof JsonlLine>;

/** Validates one JSONL line against the report fields (src/ingest/incoming.ts); throws InputError saying what is wrong. */
export function parseBatchLine(line: string): BatchLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new InputError('not valid JSON');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError('not a JSON object');
  const parsed = JsonlLine.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`"${issue.path.join('.')}": ${issue.message}`);
  }
  return parsed.data;
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
    const report = textToReport(input.text, input.title ?? null);
    const { events, background } = extractor.extract(report.text, {
      published: input.published ?? report.fields.published ?? null,
      language: input.language ?? report.fields.language,
    });
    return JSON.stringify({ id: input.id, events, background });
  } catch (err) {
    const message = err instanceof InputError ? err.message : `internal error: ${(err as Error).message}`;
    return JSON.stringify({ id: typeof id === 'string' ? id : `line ${lineNumber}`, error: message });
  }
}

