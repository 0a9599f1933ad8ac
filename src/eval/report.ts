/**
 * The evaluation report: an aligned text report for a person (figures next to their targets, confusion
 * tables, the worst examples) and the same content as JSON for scripts.
 */
import { EVENT_TYPES } from '../schema/event.js';
import {
  EXAMPLE_KINDS,
  FATALITY_BUCKETS,
  METRICS,
  NO_EVENT,
  rateValue,
  type Confusion,
  type ExampleKind,
  type FatalityBucket,
  type Metric,
  type Rate,
  type Summary,
} from './scorer.js';

/** The accuracy the project aims for on ACLED's notes, in percent (the issue that set up this harness). */
export const TARGETS: Record<Metric, number> = {
  with_event: 98,
  event_type: 92,
  sub_event_type: 85,
  event_date: 97,
  fatalities: 90,
  admin1: 95,
  location_10km: 85,
  actors: 80,
};

const METRIC_LABELS: Record<Metric, string> = {
  with_event: 'rows with an event',
  event_type: 'event_type',
  sub_event_type: 'sub_event_type',
  event_date: 'event_date (exact)',
  fatalities: 'fatalities (exact)',
  admin1: 'admin1',
  location_10km: 'location within 10 km',
  actors: 'actors found',
};

const BUCKET_LABELS: Record<FatalityBucket, string> = {
  exact: 'exact',
  off_1_2: 'off by 1-2',
  off_3_10: 'off by 3-10',
  off_over_10: 'off by more than 10',
  missed_deaths: 'missed deaths (ACLED > 0, got 0)',
  invented_deaths: 'invented deaths (ACLED 0, got > 0)',
  no_event: 'no event',
};

const EXAMPLE_TITLES: Record<ExampleKind, string> = {
  no_event: 'Rows with no event',
  event_type: 'Wrong event_type',
  sub_event_type: 'Wrong sub_event_type',
  event_date: 'Wrong event_date',
  fatalities: 'Wrong fatalities',
  admin1: 'Wrong admin1',
  location: 'Location more than 10 km away',
  actors: 'ACLED actors not found',
};

/** Short column heads for the event-type matrix, in EVENT_TYPES order. */
const TYPE_ABBREVIATIONS = ['BAT', 'ERV', 'VAC', 'PRO', 'RIO', 'STR'];

/** How the run was made, printed above the figures so a reader can reproduce them. */
export interface RunInfo {
  file: string;
  rowsInFile: number;
  every: number;
  limit: number | null;
  seconds: number;
  warnings: string[];
}

export function percent(rate: Rate): string {
  const value = rateValue(rate);
  return value === null ? 'n/a' : `${(100 * value).toFixed(1)}%`;
}

/**
 * Rows of cells as aligned text, indented by two spaces. `align` gives each column's side ("l" or "r");
 * by default the first column is left-aligned (labels) and the others right-aligned (figures).
 */
export function alignTable(rows: string[][], align = 'l'): string[] {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length)));
  const side = (col: number) => align[col] ?? 'r';
  const pad = (cell: string, col: number) =>
    side(col) === 'l' ? cell.padEnd(widths[col]) : cell.padStart(widths[col]);
  return rows.map((row) => `  ${row.map(pad).join('  ')}`.trimEnd());
}

function runLine(summary: Summary, info: RunInfo): string {
  const selection = [
    info.every > 1 ? `1 row in ${info.every}` : null,
    info.limit !== null ? `at most ${info.limit}` : null,
  ].filter(Boolean);
  const speed = info.seconds > 0 ? `, ${(summary.rows / info.seconds).toFixed(0)} rows/s` : '';
  return (
    `Vigil eval on ${info.file}: ${summary.rows} of ${info.rowsInFile} rows` +
    (selection.length ? ` (${selection.join(', ')})` : '') +
    ` in ${info.seconds.toFixed(1)} s${speed}`
  );
}

function metricsTable(summary: Summary): string[] {
  const notes: Partial<Record<Metric, string>> = {
    with_event: `${summary.rates.with_event.total - summary.rates.with_event.correct} rows with no event`,
    location_10km: 'rows with geo_precision 1-2',
    actors: `ACLED actor1/actor2 names; ${summary.jointActorsFound} joint "and/or" actors found by one component`,
  };
  const rows = METRICS.map((m) => {
    const rate = summary.rates[m];
    const value = rateValue(rate);
    const mark = value === null ? '' : 100 * value >= TARGETS[m] ? 'ok' : 'below';
    return [METRIC_LABELS[m], percent(rate), `${TARGETS[m]}%`, mark, `${rate.correct}/${rate.total}`, notes[m] ?? ''];
  });
  rows.push([
    'actor categories (inter)',
    percent(summary.inter),
    '-',
    '',
    `${summary.inter.correct}/${summary.inter.total}`,
    'not a target',
  ]);
  return alignTable([['field', 'score', 'target', '', 'right/scored', ''], ...rows], 'lrrlrl');
}

