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
import { availableParallelism } from 'node:os';
import { processBatchLine } from '../batch/lines.js';
import { type Chunk, ExtractionPool } from '../batch/pool.js';
import { createExtractor } from '../extract.js';
import { InputError, MAX_REPORT_BYTES, readReport } from '../input/report.js';
import { CSV_COLUMNS, type Event } from '../schema/event.js';
import { UserError } from './errors.js';

interface ExtractFlags {
  published?: string;
  format: string;
  jsonl?: boolean;
  workers: string;
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
  const result = extractor.extract(report.text, { published: published ?? report.fields.published ?? null, language: report.fields.language });
  if (flags.format === 'csv') {
    process.stdout.write(eventsToCsv(result.events));
  } else {
    // Evidence offsets point into the text read; for an HTML page that is its extracted article text.
    const text = report.rewritten ? { text: report.text } : {};
    process.stdout.write(`${JSON.stringify({ ...result, ...text }, null, 2)}\n`);
  }
}

const CHUNK_LINES = 64;

/**
 * A JSONL batch: lines go in chunks to a pool of worker threads (one extractor each) and come back out in
 * input order; with one worker, the main thread does the work.
 */
async function extractBatch(file: string, workers: number): Promise<void> {
  if (file !== '-' && !existsSync(file)) throw new UserError(`no such file: ${file}`);
  const size = file === '-' ? 0 : statSync(file).size;
  const pool = workers > 1 ? new ExtractionPool(workers) : null;
  const extractor = pool ? null : await createExtractor();
  const run = (chunk: Chunk): Promise<string[]> =>
    pool ? pool.run(chunk) : Promise.resolve(chunk.lines.map(({ line, number }) => processBatchLine(extractor!, line, number)));

  const input = file === '-' ? process.stdin : createReadStream(file);
  const bar = process.stderr.isTTY && size ? new SingleBar({ format: 'extract [{bar}] {percentage}% | {value}/{total} bytes | {lines} reports', stream: process.stderr }) : null;
  bar?.start(size, 0, { lines: 0 });
  const pending: { output: Promise<string[]>; bytes: number }[] = [];
  let written = 0;
  let reports = 0;
  const flush = async (keep: number) => {
    while (pending.length > keep) {
      const { output, bytes } = pending.shift()!;
      const lines = await output;
      process.stdout.write(lines.map((l) => `${l}\n`).join(''));
      written += bytes;
      reports += lines.length;
      bar?.update(written, { lines: reports });
    }
  };
  let chunk: Chunk = { id: 0, lines: [] };
  let bytes = 0;
  let number = 0;
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      number++;
      bytes += Buffer.byteLength(line) + 1;
      if (line.trim()) chunk.lines.push({ line, number });
      if (chunk.lines.length === CHUNK_LINES) {
        pending.push({ output: run(chunk), bytes });
        chunk = { id: chunk.id + 1, lines: [] };
        bytes = 0;
        await flush(workers * 4);
      }
    }
    pending.push({ output: run(chunk), bytes });
    await flush(0);
  } finally {
    bar?.stop();
    await pool?.close();
  }
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract the events of one report (text or HTML; "-" reads standard input), or of a JSONL batch')
    .argument('<file>', 'the report, or with --jsonl the batch file')
    .option('--published <date>', "the report's publication date (YYYY-MM-DD), anchor of relative dates")
    .option('--format <format>', 'json or csv', 'json')
    .option('--jsonl', 'the file is a batch: one {"id","text","published"} object per line')
    .option('--workers <n>', 'with --jsonl: worker threads (default: one per core)', String(availableParallelism()))
    .action(async (file: string, flags: ExtractFlags) => {
      if (flags.format !== 'json' && flags.format !== 'csv') {
        throw new UserError(`--format must be json or csv, not "${flags.format}"`);
      }
      const workers = Number(flags.workers);
      if (!Number.isInteger(workers) || workers < 1) throw new UserError(`--workers must be a whole number from 1, not "${flags.workers}"`);
      if (flags.jsonl) await extractBatch(file, workers);
      else await extractOne(file, flags);
    });
}
