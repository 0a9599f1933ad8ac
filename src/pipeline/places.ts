/**
 * Places: every run of capitalised words that names a GeoNames place, the candidate chosen among homonyms,
 * and the geo precision the wording supports.
 *
 * Homonyms are settled by context, as a coder would: a place in a country the report talks about (named, by a
 * demonym, a state actor, a group's home countries, or other names only that country has), in a region it names
 * ("Petaka (Douentza, Mopti)", "Petaka, Douentza", "Diaka in Tenenkou Cercle", "the Tougou area of Segou", "in
 * the Mopti region"; none of its places in that unit, and the gazetteer lacks the village), by the town the text
 * puts it by ("Marina, near Mopti", "Paira (Peyla)", "Daga, commune of Monimpebougou"; none there, and the event is
 * by the town) or where most of its groups are found (data/actors/areas.json), close to the other places it names
 * ("fifteen kilometers from Bamako"), an administrative seat or a populous town before a hamlet; with no clue at
 * all, in a country whose GeoNames dump the user imported. A country named beyond a border ("near the Niger
 * border") is not the report's. A name the gazetteer spells another way is looked up loosely, then one slip away
 * ("Tongomayle"), where the words before announce a place ("in the village of ...", "in the ... area", "the
 * surroundings of ...", "coded as ..."); so is a name only a well or a pond has. "The capital" with no name is the capital of the report's country. Not places: a word of a longer
 * unknown name, a far city nothing in the text supports, an acronym ("NGO"). A town named before an office ("the
 * Markoye mayor") only says who a person is.
 * Precision: "in Kati" 1; "near Kati", "60 km north of Bamako", "the Kati area" 2; "in the Mopti region",
 * "near the border with Niger" 3. Where a convoy came from or went to, or the town a person is mayor of, counts as
 * "near"; villages listed after "including" are places of the region named before them, not the region. A region-level mention stands for the region's seat (ACLED codes such events at the capital).
 * A coder's note in ACLED's notes, "(coded as Sirana at geoprecision 2)", says where the event was placed and at
 * what precision: its place is the location whatever else the note names.
 */
import type { Doc, PlaceRelation, PlaceSpan, Stage, Token } from '../doc/doc.js';
import type { ActorEntry } from '../lexicon/actors.js';
import type { ActorAreas } from '../lexicon/areas.js';
import type { Country, Gazetteer, Place } from '../geo/gazetteer.js';
import { foldKey, ORDINAL_ENDINGS } from '../doc/text.js';
import { isLandmark } from '../geo/geonames.js';
import { loadPlaceSpellings } from '../geo/spellings.js';
import type { LanguageData } from '../lang/index.js';
import { wordSet } from '../lang/words.js';

/** Lower-case words that may sit inside a place name ("Boni de Hombori" is rare; "Dar es Salaam" is not). */
/** Adjectives that end a region's name, often written in lower case: "le Logone oriental", "Kasaï occidental". */
const NAME_ADJECTIVES = wordSet('name_adjectives');
const CONNECTORS = new Set(['de', 'du', 'des', 'la', 'le', 'el', 'al', 'es', 'ag', 'ould', 'n', 'd', 'sur', 'en']);
const NEAR = wordSet('near');
/** Words that put a place beside the named town, not at it: "near the town of Bol" ("around the town of" is at it). */
const CLOSE_TO = wordSet('close_to');
/**
 * Units below a region whose seat is a town ("Beni territory", "l'arrondissement de Mora", "Tsafe local government
 * area"): an unnamed village in one is coded at the seat, at geo precision 2.
 */
const DISTRICT = wordSet('district_units');
/** Units below a region, named with the unit's name: "Ancuabe district", "la commune de Tongomayel". */
const UNIT = new Set([...DISTRICT, 'district', 'county', 'commune', 'cercle', 'department', 'departement', 'lga']);
/**
 * A short lower-case word hyphened to the capitalised word after it is a particle inside a name: an Arabic
 * article ("Deir ez-Zor", "Jisr ash-Shughur"), a Persian ezafe ("Mazar-i-Sharif").
 */
function particle(w: Token, next: Token | undefined, text: string): boolean {
  return w.norm.length <= 3 && next !== undefined && next.capitalized && next.start === w.end + 1 && text[w.end] === '-';
}
/** Word k comes right after an ordinal number: "le 7e arrondissement", "the 3rd district" (tokens "7" and "e"). */
function ordinalBefore(words: Token[], k: number): boolean {
  const ending = words[k - 1];
  const digits = words[k - 2];
  return ending !== undefined && digits !== undefined && ORDINAL_ENDINGS.has(ending.norm) && digits.end === ending.start && /^\d+$/.test(digits.norm);
}
/** Indefinite words before an unnamed settlement: "a village in Tsafe", "un village de Mora", "several villages of". */
const INDEFINITE = new Set(['a', 'an', 'one', 'un', 'une', 'several', 'plusieurs', 'two', 'three', 'deux', 'trois', 'some', 'certain', 'certains', 'quelques']);
/** Settlements an unnamed place is said to be of: "a village in X", "un hameau de X". */
const UNNAMED_SETTLEMENT = wordSet('unnamed_settlements');
const DISTANCE = wordSet('distance_units');
const REGION = wordSet('region_units');
const OF = wordSet('of_words');
const OF_THE = wordSet('of_the');
const AREA = wordSet('areas');
const BORDER = wordSet('border');
/** A border, and the words that name the country beyond it: "the border with Niger", "la frontière du Mali". */
const BORDERLINE = wordSet('borderline');
const BORDER_OF = new Set(['with', 'of', 'avec', 'du', 'de']);
const TITLES = wordSet('titles');
/** People named right after what they are to someone: "his cousin, Abakar Moussa", "son frère Ali". */
const KIN = wordSet('kin');
/** Words for a town, before its name ("the town of X", "la ville de X"). */
const TOWN_WORDS = wordSet('town_words');
const URBAN = wordSet('urban');
/** Who speaks or reports from a place: "officials in Pemba", "told reporters in Goma", "une source basée à Bamako". */
const SOURCES = wordSet('sources');
/** "the capital", "la capitale": the report's country's capital when no name follows. */
const CAPITAL = wordSet('capital');
/** Words after "capitale" that make it another place's seat: "la capitale régionale", "la capitale économique". */
const CAPITAL_QUALIFIERS = wordSet('capital_qualifiers');
const CAPITAL_WORD = /\bcapitale?\b/i;
/** Articles between a word and what follows it: "near the town of", "près de la ville de". */
const ARTICLES = new Set(['the', 'la', 'le', 'l', 'les', 'de', 'du', 'd', 'of']);
const PROXIMITY_KM = 150;
/** An admin unit's centre and the town it is named after lie within this distance. */
const SEAT_KM = 30;
/** A name found by a loose spelling farther than this from every other place of the report is another place. */
const LOOSE_RANGE_KM = 200;
/** Words between a place and the town the text puts it by: ", near", ", some 20 km north of", "à 15 km de". */
const NEAR_GAP =
  /^\s*,?\s*(?:near|close to|pres de|(?:located\s+)?(?:about|some|around|nearly|approximately|environ|a)?\s*(\d+)\s*(?:km|kms|kilometers|kilometres)\s*(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|nord|sud|est|ouest)(?:[\s-](?:east|west|est|ouest))?\s*(?:of|de|d')?|from|de|d')?)\s*(?:the\s+(?:town|village|city)\s+of\s+|la\s+ville\s+de\s+|du\s+village\s+de\s+)?$/i;
/** How far from the town the text puts it by a place may lie (beyond a distance stated: 1.5 times it, plus this). */
const ANCHOR_KM = 60;
/** Compass region names in the other language, Arabic names' other first words, other spellings of a word inside a name (data/geo/spellings.json). */
const { compassRegions: COMPASS_REGIONS, compassTranslations: COMPASS_TRANSLATIONS, arabicFirstWords: ARABIC_FIRST_WORDS, innerWords: INNER_WORDS } =
  loadPlaceSpellings();
