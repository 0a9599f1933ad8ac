/**
 * Places: every run of capitalised words that names a GeoNames place, the candidate chosen among homonyms,
 * and the geo precision the wording supports.
 *
 * Homonyms are settled by context, as a coder would: a place in a country the report talks about, in a region
 * it names ("Petaka (Douentza, Mopti)", "in the Mopti region"), close to the other places it names ("fifteen
 * kilometers from Bamako"), an administrative seat or a populous town before a hamlet.
 * Precision: "in Kati" 1; "near Kati", "60 km north of Bamako", "the Kati area" 2; "in the Mopti region",
 * "near the border with Niger" 3.
 */
import type { Doc, PlaceRelation, PlaceSpan, Stage, Token } from '../doc/doc.js';
import type { Country, Gazetteer, Place } from '../geo/gazetteer.js';
import { foldKey } from '../doc/text.js';
import { isWord } from './tokens.js';
import type { LanguageData } from '../lang/index.js';

/** Lower-case words that may sit inside a place name ("Boni de Hombori" is rare; "Dar es Salaam" is not). */
const CONNECTORS = new Set(['de', 'du', 'des', 'la', 'le', 'el', 'al', 'es', 'ag', 'ould', 'n', 'd', 'sur', 'en']);
const NEAR = new Set(['near', 'outside', 'around', 'close', 'nearby', 'vicinity', 'outskirts', 'environs', 'pres', 'proximite', 'alentours', 'abords', 'between', 'entre', 'towards', 'vers', 'periphery', 'axis', 'axe', 'road', 'route']);
const DISTANCE = new Set(['km', 'kilometers', 'kilometres', 'kilometer', 'kilometre', 'miles']);
const REGION = new Set(['region', 'regions', 'province', 'provinces', 'state', 'prefecture', 'cercle', 'department', 'departement', 'district', 'commune', 'county', 'governorate']);
const AREA = new Set(['area', 'zone', 'localities', 'surroundings', 'secteur']);
const BORDER = new Set(['border', 'borders', 'frontier', 'frontiere', 'tri', 'triangle']);
const TITLES = new Set(['president', 'minister', 'colonel', 'general', 'gen', 'col', 'captain', 'lieutenant', 'commander', 'mr', 'mrs', 'dr', 'chief', 'imam', 'sheikh', 'ambassador', 'spokesman', 'spokesperson', 'mayor', 'governor', 'prefect', 'king', 'prince', 'pope', 'said', 'told', 'according']);
const PROXIMITY_KM = 150;
/** What may separate the names of a list: commas, "and", "as well as", a parenthesis. */
const LIST_GAP = /^\s*(\([^)]*\))?\s*(,|and|as well as|et|ainsi que|or|ou)?\s*(\([^)]*\))?\s*$/i;

interface Found {
  first: number;
  length: number;
  key: string;
  candidates: Place[];
}

function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

export { distanceKm };

