/**
 * One extractor for a test file, on the default gazetteer only (a fresh data folder), so tests do not depend
 * on what a developer imported into ./data.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createExtractor, type Extractor } from '../extract.js';

let shared: Promise<Extractor> | null = null;

export function testExtractor(): Promise<Extractor> {
  shared ??= createExtractor({ dataDir: mkdtempSync(path.join(tmpdir(), 'vigil-test-')) });
  return shared;
}

/** The folder beside the repository that holds the seed report, the ACLED dev file and GeoNames dumps. */
export const SHARED = new URL('../../../shared/', import.meta.url);
