/**
 * `vigil extract` as a person meets it: clear one-line errors with exit code 2 for bad input, and a batch that
 * goes on past a bad line.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { testExtractor } from '../testing/extractor.js';
import { processBatchLine } from '../batch/lines.js';
import { main } from './index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'vigil-cli-'));
process.env.VIGIL_DATA = dir;

async function run(...args: string[]): Promise<{ code: number; err: string }> {
  const write = process.stderr.write.bind(process.stderr);
  let err = '';
  process.stderr.write = ((chunk: string) => {
    err += chunk;
    return true;
  }) as typeof process.stderr.write;
  try {
    return { code: await main(['node', 'vigil', ...args]), err };
  } finally {
    process.stderr.write = write;
  }
}

test('a missing file, an empty file, a binary file and a bad date are one-line errors with exit code 2', async () => {
  const empty = path.join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const binary = path.join(dir, 'photo.jpg');
  writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10, 0x4a, 0x46]));
  const ok = path.join(dir, 'ok.txt');
  writeFileSync(ok, 'Gunmen killed two traders in Gao on Friday.');
  for (const [args, message] of [
    [['extract', path.join(dir, 'nope.txt')], /no such file/],
    [['extract', empty], /empty/],
    [['extract', binary], /binary/],
    [['extract', ok, '--published', '2022-13-45'], /YYYY-MM-DD/],
    [['extract', ok, '--format', 'xml'], /json or csv/],
  ] as const) {
    const { code, err } = await run(...args);
    assert.equal(code, 2, args.join(' '));
    assert.match(err, message);
    assert.equal(err.trim().split('\n').length, 1, 'one line, no stack trace');
  }
});

test('a batch line that is not JSON, or lacks text, gets an error line; the others are processed', async () => {
  const extractor = await testExtractor();
  const good = processBatchLine(extractor, JSON.stringify({ id: 'a', text: 'Gunmen killed two traders in Gao on Friday.', published: '2023-03-14' }), 1);
  const broken = processBatchLine(extractor, '{"id": "b", "text": ', 2);
  const noText = processBatchLine(extractor, JSON.stringify({ id: 'c', published: null }), 3);
  const badDate = processBatchLine(extractor, JSON.stringify({ id: 'd', text: 'x', published: 'yesterday' }), 4);
  assert.equal(JSON.parse(good).events[0].fatalities, 2);
  assert.deepEqual(JSON.parse(broken), { id: 'line 2', error: 'not valid JSON' });
  assert.equal(JSON.parse(noText).id, 'c');
  assert.match(JSON.parse(noText).error, /"text"/);
  assert.match(JSON.parse(badDate).error, /published/);
});

test("a batch line's stated language is the one the report is read in", async () => {
  const extractor = await testExtractor();
  const line = (language?: string) =>
    JSON.parse(processBatchLine(extractor, JSON.stringify({ id: 'a', text: 'DJIBO : 4 corps retrouvés', published: '2023-03-14', language }), 1));
  assert.equal(line('fr').events[0]?.fatalities, 4);
  assert.deepEqual(line().events, []);
});
