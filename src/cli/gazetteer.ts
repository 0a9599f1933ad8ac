/**
 * `vigil gazetteer`: import GeoNames files a user downloaded into Vigil's gazetteer, and show what it holds.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { GazetteerFileError, importGeoNames, loadGazetteer, type ImportSummary } from '../geo/gazetteer.js';
import { defaultDataDir } from '../resources.js';
import { UserError } from './errors.js';

export function registerGazetteer(program: Command): void {
  const gazetteer = program.command('gazetteer').description('Import GeoNames files and show the gazetteer.');
  gazetteer
    .command('import')
    .description(
      'Import GeoNames country dumps (ML.txt ...), admin1CodesASCII.txt or admin2Codes.txt; ' +
        'importing a file again replaces it.',
    )
    .argument('<files...>', 'GeoNames files')
    .action(async (files: string[]) => {
      const summaries = await userErrors(() => importGeoNames(files, { dir: gazetteerDir() }));
      print(gazetteer, summaries.map(summaryLine));
    });
  gazetteer
    .command('info')
    .description('Places, countries and imported files of the gazetteer.')
    .action(async () => {
      const started = performance.now();
      const loaded = await userErrors(() => loadGazetteer({ dir: gazetteerDir() }));
      const ms = Math.round(performance.now() - started);
      const lines = [
        `places     ${count(loaded.size)} (loaded in ${ms} ms)`,
        `countries  ${count(loaded.countries.length)}`,
        `imported   ${loaded.imports.length === 0 ? 'none (vigil gazetteer import FILE...)' : ''}`,
        ...loaded.imports.map((file) => `  ${file.source}  ${file.kind}  ${count(file.entries)}  ${file.importedAt}`),
        'Place data from GeoNames (geonames.org), CC BY 4.0',
      ];
      print(gazetteer, lines);
    });
}

/** Prints through commander's configurable output (stdout unless configured otherwise, as in tests). */
function print(command: Command, lines: string[]): void {
  command.configureOutput().writeOut?.(lines.map((line) => line + '\n').join(''));
}

/** The gazetteer folder inside Vigil's data folder. */
function gazetteerDir(): string {
  return path.join(defaultDataDir(), 'gazetteer');
}

/** Runs a gazetteer operation, turning a bad file into a one-line user error. */
async function userErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (err) {
    if (err instanceof GazetteerFileError) throw new UserError(err.message);
    throw err;
  }
}

function summaryLine(s: ImportSummary): string {
  const kept = s.kind === 'places'
    ? `${count(s.kept)} places kept, ${count(s.filtered)} features left out`
    : `${count(s.kept)} codes`;
  return `${s.file}: ${s.kind}, ${kept}, ${count(s.skipped)} malformed lines skipped -> ${s.output}`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
