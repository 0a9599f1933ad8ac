/**
 * From paths to reports: folders are walked, and each file becomes the reports it holds: one for a text or
 * HTML file, one per line of a JSONL file, one per item of a feed. Anything unreadable becomes an error
 * naming its file (and line or item) instead of a report; it never stops the others.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { InputError, MAX_REPORT_BYTES, readReport, textToReport } from '../input/report.js';
import { looksLikeFeed, parseFeed } from './feed.js';
import { JsonlLine, toIncoming } from './incoming.js';
import type { IncomingReport } from './record.js';

/** One report read, or why it could not be; `origin` says where ("feeds/sahel.xml item 3"). */
export type ReadItem = { origin: string; report: IncomingReport } | { origin: string; error: string };

/** What the command line says for reports that do not say it themselves. */
export type Fallback = Pick<Partial<IncomingReport>, 'published' | 'source' | 'source_scale'>;

/** A feed file may hold many reports, so it may be larger than one report. */
const MAX_FEED_BYTES = 64 * 1024 * 1024;

/** Every file under the paths, folders walked in name order, hidden files skipped; a missing path is an error. */
export function listFiles(paths: string[]): { files: string[]; errors: { origin: string; message: string }[] } {
  const files: string[] = [];
  const errors: { origin: string; message: string }[] = [];
  const visit = (p: string) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (err) {
      const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
      errors.push({ origin: p, message: missing ? 'no such file or folder' : (err as Error).message });
      return;
    }
    if (stat.isFile()) files.push(p);
    else if (stat.isDirectory()) {
      let names: string[];
      try {
        names = fs.readdirSync(p).sort();
      } catch (err) {
        errors.push({ origin: p, message: `cannot read the folder: ${(err as Error).message}` });
        return;
      }
      for (const name of names) if (!name.startsWith('.')) visit(path.join(p, name));
    }
  };
  for (const p of paths) visit(p);
  return { files, errors };
}

const isJsonl = (file: string) => /\.(jsonl|ndjson)$/i.test(file);

/** The reports of one file. */
export async function* readFile(file: string, fallback: Fallback): AsyncGenerator<ReadItem> {
  try {
    if (isJsonl(file)) {
      yield* readJsonl(file, fallback);
      return;
    }
    const size = fs.statSync(file).size;
    if (size > MAX_FEED_BYTES) throw new InputError(`the file is too large (${size} bytes)`);
    const bytes = fs.readFileSync(file);
    const head = bytes.subarray(0, 2048).toString('utf8');
    if (looksLikeFeed(head)) yield* readFeed(file, bytes.toString('utf8'), fallback);
    else yield readDocument(file, bytes, fallback);
  } catch (err) {
    yield { origin: file, error: message(err) };
  }
}

function message(err: unknown): string {
  if (err instanceof InputError) return err.message;
  const e = err as NodeJS.ErrnoException;
  return e.code ? `cannot read the file (${e.code})` : `unexpected error: ${e.message}`;
}

function readDocument(file: string, bytes: Buffer, fallback: Fallback): ReadItem {
  if (bytes.length > MAX_REPORT_BYTES) throw new InputError(`the report is too large (${bytes.length} bytes)`);
  const report = readReport(bytes);
  return { origin: file, report: toIncoming(report.text, report.fields, fallback) };
}

function* readFeed(file: string, xml: string, fallback: Fallback): Generator<ReadItem> {
  const feed = parseFeed(xml);
  for (const item of feed.items) {
    const origin = `${file} item ${item.index}`;
    if (!item.text) {
      yield { origin, error: 'the item has no title or text' };
      continue;
    }
    yield { origin, report: toIncoming(item.text, { title: item.title, url: item.url, published: item.published, source: feed.outlet }, fallback) };
  }
}

async function* readJsonl(file: string, fallback: Fallback): AsyncGenerator<ReadItem> {
  const lines = createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const origin = `${file}:${n}`;
    try {
      yield { origin, report: parseJsonlLine(line, fallback) };
    } catch (err) {
      yield { origin, error: message(err) };
    }
  }
}

function parseJsonlLine(line: string, fallback: Fallback): IncomingReport {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new InputError('not valid JSON');
  }
  const parsed = JsonlLine.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`"${issue.path.join('.') || 'line'}": ${issue.message}`);
  }
  // The text may itself be an HTML page; its metadata fills what the line leaves out.
  const report = textToReport(parsed.data.text, parsed.data.title ?? null);
  const incoming = toIncoming(report.text, parsed.data, fallback);
  return { ...incoming, title: incoming.title ?? report.fields.title ?? null, published: parsed.data.published ?? report.fields.published ?? fallback.published ?? null };
}
