/**
 * `vigil eval`: runs the extractor on the notes of an ACLED export and scores the events against ACLED's
 * coding. The report goes to stdout; the progress bar to stderr, and only on a terminal, so redirected output
 * stays clean.
 */
import { performance } from 'node:perf_hooks';
import { type Command, InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import { createExtractor } from '../extract.js';
import { readAcledFile, selectRows } from '../eval/acled.js';
import { evaluate, summarise } from '../eval/scorer.js';
import { jsonReport, textReport } from '../eval/report.js';

interface EvalOptions {
  acled: string;
  limit?: number;
  sample?: number;
  json?: boolean;
  data?: string;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

/** A progress callback drawing a bar on stderr, or none when stderr is not a terminal. */
function progress(total: number): { onRow?: (done: number) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'eval [{bar}] {value}/{total} rows, {eta_formatted} left', etaBuffer: 200 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { onRow: (done) => bar.update(done), stop: () => bar.stop() };
}

export async function runEval(options: EvalOptions): Promise<string> {
  const file = readAcledFile(options.acled);
  const every = options.sample ?? 1;
  const rows = selectRows(file.rows, { every, limit: options.limit });
  const extractor = await createExtractor({ dataDir: options.data });
  const bar = progress(rows.length);
  const start = performance.now();
  const results = evaluate(
    rows,
    (notes, published) => extractor.extract(notes, { published }).events,
    bar.onRow,
  );
  bar.stop();
  const info = {
    file: options.acled,
    rowsInFile: file.rows.length,
    every,
    limit: options.limit ?? null,
    seconds: (performance.now() - start) / 1000,
    warnings: file.warnings,
  };
  const summary = summarise(results);
  return options.json ? jsonReport(summary, info) : textReport(summary, info);
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description("Score the extractor against ACLED's coding of the events in an ACLED export (CSV)")
    .requiredOption('--acled <file>', "an ACLED export: the extractor reads each row's notes")
    .option('--limit <n>', 'run at most n rows', positiveInteger)
    .option('--sample <k>', 'run one row in k (rows 1, k+1, 2k+1 ...): a fixed sample, comparable between runs', positiveInteger)
    .option('--json', 'print the report as JSON')
    .option('--data <dir>', "Vigil's data folder with the imported gazetteer (default: VIGIL_DATA or ./data)")
    .action(async (options: EvalOptions) => {
      process.stdout.write(await runEval(options));
    });
}
