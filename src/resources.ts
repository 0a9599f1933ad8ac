/**
 * Everything the pipeline reads besides the report: the gazetteer, the actor lexicon (with where groups are found)
 * and the language data.
 * Loaded once per process and handed to the stages, never kept in globals.
 */
import path from 'node:path';
import { loadGazetteer } from './geo/gazetteer.js';
import { byLanguage, loadLanguageData, type LanguageCode, type LanguageData } from './lang/index.js';
import { loadActorLexicon } from './lexicon/actors.js';
import { loadActorAreas } from './lexicon/areas.js';
import type { Resources } from './pipeline/index.js';

export interface ResourceOptions {
  /** Folder of Vigil's own data (imported gazetteer, database): VIGIL_DATA or ./data. */
  dataDir?: string;
}

export function defaultDataDir(): string {
  return process.env.VIGIL_DATA ?? path.resolve('data');
}

/** Every language's words, by language. */
export function loadLanguages(): Record<LanguageCode, LanguageData> {
  return byLanguage(loadLanguageData);
}

export async function loadResources(options: ResourceOptions = {}): Promise<Resources> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const gazetteer = await loadGazetteer({ dir: path.join(dataDir, 'gazetteer') });
  const actors = loadActorLexicon(gazetteer.countries);
  return { gazetteer, actors, languages: loadLanguages(), areas: loadActorAreas() };
}
