/**
 * Where imported GeoNames files are kept: one compact file per imported file in the gazetteer folder, read back
 * by loadGazetteer. Compact so that loading costs no parsing beyond splitting: only the needed columns, and the
 * names already folded into look-up keys at import time (no Unicode normalization when loading).
 *
 * Format (UTF-8, one record a line, tab-separated; GeoNames names never contain tabs or newlines):
 *   line 1:  #vigil-gazetteer/1 {"kind":"places"|"admin1"|"admin2","source":"/abs/ML.txt","importedAt":"ISO date"}
 *   places:  geonameid, name, asciiname, latitude, longitude, feature class, feature code, country,
 *            admin1 code, admin2 code, admin3 code, population, keys joined by "|" (folded keys hold only
 *            letters, digits and spaces)
 *   admin1/admin2:  code ("ML.05", "ML.05.7701202"), name, asciiname, geonameid
 * The file is named after the imported file ("ML.txt" -> "ML.tsv"), so importing it again replaces it.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { GazetteerFileError } from './errors.js';
import type { GeoNamesKind } from './geonames.js';
import { placeRecord, type AdminCode, type PlaceRecord } from './records.js';

const MAGIC = '#vigil-gazetteer/1';
const EXTENSION = '.tsv';
const KEY_SEPARATOR = '|';

export interface StoreHeader {
  kind: GeoNamesKind;
  /** Absolute path of the file that was imported. */
  source: string;
  importedAt: string;
}

/** One imported file read back: its header, and its places or its admin codes. */
export interface StoredImport extends StoreHeader {
  /** Path of the compact file. */
  file: string;
  places: PlaceRecord[];
  codes: AdminCode[];
}

/** The compact file that importing `source` writes into `dir`. */
export function storePath(dir: string, source: string): string {
  const base = path.basename(source).replace(/\.[^.]*$/, '') || path.basename(source);
  return path.join(dir, base + EXTENSION);
}

export function placeRow(r: PlaceRecord): string {
  const p = r.place;
  return [
    p.geonameid, p.name, r.asciiname, p.latitude, p.longitude, p.featureClass, p.featureCode, p.country,
    r.admin1Code, r.admin2Code, r.admin3Code, p.population, r.keys.join(KEY_SEPARATOR),
  ].join('\t');
}

export function adminRow(a: AdminCode): string {
  return [a.code, a.name, a.asciiname, a.geonameid].join('\t');
}

/**
 * Writes a compact file: to a temporary name first, renamed when complete, so a failed import leaves the
 * previous file in place rather than half a file.
 */
export async function writeStore(file: string, header: StoreHeader, rows: AsyncIterable<string>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const out = createWriteStream(partial, { encoding: 'utf8' });
  try {
    await write(out, `${MAGIC} ${JSON.stringify(header)}\n`);
    for await (const row of rows) await write(out, row + '\n');
    out.end();
    await once(out, 'finish');
  } catch (err) {
    out.destroy();
    await rm(partial, { force: true });
    throw err;
  }
  await rename(partial, file);
}

/** Writes a chunk, waiting when the stream's buffer is full so a large import does not pile up in memory. */
async function write(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Every compact file of a folder, in name order (the order they are merged in); none when it does not exist. */
export async function readStores(dir: string): Promise<StoredImport[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const files = names.filter((name) => name.endsWith(EXTENSION)).sort();
  return Promise.all(files.map((name) => readStore(path.join(dir, name))));
}

export async function readStore(file: string): Promise<StoredImport> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const header = parseHeader(lines[0], file);
  const stored: StoredImport = { ...header, file, places: [], codes: [] };
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const c = lines[i].split('\t');
    if (header.kind === 'places') stored.places.push(readPlace(c));
    else stored.codes.push({ code: c[0], name: c[1], asciiname: c[2], geonameid: Number(c[3]) });
  }
  return stored;
}

function parseHeader(line: string, file: string): StoreHeader {
  if (!line.startsWith(MAGIC + ' ')) {
    throw new GazetteerFileError(`${file} is not a Vigil gazetteer file (import the GeoNames file again)`);
  }
  return JSON.parse(line.slice(MAGIC.length + 1)) as StoreHeader;
}

function readPlace(c: string[]): PlaceRecord {
  const columns = {
    geonameid: Number(c[0]),
    name: c[1],
    asciiname: c[2],
    latitude: Number(c[3]),
    longitude: Number(c[4]),
    featureClass: c[5],
    featureCode: c[6],
    country: c[7],
    admin1Code: c[8],
    admin2Code: c[9],
    admin3Code: c[10],
    population: Number(c[11]),
  };
  return placeRecord(columns, c[12] ? c[12].split(KEY_SEPARATOR) : []);
}
