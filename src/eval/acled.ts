/**
 * Reads an ACLED export (the CSV a user downloads from ACLED, or our dev file) into the rows the scorer
 * compares against. Header-driven: columns may come in any order, extra columns are ignored, and only `notes`
 * is required; a field whose column is missing or blank is simply not scored for that row.
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { INTER_LABELS, interLabel, type InterLabel } from '../schema/event.js';
import { UserError } from '../cli/errors.js';

/** What ACLED coded for one event: the answer the extractor is scored against. */
export interface AcledRow {
  /** 1-based position among the file's data rows, to find an example again. */
  index: number;
  id: string | null;
  notes: string;
  /** The reference date handed to the extractor: our `published` column, else the event date. */
  published: string | null;
  event_date: string | null;
  event_type: string | null;
  sub_event_type: string | null;
  actor1: string | null;
  actor2: string | null;
  inter1: InterLabel | null;
  inter2: InterLabel | null;
  admin1: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: number | null;
  fatalities: number | null;
}

export interface AcledFile {
  rows: AcledRow[];
  /** Problems that leave some fields unscored (missing columns, unreadable values), one line each. */
  warnings: string[];
}

/** Columns the scorer uses besides `notes`; their absence is reported, not fatal. */
const SCORED_COLUMNS = [
  'event_date',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'admin1',
  'latitude',
  'longitude',
  'geo_precision',
  'fatalities',
] as const;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * ACLED's date forms as YYYY-MM-DD: "2019-03-04", "2019-03-04T00:00:00Z" (API), "04 March 2019" and
 * "04-Mar-2019" (older spreadsheet exports). Null when the text is none of them.
 */
export function parseAcledDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dmy = /^(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4})$/.exec(text.trim());
  if (!dmy) return null;
  const month = MONTHS.indexOf(dmy[2].slice(0, 3).toLowerCase()) + 1;
  const day = Number(dmy[1]);
  if (month === 0 || day < 1 || day > 31) return null;
  return `${dmy[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * An actor category from either inter code style: old numeric codes (1-8, 0 for no actor) or the label
 * itself, as newer exports write it.
 */
export function parseInter(text: string): InterLabel | null {
  const value = text.trim();
  if (/^\d+$/.test(value)) return interLabel(Number(value));
  return INTER_LABELS.find((label) => label.toLowerCase() === value.toLowerCase()) ?? null;
}

function blankToNull(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function parseNumber(value: string | undefined): number | null {
  const text = blankToNull(value);
  if (text === null) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** One CSV record (keyed by lower-case header) as a row; `problems` collects what could not be read. */
function toAcledRow(record: Record<string, string>, index: number, problems: string[]): AcledRow {
  const readDate = (column: string): string | null => {
    const text = blankToNull(record[column]);
    if (text === null) return null;
    const date = parseAcledDate(text);
    if (date === null) problems.push(`row ${index}: unreadable ${column} "${text}"`);
    return date;
  };
  const fatalities = parseNumber(record.fatalities);
  const eventDate = readDate('event_date');
  return {
    index,
    id: blankToNull(record.event_id_cnty),
    notes: record.notes ?? '',
    published: readDate('published') ?? eventDate,
    event_date: eventDate,
    event_type: blankToNull(record.event_type),
    sub_event_type: blankToNull(record.sub_event_type),
    actor1: blankToNull(record.actor1),
    actor2: blankToNull(record.actor2),
    inter1: parseInter(record.inter1 ?? ''),
    inter2: parseInter(record.inter2 ?? ''),
    admin1: blankToNull(record.admin1),
    location: blankToNull(record.location),
    latitude: parseNumber(record.latitude),
    longitude: parseNumber(record.longitude),
    geo_precision: parseNumber(record.geo_precision),
    fatalities: fatalities !== null && Number.isInteger(fatalities) && fatalities >= 0 ? fatalities : null,
  };
}

/** Parses the text of an ACLED export; `name` only labels the errors. */
export function parseAcledCsv(text: string, name: string): AcledFile {
  let records: Record<string, string>[];
  let header: string[] = [];
  try {
    records = parse(text, {
      bom: true,
      columns: (names: string[]) => (header = names.map((h) => h.trim().toLowerCase())),
      skip_empty_lines: true,
      relax_column_count: true,
    });
  } catch (err) {
    throw new UserError(`${name}: not a readable CSV file (${(err as Error).message})`);
  }
  if (!header.includes('notes')) {
    throw new UserError(`${name}: no "notes" column; an ACLED export has one with each event's summary`);
  }
  const warnings = SCORED_COLUMNS.filter((c) => !header.includes(c)).map(
    (c) => `no "${c}" column: the fields that need it are not scored`,
  );
  const rows = records.map((record, i) => toAcledRow(record, i + 1, warnings));
  return { rows, warnings };
}

export function readAcledFile(file: string): AcledFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? err})`);
  }
  return parseAcledCsv(text, file);
}

/**
 * The rows to run: every `every`-th row from the first (a fixed, spread-out sample, so figures are comparable
 * between runs), then at most `limit` of them.
 */
export function selectRows<T>(rows: T[], options: { every?: number; limit?: number } = {}): T[] {
  const every = options.every ?? 1;
  const sampled = rows.filter((_, i) => i % every === 0);
  return options.limit === undefined ? sampled : sampled.slice(0, options.limit);
}
