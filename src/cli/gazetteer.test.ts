import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { Command } from 'commander';
import { UserError } from './errors.js';
import { registerGazetteer } from './gazetteer.js';

let tmp: string;
const savedDataDir = process.env.VIGIL_DATA;
before(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'vigil-cli-gazetteer-'));
  process.env.VIGIL_DATA = tmp;
});
after(async () => {
  if (savedDataDir === undefined) delete process.env.VIGIL_DATA;
  else process.env.VIGIL_DATA = savedDataDir;
  await rm(tmp, { recursive: true, force: true });
});

/** Runs `vigil ...args` and returns what it printed. */
async function run(...args: string[]): Promise<string> {
  const printed: string[] = [];
  const program = new Command('vigil').exitOverride().configureOutput({ writeOut: (text) => printed.push(text) });
  registerGazetteer(program);
  await program.parseAsync(['node', 'vigil', ...args]);
  return printed.join('');
}

test('import prints one summary line per file, into the data folder', async () => {
  const file = path.join(tmp, 'admin1CodesASCII.txt');
  await writeFile(file, 'ML.05\tSégou\tSegou\t2451477\nbroken line\n');
  const out = await run('gazetteer', 'import', file);
  assert.match(out, /admin1CodesASCII\.txt: admin1, 1 codes, 1 malformed lines skipped -> .*gazetteer.admin1CodesASCII\.tsv/);
  assert.match(await run('gazetteer', 'info'), /admin1CodesASCII\.txt {2}admin1 {2}1 /);
});

test('a missing file is a one-line user error with exit code 2', async () => {
  const missing = path.join(tmp, 'ML.txt');
  await assert.rejects(
    run('gazetteer', 'import', missing),
    (err: unknown) => err instanceof UserError && err.exitCode === 2 && err.message === `${missing}: no such file`,
  );
});
