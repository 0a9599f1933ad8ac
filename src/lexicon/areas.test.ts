/**
 * data/actors/areas.json names regions as Vigil writes them from GeoNames' admin1 codes: a misspelt region would
 * never match a place, and its group would silently help no homonym choice.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { acledAdminName } from '../geo/admin-names.js';
import { foldKey } from '../doc/text.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

test("every region of a group's or community's area is an admin1 region of data/geo/admin1.json", () => {
  const codes: Record<string, [string, string, number]> = read('../../data/geo/admin1.json').codes;
  const known = new Set(Object.entries(codes).flatMap(([code, [name, ascii]]) => {
    const iso2 = code.slice(0, 2);
    return [`${iso2}:${foldKey(acledAdminName(name))}`, `${iso2}:${foldKey(acledAdminName(ascii))}`];
  }));
  const areas = read('../../data/actors/areas.json');
  const unknown = [...Object.values(areas.groups), ...Object.values(areas.ethnic)]
    .flat()
    .filter((area) => {
      const [iso2, name] = (area as string).split(':');
      return !known.has(`${iso2}:${foldKey(name)}`);
    });
  assert.deepEqual(unknown, []);
});
