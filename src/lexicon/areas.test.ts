import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { loadCountries } from '../geo/defaults.js';
import { acledAdminName } from '../geo/admin-names.js';
import { loadActorLexicon } from './actors.js';
import { loadActorAreas } from './areas.js';

const json = (file: string) => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));

test('every group and community of areas.json is in the actor lexicon, every region in admin1.json', () => {
  const areas = json('actors/areas.json') as { groups: Record<string, string[]>; ethnic: Record<string, string[]> };
  const groups = new Set((json('actors/groups.json').actors as { id: string }[]).map((a) => a.id));
  const ethnic = new Set((json('actors/ethnic.json').groups as { id: string }[]).map((g) => g.id));
  const regions = new Set(
    Object.entries(json('geo/admin1.json').codes as Record<string, [string, string, number]>).map(
      ([code, [, ascii]]) => `${code.slice(0, 2)}:${acledAdminName(ascii)}`,
    ),
  );
  for (const [id, list] of Object.entries(areas.groups)) {
    assert.ok(groups.has(id), `unknown group ${id}`);
    for (const r of list) assert.ok(regions.has(r), `${id}: unknown region ${r}`);
  }
  for (const [id, list] of Object.entries(areas.ethnic)) {
    assert.ok(ethnic.has(id), `unknown community ${id}`);
    for (const r of list) assert.ok(regions.has(r), `${id}: unknown region ${r}`);
  }
});

test("a joint actor is found where either of its groups is", async () => {
  const lexicon = loadActorLexicon(await loadCountries());
  const areas = loadActorAreas();
  const joint = lexicon.joint(lexicon.get('dan-na-ambassagou')!, lexicon.get('ansaroul-islam')!);
  assert.ok(areas.of(joint).includes('ML:Mopti'));
  assert.ok(areas.of(joint).includes('BF:Sahel'));
});
