/**
 * The extraction engine's entry point: one report's text in, ACLED-coded events with their evidence out.
 * `createExtractor` loads the resources once (gazetteer, lexicons); `extract` runs the pipeline's stages in
 * order on a new Doc for each report.
 */
import { Doc, type Stage } from './doc/doc.js';
import type { ExtractResult } from './schema/event.js';
import { byLanguage, LANGUAGE_CODES, type LanguageCode } from './lang/index.js';
import { buildPipeline, type Resources } from './pipeline/index.js';
import { reportLanguage } from './pipeline/language.js';
import { loadResources, type ResourceOptions } from './resources.js';

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD): the anchor of relative dates ("on Friday"). */
  published?: string | null;
  /**
   * The report's language as its source states it ("fr", "en-GB"): read in it when Vigil knows it; otherwise,
   * and when absent, the language is told from the text.
   */
  language?: string | null;
}

/** A stated language tag's language, when it is one Vigil reads: "fr-FR" is French. */
function statedLanguage(tag: string | null | undefined): LanguageCode | null {
  const code = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGE_CODES.find((c) => c === code) ?? null;
}

export class Extractor {
  /** The stages for each language. */
  private readonly pipelines: Record<LanguageCode, Stage[]>;

  constructor(readonly resources: Resources) {
    this.pipelines = byLanguage((code) => buildPipeline(resources, code));
  }

  /** Runs every stage of the report's language on the text and returns the document with all its annotations. */
  annotate(text: string, options: ExtractOptions = {}): Doc {
    const language = statedLanguage(options.language) ?? reportLanguage(text, this.resources.languages);
    const doc = new Doc(text, options.published ?? null, language);
    if (!doc.published) {
      doc.warnings.push('no publication date: dates relative to it ("on Friday") are left null');
    }
    for (const stage of this.pipelines[language]) stage.run(doc);
    return doc;
  }

  extract(text: string, options: ExtractOptions = {}): ExtractResult {
    const doc = this.annotate(text, options);
    return { events: doc.events, background: doc.background, warnings: doc.warnings };
  }
}

export async function createExtractor(options: ResourceOptions = {}): Promise<Extractor> {
  return new Extractor(await loadResources(options));
}
