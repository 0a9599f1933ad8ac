/**
 * A batch: the reports of every path, recorded one by one, each in its own transaction. Interrupted, a batch
 * keeps what it committed; run again, it skips those reports (same content hash) and goes on.
 */
import type { Store } from '../store/store.js';
import { listFiles, readFile, type Fallback } from './files.js';
import { recordReport, type EventExtractor } from './record.js';

export interface Summary {
  reports: number;
  new: number;
  duplicates: number;
  events_created: number;
  events_updated: number;
  errors: { origin: string; message: string }[];
}

export interface Progress {
  /** The number of items expected changed (a file turned out to hold many reports). */
  total(n: number): void;
  /** One item done. */
  tick(summary: Summary): void;
}

export async function ingestPaths(
  store: Store,
  extractor: EventExtractor,
  paths: string[],
  fallback: Fallback = {},
  progress?: Progress,
): Promise<Summary> {
  const summary: Summary = { reports: 0, new: 0, duplicates: 0, events_created: 0, events_updated: 0, errors: [] };
  const created = new Set<string>();
  const updated = new Set<string>();
  const { files, errors } = listFiles(paths);
  summary.errors.push(...errors);

  // Each file counts as one item until it is read, then as the reports it held.
  let total = files.length;
  progress?.total(total);
  for (const file of files) {
    let items = 0;
    for await (const item of readFile(file, fallback)) {
      if (++items > 1) progress?.total(++total);
      if ('error' in item) {
        summary.errors.push({ origin: item.origin, message: item.error });
      } else {
        summary.reports++;
        try {
          const result = await recordReport(store, extractor, item.report);
          if (result.duplicate) summary.duplicates++;
          else summary.new++;
          for (const e of result.created) created.add(e.id);
          for (const e of result.updated) if (!created.has(e.id)) updated.add(e.id);
        } catch (err) {
          summary.errors.push({ origin: item.origin, message: (err as Error).message });
        }
      }
      summary.events_created = created.size;
      summary.events_updated = updated.size;
      progress?.tick(summary);
    }
    if (items === 0) progress?.total(--total);
  }
  // A large batch changes what the query planner should know about the tables.
  if (summary.new > 0) await store.optimize();
  return summary;
}
