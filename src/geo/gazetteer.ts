/**
 * The gazetteer: GeoNames places, looked up by name (any alternate name, with or without accents), and the
 * countries with their names and demonyms. Every look-up is one hash look-up on a folded key (foldKey), because
 * the pipeline asks for every short run of capitalized words in every report.
 */
import { foldKey } from '../doc/text.js';
import { adminTable, buildPlaces, type IndexedPlace } from './build.js';
import { defaultAdmin1, defaultAdmin1Names, defaultPlaces, loadCountries } from './defaults.js';
import type { PlaceRecord } from './records.js';
import { isLandmark } from './geonames.js';
import { readStores, type StoredImport } from './store.js';

export { GazetteerFileError } from './errors.js';
export { importGeoNames, type ImportSummary } from './import.js';

export interface Place {
  geonameid: number;
  name: string;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  countryName: string;
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
  latitude: number;
  longitude: number;
  /** GeoNames feature class and code (P/PPL, A/ADM1 ...). */
  featureClass: string;
  featureCode: string;
  population: number;
}

export interface Country {
  /** ISO 3166-1 alpha-2 code. */
  iso2: string;
  /** ACLED's English name: "Mali", "Burkina Faso", "Democratic Republic of Congo". */
  name: string;
  /** Other names, English and French: "Burkina", "Côte d'Ivoire", "RDC", "Tchad". */
  names: string[];
  /** English and French, every gender and number: "Malian", "Malians", "malien", "maliennes". */
  demonyms: string[];
  /** Regions ACLED codes under another, older one, by ACLED's admin1 name: Mali's "Menaka" as "Gao". */
  regionsCodedAs?: Record<string, string>;
}

/** A GeoNames file imported into the gazetteer folder. */
export interface ImportedFile {
  /** The compact file in the gazetteer folder. */
  file: string;
  /** The GeoNames file it was imported from. */
  source: string;
  kind: StoredImport['kind'];
  importedAt: string;
  /** Places or admin codes it holds. */
  entries: number;
}

/** Names longer than this are not indexed: a caller scanning text never needs to look further. */
const MAX_NAME_WORDS = 5;

export class Gazetteer {
  readonly countries: Country[];
  /** The longest indexed name, in words (at most 5). */
  readonly maxNameWords: number;
  readonly imports: ImportedFile[];
  /**
   * Countries whose GeoNames dump was imported: the countries the user follows, so a village there is a likelier
   * reading of a name than a homonym elsewhere when a report does not say its country.
   */
  readonly detailedCountries: ReadonlySet<string>;
  /** A lone place as itself, homonyms as a list: most names have one place, and 150k one-item lists slow loading. */
  private readonly byKey = new Map<string, Place | Place[]>();
  private readonly byId = new Map<number, Place>();
  private readonly adm1 = new Map<string, Place[]>();
  /** Places of the detailed countries by loose key (looseKey), for names spelled another way; built when first asked. */
  private byLooseKey: Map<string, Place[]> | null = null;
  /** The seat of each admin1/admin2 unit ("ML|Mopti", "BF|Sahel|Soum"): its PPLA/PPLA2, or else its largest PPLA*. */
  private readonly seats = new Map<string, Place>();
  private readonly byIso = new Map<string, Country>();
  private readonly capitals = new Map<string, Place>();
  /** Loose keys of the detailed countries by each key with one letter left out; built when first asked. */
  private byDeletion: Map<string, string[]> | null = null;
  private readonly countryKeys = new Map<string, Country>();
  private readonly demonymKeys = new Map<string, Country>();

  constructor(places: Iterable<IndexedPlace>, countries: Country[], imports: ImportedFile[] = [], detailed: Iterable<string> = []) {
    this.countries = countries;
    this.imports = imports;
    this.detailedCountries = new Set(detailed);
    let maxWords = 1;
    const landmarks: IndexedPlace[] = [];
    const index = ({ place, keys }: IndexedPlace, only: (key: string) => boolean) => {
      for (const key of keys) {
        const words = wordCount(key);
        if (words > MAX_NAME_WORDS) continue;
        if (words > maxWords) maxWords = words;
        if (only(key)) this.add(key, place);
        for (const variant of [...spellingVariants(key), ...arabicVariants(key)]) if (!keys.includes(variant) && only(variant)) this.add(variant, place);
      }
    };
    for (const entry of places) {
      const { place } = entry;
      this.byId.set(place.geonameid, place);
      if (place.featureCode === 'ADM1') append(this.adm1, place.country, place);
      if (place.featureCode.startsWith('PPLA') || place.featureCode === 'PPLC') this.addSeat(place);
      if (place.featureCode === 'PPLC' && place.population >= (this.capitals.get(place.country)?.population ?? -1)) {
        this.capitals.set(place.country, place);
      }
      if (isLandmark(place.featureClass, place.featureCode)) landmarks.push(entry);
      else index(entry, () => true);
    }
    // A landmark answers only to a name no settlement, unit or area has.
    const settled = new Set(this.byKey.keys());
    for (const entry of landmarks) index(entry, (key) => !settled.has(key));
    this.maxNameWords = maxWords;
    for (const entry of this.byKey.values()) if (Array.isArray(entry)) entry.sort(byImportance);
    this.indexCountries(countries);
  }

