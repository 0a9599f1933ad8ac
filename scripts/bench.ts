/**
 * `npm run bench`: extraction speed on a generated corpus of 4 KB reports, on one core.
 * Reports come from scripts/corpus.ts.
 * Prints reports per second and milliseconds per report on one core, then the rate of a JSONL batch spread
 * over every core (as `vigil extract --jsonl` does), and what a day of 250,000 reports would take.
 * Each figure says how many cores the process kept busy: "one core" is one thread of JavaScript, but V8
 * collects garbage and compiles on threads of its own; and on a machine busy with other work the system may
 * give the batch fewer cores than it has threads (Linux shares time between sessions, not threads), and then
 * it runs no faster than one core. A timing, never a test.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { availableParallelism } from 'node:os';
// The compiled engine (npm run build), as the CLI and the server run it.
import { ExtractionPool } from '../dist/batch/pool.js';
import { createExtractor } from '../dist/extract.js';
import { benchReport } from './corpus.js';

/** Cores the process kept busy since `since` (a process.cpuUsage()), over `seconds` of wall time. */
function coresBusy(since: NodeJS.CpuUsage, seconds: number): string {
  const cpu = process.cpuUsage(since);
  return `${((cpu.user + cpu.system) / 1e6 / seconds).toFixed(1)} cores busy`;
}

const count = Number(process.argv[2] ?? 2000);
const extractor = await createExtractor({ dataDir: mkdtempSync(path.join(tmpdir(), 'vigil-bench-')) });
const corpus = Array.from({ length: count }, (_, i) => benchReport(i));
for (const text of corpus.slice(0, 100)) extractor.extract(text, { published: '2023-03-14' });
const start = performance.now();
const startCpu = process.cpuUsage();
let events = 0;
for (const text of corpus) events += extractor.extract(text, { published: '2023-03-14' }).events.length;
const seconds = (performance.now() - start) / 1000;
const bytes = corpus.reduce((n, t) => n + t.length, 0);
console.log(`${count} reports of ${Math.round(bytes / count)} characters, ${events} events`);
console.log(`${(count / seconds).toFixed(0)} reports/s, ${((seconds * 1000) / count).toFixed(2)} ms per report (one core; ${coresBusy(startCpu, seconds)})`);

const workers = availableParallelism();
const dataDir = mkdtempSync(path.join(tmpdir(), 'vigil-bench-'));
const pool = new ExtractionPool(workers, dataDir);
const lines = corpus.map((text, i) => ({ line: JSON.stringify({ id: String(i), text, published: '2023-03-14' }), number: i + 1 }));
const chunks = Array.from({ length: Math.ceil(lines.length / 64) }, (_, id) => ({ id, lines: lines.slice(id * 64, id * 64 + 64) }));
// Every worker is warmed up as the single core was, on 100 reports: a cold thread runs several times slower
// while V8 compiles the engine, and that start-up, a few seconds of CPU in all, is nothing over a day's batch.
// With every worker idle, each of these chunks goes to a worker of its own.
await Promise.all(Array.from({ length: workers }, (_, w) => pool.run({ id: -1 - w, lines: lines.slice(0, 100) })));
const batchStart = performance.now();
const batchCpu = process.cpuUsage();
await Promise.all(chunks.map((chunk) => pool.run(chunk)));
const batchSeconds = (performance.now() - batchStart) / 1000;
const busy = coresBusy(batchCpu, batchSeconds);
await pool.close();
const rate = count / batchSeconds;
console.log(`batch on ${workers} worker threads: ${rate.toFixed(0)} reports/s (${busy}); 250,000 reports in ${(250_000 / rate / 60).toFixed(1)} min`);