export function placesStage(gazetteer: Gazetteer, lang: LanguageData): Stage {
  const stopwords = lang.placeStopwords;

  /** The longest run of capitalised words from word i that the gazetteer knows. */
  function nameAt(words: Token[], i: number, covered: (t: Token) => boolean): Found | null {
    const first = words[i];
    if (!first.capitalized || covered(first)) return null;
    const keys: string[] = [];
    let key = '';
    for (let n = 0; n < gazetteer.maxNameWords && i + n < words.length; n++) {
      const w = words[i + n];
      if (covered(w)) break;
      // A name's words sit next to each other: "Boni-Hombori", "N'Djamena", not across a comma.
      if (n > 0 && w.start - words[i + n - 1].end > 1) break;
      if (n > 0 && !w.capitalized && !CONNECTORS.has(w.norm)) break;
      key = n === 0 ? w.norm : `${key} ${w.norm}`;
      keys.push(key);
    }
    for (let n = keys.length; n >= 1; n--) {
      const last = words[i + n - 1];
      if (!last.capitalized && n > 1) continue;
      // "Sahel", "Centre", "Est" are regions of Burkina Faso when the text says so ("the Sahel region").
      if (n === 1 && stopwords.has(keys[0]) && !REGION.has(words[i + 1]?.norm)) return null;
      const candidates = gazetteer.lookup(keys[n - 1]);
      if (candidates.length) return { first: i, length: n, key: keys[n - 1], candidates };
    }
    return null;
  }

  function relationBefore(words: Token[], i: number): { relation: PlaceRelation } {
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
      const norm = words[j].norm;
      if (DISTANCE.has(norm)) {
        return { relation: 'distance' };
      }
      if (NEAR.has(norm)) return { relation: 'near' };
      if (BORDER.has(norm)) return { relation: 'border' };
      if (REGION.has(norm)) return { relation: 'region' };
      if (norm === 'in' || norm === 'at' || norm === 'a' || norm === 'dans' || norm === 'en') break;
    }
    return { relation: 'in' };
  }

  function relationAfter(words: Token[], end: number): PlaceRelation | null {
    const next = words[end]?.norm;
    if (REGION.has(next)) return 'region';
    if (AREA.has(next)) return 'near';
    return null;
  }

  /** Countries the report is about: named, or implied by a demonym ("Malian soldiers"). */
  function countriesOf(doc: Doc): Map<string, number> {
    const counts = new Map<string, number>();
    for (const t of doc.tokens) {
      if (!isWord(t)) continue;
      const c: Country | undefined = gazetteer.countryByKey(t.norm) ?? gazetteer.countryByDemonym(t.norm);
      if (c) counts.set(c.iso2, (counts.get(c.iso2) ?? 0) + 1);
    }
    return counts;
  }

  return {
    name: 'places',
    run(doc: Doc) {
      const actorSpans = doc.actors;
      const covered = (t: Token) => actorSpans.some((a) => t.start >= a.start && t.end <= a.end);
      const found: (Found & { sentence: number; words: Token[] })[] = [];
      for (const sentence of doc.sentences) {
        const words = doc.sentenceTokens(sentence.index).filter(isWord);
        for (let i = 0; i < words.length; i++) {
          if (i > 0 && TITLES.has(words[i - 1].norm)) {
            // "Colonel Assimi Goita": skip the person's name.
            while (i < words.length && words[i].capitalized) i++;
            continue;
          }
          if (gazetteer.countryByKey(words[i].norm) && words[i].capitalized) continue;
          const f = nameAt(words, i, covered);
          if (!f) continue;
          found.push({ ...f, sentence: sentence.index, words });
          i += f.length - 1;
        }
      }

      const countries = countriesOf(doc);
      const unambiguous = found.filter((f) => new Set(f.candidates.map((c) => c.country)).size === 1 && f.candidates.length === 1);
      const regionsNamed = new Set<string>();
      for (const f of found) for (const c of f.candidates) if (c.featureCode === 'ADM1') regionsNamed.add(`${c.country}:${c.admin1}`);

      // ACLED-style admin hints right after a name: "Petaka (Douentza, Mopti)".
      const hintsAfter = (f: Found & { words: Token[] }): Set<string> => {
        const hints = new Set<string>();
        const last = f.words[f.first + f.length - 1];
        const rest = doc.text.slice(last.end, last.end + 80);
        const m = /^\s*\(([^)]*)\)/.exec(rest);
        if (m) for (const part of m[1].split(',')) hints.add(foldKey(part));
        return hints;
      };
      const fold = (s: string | null) => foldKey(s ?? '');

      const score = (c: Place, f: Found & { words: Token[] }, hints: Set<string>, relation: PlaceRelation): number => {
        let s = 0;
        const mentions = countries.get(c.country) ?? 0;
        if (mentions) s += 4 + Math.min(mentions, 5);
        else if (countries.size) s -= 6;
        if (hints.size && (hints.has(fold(c.admin1)) || hints.has(fold(c.admin2)) || hints.has(fold(c.admin3)))) s += 12;
        if (regionsNamed.has(`${c.country}:${c.admin1}`) && c.featureCode !== 'ADM1') s += 3;
        for (const u of unambiguous) {
          if (u === f) continue;
          const d = distanceKm(c, u.candidates[0]);
          if (d < PROXIMITY_KM) s += 3 * (1 - d / PROXIMITY_KM);
        }
        if (relation === 'region') s += c.featureCode === 'ADM1' || c.featureCode === 'ADM2' ? 8 : -2;
        else if (c.featureClass === 'P') s += 1;
        if (/^PPL(A|C)/.test(c.featureCode)) s += 2;
        s += Math.log10(1 + c.population) / 2;
        return s;
      };

      // A list shares its head's relation: "in the regions of Koulikoro (near Bamako) as well as Segou and Mopti".
      const relations = found.map((f) => relationAfter(f.words, f.first + f.length) ?? relationBefore(f.words, f.first).relation);
      const parenthetical = found.map((f) => {
        const start = f.words[f.first].start;
        const open = doc.text.lastIndexOf('(', start);
        return open >= 0 && doc.text.lastIndexOf(')', start) < open && start - open < 60;
      });
      let head = -1;
      for (let k = 0; k < found.length; k++) {
        if (parenthetical[k]) continue;
        const prev = found[head];
        if (prev && prev.sentence === found[k].sentence && relations[k] === 'in') {
          const gap = doc.text.slice(prev.words[prev.first + prev.length - 1].end, found[k].words[found[k].first].start);
          if (LIST_GAP.test(gap)) relations[k] = relations[head];
        }
        head = k;
      }

      found.forEach((f, k) => {
        const relation = relations[k];
        const hints = hintsAfter(f);
        let best = f.candidates[0];
        let bestScore = -Infinity;
        for (const c of f.candidates) {
          const s = score(c, f, hints, relation);
          if (s > bestScore) [best, bestScore] = [c, s];
        }
        // A lone small place in a country the report never mentions is more likely a name than a place.
        if (countries.size && !countries.has(best.country) && best.population < 100_000) return;
        const last = f.words[f.first + f.length - 1];
        const isRegion = best.featureCode === 'ADM1' || best.featureCode === 'ADM2';
        const precision: PlaceSpan['precision'] =
          isRegion || relation === 'border' || relation === 'region' ? 3 : relation === 'in' ? 1 : 2;
        doc.places.push({
          start: f.words[f.first].start,
          end: last.end,
          name: doc.text.slice(f.words[f.first].start, last.end),
          place: best,
          precision,
          relation,
          parenthetical: parenthetical[k],
          sentence: f.sentence,
        });
      });
    },
  };
}
