/**
 * ACLED's spelling of administrative units. GeoNames often wraps the name in its kind ("Région de Mopti",
 * "Province du Soum", "Kati Cercle", "Département de Say"); ACLED writes the bare name ("Mopti", "Soum", "Kati",
 * "Say"). Only the wrapper is removed: "Centre-Nord" or "Commune 3" are left alone.
 */
const KIND =
  '(?:r[ée]gion|province|cercle|d[ée]partement|department|pr[ée]fecture|governorate|gouvernorat|wilaya|state|' +
  '[ée]tat|district|commune(?:\\s+(?:urbaine|rurale))?)';
const CONNECTOR = "(?:de\\s+la\\s+|de\\s+l['’]\\s*|du\\s+|des\\s+|de\\s+|d['’]\\s*|of\\s+(?:the\\s+)?)";
/** The kind word must be followed by a connector, so "Commune 3" or "Province Orientale" stay whole. */
const PREFIX = new RegExp(`^${KIND}\\s+${CONNECTOR}`, 'i');
const SUFFIX =
  /\s+(?:r[ée]gion|province|cercle|d[ée]partement|department|pr[ée]fecture|governorate|state|district)$/i;

/** The name of an administrative unit as ACLED writes it, without GeoNames' "Region", "Province de" etc. */
export function acledAdminName(name: string): string {
  const bare = name.replace(PREFIX, '').replace(SUFFIX, '').trim();
  return bare || name;
}
