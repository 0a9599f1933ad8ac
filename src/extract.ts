/**
 * The extraction engine's entry point: one report's text in, ACLED-coded events with their evidence out.
 * `createExtractor` loads the resources once (gazetteer, lexicons); `extract` runs the pipeline's stages in
 * order on a new Doc for each report.
 */
import { Doc, type Stage } from './doc/doc.js';
import type { ExtractResult } from './schema/event.js';
import { buildPipeline, type Resources } from './pipeline/index.js';
import { loadResources, type ResourceOptions } from './resources.js';

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD): the anchor of relative dates ("on Friday"). */
  published?: string | null;
}

export class Extractor {
  readonly stages: Stage[];

  constructor(readonly resources: Resources) {
    this.stages = buildPipeline(resources);
  }

  /** Runs every stage on the text and returns the document with all its annotations. */
  annotate(text: string, options: ExtractOptions = {}): Doc {
    const doc = new Doc(text, options.published ?? null);
    if (!doc.published) {
      doc.warnings.push('no publication date: dates relative to it ("on Friday") are left null');
    }
    for (const stage of this.stages) stage.run(doc);
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
