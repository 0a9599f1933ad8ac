/**
 * The two kinds of facts the gazetteer is built from, whatever their source (the shipped default data or an
 * imported GeoNames file): places, and administrative codes with their names.
 */
import { foldKey } from '../doc/text.js';
import type { Place } from './gazetteer.js';

/**
 * A place as read from a source. Its Place is made once, here, with countryName and admin names still blank:
 * buildPlaces fills them in from the codes (making one object per place rather than two keeps loading fast).
 */
export interface PlaceRecord {
  place: Place;
  asciiname: string;
  /** GeoNames admin codes ('' when none): the admin2 code is only unique within its admin1, and so on. */
  admin1Code: string;
  admin2Code: string;
  admin3Code: string;
  /** Folded look-up keys (foldKey) of the name, ASCII name and alternate names, without duplicates. */
  keys: string[];
}

/** GeoNames' columns for a place, as every source reads them. */
export interface PlaceColumns {
  geonameid: number;
  name: string;
  asciiname: string;
  latitude: number;
  longitude: number;
  featureClass: string;
  featureCode: string;
  country: string;
  admin1Code: string;
  admin2Code: string;
  admin3Code: string;
  population: number;
}

/** A record from GeoNames' columns and the place's keys. */
export function placeRecord(c: PlaceColumns, keys: string[]): PlaceRecord {
  const place: Place = {
    geonameid: c.geonameid,
    name: c.name,
    country: c.country,
    countryName: '',
    admin1: null,
    admin2: null,
    admin3: null,
    latitude: c.latitude,
    longitude: c.longitude,
    featureClass: c.featureClass,
    featureCode: c.featureCode,
    population: c.population,
  };
  const { asciiname, admin1Code, admin2Code, admin3Code } = c;
  return { place, asciiname, admin1Code, admin2Code, admin3Code, keys };
}

/** One line of admin1CodesASCII.txt / admin2Codes.txt: "ML.05" or "ML.05.7701202" and its names. */
export interface AdminCode {
  code: string;
  name: string;
  asciiname: string;
  /** 0 when the source gives none. */
  geonameid: number;
}

const LETTER = /\p{L}/u;
/** Names foldKey would only lower-case; most of the 135k default names, folded without Unicode work. */
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** An apostrophe inside a word: "Debre Mark’os", "N'Djamena", "Mek'ele"; or an Arabic ayin or hamza: "Ta‘izz", "Maʾrib". */
const INNER_APOSTROPHE = /(?<=\p{L})['’‘ʼʿʾ`](?=\p{L})/gu;

/**
 * The folded keys of a list of names, each once. Keys without a letter are dropped: GeoNames lists some codes
 * and numbers among alternate names, and no report names a place by digits alone. A name with an apostrophe
 * inside a word is also keyed without it, as reports often write it ("Debre Markos", "Ndjamena", "Taizz").
 */
export function foldedKeys(names: Iterable<string>): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const key = PLAIN.test(name) ? name.toLowerCase() : foldKey(name);
    if (LETTER.test(key)) keys.add(key);
    if (!PLAIN.test(name)) {
      const joined = foldKey(name.replace(INNER_APOSTROPHE, ''));
      if (joined !== key && LETTER.test(joined)) keys.add(joined);
    }
  }
  return [...keys];
}

/**
 * The key of an admin unit in the code tables, from its parent's key (a country code, or the key of the unit it
 * belongs to) and its own code: "ML" + "05" -> "ML.05", "ML.05" + "7701202" -> "ML.05.7701202". Null when the
 * code is missing.
 */
export function adminKey(parent: string, code: string): string | null {
  return code ? `${parent}.${code}` : null;
}
