/**
 * Turns place records and admin code tables into Places: attaches the names of a place's admin1/2/3 units (ASCII,
 * in ACLED's spelling), and makes the admin units themselves into places, so that "Mopti" or "Soum" is found
 * as a region when a report names one.
 */
import type { Place } from './gazetteer.js';
import { acledAdminName } from './admin-names.js';
import { adminKey, foldedKeys, type AdminCode, type PlaceRecord } from './records.js';

/** A place and the folded keys it is found by. */
export interface IndexedPlace {
  place: Place;
  keys: string[];
}

const ADMIN_LEVELS = ['ADM1', 'ADM2', 'ADM3'] as const;

/**
 * The admin code tables, later sources overriding earlier ones: units described by a dump's own ADM1/ADM2/ADM3
 * rows (the only source of admin3 names, and of admin2 names when no admin2Codes file was imported), then the
 * shipped admin1 names, then imported admin1CodesASCII / admin2Codes files.
 */
export function adminTable(records: Iterable<PlaceRecord>, ...codeLists: AdminCode[][]): Map<string, AdminCode> {
  const table = new Map<string, AdminCode>();
  for (const r of records) {
    const key = ownAdminKey(r);
    if (key) table.set(key, { code: key, name: r.place.name, asciiname: r.asciiname, geonameid: r.place.geonameid });
  }
  for (const list of codeLists) for (const code of list) table.set(code.code, code);
  return table;
}

/** The code key of an ADM1/ADM2/ADM3 feature ("ML.05.7701202" for an ADM2), null for anything else. */
function ownAdminKey(r: PlaceRecord): string | null {
  const level = ADMIN_LEVELS.indexOf(r.place.featureCode as (typeof ADMIN_LEVELS)[number]);
  if (level < 0) return null;
  return adminKeys(r)[level];
}

/** The keys of a record's admin1, admin2 and admin3 units (null from the first missing code on). */
function adminKeys(r: PlaceRecord): [string | null, string | null, string | null] {
  const k1 = adminKey(r.place.country, r.admin1Code);
  const k2 = k1 && adminKey(k1, r.admin2Code);
  return [k1, k2, k2 && adminKey(k2, r.admin3Code)];
}

/**
 * Every place: the records' places with their country and admin names filled in, plus a place for each
 * admin1/admin2 unit of the code tables that no record describes, placed at the mean coordinates of its places
 * (units without any place are left out: they cannot be located).
 */
export function buildPlaces(
  records: Map<number, PlaceRecord>,
  table: Map<string, AdminCode>,
  countryName: (iso2: string) => string,
  otherNames: ReadonlyMap<string, readonly string[]> = new Map(),
): IndexedPlace[] {
  // Cleaned once per unit, not once per place and level.
  const outputNames = new Map([...table].map(([key, code]) => [key, acledAdminName(code.asciiname)]));
  const adminName = (key: string | null) => (key === null ? null : (outputNames.get(key) ?? null));
  const places: IndexedPlace[] = [];
  const centres = new Map<string, Centre>();
  for (const record of records.values()) {
    const { place } = record;
    const [k1, k2, k3] = adminKeys(record);
    place.countryName = countryName(place.country);
    place.admin1 = adminName(k1);
    place.admin2 = adminName(k2);
    place.admin3 = adminName(k3);
    const own = ownAdminKey(record);
    const unit = own ? table.get(own) : undefined;
    if (own) place.name = acledAdminName(place.name);
    else for (const key of [k1, k2]) if (key) addToCentre(centres, key, place);
    places.push(unit ? { place, keys: unitKeys(unit, [...record.keys, ...(otherNames.get(unit.code) ?? [])]) } : record);
  }
  fillUnknownAdmins(places);
  for (const unit of table.values()) {
    if (unit.geonameid && !records.has(unit.geonameid)) {
      const place = unitPlace(unit, centres.get(unit.code), adminName, countryName);
      if (place) places.push({ place, keys: unitKeys(unit, otherNames.get(unit.code) ?? []) });
    }
  }
  return places;
}

