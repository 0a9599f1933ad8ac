/**
 * `importGeoNames`: reads GeoNames files a user downloaded (country dumps, admin1CodesASCII.txt,
 * admin2Codes.txt) and writes each, reduced to what the gazetteer needs, into the gazetteer folder, where
 * loadGazetteer merges it over the default data.
 */
import { createReadStream } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import {
  detectKind, isKeptFeature, parseAdminCodeLine, parsePlaceLine, type GeoNamesKind,
} from './geonames.js';
import { GazetteerFileError } from './errors.js';
import { foldedKeys, placeRecord } from './records.js';
import { adminRow, placeRow, storePath, writeStore } from './store.js';

export interface ImportSummary {
  /** The imported file, as given. */
  file: string;
  kind: GeoNamesKind;
  /** Places (or admin codes) written. */
  kept: number;
  /** Places left out because of their feature class (see isKeptFeature). */
  filtered: number;
  /** Malformed lines. */
  skipped: number;
  /** The compact file written. */
  output: string;
}

/** Imports the files in order. Every file is checked before any is imported, so a typo imports nothing. */
export async function importGeoNames(files: string[], options: { dir: string }): Promise<ImportSummary[]> {
  const kinds = await Promise.all(files.map(fileKind));
  const summaries: ImportSummary[] = [];
  for (const [i, file] of files.entries()) summaries.push(await importFile(file, kinds[i], options.dir));
  return summaries;
}

/** The kind of a file from its first line; a GazetteerFileError when it is missing, unreadable or not GeoNames. */
async function fileKind(file: string): Promise<GeoNamesKind> {
  try {
    await access(file, constants.R_OK);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot read it';
    throw new GazetteerFileError(`${file}: ${reason}`);
  }
  let first: string | undefined;
  try {
    for await (const line of lines(file)) {
      if (!line || line.startsWith('#')) continue;
      first = line;
      break;
    }
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new GazetteerFileError(`${file}: cannot read it (${reason})`);
  }
  const kind = first === undefined ? null : detectKind(first);
  if (kind) return kind;
  throw new GazetteerFileError(`${file}: not a GeoNames country dump, admin1CodesASCII or admin2Codes file`);
}

async function importFile(file: string, kind: GeoNamesKind, dir: string): Promise<ImportSummary> {
  const output = storePath(dir, file);
  const summary: ImportSummary = { file, kind, kept: 0, filtered: 0, skipped: 0, output };
  const header = { kind, source: path.resolve(file), importedAt: new Date().toISOString() };
  const rows = kind === 'places' ? placeRows(file, summary) : adminRows(file, kind, summary);
  try {
    await writeStore(output, header, rows);
  } catch (err) {
    throw new GazetteerFileError(`${file}: import failed: ${(err as Error).message}`);
  }
  return summary;
}

async function* placeRows(file: string, summary: ImportSummary): AsyncIterable<string> {
  for await (const line of lines(file)) {
    if (!line || line.startsWith('#')) continue;
    const place = parsePlaceLine(line);
    if (!place) summary.skipped++;
    else if (!isKeptFeature(place.featureClass, place.featureCode)) summary.filtered++;
    else {
      summary.kept++;
      yield placeRow(placeRecord(place, foldedKeys([place.name, place.asciiname, ...place.alternates])));
    }
  }
}

async function* adminRows(file: string, kind: 'admin1' | 'admin2', summary: ImportSummary): AsyncIterable<string> {
  for await (const line of lines(file)) {
    if (!line || line.startsWith('#')) continue;
    const code = parseAdminCodeLine(line, kind);
    if (!code) summary.skipped++;
    else {
      summary.kept++;
      yield adminRow(code);
    }
  }
}

/**
 * The lines of a file, read as a stream (a GeoNames dump can be larger than a string may be); the file is closed
 * even when the reader stops early.
 */
async function* lines(file: string): AsyncIterable<string> {
  const input = createReadStream(file, { encoding: 'utf8' });
  try {
    yield* createInterface({ input, crlfDelay: Infinity });
  } finally {
    input.destroy();
  }
}