function typeMatrix(table: Confusion): string[] {
  const columns = [...EVENT_TYPES, NO_EVENT];
  const heads = [...TYPE_ABBREVIATIONS, 'none'];
  const known = new Set<string>(EVENT_TYPES);
  // A user's export may hold types outside the current hierarchy; they get their own rows, not a crash.
  const expected = [...EVENT_TYPES, ...Object.keys(table).filter((t) => !known.has(t))].filter((t) => table[t]);
  const rows = expected.map((type) => [type, ...columns.map((c) => String(table[type][c] ?? 0))]);
  return [
    '  rows: ACLED, columns: Vigil (' + EVENT_TYPES.map((t, i) => `${TYPE_ABBREVIATIONS[i]} ${t}`).join(', ') + ')',
    ...alignTable([['', ...heads], ...rows]),
  ];
}

/** Per ACLED sub-event type: how many rows, how many right, and what came instead most often. */
function subTypeList(table: Confusion): string[] {
  const rows = Object.entries(table)
    .map(([expected, got]) => {
      const total = Object.values(got).reduce((a, b) => a + b, 0);
      const right = got[expected] ?? 0;
      const instead = Object.entries(got)
        .filter(([label]) => label !== expected)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([label, count]) => `${label} ${count}`)
        .join(', ');
      return { expected, total, right, instead };
    })
    .sort((a, b) => b.total - a.total);
  return alignTable([
    ['ACLED sub-event type', 'rows', 'right', 'most often instead'],
    ...rows.map((r) => [r.expected, String(r.total), percent({ correct: r.right, total: r.total }), r.instead]),
  ], 'lrrl');
}

function fatalityTable(counts: Record<FatalityBucket, number>): string[] {
  const total = FATALITY_BUCKETS.reduce((n, b) => n + counts[b], 0);
  return alignTable(
    FATALITY_BUCKETS.map((b) => [BUCKET_LABELS[b], String(counts[b]), percent({ correct: counts[b], total })]),
  );
}

const NOTES_SHOWN = 400;

function exampleLines(summary: Summary): string[] {
  return EXAMPLE_KINDS.flatMap((kind) => {
    const list = summary.examples[kind];
    if (list.length === 0) return [];
    return [
      '',
      `${EXAMPLE_TITLES[kind]}:`,
      ...list.flatMap((e) => {
        const notes = e.notes.length > NOTES_SHOWN ? `${e.notes.slice(0, NOTES_SHOWN)}...` : e.notes;
        return [`  row ${e.index}${e.id ? ` (${e.id})` : ''}: expected ${e.expected} | got ${e.got}`, `    ${notes}`];
      }),
    ];
  });
}

export function textReport(summary: Summary, info: RunInfo): string {
  const lines = [runLine(summary, info), ''];
  lines.push(...metricsTable(summary), '');
  lines.push(
    `Events extracted: ${summary.events} (${(summary.events / Math.max(1, summary.rows)).toFixed(2)} per row); ` +
      `rows with more than one: ${summary.multiEventRows} (each ACLED row is one event; the best match is scored)`,
  );
  if (summary.errors.count > 0) {
    lines.push(`Extractor errors: ${summary.errors.count} rows (counted as no event)`);
    lines.push(...summary.errors.first.map((e) => `  ${e}`));
  }
  if (info.warnings.length > 0) {
    lines.push(`Warnings about the file: ${info.warnings.length}`);
    lines.push(...info.warnings.slice(0, 5).map((w) => `  ${w}`));
  }
  lines.push('', 'Event types', ...typeMatrix(summary.confusion.event_type));
  lines.push('', 'Sub-event types', ...subTypeList(summary.confusion.sub_event_type));
  lines.push('', 'Fatality errors', ...fatalityTable(summary.fatalityErrors));
  lines.push(...exampleLines(summary));
  return lines.join('\n') + '\n';
}

/** Everything in the text report, with rates as fractions (null when nothing was scored). */
export function jsonReport(summary: Summary, info: RunInfo): string {
  const metrics = Object.fromEntries(
    METRICS.map((m) => [m, { ...summary.rates[m], rate: rateValue(summary.rates[m]), target: TARGETS[m] / 100 }]),
  );
  return (
    JSON.stringify(
      {
        file: info.file,
        rows_in_file: info.rowsInFile,
        rows: summary.rows,
        every: info.every,
        limit: info.limit,
        seconds: Number(info.seconds.toFixed(2)),
        warnings: info.warnings,
        metrics,
        inter: { ...summary.inter, rate: rateValue(summary.inter) },
        joint_actors_found: summary.jointActorsFound,
        events: summary.events,
        multi_event_rows: summary.multiEventRows,
        errors: summary.errors,
        confusion: summary.confusion,
        fatality_errors: summary.fatalityErrors,
        examples: summary.examples,
      },
      null,
      2,
    ) + '\n'
  );
}