  /** Places in all. */
  get size(): number {
    return this.byId.size;
  }

  /** The places a folded name (foldKey) denotes, most populous first; empty when none. Do not modify the list. */
  lookup(foldedKey: string): Place[] {
    const entry = this.byKey.get(foldedKey);
    if (entry === undefined) return [];
    return Array.isArray(entry) ? entry : [entry];
  }

  /**
   * The places of the detailed countries (detailedCountries) whose name sounds like a folded name written another
   * way: "Dyabakoro" for Diabakoro, "Koulikouro" for Koulikoro, "Kani Kani" for Kanikani (but not a name with a
   * letter more or less). Empty when the name is too short to compare safely.
   */
  lookupLoose(foldedKey: string): Place[] {
    const loose = looseKey(foldedKey);
    if (loose.length < MIN_LOOSE_LENGTH || !this.detailedCountries.size) return [];
    this.byLooseKey ??= this.indexLoose();
    return this.byLooseKey.get(loose) ?? [];
  }

  private indexLoose(): Map<string, Place[]> {
    const index = new Map<string, Place[]>();
    for (const [key, entry] of this.byKey) {
      const loose = looseKey(key);
      for (const place of Array.isArray(entry) ? entry : [entry]) {
        if (!this.detailedCountries.has(place.country) || place.featureClass === 'S' || isLandmark(place.featureClass, place.featureCode)) continue;
        const list = index.get(loose);
        if (!list) index.set(loose, [place]);
        else if (!list.includes(place)) list.push(place);
      }
    }
    return index;
  }

  get(geonameid: number): Place | undefined {
    return this.byId.get(geonameid);
  }

  /** A place's admin1 as ACLED codes it: GeoNames' region, or the older region ACLED still codes it under. */
  codedAdmin1(place: Place): string | null {
    if (place.admin1 === null) return null;
    return this.byIso.get(place.country)?.regionsCodedAs?.[place.admin1] ?? place.admin1;
  }

  /** The admin1 regions of a country. */
  regions(iso2: string): Place[] {
    return this.adm1.get(iso2) ?? [];
  }

  /**
   * The seat of an admin unit, where ACLED codes an event known only by its region: for an ADM1 place its capital
   * (PPLA, or the capital city), for an ADM2 its PPLA2. Undefined when the gazetteer knows none.
   */
  seatOf(unit: Place): Place | undefined {
    const seat =
      unit.featureCode === 'ADM1'
        ? this.seats.get(`${unit.country}|${unit.admin1}`)
        : unit.featureCode === 'ADM2'
          ? this.seats.get(`${unit.country}|${unit.admin1}|${unit.admin2}`)
          : undefined;
    return seat ?? this.namesake(unit);
  }

  /**
   * The town of a unit's own name in the unit's region: the seat of a cercle or province the dump does not mark as
   * one (Bandiagara, a plain PPL, seat of the Bandiagara cercle).
   */
  private namesake(unit: Place): Place | undefined {
    if (unit.featureClass !== 'A') return undefined;
    const key = foldKey(unit.name);
    // A seat the dump marks as one, then a town of that very name, before one with the name only among its others
    // (Ngoro, also called Koro, for the seat of the Koro cercle).
    const rank = (p: Place) => (p.featureCode.startsWith('PPLA') ? 2 : 0) + (foldKey(p.name) === key ? 1 : 0);
    let best: Place | undefined;
    for (const p of this.lookup(key)) {
      if (p.featureClass !== 'P' || p.country !== unit.country || p.admin1 !== unit.admin1) continue;
      if (!best || rank(p) > rank(best)) best = p;
    }
    // A unit filed under an outdated region code (Niger's Ouallam department under Niamey) has its seat in another
    // region: the country's seat-ranked town of that very name.
    return best ?? this.lookup(key).find((p) => p.country === unit.country && p.featureCode.startsWith('PPLA') && foldKey(p.name) === key);
  }

  /** A country's capital (its PPLC), if the gazetteer has it. */
  capitalOf(iso2: string): Place | undefined {
    return this.capitals.get(iso2);
  }

