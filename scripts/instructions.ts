/**
 * `npm run instructions`: machine instructions per report under valgrind's callgrind, a measure of speed that,
 * unlike a timing, repeats for the same build whatever else the machine is doing. The engine first warms up on
 * 1,000 reports uninstrumented (V8 compiles it meanwhile); callgrind then counts only the extraction of the
 * next N reports (default 200) of the benchmark corpus. Needs valgrind (Debian's package). A measure, never a test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchReport } from './corpus.js';

const WARM_UP = 1000;
const count = Number(process.argv[2] ?? 200);

if (process.env.VIGIL_UNDER_CALLGRIND) {
  const { createExtractor } = await import('../dist/extract.js');
  const extractor = await createExtractor({ dataDir: mkdtempSync(path.join(tmpdir(), 'vigil-bench-')) });
  for (let i = 0; i < WARM_UP; i++) extractor.extract(benchReport(WARM_UP + i), { published: '2023-03-14' });
  const corpus = Array.from({ length: count }, (_, i) => benchReport(i));
  const instrument = (on: 'on' | 'off') => execFileSync('callgrind_control', ['-i', on, String(process.pid)], { stdio: 'ignore' });
  instrument('on');
  for (const text of corpus) extractor.extract(text, { published: '2023-03-14' });
  instrument('off');
} else {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'vigil-callgrind-')), 'callgrind.out');
  const run = spawnSync(
    'valgrind',
    ['--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${out}`, process.execPath, '--single-threaded', '--import', 'tsx', process.argv[1], String(count)],
    { env: { ...process.env, VIGIL_UNDER_CALLGRIND: '1' }, encoding: 'utf8' },
  );
  const collected = /Collected : (\d+)/.exec(run.stderr ?? '');
  if (run.error || !collected) {
    console.error(run.error ? `valgrind: ${run.error.message}` : (run.stderr ?? '').split('\n').slice(-5).join('\n'));
    process.exit(1);
  }
  const perReport = Number(collected[1]) / count;
  console.log(`${count} reports after ${WARM_UP} warm-up ones: ${(perReport / 1e6).toFixed(2)} M instructions per report`);
}
