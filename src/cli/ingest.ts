/**
 * `vigil ingest PATH...`: text, HTML, JSONL and feed files, and folders of them, into the store, with a
 * progress bar and a summary. Re-running skips what is stored; bad files are listed, never fatal.
 */
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { isValidIsoDay } from '../doc/calendar.js';
import { createExtractor } from '../extract.js';
import { ingestPaths, type Progress, type Summary } from '../ingest/run.js';
import { describeLocation } from '../store/db.js';
import { Store } from '../store/store.js';
import { UserError } from './errors.js';

interface IngestFlags {
  published?: string;
  source?: string;
  sourceScale?: string;
}

function progressBar(): (Progress & { stop(): void }) | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new SingleBar({
    format: 'ingest [{bar}] {value}/{total} | {new} new, {duplicates} duplicates, {errors} errors',
    stream: process.stderr,
    hideCursor: true,
  });
  bar.start(0, 0, { new: 0, duplicates: 0, errors: 0 });
  return {
    total: (n) => bar.setTotal(n),
    tick: (s) => bar.increment(1, { new: s.new, duplicates: s.duplicates, errors: s.errors.length }),
    stop: () => bar.stop(),
  };
}

export function formatSummary(s: Summary): string {
  const lines = [
    `reports read     ${s.reports}`,
    `  new            ${s.new}`,
    `  duplicates     ${s.duplicates}`,
    `events created   ${s.events_created}`,
    `events updated   ${s.events_updated}`,
    `errors           ${s.errors.length}`,
    ...s.errors.map((e) => `  ${e.origin}: ${e.message}`),
  ];
  return `${lines.join('\n')}\n`;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Read reports (text, HTML, JSONL, RSS/Atom feeds, folders) into the store and fuse their events')
    .argument('<paths...>', 'files and folders (folders are walked recursively)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for reports that do not carry one')
    .option('--source <outlet>', 'the outlet, for reports that do not name one')
    .option('--source-scale <scale>', "ACLED's source scale of that outlet (National, International...)")
    .action(async (paths: string[], flags: IngestFlags) => {
      if (flags.published !== undefined && !isValidIsoDay(flags.published)) {
        throw new UserError(`--published must be a date as YYYY-MM-DD, not "${flags.published}"`);
      }
      const store = await Store.open();
      try {
        const extractor = await createExtractor();
        const bar = progressBar();
        const summary = await ingestPaths(
          store,
          extractor,
          paths,
          { published: flags.published ?? null, source: flags.source ?? null, source_scale: flags.sourceScale ?? null },
          bar,
        );
        bar?.stop();
        process.stdout.write(`store            ${describeLocation(store.location)}\n${formatSummary(summary)}`);
        if (summary.errors.length > 0) {
          throw new UserError(`${summary.errors.length} input(s) could not be ingested (listed above)`, 1);
        }
      } finally {
        await store.close();
      }
    });
}