  /**
   * Places of the detailed countries whose name is one slip away from a folded name once both are reduced to
   * their loose keys: a letter more, less, changed, or two swapped ("Tongomayle" for Tongomayel, "Ogassagou"
   * for Ogassogou). Only for names of 6 to 40 loose letters, and never an exact or loose match (those come
   * first). Empty when none.
   */
  lookupNear(foldedKey: string): Place[] {
    const loose = looseKey(foldedKey);
    if (loose.length < MIN_NEAR_LENGTH || loose.length > MAX_NEAR_LENGTH || !this.detailedCountries.size) return [];
    this.byLooseKey ??= this.indexLoose();
    this.byDeletion ??= this.indexDeletions(this.byLooseKey);
    const keys = new Set<string>();
    for (const variant of [loose, ...deletions(loose)]) {
      for (const key of this.byDeletion.get(variant) ?? []) if (key !== loose && oneSlip(loose, key)) keys.add(key);
    }
    return [...keys].flatMap((key) => this.byLooseKey!.get(key) ?? []);
  }

  private indexDeletions(loose: Map<string, Place[]>): Map<string, string[]> {
    const index = new Map<string, string[]>();
    for (const key of loose.keys()) {
      if (key.length < MIN_NEAR_LENGTH - 1) continue;
      for (const variant of [key, ...deletions(key)]) append(index, variant, key);
    }
    return index;
  }

  country(iso2: string): Country | undefined {
    return this.byIso.get(iso2);
  }

  /** The country a folded name denotes ("mali", "cote d ivoire", "rdc"); demonyms are not names. */
  countryByKey(foldedKey: string): Country | undefined {
    return this.countryKeys.get(foldedKey);
  }

  /** The country a folded demonym denotes ("malian", "maliennes", "burkinabe"). */
  countryByDemonym(foldedKey: string): Country | undefined {
    return this.demonymKeys.get(foldedKey);
  }

  private addSeat(place: Place): void {
    const rank = (p: Place, level: 1 | 2) =>
      (p.featureCode === 'PPLA' || p.featureCode === 'PPLC' || (level === 2 && p.featureCode === 'PPLA2')) ? 2 : 1;
    const keys: [string, 1 | 2][] = [];
    if (place.admin1) keys.push([`${place.country}|${place.admin1}`, 1]);
    if (place.admin1 && place.admin2) keys.push([`${place.country}|${place.admin1}|${place.admin2}`, 2]);
    for (const [key, level] of keys) {
      const seat = this.seats.get(key);
      const better = !seat || rank(place, level) > rank(seat, level) || (rank(place, level) === rank(seat, level) && place.population > seat.population);
      if (better) this.seats.set(key, place);
    }
  }

  private add(key: string, place: Place): void {
    const entry = this.byKey.get(key);
    if (entry === undefined) this.byKey.set(key, place);
    else if (Array.isArray(entry)) entry.push(place);
    else this.byKey.set(key, [entry, place]);
  }

  /**
   * A name shared by two countries goes to the first in data/geo/countries.json (ISO order): "Congolese" is the
   * Democratic Republic of Congo's, which reports mean far more often.
   */
  private indexCountries(countries: Country[]): void {
    for (const country of countries) {
      this.byIso.set(country.iso2, country);
      for (const name of [country.name, ...country.names]) setFirst(this.countryKeys, foldKey(name), country);
      for (const demonym of country.demonyms) setFirst(this.demonymKeys, foldKey(demonym), country);
    }
  }
}

/** Loads the default gazetteer and merges every file imported into `options.dir` over it. */
export async function loadGazetteer(options: { dir: string }): Promise<Gazetteer> {
  const [countries, admin1, admin1Names, stores] = await Promise.all([loadCountries(), defaultAdmin1(), defaultAdmin1Names(), readStores(options.dir)]);
  const records = new Map<number, PlaceRecord>();
  for (const record of defaultPlaces()) records.set(record.place.geonameid, record);
  for (const store of stores) for (const record of store.places) records.set(record.place.geonameid, record);
  const table = adminTable(records.values(), admin1, ...stores.map((store) => store.codes));
  const names = new Map(countries.map((country) => [country.iso2, country.name]));
  const places = buildPlaces(records, table, (iso2) => names.get(iso2) ?? iso2, admin1Names);
  const detailed = new Set<string>();
  for (const store of stores) for (const record of store.places) detailed.add(record.place.country);
  return new Gazetteer(places, countries, stores.map(importedFile), detailed);
}

function importedFile(store: StoredImport): ImportedFile {
  const { file, source, kind, importedAt } = store;
  return { file, source, kind, importedAt, entries: store.places.length + store.codes.length };
}

