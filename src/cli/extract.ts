/**
 * `vigil extract FILE [--published YYYY-MM-DD] [--format json|csv]` and `vigil extract --jsonl FILE`.
 * One report: its events, background and warnings as JSON, or its events as ACLED CSV rows.
 * A batch: one output line per input line, in order; a line that cannot be processed gets an error line and
 * the batch goes on.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { isValidIsoDay } from '../doc/calendar.js';
import { createExtractor, type Extractor } from '../extract.js';
import { InputError, MAX_REPORT_BYTES, readReport, textToReport } from '../input/report.js';
import { CSV_COLUMNS, type Event } from '../schema/event.js';
import { UserError } from './errors.js';

interface ExtractFlags {
  published?: string;
  format: string;
  jsonl?: boolean;
}

function checkDate(value: string | undefined, what: string): string | null {
  if (value === undefined || value === null) return null;
  if (!isValidIsoDay(value)) throw new UserError(`${what} must be a date as YYYY-MM-DD, not "${value}"`);
  return value;
}

function readInput(file: string): Uint8Array {
  if (file === '-') return readFileSync(0);
  if (!existsSync(file)) throw new UserError(`no such file: ${file}`);
  const stat = statSync(file);
  if (stat.isDirectory()) throw new UserError(`${file} is a folder, not a report (use "vigil ingest" for folders)`);
  if (stat.size > MAX_REPORT_BYTES) {
    throw new UserError(`${file} is too large (${stat.size} bytes; a report may be at most ${MAX_REPORT_BYTES})`);
  }
  try {
    return readFileSync(file);
  } catch (err) {
    throw new UserError(`cannot read ${file}: ${(err as Error).message}`);
  }
}

/** Events as rows under ACLED's column names (the store's own columns left empty). */
export function eventsToCsv(events: Event[]): string {
  const rows = events.map((e) => {
    const row: Record<string, unknown> = { ...e, year: e.event_date?.slice(0, 4) ?? '' };
    return CSV_COLUMNS.map((c) => row[c] ?? '');
  });
  return stringify([CSV_COLUMNS as unknown as string[], ...rows]);
}

async function extractOne(file: string, flags: ExtractFlags): Promise<void> {
  const published = checkDate(flags.published, '--published');
  let report;
  try {
    report = readReport(readInput(file));
  } catch (err) {
    if (err instanceof InputError) throw new UserError(`${file === '-' ? 'standard input' : file}: ${err.message}`);
    throw err;
  }
  const extractor = await createExtractor();
  const result = extractor.extract(report.text, { published: published ?? report.published });
  if (flags.format === 'csv') {
    process.stdout.write(eventsToCsv(result.events));
  } else {
    // Evidence offsets point into the text read; for an HTML page that is its extracted article text.
    const text = report.fromHtml ? { text: report.text } : {};
    process.stdout.write(`${JSON.stringify({ ...result, ...text }, null, 2)}\n`);
  }
}

interface BatchLine {
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

async function extractBatch(file: string): Promise<void> {
  if (file !== '-' && !existsSync(file)) throw new UserError(`no such file: ${file}`);
  const size = file === '-' ? 0 : statSync(file).size;
  const extractor = await createExtractor();
  const input = file === '-' ? process.stdin : createReadStream(file);
  const bar = process.stderr.isTTY && size ? new SingleBar({ format: 'extract [{bar}] {percentage}% | {value}/{total} bytes | {lines} reports', stream: process.stderr }) : null;
  bar?.start(size, 0, { lines: 0 });
  let bytes = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    bytes += Buffer.byteLength(line) + 1;
    if (!line.trim()) continue;
    process.stdout.write(`${processBatchLine(extractor, line, lineNumber)}\n`);
    bar?.update(bytes, { lines: lineNumber });
  }
  bar?.stop();
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract the events of one report (text or HTML; "-" reads standard input), or of a JSONL batch')
    .argument('<file>', 'the report, or with --jsonl the batch file')
    .option('--published <date>', "the report's publication date (YYYY-MM-DD), anchor of relative dates")
    .option('--format <format>', 'json or csv', 'json')
    .option('--jsonl', 'the file is a batch: one {"id","text","published"} object per line')
    .action(async (file: string, flags: ExtractFlags) => {
      if (flags.format !== 'json' && flags.format !== 'csv') {
        throw new UserError(`--format must be json or csv, not "${flags.format}"`);
      }
      if (flags.jsonl) await extractBatch(file);
      else await extractOne(file, flags);
    });
}
