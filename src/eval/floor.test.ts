/**
 * The accuracy floor CI holds the extractor to: the harness on a fixed sample of the ACLED dev file (one row
 * in 8, the same rows as `vigil eval --acled ../shared/eval/acled-sahel-dev.csv --sample 8`), each metric at
 * least its floor in floors.json (percent). Raise a floor when accuracy improves, so that it cannot silently
 * fall back; the test prints the measured figures for that purpose.
 *
 * The dev file and the GeoNames dumps are not in the repository (ACLED's terms forbid redistributing its
 * data): they live in ../shared next to the checkout, and the test is skipped when that folder is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor } from '../extract.js';
import { importGeoNames } from '../geo/gazetteer.js';
import { readAcledFile, selectRows } from './acled.js';
import { evaluate, METRICS, rateValue, rates, type Metric } from './scorer.js';

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const DEV_FILE = path.join(SHARED, 'eval', 'acled-sahel-dev.csv');
const GEONAMES = ['ML.txt', 'BF.txt', 'NE.txt', 'admin1CodesASCII.txt', 'admin2Codes-ML-BF-NE.txt'].map((f) =>
  path.join(SHARED, 'geonames', f),
);
const SAMPLE_EVERY = 8;

function readFloors(): Record<Metric, number> {
  const floors = JSON.parse(fs.readFileSync(new URL('./floors.json', import.meta.url), 'utf8'));
  for (const m of METRICS) assert.equal(typeof floors[m], 'number', `floors.json has no floor for ${m}`);
  return floors;
}

test(
  'accuracy on the ACLED dev sample stays at or above the floors',
  {
    skip: fs.existsSync(DEV_FILE) ? false : `${DEV_FILE} not found: the ACLED dev file is needed for the accuracy floor`,
    timeout: 180_000,
  },
  async (t) => {
    const floors = readFloors();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-floor-'));
    try {
      await importGeoNames(GEONAMES, { dir: path.join(dataDir, 'gazetteer') });
      const extractor = await createExtractor({ dataDir });
      const rows = selectRows(readAcledFile(DEV_FILE).rows, { every: SAMPLE_EVERY });
      const results = evaluate(rows, (notes, published) => extractor.extract(notes, { published }).events);
      const measured = rates(results);
      const figures = METRICS.map((m) => [m, 100 * (rateValue(measured[m]) ?? 0)] as const);
      const errors = results.filter((r) => r.error !== null).length;
      t.diagnostic(
        `${rows.length} rows, ${errors} extractor errors: ` +
          figures.map(([m, v]) => `${m} ${v.toFixed(1)}% (floor ${floors[m]}%)`).join(', '),
      );
      const below = figures.filter(([m, v]) => v < floors[m]).map(([m, v]) => `${m} ${v.toFixed(1)}% < ${floors[m]}%`);
      assert.deepEqual(below, [], `accuracy fell below the floor: ${below.join(', ')}`);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
);
