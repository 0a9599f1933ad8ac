import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles, readFile, type ReadItem } from './files.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const at = (name: string) => path.join(dir, name);

async function read(name: string, fallback = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readFile(at(name), fallback)) items.push(item);
  return items;
}

function report(item: ReadItem) {
  assert.ok('report' in item, `expected a report, got: ${'error' in item ? item.error : ''}`);
  return item.report;
}

test('folders are walked recursively, in name order; a missing path is an error', () => {
  const { files, errors } = listFiles([dir, at('nowhere.txt')]);
  assert.deepEqual(
    files.map((f) => path.relative(dir, f)),
    ['army-statement.txt', 'batch.jsonl', 'broken.xml', 'empty.txt', 'feeds/observatory.atom', 'feeds/radio.rss', 'photo.txt', 'sahel-wire.html'],
  );
  assert.deepEqual(errors, [{ origin: at('nowhere.txt'), message: 'no such file or folder' }]);
});

test('a text file: its header lines are metadata, not text', async () => {
  const [item] = await read('army-statement.txt');
  const r = report(item);
  assert.equal(r.published, '2025-03-14');
  assert.equal(r.source, 'FAMa');
  assert.equal(r.source_scale, 'National');
  assert.match(r.text, /^Le vendredi 14 mars 2025/);
});

test('an HTML page: the article, not the menus; the date from its metadata, else --published', async () => {
  const r = report((await read('sahel-wire.html', { published: '2025-01-01', source: 'Sahel Wire' }))[0]);
  assert.match(r.text, /killing at least seven soldiers/);
  assert.doesNotMatch(r.text, /Subscribe now|Cookie settings/);
  assert.equal(r.published, '2025-03-15');
  assert.equal(r.source, 'Sahel Wire');
  assert.match(r.title ?? '', /Militants storm army post/);
});

test('JSONL: each line a report; a bad line is an error with its line number', async () => {
  const items = await read('batch.jsonl');
  assert.equal(items.length, 5, 'the blank line is skipped');
  const [r1, r2] = items.map((i) => ('report' in i ? i.report : null));
  assert.equal(r1?.title, 'Niamey protest');
  assert.equal(r1?.external_id, 'r1');
  assert.equal(r2?.language, 'en');
  const errors = items.filter((i) => 'error' in i);
  assert.deepEqual(
    errors.map((e) => e.origin),
    [`${at('batch.jsonl')}:3`, `${at('batch.jsonl')}:4`, `${at('batch.jsonl')}:6`],
  );
  assert.match('error' in errors[0] ? errors[0].error : '', /not valid JSON/);
  assert.match('error' in errors[1] ? errors[1].error : '', /"text"/);
  assert.match('error' in errors[2] ? errors[2].error : '', /"published"/);
});

test('RSS: each item a report with its title, link and date; the channel names the outlet', async () => {
  const items = (await read('feeds/radio.rss')).map(report);
  assert.equal(items.length, 2);
  assert.equal(items[0].source, 'Radio Dande Douentza');
  assert.equal(items[0].published, '2025-03-16');
  assert.equal(items[0].url, 'https://radio-dande.example/2025/03/16/boni-bilan');
  assert.match(items[0].text, /^Boni : le bilan de l'attaque s'alourdit\n\nLe bilan .* 12 morts parmi/s);
  assert.doesNotMatch(items[0].text, /<b>/);
});

test('Atom: entries with HTML content', async () => {
  const [entry] = (await read('feeds/observatory.atom')).map(report);
  assert.equal(entry.source, 'Liptako Security Observatory');
  assert.equal(entry.published, '2025-03-18');
  assert.equal(entry.url, 'https://observatory.example/notes/tessit-strike');
  assert.match(entry.text, /drone strike on a vehicle near Tessit/);
  assert.doesNotMatch(entry.text, /<p>/);
});

test('bad input is an error naming the file, never an exception', async () => {
  for (const [name, why] of [
    ['broken.xml', /not a valid feed/],
    ['empty.txt', /empty/],
    ['photo.txt', /binary/],
  ] as const) {
    const items = await read(name);
    assert.equal(items.length, 1);
    assert.ok('error' in items[0] && why.test(items[0].error), `${name}: ${JSON.stringify(items[0])}`);
    assert.equal(items[0].origin, at(name));
  }
});