/**
 * Other ways reports write a name with a one-letter part: "N'Djamena" as "NDjamena", Tamasheq "I-n-Tassit"
 * and "Ti-n-Tamat" as "In-Tassit" and "Tin Tamat". Keys of the folded name ("n djamena" -> "ndjamena"). A
 * village GeoNames numbers, "Kabonga 1", or names by its community, "Piéga-Peulh", is also "Kabonga", "Piéga", as
 * reports write it.
 */
function spellingVariants(key: string): string[] {
  const numbered = NUMBERED.exec(key);
  if (numbered) return [numbered[1]];
  const quarter = COMMUNITY_QUARTER.exec(key);
  if (quarter) return [quarter[1]];
  if (!ONE_LETTER_PART.test(key)) return [];
  const variants = [key.replace(/\b([nd]) (?=\w)/g, '$1')];
  const tamasheq = /^(t?i) n (\w)/.exec(key);
  if (tamasheq) variants.push(key.replace(/^(t?i) n /, '$1n '), key.replace(/^(t?i) n /, '$1n'));
  return variants.filter((v) => v !== key);
}
const NUMBERED = /^(.*[a-z].*) (?:\d|i{1,3}|iv)$/;
/**
 * How the English press writes an Arabic name GeoNames transliterates in full: without its article, "Amadiya" for
 * "Al ‘Amādīyah", "Busayrah" for "Al Buşayrah"; and with a final -a for -ah, "Amadiya", "Hudayda". Only an article
 * GeoNames writes apart, before one word of five letters or more, so that no short common word becomes a name.
 */
function arabicVariants(key: string): string[] {
  const bare = ARTICLE.exec(key)?.[1];
  const stems = bare ? [key, bare] : [key];
  const variants = stems.flatMap((k) => (TA_MARBUTA.test(k) ? [k, k.slice(0, -1)] : [k]));
  return variants.filter((v) => v !== key);
}
const ARTICLE = /^(?:al|ad|ar|as|ash|az|an|at) ([a-z]{5,})$/;
const TA_MARBUTA = /[a-z]{3}ah$/;
/**
 * A village GeoNames splits by community, "Piéga-Peulh" and "Piéga-Gourmantché", "Tagari-Dogon": reports write
 * "Piéga". The communities of the Sahel's villages (Fulani, Mossi, Gourmantché, Dogon, Bambara, Marka, Bozo,
 * Songhai, Tuareg, Bella, Rimaïbé, Hausa, Zarma), as French spells them in place names. Not a camp or quarter
 * named after a community ("Campement Bozo").
 */
const COMMUNITY_QUARTER = /^((?!campement |hameau |quartier |village )\w{4,}(?: \w+)?) (?:peulh?|foulbe|fulbe|mossi|gourmantche|dogon|bambara|marka|bozo|sonrai|songhai|touareg|bella|rimaibe|haoussa|zarma|djerma)$/;
const ONE_LETTER_PART = /(?:^| )[nd] \w/;

/** Loose keys shorter than this match too many unrelated names. */
const MIN_LOOSE_LENGTH = 5;
/** Names one slip apart must be at least this long to be taken for one another. */
const MIN_NEAR_LENGTH = 6;
/** No place name is longer: a longer word is no name, and its variants would cost time quadratic in its length. */
const MAX_NEAR_LENGTH = 40;

/** The key with each one of its letters left out. */
function deletions(key: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1));
  return [...out];
}

/** Two different keys one edit apart: a letter inserted, deleted or changed, or two neighbours swapped. */
function oneSlip(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
const LOOSE_RULES: [RegExp, string][] = [
  [/ /g, ''], [/tch/g, 'ch'], [/dj/g, 'j'], [/ou/g, 'u'], [/y/g, 'i'], [/w/g, 'u'],
  [/ph/g, 'f'], [/[cq]/g, 'k'], [/x/g, 'ks'], [/(.)\1+/g, '$1'], [/h/g, ''], [/e$/, ''], [/u$/, 'o'],
];

/**
 * A folded name reduced to how it sounds in French and English transliterations of West African names:
 * "ou"/"w" and "u", "y" and "i", "dj" and "j", "tch" and "ch", doubled letters, a silent "h", a final "e", and
 * the spaces between parts.
 */
export function looseKey(foldedKey: string): string {
  let key = foldedKey;
  for (const [pattern, replacement] of LOOSE_RULES) key = key.replace(pattern, replacement);
  return key;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function setFirst<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (key && !map.has(key)) map.set(key, value);
}

function wordCount(key: string): number {
  let words = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) words++;
  return words;
}

function byImportance(a: Place, b: Place): number {
  return b.population - a.population || a.geonameid - b.geonameid;
}
