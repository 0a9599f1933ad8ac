/**
 * The GeoNames text formats (geonames.org/export/dump): country dumps (19 tab-separated columns) and the
 * admin1CodesASCII / admin2Codes tables (code, name, ASCII name, geonameid). Parsing only; what to keep is
 * decided here too, because it is a property of GeoNames' feature codes.
 */
import type { AdminCode, PlaceColumns } from './records.js';

export type GeoNamesKind = 'places' | 'admin1' | 'admin2';

/** A country-dump row, alternate names still raw. */
export interface GeoNamesPlace extends PlaceColumns {
  alternates: string[];
}

const DUMP_COLUMNS = 19;
const ADMIN_COLUMNS = 4;
const ADMIN1_CODE = /^[A-Z]{2}\.[^.\s]+$/;
const ADMIN2_CODE = /^[A-Z]{2}\.[^.\s]+\.[^.\s]+$/;
const INTEGER = /^\d+$/;

/** The kind of a GeoNames file, told by the shape of one of its lines; null when it is none of them. */
export function detectKind(line: string): GeoNamesKind | null {
  const columns = line.split('\t');
  if (columns.length === DUMP_COLUMNS && INTEGER.test(columns[0])) return 'places';
  if (columns.length === ADMIN_COLUMNS && ADMIN1_CODE.test(columns[0])) return 'admin1';
  if (columns.length === ADMIN_COLUMNS && ADMIN2_CODE.test(columns[0])) return 'admin2';
  return null;
}

/** A country-dump line, or null when it is malformed. */
export function parsePlaceLine(line: string): GeoNamesPlace | null {
  const c = line.split('\t');
  if (c.length !== DUMP_COLUMNS || !INTEGER.test(c[0]) || !c[1] || !/^[A-Z]{2}$/.test(c[8])) return null;
  const latitude = Number(c[4]);
  const longitude = Number(c[5]);
  if (!c[4] || !c[5] || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  return {
    geonameid: Number(c[0]),
    name: c[1],
    asciiname: c[2] || c[1],
    alternates: c[3] ? c[3].split(',') : [],
    latitude,
    longitude,
    featureClass: c[6],
    featureCode: c[7],
    country: c[8],
    admin1Code: c[10],
    admin2Code: c[11],
    admin3Code: c[12],
    population: Number(c[14]) || 0,
  };
}

/** An admin-codes line of the given kind, or null when it is malformed. */
export function parseAdminCodeLine(line: string, kind: 'admin1' | 'admin2'): AdminCode | null {
  const c = line.split('\t');
  const shape = kind === 'admin1' ? ADMIN1_CODE : ADMIN2_CODE;
  // Either name may be empty (GeoNames has "MC.00", name blank, ASCII name "Commune de Monaco").
  const name = c[1] || c[2];
  if (c.length !== ADMIN_COLUMNS || !shape.test(c[0]) || !name) return null;
  return { code: c[0], name, asciiname: c[2] || name, geonameid: INTEGER.test(c[3]) ? Number(c[3]) : 0 };
}

/**
 * Features worth looking up in conflict reports. Kept: every populated place (P); administrative units (A)
 * but not the country itself (PCL*: countries are answered by Country); areas and named localities (L:
 * "Gourma", "Liptako", forest reserves, parks); forests (V FRST); and the few spots (S) that events happen at
 * and reports name: camps (nomad camps are villages in the Sahel; refugee and IDP camps), mines, military
 * installations, airfields; and landmarks (isLandmark), as a last resort. Left out: the rest of hydrography and
 * relief, tens of thousands of names that repeat village names and would only add false homonyms.
 */
const KEPT_SPOTS = new Set([
  'CMP', 'CMPL', 'CMPLA', 'CMPMN', 'CMPO', 'CMPQ', 'CMPRF',
  'MN', 'MNAU', 'MNC', 'MNCU', 'MNFE', 'MNN', 'MNQ', 'MNQR',
  'INSM', 'MILB', 'BRKS', 'AIRB', 'AIRF', 'AIRP',
]);

/**
 * Landmarks kept as a last resort: wells, waterholes, ponds and lakes, wadis, dunes and hills, ruins. In the
 * Sahel many camps and hamlets are known by the well or pond they live at ("Gossi" the lake for Gossi the
 * town in a dump that lacks the town), so a name that only a landmark has is looked up among them; a name any
 * settlement has never is (see Gazetteer).
 */
const LANDMARKS = new Set([
  'H.WLL', 'H.WLLS', 'H.WTRH', 'H.WTRHS', 'H.LK', 'H.LKS', 'H.LKI', 'H.LKSI', 'H.PND', 'H.PNDI', 'H.PNDS', 'H.WAD', 'H.WADS',
  'H.OAS', 'H.SPNG', 'T.DUNE', 'T.DUNS', 'T.HLL', 'T.HLLS', 'T.MT', 'T.MTS', 'S.RUIN', 'S.WELL',
]);

export function isLandmark(featureClass: string, featureCode: string): boolean {
  return LANDMARKS.has(`${featureClass}.${featureCode}`);
}

export function isKeptFeature(featureClass: string, featureCode: string): boolean {
  if (isLandmark(featureClass, featureCode)) return true;
  switch (featureClass) {
    case 'P':
    case 'L':
      return true;
    case 'A':
      return !featureCode.startsWith('PCL');
    case 'V':
      return featureCode === 'FRST';
    case 'S':
      return KEPT_SPOTS.has(featureCode);
    default:
      return false;
  }
}