/** A place without support in the text farther than this from all the report's other places is dropped. */
const FAR_KM = 400;
/** A coder's note on how an event was coded, in ACLED's notes: "(coded as Sirana at geoprecision 2)". */
const CODING_NOTE = /[([]\s*coded\b[^)\]]*[)\]]/gi;
/** The precision a coder's note states: "at geoprecision 2", "geo-precision 3". */
const NOTE_PRECISION = /geo\s*-?\s*precision\s*([123])/i;
/**
 * Capitalised words that may follow a place name without being part of it ("Diffa Airport", "Kidal Region"); any
 * other capitalised word right after a name makes it part of a longer name the gazetteer does not know ("Niakoro"
 * of "Niakoro Fodara"), as does one right before it ("Mary" of "Virgin Mary").
 */
const GENERIC = wordSet('generic_place_words');
/**
 * A byline: "By our Jos correspondent", "De notre correspondant à Mopti". It says where the reporter is, never
 * where an event happened.
 */
const BYLINE =
  /^\s*(?:by|from|par|de)\s+(?:our|notre|a|an|un|une)\b[^.\n]{0,50}?\b(?:correspondents?|correspondante?s?|reporters?|staff|envoy[ée]e? sp[ée]ciale?|bureau)\b[^.\n]{0,30}$/i;
/** A word of two or three capitals. */
const ACRONYM = /^[A-Z]{2,3}$/;
/** A one-letter part of a folded name: "n guigmi" of "N'Guigmi". */
const ONE_LETTER_PART = /(?:^| )[nd] \w/;
/** Words right before a name that announce a place. */
const PLACE_CUES = new Set(['in', 'at', 'a', 'dans', 'en']);
/** "the village of X", "la commune de X". */
const SETTLEMENT = wordSet('settlement_words');
/** "30 km north of X", "au nord de X". */
const COMPASS = wordSet('compass');
/** Words before the place a journey starts from ("coming from X", "leaving X"): near where it was hit. */
const JOURNEY = wordSet('journey');
/** Words before the place a journey leads to ("heading to X", "se rendait à X"): not where it was hit. */
const JOURNEY_TO = wordSet('journey_to');
/** Words of fleeing before where people fled to ("fled to Goma", "ont fui vers Goma"). */
const FLIGHT = wordSet('flight');
const FLED_TO = new Set(['to', 'towards', 'into', 'vers', 'a', 'en', 'jusqu']);
/** Words of a direction, which may stand a few words after the verb of flight. */
const TOWARDS = new Set(['towards', 'toward', 'vers']);
/** People named after the place they belong to: "the mayor of Kelbara", "residents of Sirana". */
const AFFILIATION = wordSet('affiliation');
/** Offices held in a place, named after it: "the Markoye mayor", "the Kidal governor". */
const OFFICE = wordSet('office_holders');
/** Words before names listed as parts of a wider place: "the Gourma province, including Natiaboani and Nagare". */
const INCLUDING = wordSet('including');
const QUARTER = wordSet('quarters');
/** Words around "X-Y" that make it two places on a road rather than one name. */
const AXIS = wordSet('axis');
/** Words after or before "X-Y" that make it a road: "the Maiduguri-Damboa road", "l'axe Gao-Ansongo". */
const ROAD = wordSet('roads');
/** Where the wounded are taken: "taken to hospital in Maiduguri", "évacués vers l'hôpital de Goma". */
/**
 * Facilities a place may give its name to: "Medina hospital", "l'hôpital Medina" are a hospital's name, and say
 * nothing of where an event was when the place lies far from the report's others.
 */
const FACILITY = wordSet('facilities');
/** An outlet's office named by its city: "the Dubai desk", "our Nairobi bureau". */
const NEWSROOM = wordSet('newsrooms');
const CARE = wordSet('care');
const TO_CARE = new Set(['to', 'vers']);
const CARRIED = /^(?:evacu|transport|conduit|admis|admitted|achemin|hospitalis|treated|treatment|soign)/
/** What is fired from afar: a sentence naming one may say where it was fired from. */
const PROJECTILE = /\b(?:shells?|shelling|rockets?|missiles?|mortars?|drones?|artillery|projectiles?|obus|roquettes?|mortiers?|artillerie|tirs)\b/i;
/**
 * Where the shells came from, before a name: "fired from", "launched from", "shelling from", "tirés depuis", "partis
 * des positions ... surplombant Sake" (a verb of firing, a few words, then "from"; in French "des" after "partis"
 * only: "ont tiré des obus sur Goma" is where they fell).
 */