/**
 * An admin unit is found by GeoNames' names, by ACLED's ("Province du Soum" and "Soum"), and by the other names
 * news use for it (data/geo/admin1-names.json: "Middle Shabelle" for GeoNames' "Middle Shabele").
 */
function unitKeys(unit: AdminCode, keys: readonly string[]): string[] {
  return foldedKeys([...keys, unit.name, unit.asciiname, acledAdminName(unit.name), acledAdminName(unit.asciiname)]);
}

/** Grid cells of one degree: the nine around a point hold every place within about 100 km of it. */
const CELL_DEGREES = 1;
const NEAREST_KM = 100;

/**
 * GeoNames leaves the admin codes of some places unknown ("00"); such a place takes the admin1 (and admin2, when
 * it has none) of the nearest populated place of its country that has them, within 100 km: what a coder reading
 * a map would write. Places far from any known one keep null.
 */
function fillUnknownAdmins(places: IndexedPlace[]): void {
  const missing = places.filter(({ place }) => place.admin1 === null && !place.featureCode.startsWith('ADM'));
  if (!missing.length) return;
  const countries = new Set(missing.map(({ place }) => place.country));
  const cell = (country: string, lat: number, lon: number) => `${country}|${Math.floor(lat / CELL_DEGREES)}|${Math.floor(lon / CELL_DEGREES)}`;
  const grid = new Map<string, Place[]>();
  for (const { place } of places) {
    if (place.admin1 === null || place.featureClass !== 'P' || !countries.has(place.country)) continue;
    const key = cell(place.country, place.latitude, place.longitude);
    const list = grid.get(key);
    if (list) list.push(place);
    else grid.set(key, [place]);
  }
  for (const { place } of missing) {
    let best: Place | null = null;
    let bestKm = NEAREST_KM;
    for (let dLat = -1; dLat <= 1; dLat++) {
      for (let dLon = -1; dLon <= 1; dLon++) {
        const list = grid.get(cell(place.country, place.latitude + dLat * CELL_DEGREES, place.longitude + dLon * CELL_DEGREES));
        for (const other of list ?? []) {
          const km = roughKm(place, other);
          if (km < bestKm) [best, bestKm] = [other, km];
        }
      }
    }
    if (best) {
      place.admin1 = best.admin1;
      if (place.admin2 === null) place.admin2 = best.admin2;
    }
  }
}

/** Distance in km on an equirectangular projection: precise enough within 100 km. */
function roughKm(a: Place, b: Place): number {
  const rad = Math.PI / 180;
  const x = (b.longitude - a.longitude) * Math.cos(((a.latitude + b.latitude) / 2) * rad);
  const y = b.latitude - a.latitude;
  return 111.2 * Math.sqrt(x * x + y * y);
}

interface Centre {
  latitude: number;
  longitude: number;
  count: number;
}

function addToCentre(centres: Map<string, Centre>, key: string, r: Place): void {
  const centre = centres.get(key);
  if (centre) {
    centre.latitude += r.latitude;
    centre.longitude += r.longitude;
    centre.count++;
  } else centres.set(key, { latitude: r.latitude, longitude: r.longitude, count: 1 });
}

/** The place of an admin1/admin2 unit known only from a code table, or null when it has no places to locate it. */
function unitPlace(
  unit: AdminCode,
  centre: Centre | undefined,
  adminName: (key: string | null) => string | null,
  countryName: (iso2: string) => string,
): Place | null {
  const parts = unit.code.split('.');
  if (!centre || parts.length > 3) return null;
  const country = parts[0];
  return {
    geonameid: unit.geonameid,
    name: acledAdminName(unit.name),
    country,
    countryName: countryName(country),
    admin1: adminName(parts.slice(0, 2).join('.')),
    admin2: parts.length === 3 ? adminName(unit.code) : null,
    admin3: null,
    latitude: centre.latitude / centre.count,
    longitude: centre.longitude / centre.count,
    featureClass: 'A',
    featureCode: parts.length === 2 ? 'ADM1' : 'ADM2',
    population: 0,
  };
}
