/**
 * data/geo/spellings.json: the other ways a place name is written, where the text and GeoNames differ by a
 * language or a transliteration ("North Kivu" for "Nord Kivu", "Um Ruwaba" for "Umm Ruwaba", "the Eastern
 * region" for Burkina Faso's Est).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const SpellingsFile = z.object({
  _source: z.string(),
  compass_regions: z.record(z.string(), z.array(z.string())),
  compass_translations: z.record(z.string(), z.string()),
  arabic_first_words: z.array(z.array(z.string()).min(2)),
  inner_words: z.array(z.array(z.string()).min(2)),
});

export interface PlaceSpellings {
  /** An English compass adjective and the folded names regions called after it have: "eastern" -> east, est. */
  compassRegions: ReadonlyMap<string, readonly string[]>;
  /** A compass word that opens a region name, in the other language: "north" -> "nord", "sud" -> "south". */
  compassTranslations: ReadonlyMap<string, string>;
  /** A first word of an Arabic name and its other spellings: "um" -> "umm", "oum", "om". */
  arabicFirstWords: ReadonlyMap<string, readonly string[]>;
  /** A word inside a name and its other spellings: the Persian ezafe "i" -> "e" ("Mazar-i-Sharif", "Mazār-e Sharīf"). */
  innerWords: ReadonlyMap<string, readonly string[]>;
}

/** Reads and checks data/geo/spellings.json (found from this module both as src/geo/*.ts and as dist/geo/*.js). */
export function loadPlaceSpellings(): PlaceSpellings {
  const file = new URL('../../data/geo/spellings.json', import.meta.url);
  const result = SpellingsFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`data/geo/spellings.json: ${z.prettifyError(result.error)}`);
  const data = result.data;
  return {
    compassRegions: new Map(Object.entries(data.compass_regions)),
    compassTranslations: new Map(Object.entries(data.compass_translations)),
    arabicFirstWords: alternatives(data.arabic_first_words),
    innerWords: alternatives(data.inner_words),
  };
}

/** Each form of a word to its other forms. */
function alternatives(groups: string[][]): ReadonlyMap<string, readonly string[]> {
  return new Map(groups.flatMap((forms) => forms.map((f) => [f, forms.filter((o) => o !== f)] as const)));
}