const FIRED_FROM =
  /\b(?:(?:fired|launched|lobbed|shot)\b(?:\s+[\p{L}'’-]+){0,2}?\s+from|(?:shelling|shells|rockets|bombardements?|tirs|frappes)\s+(?:from|depuis|en provenance d)|(?:tir|lanc)[ée]e?s?\b(?:\s+[\p{L}'’-]+){0,2}?\s+(?:depuis|[àa] partir d)|partie?s?\s+(?:depuis|[àa] partir d|des|du|de|d['’]))/giu;
/**
 * Words between "fired from" and a name that tell where the shells fell, or start another clause: "fired from Sake at
 * Goma", "… hitting Goma", "partis de Sake ont touché Goma".
 */
const FELL_ON =
  /\b(?:at|into|onto|toward|towards|against|targeting|hitting|hit|struck|striking|landed|landing|fell|killing|killed|has|have|had|contre|vers|visant|frapp[ée]e?s?|frappant|touch[ée]e?s?|touchant|tomb[ée]e?s?|atteint|ont|a)\b|[,;:]/i;
/**
 * Words between a name and the unit it is said to lie in: a comma ("Kelbara, Soum"), or "in" and a unit ("in
 * Tenenkou Cercle", "in the commune of Pignari", ", cercle de Nara", ", a village in Diffa"), or the area or village
 * of one ("the Djibo area of Soum", "the Koyinga village of Sangha").
 */
const UNIT_GAP = /^\s*(,)?\s*(?:(?:in|dans)\s+(?:the\s+|la\s+|le\s+|l['’])?)?((?:an?|une?)\s+(?:commune|village|town|locality|hamlet|localit[eé]|ville|hameau)\s+(?:in|of|dans|de|du)\s+(?:the\s+|la\s+|le\s+|l['’])?|(?:(?:rural|urban|rurale|urbaine)\s+)?(?:commune|cercle|circle|province|region|department|departement|district|prefecture|area|zone|sector|secteur|village|hamlet)\s+(?:of|de|du|d['’])\s*)?$/i;
/** A village filed under no second-level unit lies in a unit a hint names when this close to the unit's centre. */
const UNIT_KM = 150;
/** The same for a first-level region. */
const REGION_KM = 300;
/** What may separate the names of a list: commas, "and", "as well as", a parenthesis. */
const LIST_GAP = /^\s*(\([^)]*\))?\s*(,|and|as well as|et|ainsi que|or|ou|then|puis)?\s*(\([^)]*\))?\s*$/i;
/** What joins the far end of a road to the near one: "the road linking Gao to Ansongo", "la route reliant Agadez à Arlit". */
const ROAD_END_GAP = /^\s*(?:to|à)\s*$/i;

/** What the words right after a name say of where it lies: folded names of units, and the units the gazetteer knows. */
interface Hint {
  keys: Set<string>;
  units: Place[];
  /** Written as a unit: in parentheses, or with its kind ("Kossi Province", "commune of Gomboro"). */
  marked: boolean;
}

interface Found {
  first: number;
  length: number;
  key: string;
  candidates: Place[];
  /** Found by a loose spelling (Gazetteer.lookupLoose): kept only where nothing in the report contradicts it. */
  loose?: boolean;
}

function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

export { distanceKm };

/** Place names folded, kept: the same names come back report after report. */
const foldedNames = new Map<string, string>();
function foldedName(name: string): string {
  let key = foldedNames.get(name);
  if (key === undefined) {
    if (foldedNames.size > 50_000) foldedNames.clear();
    key = foldKey(name);
    foldedNames.set(name, key);
  }
  return key;
}

/** Where the actor lexicon says a named group mostly operates ("Katiba Macina": Mali, Burkina Faso); optional. */
export interface ActorHomes {
  homesOf(entry: ActorEntry): string[];
}

export function placesStage(gazetteer: Gazetteer, lang: LanguageData, actorHomes?: ActorHomes, areas?: ActorAreas): Stage {
  const stopwords = lang.placeStopwords;

  /** The longest run of capitalised words from word i that the gazetteer knows. */
  function nameAt(words: Token[], i: number, covered: (t: Token) => boolean, text: string): Found | null {
    const first = words[i];
    if (!first.capitalized || covered(first)) return null;
    const keys: string[] = [];
    let key = '';
    for (let n = 0; n < gazetteer.maxNameWords && i + n < words.length; n++) {
      const w = words[i + n];
      if (covered(w)) break;
      // A name's words sit next to each other: "Boni-Hombori", "N'Djamena", not across a comma.
      if (n > 0 && w.start - words[i + n - 1].end > 1) break;
      if (n > 0 && !w.capitalized && !CONNECTORS.has(w.norm) && !NAME_ADJECTIVES.has(w.norm) && !particle(w, words[i + n + 1], text)) break;
      key = n === 0 ? w.norm : `${key} ${w.norm}`;
      keys.push(key);
    }
    // A neighbouring capitalised word that is neither a known name nor a generic word ("Airport", "Region").
    const foreign = (w: Token | undefined): boolean =>
      w !== undefined && w.capitalized && !covered(w) && !stopwords.has(w.norm) && !GENERIC.has(w.norm) && !REGION.has(w.norm) &&
      !AREA.has(w.norm) && !TITLES.has(w.norm) && !gazetteer.countryByKey(w.norm) && !gazetteer.countryByDemonym(w.norm) && gazetteer.lookup(w.norm).length === 0;
    // Two names joined by a hyphen on an axis, "the Sirana-Wassoro road", "axis Sirana-Wassoro", are two places.
    let runStart = i;
    while (runStart > 0 && words[runStart].start - words[runStart - 1].end <= 1 && words[runStart - 1].capitalized) runStart--;
    let runEnd = i;
    while (runEnd + 1 < words.length && words[runEnd + 1].start - words[runEnd].end <= 1 && words[runEnd + 1].capitalized) runEnd++;
    const axis = AXIS.has(words[runStart - 1]?.norm) || AXIS.has(words[runEnd + 1]?.norm);
    // "Mondoro/Fhero": a slash lists two names.
    const joined = (a: Token, b: Token) => b.start - a.end === 0 || (b.start - a.end === 1 && text[a.end] !== '/' && (!axis || text[a.end] !== '-'));
    // Inside a longer run of capitalised words: "Virgin Mary", "Niakoro Fodara" (not at a sentence's first word).
    if (i > 1 && joined(words[i - 1], first) && foreign(words[i - 1])) return null;
    for (let n = keys.length; n >= 1; n--) {
      const last = words[i + n - 1];
      if (!last.capitalized && !NAME_ADJECTIVES.has(last.norm) && n > 1) continue;
      const next = words[i + n];
      if (next && joined(last, next) && foreign(next)) continue;
      // "Ti" of "Ti-n-Tegalatin": a one-letter part after a hyphen carries the name on.
      if (next && next.start === last.end + 1 && text[last.end] === '-' && (next.norm === 'n' || next.norm === 'd')) continue;
      // "Sahel", "Centre", "Est" are regions of Burkina Faso when the text says so ("the Sahel region", "la
      // région de l'Est"); so is Chad's "Lac" ("la province du Lac"), a common word otherwise.
      const region = n === 1 && (REGION.has(words[i + 1]?.norm) || regionBefore(words, i));
      if (n === 1 && stopwords.has(keys[0]) && !region) return null;
      const regions = region ? regionCandidates(keys[0]) : [];
      const candidates = region ? (stopwords.has(keys[0]) ? regions.filter((c) => c.featureClass === 'A') : regions) : lookupName(keys[n - 1]);
      // A name only a well, a pond or a dune has is a place only where the words before announce one.
      if (candidates.length && candidates.every((c) => isLandmark(c.featureClass, c.featureCode)) && !placeCue(words, i)) continue;
      if (candidates.length) return { first: i, length: n, key: keys[n - 1], candidates };
    }
    // A name the gazetteer spells another way ("Dyabakoro" for Diabakoro), where the words before announce a place.
    if (placeCue(words, i)) {
      for (let n = keys.length; n >= 1; n--) {
        const last = words[i + n - 1];
        if (!last.capitalized || stopwords.has(last.norm)) continue;
        const next = words[i + n];
        if (next && joined(last, next) && foreign(next)) continue;
        const candidates = gazetteer.lookupLoose(keys[n - 1]);
        if (candidates.length) return { first: i, length: n, key: keys[n - 1], candidates, loose: true };
      }
      // Then one slip away ("Tongomayle" for Tongomayel), the whole run of capitalised words only.
      const n = keys.length;
      const last = words[i + n - 1];
      const next = words[i + n];
      if (last.capitalized && !stopwords.has(last.norm) && !(next && joined(last, next) && foreign(next))) {
        const candidates = gazetteer.lookupNear(keys[n - 1]);
        if (candidates.length) return { first: i, length: n, key: keys[n - 1], candidates, loose: true };
      }
    }
    return null;
  }

  /** A folded name, or written as one word where the text splits off a one-letter part ("N'Guigmi", "Nguigmi"). */
  function lookupName(key: string): Place[] {
    const found = gazetteer.lookup(key);
    if (found.length) return found;
    if (ONE_LETTER_PART.test(key)) return gazetteer.lookup(key.replace(/\b([nd]) (?=\w)/g, '$1'));
    // "Um Ruwaba" for GeoNames' "Umm Ruwaba", "Al Fasher" for "El Fasher": an Arabic name's first word spelled another way.
    const space = key.indexOf(' ');
    for (const variant of space > 0 ? (ARABIC_FIRST_WORDS.get(key.slice(0, space)) ?? []) : []) {
      const other = gazetteer.lookup(variant + key.slice(space));
      if (other.length) return other;
    }
    // "Mazar-i-Sharif" for GeoNames' "Mazār-e Sharīf": a word inside the name spelled another way (the Persian ezafe).
    const words = key.split(' ');
    for (let k = 1; k < words.length - 1; k++) {
      for (const variant of INNER_WORDS.get(words[k]) ?? []) {
        const other = gazetteer.lookup([...words.slice(0, k), variant, ...words.slice(k + 1)].join(' '));
        if (other.length) return other;
      }
    }
    // "North Kivu" for GeoNames' "Nord Kivu", "Sud-Ouest" written "South-West": a region named by the compass in the
    // other language.
    const compass = space > 0 ? COMPASS_TRANSLATIONS.get(key.slice(0, space)) : undefined;
    if (compass) return gazetteer.lookup(compass + key.slice(space)).filter((p) => p.featureClass === 'A');
    return found;
  }

  /**
   * A one-word region name, also in English where a country names its regions by the compass in French: "the
   * Eastern region" is Burkina Faso's Est as well as Ghana's Eastern.
   */
  /** A region word and "of" right before word i: "la province du Lac", "la région de l'Est", "region of". */
  function regionBefore(words: Token[], i: number): boolean {
    let k = i - 1;
    if (words[k]?.norm === 'l') k--;
    return (OF.has(words[k]?.norm ?? '') || OF_THE.has(words[k]?.norm ?? '')) && REGION.has(words[k - 1]?.norm ?? '');
  }

  function regionCandidates(key: string): Place[] {
    const found = lookupName(key);
    const other = COMPASS_REGIONS.get(key);
    if (!other) return found;
    return [...found, ...other.flatMap((k) => gazetteer.lookup(k).filter((p) => p.featureCode === 'ADM1' && !found.includes(p)))];
  }

  /** The name is a facility's: "Medina hospital", "l'hôpital Medina" (the word right after or right before it). */
  function namesFacility(f: Found & { words: Token[] }): boolean {
    const last = f.words[f.first + f.length - 1];
    const next = f.words[f.first + f.length];
    const prev = f.words[f.first - 1];
    return (next !== undefined && next.start === last.end + 1 && FACILITY.has(next.norm)) ||
      (prev !== undefined && f.words[f.first].start === prev.end + 1 && FACILITY.has(prev.norm));
  }

  /**
   * The name is that of a quarter named after a road: "the Mbengwi road neighbourhood", "le quartier route de Kaya"
   * is a quarter of the town being told, not the town the road leads to.
   */
  function namesQuarter(f: Found & { words: Token[] }): boolean {
    const after = f.words.slice(f.first + f.length, f.first + f.length + 2).map((w) => w.norm);
    const before = f.words.slice(Math.max(0, f.first - 3), f.first).map((w) => w.norm);
    return (ROAD.has(after[0]) && QUARTER.has(after[1])) || (QUARTER.has(before[0]) && ROAD.has(before[1]) && (before[2] === 'de' || before[2] === 'd'));
  }

  /** The words before word i announce a place: "in", "near", "in the", "the village of", "entre". */
  function placeCue(words: Token[], i: number): boolean {
    const before = words[i - 1]?.norm;
    if (before === undefined) return false;
    if (PLACE_CUES.has(before) || NEAR.has(before)) return true;
    // "in the Diabaly area", "near the Boni forest".
    if ((before === 'the' || before === 'la' || before === 'le' || before === 'l') && (PLACE_CUES.has(words[i - 2]?.norm) || NEAR.has(words[i - 2]?.norm))) return true;
    const head = words[i - 2]?.norm;
    // "(coded as In Nazour at geoprecision 2)": the place a coder's note names.
    if (before === 'as' && head === 'coded') return true;
    return (before === 'of' || before === 'de' || before === 'd') && (SETTLEMENT.has(head) || COMPASS.has(head) || NEAR.has(head) || AREA.has(head));
  }

  function relationBefore(words: Token[], i: number): { relation: PlaceRelation } {
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
      const norm = words[j].norm;
      // "villages of the Gourma province including Natiaboani": the names listed after are places in it.
      if (INCLUDING.has(norm)) break;
      if (DISTANCE.has(norm)) {
        return { relation: 'distance' };
      }
      if (j === i - 1 && FLED_TO.has(norm) && FLIGHT.has(words[j - 1]?.norm ?? '')) return { relation: 'destination' };
      // "évacués par hélicoptère vers N'Djamena", "fled on foot towards Mopti": a direction a few words after.
      if (j === i - 1 && TOWARDS.has(norm) && words.slice(Math.max(0, j - 3), j).some((w) => FLIGHT.has(w.norm))) return { relation: 'destination' };
      if (NEAR.has(norm)) return { relation: 'near' };
      const after = words[j + 1]?.norm;
      const ofAfter = after === 'of' || after === 'de' || after === 'd' || after === 'du';
      // "north of Bunia", "à l'est de Fada N'Gourma", "au sud-ouest de": a place off the named one ("est" only
      // as a direction: "l'est de", "sud-est de").
      if (COMPASS.has(norm) && ofAfter && (norm !== 'est' || ['l', 'sud', 'nord'].includes(words[j - 1]?.norm))) return { relation: 'near' };
      // "Beni territory", "l'arrondissement de Mora": a unit whose seat is the town.
      // (But "le 7e arrondissement de N'Djamena" is a district of the city itself.)
      if (DISTRICT.has(norm)) return { relation: ordinalBefore(words, j) ? 'in' : 'near' };
      // Where people came from, "coming from Sirana", is near where it happened; where they went, "heading to
      // Wassoro", is not where it happened; nor is the place a person is the mayor or chief of.
      if (j >= i - 2 && JOURNEY.has(norm)) return { relation: 'near' };
      if (j >= i - 2 && JOURNEY_TO.has(norm)) return { relation: 'destination' };
      // "le convoi se rendait à Djibo", "en partance pour Gao".
      if (j === i - 1 && (norm === 'a' || norm === 'pour') && JOURNEY_TO.has(words[j - 1]?.norm)) return { relation: 'destination' };
      // "a truck leaving Gao for Ayorou": "for" names where a journey leads.
      if (j === i - 1 && norm === 'for' && words.slice(Math.max(0, j - 4), j).some((w) => JOURNEY.has(w.norm) || JOURNEY_TO.has(w.norm))) return { relation: 'destination' };
      if (j === i - 1 && (norm === 'of' || norm === 'de' || norm === 'd' || norm === 'du') && AFFILIATION.has(words[j - 1]?.norm)) return { relation: 'near' };
      if (BORDER.has(norm)) return { relation: 'border' };
      // "a residential district of Kharkiv", "un quartier de Goma": a part of the town left unnamed is in the town.
      if ((norm === 'district' || norm === 'districts' || QUARTER.has(norm)) && ofAfter && words.slice(Math.max(0, j - 3), j).some((w) => INDEFINITE.has(w.norm))) {
        return { relation: 'in' };
      }
      if (REGION.has(norm)) return { relation: 'region' };
      // "taken to hospital in Maiduguri", "vers l'hôpital de Goma", "évacués à l'hôpital de Gao": where the wounded
      // were taken.
      if (j === i - 1 && ['in', 'at', 'of', 'de', 'd', 'du'].includes(norm) && CARE.has(words[j - 1]?.norm)) {
        if (words.slice(Math.max(0, j - 5), j - 1).some((w) => TO_CARE.has(w.norm) || CARRIED.test(w.norm))) return { relation: 'near' };
      }
      if (norm === 'in' || norm === 'at' || norm === 'a' || norm === 'dans' || norm === 'en' || ((norm === 'of' || norm === 'de' || norm === 'd') && j === i - 1)) {
        // "a village in Tsafe", "un village de Mora": an unnamed settlement in the named place's area.
        if (unnamedSettlement(words, j - 1, norm === 'of' || norm === 'de' || norm === 'd')) return { relation: 'near' };
        if (norm === 'of' || norm === 'de' || norm === 'd') continue;
        break;
      }
      // "the Borno State town of Monguno": the name is the town, whatever region was named before it; but "near the
      // town of Bol" is near it.
      // (A village or hamlet "near the village of X" is coded at X: only a town is too large to be the place.)
      if (TOWN_WORDS.has(norm)) {
        let k = j - 1;
        while (k >= 0 && k >= j - 3 && ARTICLES.has(words[k].norm)) k--;
        if (URBAN.has(norm) && k >= 0 && k < j - 1 && (CLOSE_TO.has(words[k].norm) || COMPASS.has(words[k].norm))) return { relation: 'near' };
        // "20 km from the town of X", "coming from the village of X".
        if (k >= 0 && k < j - 1 && JOURNEY.has(words[k].norm)) return { relation: DISTANCE.has(words[k - 1]?.norm) ? 'distance' : 'near' };
        if (k >= 0 && k < j - 1 && JOURNEY_TO.has(words[k].norm)) return { relation: DISTANCE.has(words[k - 1]?.norm) ? 'distance' : 'destination' };
        break;
      }
    }
    return { relation: 'in' };
  }

  /**
   * Word k is a settlement left unnamed: "a farming village in Tsafe", "villages in Tsafe", "un village de Mora"
   * ("the villages of X" name them: before "of", only an indefinite article leaves it unnamed).
   */
  function unnamedSettlement(words: Token[], k: number, beforeOf: boolean): boolean {
    const w = words[k]?.norm;
    if (!w || !UNNAMED_SETTLEMENT.has(w)) return false;
    if (!beforeOf && (w.endsWith('s') || w.endsWith('x'))) return true;
    // One adjective may stand between: "a farming village", "un petit village".
    for (let m = k - 1; m >= Math.max(0, k - 2); m--) if (INDEFINITE.has(words[m].norm)) return true;
    return false;
  }

  /**
   * The name is one end of a road: "on the Maiduguri-Damboa road", "l'axe Gao-Ansongo" (a run of capitalised words
   * joined by hyphens, with a word for a road before or after it).
   */
  function onRoad(words: Token[], first: number, length: number, text: string): boolean {
    const hyphen = (a: Token, b: Token) => b.start === a.end + 1 && text[a.end] === '-' && b.capitalized;
    let start = first;
    while (start > 0 && hyphen(words[start - 1], words[start])) start--;
    let end = first + length - 1;
    while (end + 1 < words.length && hyphen(words[end], words[end + 1])) end++;
    if (start === first && end === first + length - 1) return false;
    return ROAD.has(words[start - 1]?.norm) || ROAD.has(words[end + 1]?.norm);
  }

  /**
   * The name says where shells or rockets were fired from, not where they fell: "rockets fired from Sake", "des tirs
   * d'obus partis des positions ... surplombant Sake" (in a sentence that names what was fired, with no word
   * between the cue and the name that says where it landed).
   */
  function firedFrom(doc: Doc, f: Found & { words: Token[]; sentence: number }): boolean {
    const sentence = doc.sentences[f.sentence];
    const before = doc.text.slice(sentence.start, f.words[f.first].start);
    if (!PROJECTILE.test(before)) return false;
    let cue: RegExpExecArray | null = null;
    for (const m of before.matchAll(FIRED_FROM)) cue = m;
    return cue !== null && !FELL_ON.test(before.slice(cue.index! + cue[0].length));
  }

  /**
   * A name a country owns, "Niger's Tillaberi", "Nigeria's Borno": a region where the name is one, not its seat (but
   * "Burkina Faso's Djibo" is the town: no region has that name).
   */
  function ownedByCountry(words: Token[], i: number): boolean {
    if (words[i - 1]?.norm !== 's') return false;
    const one = words[i - 2]?.norm ?? '';
    return !!(gazetteer.countryByKey(one) ?? gazetteer.countryByKey(`${words[i - 3]?.norm} ${one}`));
  }

  function relationAfter(words: Token[], end: number): PlaceRelation | null {
    const next = words[end]?.norm;
    if (DISTRICT.has(next)) return 'near';
    // "Tsafe local government area".
    if (next === 'local' && words[end + 1]?.norm === 'government') return 'near';
    if (REGION.has(next)) return 'region';
    if (AREA.has(next)) return 'near';
    // "the Sirana neighbourhood of Wassoro": the event is coded at the town.
    if (QUARTER.has(next)) return 'near';
    return null;
  }

  /**
   * Countries the report says it is about: named ("in Mali"), implied by a demonym ("Malian soldiers", "les
   * forces nigériennes") or by a state actor ("FAMa").
   */
  function countriesOf(doc: Doc): Map<string, number> {
    const counts = new Map<string, number>();
    const bump = (iso2: string) => counts.set(iso2, (counts.get(iso2) ?? 0) + 1);
    const counted: Token[] = [];
    const words = doc.tokens.filter((t) => t.word);
    words.forEach((t, i) => {
      const c: Country | undefined = gazetteer.countryByKey(t.norm) ?? gazetteer.countryByDemonym(t.norm);
      if (!c) return;
      counted.push(t);
      if (!acrossBorder(words, i)) bump(c.iso2);
    });
    for (const a of doc.actors) {
      if (a.country && !counted.some((t) => t.start >= a.start && t.end <= a.end)) bump(a.country);
    }
    return counts;
  }

  /**
   * Word i names the country beyond a border, not the one the report is in: "near the Burkina Faso border", "the
   * Mali-Niger borderland", "close to the border with Niger", "la frontière avec le Mali".
   */
  function acrossBorder(words: Token[], i: number): boolean {
    for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
      if (BORDERLINE.has(words[j].norm)) return true;
      if (!words[j].capitalized && words[j].norm !== 's') break;
    }
    let j = i - 1;
    if (ARTICLES.has(words[j]?.norm) && !BORDER_OF.has(words[j]?.norm)) j--;
    return BORDER_OF.has(words[j]?.norm) && BORDERLINE.has(words[j - 1]?.norm);
  }

  /** Countries the named groups of the report mostly operate in: a weaker clue than a country named. */
  function homesOf(doc: Doc): Map<string, number> {
    const counts = new Map<string, number>();
    if (!actorHomes) return counts;
    for (const a of doc.actors) {
      if (a.country || !a.actor || a.descriptive) continue;
      for (const home of actorHomes.homesOf(a.actor)) counts.set(home, (counts.get(home) ?? 0) + 1);
    }
    return counts;
  }

  /**
   * Regions ("ML:Mopti") the report's groups and communities are mostly found in, with how many of them are found in
   * each: JNIM is in Ségou and Mopti, JNIM and a Dogon militia together point to Mopti.
   */
  function areasOf(doc: Doc): Map<string, number> {
    const found = new Map<string, Set<string>>();
    if (areas) {
      for (const a of doc.actors) {
        if (!a.actor) continue;
        for (const area of areas.of(a.actor)) found.set(area, (found.get(area) ?? new Set<string>()).add(a.actor.id));
      }
    }
    return new Map([...found].map(([area, ids]) => [area, ids.size]));
  }

  return {
    name: 'places',
    run(doc: Doc) {
      const actorSpans = doc.actors;
      const notes = [...doc.text.matchAll(CODING_NOTE)].map((m) => {
        const precision = Number(NOTE_PRECISION.exec(m[0])?.[1] ?? 2) as PlaceSpan['precision'];
        return { start: m.index!, end: m.index! + m[0].length, precision };
      });
      const noteOf = (f: Found & { words: Token[] }) => {
        const start = f.words[f.first].start;
        return notes.find((n) => start >= n.start && start < n.end) ?? null;
      };
      const covered = (t: Token) => actorSpans.some((a) => t.start >= a.start && t.end <= a.end);
      const found: (Found & { sentence: number; words: Token[] })[] = [];
      for (const sentence of doc.sentences) {
        if (BYLINE.test(doc.slice(sentence))) continue;
        const words = doc.sentenceWords(sentence.index);
        for (let i = 0; i < words.length; i++) {
          // Only a capitalised word starts a name.
          if (!words[i].capitalized) continue;
          const before = words[i - 1];
          const named = before && (TITLES.has(before.norm) || (KIN.has(before.norm) && /^[\s,]*$/.test(doc.text.slice(before.end, words[i].start))));
          if (named) {
            // "Colonel Assimi Goita", "his cousin, Abakar Moussa": skip the person's name.
            while (i < words.length && words[i].capitalized) i++;
            continue;
          }
          if (gazetteer.countryByKey(words[i].norm)) continue;
          // "NGO", "UN", "IED": two or three capitals are an acronym, not a place (but "GAO, March 3 -" in a dateline).
          if (ACRONYM.test(words[i].text) && !(doc.dateline && words[i].start >= doc.dateline.start && words[i].end <= doc.dateline.end)) continue;
          const f = nameAt(words, i, covered, doc.text);
          if (!f) continue;
          // Keys added by Object.assign to the fresh match, not after a spread: on Node 20 each key a spread's copy
          // gains costs microseconds.
          found.push(Object.assign(f, { sentence: sentence.index, words }));
          i += f.length - 1;
        }
      }

      const countries = countriesOf(doc);
      const homes = homesOf(doc);
      const actorAreas = areasOf(doc);
      const detailed = gazetteer.detailedCountries;
      // A name whose every candidate lies in one country says the report is about that country ("Kelbara, Soum
      // Province" is Burkina Faso's, whatever other country the sentence names).
      const soleCountry = found.map((f) => {
        const first = f.candidates[0].country;
        return f.candidates.every((c) => c.country === first) ? first : null;
      });
      const soleKeys = new Map<string, Set<string>>();
      found.forEach((g, k) => {
        const iso2 = soleCountry[k];
        // A lone word of a far country ("Victoria", "Lincoln") is no clue; a country the user follows or the text
        // names, a longer name, or a region named as one ("Soum Province", "Zamfara State"), is.
        const namedRegion = REGION.has(g.words[g.first + g.length]?.norm) && g.candidates.some((c) => c.featureClass === 'A');
        if (iso2 && (detailed.has(iso2) || countries.has(iso2) || g.length > 1 || namedRegion)) {
          soleKeys.set(iso2, (soleKeys.get(iso2) ?? new Set<string>()).add(g.key));
        }
      });
      /** The other names (not self's) that only this country has. */
      const placeEvidence = (iso2: string, self: Found): number => {
        const keys = soleKeys.get(iso2);
        return keys ? keys.size - (keys.has(self.key) ? 1 : 0) : 0;
      };
      // Regions named by some name of the report, with the names naming them: a name does not vouch for its own
      // homonyms ("Yoro" the Honduran region for "Yoro" the Honduran town).
      const regionsNamed = new Map<string, Set<string>>();
      const regionsStated = new Set<string>();
      for (const f of found) {
        for (const c of f.candidates) {
          if (c.featureCode !== 'ADM1') continue;
          const key = `${c.country}:${c.admin1}`;
          regionsNamed.set(key, (regionsNamed.get(key) ?? new Set<string>()).add(f.key));
        }
      }
      const namedByOther = (key: string, self: Found) => [...(regionsNamed.get(key) ?? [])].some((k) => k !== self.key);

      // Admin hints right after a name: in parentheses, "Petaka (Douentza, Mopti)", "Guire (Cercle of Nara)", after
      // commas, "in Kelbara, Soum", "in Dounkali, Nara, Koulikoro region", or a unit the name is said to be in, "Diaka
      // in Tenenkou Cercle", "Bin Touga, commune of Bartiebougou". A hint is matched against the candidates' admin
      // units, and where the hint is itself a unit the gazetteer knows, against that unit.
      const regionWord = (w: string) => REGION.has(w) || AREA.has(w) || w === 'dept' || w === 'cercle';
      const hintKey = (phrase: string) => foldKey(phrase).split(' ').filter((w) => !regionWord(w) && !ARTICLES.has(w)).join(' ');
      const hintsAfter = (f: Found & { words: Token[]; sentence: number }, k: number): Hint => {
        const hint: Hint = { keys: new Set<string>(), units: [], marked: false };
        const addKey = (key: string) => {
          if (!key || hint.keys.has(key) || COMPASS.has(key) || COMPASS_REGIONS.has(key)) return;
          hint.keys.add(key);
          for (const c of gazetteer.lookup(key)) if (c.featureClass === 'A' && foldedName(c.name) === key) hint.units.push(c);
        };
        const last = f.words[f.first + f.length - 1];
        const rest = doc.text.slice(last.end, last.end + 80);
        const m = /^\s*\(([^)]*)\)/.exec(rest);
        if (m) for (const part of m[1].split(',')) addKey(hintKey(part));
        hint.marked = m !== null;
        let end = last.end;
        for (let j = k + 1; j < found.length && j <= k + 2; j++) {
          const g = found[j];
          if (g.sentence !== f.sentence) break;
          const gap = UNIT_GAP.exec(doc.text.slice(end, g.words[g.first].start));
          // Without a comma, only a unit: "in Tenenkou Cercle", "in the commune of Pignari".
          const kind = gap?.[2] !== undefined || REGION.has(g.words[g.first + g.length]?.norm) || (g.length > 1 && REGION.has(g.words[g.first + g.length - 1].norm));
          if (!gap || (!gap[1] && !kind)) break;
          hint.marked ||= kind;
          addKey(hintKey(g.key));
          for (const c of g.candidates) if (c.featureClass === 'A') addKey(hintKey(c.name));
          hintedBy[j] = k;
          end = g.words[g.first + g.length - 1].end;
          // "Dept.", "Province", "Region" after the hint.
          const tail = /^\.?\s*(?:[A-Za-z]+\b\.?)?/.exec(doc.text.slice(end, end + 20));
          if (tail && regionWord(foldKey(tail[0]))) end += tail[0].length;
        }
        return hint;
      };
      const hintedBy: number[] = found.map(() => -1);
      const matchesHint = (c: Place, hint: Hint) =>
        hint.keys.has(fold(c.admin1)) || hint.keys.has(fold(c.admin2)) || hint.keys.has(fold(c.admin3)) || hint.units.some((u) => inHintedUnit(c, u));
      /**
       * A unit the text names as one ("Digani, Kossi Province") that the gazetteer knows, far from every place of the name:
       * it is another village of that name (the dumps' own admin codes lag behind redrawn units, so by distance).
       */
      const contradicts = (f: Found, c: Place, hint: Hint) =>
        hint.marked && hint.units.length > 0 && !f.candidates.some((a) => a.featureClass === 'A') && !matchesHint(c, hint) &&
        hint.units.every((u) => u.country !== c.country || !nearUnit(c, u, u.featureCode === 'ADM1' ? REGION_KM : UNIT_KM));
      /** Within this distance of a unit's centre or of its seat (the centre of a unit that reaches into the desert is far from its towns). */
      const nearUnit = (c: Place, u: Place, km: number) => {
        const seat = gazetteer.seatOf(u);
        return distanceKm(u, c) <= km || (seat !== undefined && distanceKm(seat, c) <= km);
      };
      const fold = (s: string | null) => foldKey(s ?? '');

      /** A town inside the unit of its own name: the Kéniéba of the Kéniéba cercle. */
      const inUnit = (c: Place, unit: Place) =>
        c.admin1 === unit.admin1 && (unit.featureCode === 'ADM1' || fold(c.admin2) === fold(unit.admin2 ?? unit.name));
      /** In the unit a hint names; a place the dump files under no second-level unit, by its distance to the unit. */
      const inHintedUnit = (c: Place, unit: Place) =>
        c.country === unit.country && (inUnit(c, unit) || (c.admin1 === unit.admin1 && c.admin2 === null && distanceKm(c, unit) < UNIT_KM));
      const units = new Map<Found, Place[]>();
      const unitsOf = (f: Found): Place[] => {
        let list = units.get(f);
        if (!list) units.set(f, (list = f.candidates.filter((a) => a.featureClass === 'A')));
        return list;
      };
      /** What speaks for candidate c of name f, but for its distance to the other places the report names. */
      const score = (c: Place, f: Found & { words: Token[] }, hints: Hint, relation: PlaceRelation): number => {
        let s = 0;
        const mentions = countries.get(c.country) ?? 0;
        if (mentions) s += 4 + Math.min(mentions, 5);
        else if (countries.size) s -= c.population >= 20_000 ? 2 : 6;
        s += 2 * Math.min(placeEvidence(c.country, f), 3);
        const home = homes.get(c.country) ?? 0;
        if (home) s += 2 + Math.min(home, 2);
        const groups = actorAreas.get(`${c.country}:${c.admin1}`) ?? 0;
        if (groups) s += 2 + Math.min(groups, 3) / 2;
        if (detailed.has(c.country)) s += 2;
        if (matchesHint(c, hints)) s += 12;
        if (c.featureCode !== 'ADM1') {
          if (regionsStated.has(`${c.country}:${c.admin1}`)) s += 6;
          else if (namedByOther(`${c.country}:${c.admin1}`, f)) s += 3;
        }
        if (relation === 'region') s += c.featureCode === 'ADM1' ? 8.5 : c.featureCode === 'ADM2' ? 8 : -2;
        else if (c.featureClass === 'P') s += 1;
        if (/^PPL(A|C)/.test(c.featureCode)) s += 2;
        // The town that gives its name to a commune or district (the town of Nara, seat of the Nara cercle).
        else if (c.featureClass === 'P' && unitsOf(f).some((a) => a.country === c.country && (distanceKm(a, c) < SEAT_KM || inUnit(c, a)))) s += 1.5;
        // The place's own name over a place that has it among its alternate names.
        if (c.name.length >= f.key.length - 2 && c.name.length <= f.key.length + 2 && foldedName(c.name) === f.key) s += 1;
        // Populations of admin units are not comparable with a town's (nor, in older dumps, with each other).
        if (c.featureClass !== 'A') s += Math.log10(1 + c.population) / 2;
        return s;
      };
      /** Places near the other places a report names are likelier than far homonyms. */
      const proximity = (c: Place, f: Found, others: (Place | null)[]): number => {
        let s = 0;
        const seen = new Set<string>([f.key]);
        found.forEach((g, k) => {
          const o = others[k];
          if (!o || seen.has(g.key)) return;
          seen.add(g.key);
          const d = distanceKm(c, o);
          // A name with many homonyms ("Da", "Ali") says little about where the others are.
          if (d < PROXIMITY_KM) s += (3 * (1 - d / PROXIMITY_KM)) / Math.sqrt(g.candidates.length);
        });
        return Math.min(s, 6);
      };

      // A list shares its head's relation: "in the regions of Koulikoro (near Bamako) as well as Segou and Mopti".
      // A name that ends with its kind ("Kidal Region", "Soum Province") is a region whatever stands around it.
      // A name that heads its sentence as a label ("Kaduna: Troops repelled an attack on a village in Giwa ...", a
      // roundup's paragraph) names the area of the places the sentence goes on to name.
      const label = (f: Found & { words: Token[]; sentence: number }) =>
        f.first === 0 &&
        /^\s*:/.test(doc.text.slice(f.words[f.length - 1].end)) &&
        found.some((g) => g.sentence === f.sentence && g.first > f.first);
      const relations = found.map((f): PlaceRelation =>
        noteOf(f)
          ? 'coded'
          : (REGION.has(f.words[f.first + f.length - 1].norm) && f.length > 1) || label(f)
            ? 'region'
            : firedFrom(doc, f)
              ? 'origin'
              : onRoad(f.words, f.first, f.length, doc.text)
                ? 'axis'
                : (relationAfter(f.words, f.first + f.length) ??
                  (ownedByCountry(f.words, f.first) && f.candidates.some((c) => c.featureCode === 'ADM1') ? 'region' : relationBefore(f.words, f.first).relation)),
      );
      const parenthetical = found.map((f) => {
        const start = f.words[f.first].start;
        const before = doc.text.slice(Math.max(0, start - 60), start);
        const open = before.lastIndexOf('(');
        return open >= 0 && before.lastIndexOf(')') < open;
      });
      let head = -1;
      for (let k = 0; k < found.length; k++) {
        if (parenthetical[k]) continue;
        const prev = found[head];
        // "ont fui vers Saint-Marc et Verrettes": a list after where people went is all places they went.
        if (prev && prev.sentence === found[k].sentence && (relations[k] === 'in' || relations[head] === 'destination')) {
          const gap = doc.text.slice(prev.words[prev.first + prev.length - 1].end, found[k].words[found[k].first].start);
          const roadEnd = ROAD_END_GAP.test(gap) && (relations[head] === 'near' || relations[head] === 'axis');
          if (LIST_GAP.test(gap) || roadEnd) relations[k] = relations[head];
        }
        head = k;
      }

      // Regions the report names as regions ("in the Mopti region", "Kidal Region"): their places come first.
      found.forEach((f, k) => {
        if (relations[k] !== 'region') return;
        for (const c of f.candidates) if (c.featureCode === 'ADM1') regionsStated.add(`${c.country}:${c.admin1}`);
      });

      // Two passes: each name's best candidate on its own, then again with its distance to the others' choices.
      const hints = found.map((f, k) => hintsAfter(f, k));
      const base = found.map((f, k) => f.candidates.map((c) => score(c, f, hints[k], relations[k])));
      const argmax = (values: number[]) => values.reduce((best, v, i) => (v > values[best] ? i : best), 0);
      const first = found.map((f, k) => f.candidates[argmax(base[k])]);
      const chosen = found.map((f, k) =>
        f.candidates.length === 1 ? f.candidates[0] : f.candidates[argmax(base[k].map((b, i) => b + proximity(f.candidates[i], f, first)))],
      );

      // What the text says for each choice: its country named, a group's home, a hint; or other names of its country.
      const says = (c: Place, k: number) => countries.has(c.country) || homes.has(c.country) || matchesHint(c, hints[k]);
      // A far country's namesake nothing in the report speaks for gives way to the best one in a country the user
      // follows ("Yoro" in Honduras, with a population, against a hamlet "Yoro" in Mali).
      found.forEach((f, k) => {
        const best = chosen[k];
        if (detailed.has(best.country) || says(best, k) || placeEvidence(best.country, f) > 0) return;
        let alt = -1;
        f.candidates.forEach((c, i) => {
          if (detailed.has(c.country) && (alt < 0 || base[k][i] > base[k][alt])) alt = i;
        });
        if (alt >= 0) chosen[k] = f.candidates[alt];
      });
      /**
       * The next name, when the text puts name k by it: "X near Y", "X, 20 km north of Y", "X (Y)" with Y a town; and how
       * far X may lie.
       */
      const anchorAfter = (f: (typeof found)[number], k: number): { index: number; withinKm: number } | null => {
        const g = found[k + 1];
        if (!g || g.sentence !== f.sentence) return null;
        const between = doc.text.slice(f.words[f.first + f.length - 1].end, g.words[g.first].start);
        // "Paira (Peyla)", "Gama (Gawa)": a town of the same country alone in parentheses is the same place or one by it.
        const town = !g.loose && !g.candidates.some((c) => c.featureClass === 'A') && chosen[k + 1].featureClass === 'P' && chosen[k + 1].country === chosen[k].country;
        if (town && /^\s*\(\s*$/.test(between) && /^\s*\)/.test(doc.text.slice(g.words[g.first + g.length - 1].end))) {
          return { index: k + 1, withinKm: ANCHOR_KM };
        }
        // "Mama Daga, commune of Monimpebougou", "in the Tougou area of Diabaly": so is a town named as the unit it heads.
        if (town && UNIT_GAP.exec(between)?.[2] !== undefined) return { index: k + 1, withinKm: ANCHOR_KM };
        const gap = NEAR_GAP.exec(between);
        if (!gap) return null;
        return { index: k + 1, withinKm: gap[1] ? Number(gap[1]) * 1.5 + ANCHOR_KM : ANCHOR_KM };
      };
      const stated = found.map((_, k) => says(chosen[k], k));
      const evidence = found.map((f, k) => stated[k] || placeEvidence(chosen[k].country, f) > 0);
      found.forEach((f, k) => {
        const relation = relations[k];
        let best = chosen[k];
        const note = relation === 'coded' ? noteOf(f) : null;
        if (!note && namesQuarter(f)) return;
        // "editing by the Dubai desk": where the report was edited, never where anything happened.
        if (NEWSROOM.has(f.words[f.first + f.length]?.norm ?? '')) return;
        // A small place in a country nothing in the report points to is more likely a word than a place; a place
        // only the imported dumps speak for, far from every place the text does support, is another's homonym.
        if (!note && !evidence[k] && !detailed.has(best.country) && (countries.size || detailed.size) && best.population < 100_000) return;
        // (A large city too, where the name is only a facility's: "the director of Medina hospital".)
        if (!note && !evidence[k] && (best.population < 1_000_000 || namesFacility(f))) {
          // Against a place of a followed country too, when this one is not in one ("the Mobile Customs Brigade").
          const foreign = !detailed.has(best.country);
          const supported = chosen.filter((o, j) => (stated[j] || (foreign && detailed.has(o.country))) && found[j].key !== f.key);
          if (supported.length && supported.every((o) => distanceKm(o, best) > FAR_KM)) return;
        }
        // "Marina, near Mopti", "Tibi, 12 km from Baye": the place of the name by the town the text puts it by; with
        // none there ("Mariko, near Niono"), the gazetteer lacks that village and the event is by the town.
        const anchor = anchorAfter(f, k);
        if (!note && anchor) {
          const town = chosen[anchor.index];
          const at = town.featureClass === 'A' ? (gazetteer.seatOf(town) ?? town) : town;
          const by = (c: Place) => distanceKm(at, c) <= anchor.withinKm;
          if (!by(best)) {
            const i = argmax(f.candidates.map((c, i) => (by(c) ? base[k][i] : -Infinity)));
            if (!by(f.candidates[i])) return;
            best = chosen[k] = f.candidates[i];
          }
        }
        // A name whose every place lies outside the unit its hint names is a village the gazetteer lacks.
        if (!note && contradicts(f, best, hints[k])) return;
        // A loosely spelled name must agree with its hint and lie near the report's other places.
        if (f.loose) {
          if (hints[k].keys.size && !matchesHint(best, hints[k])) return;
          const others = chosen.filter((o, j) => o && found[j].key !== f.key && !found[j].loose);
          if (others.length && others.every((o) => distanceKm(o, best) > LOOSE_RANGE_KM)) return;
        }
        // "in Kelbara, Soum": the second name only says where the first is.
        const describes = hintedBy[k] >= 0 && matchesHint(chosen[hintedBy[k]], hints[hintedBy[k]]);
        const last = f.words[f.first + f.length - 1];
        const isRegion = best.featureCode === 'ADM1' || best.featureCode === 'ADM2';
        const precision: PlaceSpan['precision'] = note
          ? note.precision
          : isRegion || relation === 'border' || relation === 'region' || relation === 'origin'
            ? 3
            : relation === 'in'
              ? 1
              : 2;
        doc.places.push({
          start: f.words[f.first].start,
          end: last.end,
          name: doc.text.slice(f.words[f.first].start, last.end),
          // ACLED codes an event known only by its region at the region's seat, at geo precision 3.
          place: isRegion ? (gazetteer.seatOf(best) ?? best) : best,
          precision,
          relation,
          // "the Markoye mayor", "a Banh councilman": the place only says who a person is, like a parenthesis.
          parenthetical: !note && (parenthetical[k] || describes || OFFICE.has(f.words[f.first + f.length]?.norm)),
          sentence: f.sentence,
        });
      });
      if (capitalMentioned(doc, countries)) doc.places.sort((a, b) => a.start - b.start);
      confirmDateline(doc, covered);
    },
  };

  /**
   * The dateline says where the reporter filed from: the event is there, at geo precision 1, only where the report
   * says so ("à Libreville", "in the capital"); else it is somewhere near, at precision 2. Where the report names a
   * district the gazetteer does not know ("in Ancuabe district"), the event is in that district: the dateline only
   * tells its region, coded at the region's seat at precision 3 (ACLED's codebook: the region when only it is known).
   */
  function confirmDateline(doc: Doc, covered: (t: Token) => boolean): void {
    const line = doc.dateline;
    if (!line) return;
    const unknownUnit = namesUnknownUnit(doc, covered);
    for (const p of doc.places) {
      if (p.start < line.start || p.end > line.end || !p.place) continue;
      if (unknownUnit) {
        const region = gazetteer.regions(p.place.country).find((r) => r.admin1 === p.place!.admin1);
        p.place = (region && gazetteer.seatOf(region)) ?? p.place;
        p.precision = 3;
        continue;
      }
      const told = doc.places.some(
        (o) => o.start >= line.end && o.place?.geonameid === p.place!.geonameid && o.relation === 'in' && o.precision === 1 && !whoIsThere(doc, o),
      );
      if (!told) p.precision = Math.max(p.precision, 2) as PlaceSpan['precision'];
    }
  }

  /** The place is where a source is, not where something happened: "officials in Pemba", "based in Goma". */
  function whoIsThere(doc: Doc, place: PlaceSpan): boolean {
    const words = doc.sentenceWords(place.sentence);
    const at = words.findIndex((w) => w.start === place.start);
    return words.slice(Math.max(0, at - 3), at).some((w) => SOURCES.has(w.norm));
  }

  /**
   * The report names a district, territory or commune the gazetteer does not know: "Ancuabe district", "the Kajuru
   * LGA", "la commune de Tongomayel" (a capitalised word no place, actor or title covers, by a word for the unit).
   */
  function namesUnknownUnit(doc: Doc, covered: (t: Token) => boolean): boolean {
    const known = (t: Token) => covered(t) || doc.places.some((p) => t.start >= p.start && t.end <= p.end);
    const plain = (t: Token | undefined) =>
      t !== undefined && t.capitalized && !known(t) && !stopwords.has(t.norm) && !GENERIC.has(t.norm) && !TITLES.has(t.norm) &&
      !COMPASS.has(t.norm) && !COMPASS_REGIONS.has(t.norm) && !gazetteer.countryByKey(t.norm) && !gazetteer.countryByDemonym(t.norm);
    for (const sentence of doc.sentences) {
      const words = doc.sentenceWords(sentence.index);
      for (let i = 1; i < words.length; i++) {
        const w = words[i];
        if (!UNIT.has(w.norm) || ordinalBefore(words, i)) continue;
        if (plain(words[i - 1]) && words[i - 1].end + 1 === w.start) return true;
        const of = words[i + 1]?.norm;
        if ((of === 'de' || of === 'd' || of === 'du' || of === 'of') && plain(words[i + 2])) return true;
      }
    }
    return false;
  }

  /**
   * "The capital", "la capitale" with no name after it (nor "of"): the capital of the country the report's places
   * are in, or else of the one it speaks of most.
   * Adds its places and says whether there were any.
   */
  function capitalMentioned(doc: Doc, countries: Map<string, number>): boolean {
    // The country the report's places are in, else the one it names most ("attack in Ouagadougou ... the French
    // embassy ... in the capital" is Ouagadougou).
    const placed = new Map<string, number>();
    for (const p of doc.places) if (p.place) placed.set(p.place.country, (placed.get(p.place.country) ?? 0) + 1);
    const tally = placed.size ? placed : countries;
    let country: string | null = null;
    for (const [iso2, n] of tally) if (country === null || n > tally.get(country)!) country = iso2;
    const capital = country === null ? undefined : gazetteer.capitalOf(country);
    if (!capital || !CAPITAL_WORD.test(doc.text)) return false;
    let added = false;
    for (const sentence of doc.sentences) {
      const words = doc.sentenceWords(sentence.index);
      words.forEach((w, i) => {
        if (!CAPITAL.has(w.norm) || !ARTICLES.has(words[i - 1]?.norm)) return;
        // "the capital Bamako", "the capital of the Lac province", "Bol, the capital ...": another place's words.
        const next = words[i + 1];
        if (next?.capitalized || ARTICLES.has(next?.norm) || CAPITAL_QUALIFIERS.has(next?.norm ?? '') || (i >= 2 && doc.text.slice(words[i - 2].end, words[i - 1].start).includes(','))) return;
        const relation = relationBefore(words, i).relation;
        doc.places.push({
          start: w.start, end: w.end, name: w.text, place: capital, precision: relation === 'in' ? 1 : 2, relation,
          parenthetical: false, sentence: sentence.index,
        });
        added = true;
      });
    }
    return added;
  }
}
