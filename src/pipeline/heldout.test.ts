/**
 * A held-out-style regression set: 80 invented news reports (42 English, 38 French) with 91 expected events, in the
 * styles of many outlets (wire dispatches with a dateline, local dailies, a UN press release, an NGO statement, a
 * government communiqué, radio bulletins, a live blog, a follow-up revising a toll, a feature with no new event),
 * from countries and years the engine was not tuned on, each with the coding a careful ACLED coder would give it
 * (src/pipeline/heldout/<name>.txt and <name>.expected.json). Two batches were coded before the engine was run on
 * them, as a measure on unseen reports: en-cm-batibo-gendarmerie, en-ke-witu-ied, en-ng-plateau-bokkos-herders,
 * en-so-mogadishu-hotel-car-bomb, fr-bf-gorom-gorom-prison, fr-ml-kidal-frappe-drone, fr-ne-agadez-enlevement-chinois,
 * fr-ne-niamey-greve-enseignants; then en-et-gimbi-toll-rises, en-ly-zliten-tripoli-wire, en-ml-niono-drone-fair,
 * en-ng-katsina-radio-brief, en-ss-bor-aid-convoy, fr-bi-ngozi-imbonerakure, fr-bj-banikoara-poste-militaire,
 * fr-cf-alindao-upc-antibalaka, fr-td-moundou-etudiants, fr-tg-dapaong-enlevement (first run: 3 of 12 events right
 * in every field, event count right in 8 of 10 reports; see the commit that added them); then twelve English reports
 * from conflicts far from the Sahel: en-af-mazar-mosque-bombing, en-co-tame-eln-patrol, en-ht-kenscoff-gang-attack,
 * en-in-sukma-maoist-ied, en-iq-amadiya-turkish-drone, en-mm-shwebo-pdf-airstrike, en-mx-aguililla-cjng-ambush,
 * en-pe-juliaca-protest-live, en-ph-las-navas-npa-clash, en-pk-bannu-ttp-police, en-sy-busayrah-is-cell,
 * en-ye-taizz-houthi-drone (first run: 1 of 14 events right in every field, event count right in 8 of 12 reports); then twelve French ones,
 * fr-bf-gayeri-communique-emga, fr-bf-titao-vdp-embuscade, fr-bj-materi-civils-egorges, fr-cd-nizi-codeco-orpailleurs,
 * fr-cf-bocaranga-3r-faca, fr-ci-kafolo-commemoration, fr-cm-bamenda-bafut-deux-evenements, fr-ht-liancourt-gang,
 * fr-ml-cd-bf-journal-du-soir, fr-ml-dogofry-chef-enleve, fr-ne-banibangou-jour-de-marche, fr-td-baga-sola-boko-haram
 * (first run: 1 of 14 events right in every field, event count right in 9 of 12 reports).
 *
 * For each report there is one test per field group: the number of events, their type, date, actors, place and
 * fatalities (and the background mentions, where the expected file names some). Comparisons that fail today are
 * marked `todo` with the reason, so the suite stays green; when the engine improves, removing the todo turns the
 * test into a guard. A summary table of pass rates per field across the set is printed at the end.
 *
 * HELDOUT_VERBOSE=1 prints, for every failing comparison, what was expected and what the engine gave.
 *
 * Conventions of the expected files:
 *  - actors are ACLED names without the period suffix; the engine's "Military Forces of Nigeria (2015-2023)" and
 *    "Police Forces of Cameroon (1982-) Gendarmerie" are compared without "(…)" and what follows it;
 *  - admin1 is GeoNames' name (ASCII or not: names are compared folded, without accents or case);
 *  - events are paired with the engine's by best agreement (date, type, place, actors), not by order;
 *  - `background.dates`: for each, the engine must list a background item whose date starts with it, and no event
 *    may carry a date in it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { splitHeader } from '../input/header.js';
import type { Event, ExtractResult } from '../schema/event.js';
import { testExtractor } from '../testing/extractor.js';

const DIR = new URL('./heldout/', import.meta.url);

interface ExpectedEvent {
  event_date: string | null;
  time_precision: 1 | 2 | 3;
  event_type: string;
  sub_event_type: string;
  actor1: string;
  actor2: string | null;
  country: string;
  admin1: string | null;
  location: string | null;
  geo_precision: 1 | 2 | 3 | null;
  fatalities: number;
  note?: string;
}

interface Expected {
  language: 'en' | 'fr';
  published: string;
  events: ExpectedEvent[];
  background?: { dates: string[] };
  note?: string;
}

const FIELDS = [
  'event_type',
  'sub_event_type',
  'event_date',
  'time_precision',
  'actor1',
  'actor2',
  'country',
  'admin1',
  'location',
  'geo_precision',
  'fatalities',
] as const;
type Field = (typeof FIELDS)[number];

const GROUPS = {
  type: ['event_type', 'sub_event_type'],
  date: ['event_date', 'time_precision'],
  actors: ['actor1', 'actor2'],
  place: ['country', 'admin1', 'location', 'geo_precision'],
  fatalities: ['fatalities'],
} as const satisfies Record<string, readonly Field[]>;
type Group = 'count' | keyof typeof GROUPS | 'background';

/**
 * What fails today, per report and field group, and why (from the analysis of the engine's output). Remove an
 * entry when the engine gets it right: the test then guards it.
 */
const TODO: Record<string, Partial<Record<Group, string>>> = {
  'en-ly-zliten-tripoli-wire': {
    type: 'the lead sentence tells three events (abduction, protests, a clash in Tripoli): the abduction is typed by its "clashed" and "protests" as a violent demonstration',
    actors: 'the abduction is coded Rioters with no actor2; the Tripoli clash has only one Unidentified Armed Group (two rival ones expected)',
    fatalities: 'the lead\'s "killing two people" (the Tripoli clash) goes to the abduction',
  },
  'fr-bi-ngozi-imbonerakure': {
    place: '"sur une colline de la commune de Ngozi" is coded at Ngozi with precision 3, not 2',
    fatalities: '"Un militant du Congrès national pour la liberté (CNL), principal parti d\'opposition, a été battu à mort": the name in parentheses and the apposition between commas cut "Un militant" from "battu à mort"',
  },
  'en-mz-ancuabe-beheadings': {
    place: 'Ancuabe (a district seat) is not in the default gazetteer: the event is coded at the province named ("Ancuabe district, Cabo Delgado province"), at its capital Pemba with precision 3, as ACLED\'s codebook does when only the region is known',
  },
  'fr-bf-gayeri-communique-emga': {
    date: 'the lead\'s "a rendu public vendredi un communiqué relatif à des combats" gives the combats the day the communiqué came out; "rendu public" is no reporting word (single words only: "rendu" alone would also take "se sont rendus samedi au village" for a statement)',
  },
  'fr-bj-materi-civils-egorges': {
    place: 'Matéri (a commune seat) is not in the default gazetteer: the event is coded at the department named ("département de l\'Atacora"), at its capital Natitingou with precision 3',
  },
  'fr-cd-nizi-codeco-orpailleurs': {
    place: 'Nizi is not in the default gazetteer and Djugu territory is no unit it knows: the event goes to the dateline\'s Bunia (admin1 right)',
  },
  'fr-cf-bocaranga-3r-faca': {
    place: 'Bocaranga is not in the default gazetteer, and "selon une source militaire à Bangui" places the event where the source is (the prefecture, Ouham-Pendé, is named but loses to a town named "in")',
  },
  'fr-cm-bamenda-bafut-deux-evenements': {
    actors: 'the second event is the army\'s operation against a separatist camp; the engine puts the non-state side first in every battle',
    place: 'Bafut is not in the default gazetteer: the second event is coded at Bamenda ("à une vingtaine de kilomètres au nord de la capitale régionale"), with precision 1, not 2',
  },
  'fr-ht-liancourt-gang': {
    place: 'the default gazetteer knows only a Liancourt in France: the event is coded at the department named (Artibonite), at its capital Gonaïves, precision 3',
  },
  'fr-ml-cd-bf-journal-du-soir': {
    place: 'Boni and Mweso are not in the default gazetteer: the IED is coded at the cercle named (Douentza) and the M23 clash at Nord-Kivu\'s capital Goma, both at precision 3',
  },
  'fr-ml-dogofry-chef-enleve': {
    place: 'Dogofry is not in the default gazetteer: the event is coded at the cercle named (Niono), precision 3',
  },
  'fr-ne-banibangou-jour-de-marche': {
    place: 'Banibangou is not in the default gazetteer: the event is coded at the region named (Tillabéri), precision 3',
  },
  'fr-td-baga-sola-boko-haram': {
    place: 'Baga Sola is not in the default gazetteer: the event is coded at the province named (Lac), at its capital Bol, precision 3',
  },
  'en-co-tame-eln-patrol': {
    count: '"near the village of Puerto Gaitán" (a vereda of Tame the default gazetteer lacks) is taken for the town of Puerto Gaitán in Meta, 300 km away, and the "home-made explosives" of that sentence make a second event (an IED) there',
  },
  'en-iq-amadiya-turkish-drone': {
    count: '"The strike came a week after a Turkish drone hit a vehicle in Sinjar" starts a second event, dated a week before the Amadiya strike; the expected file keeps the Sinjar strike, told in one clause, as background',
    actors: 'the strike\'s target is coded Civilians (Iraq): the lead\'s "the two people inside" are read as civilians, though the mayor then says they were PKK members',
    fatalities: '"the two people inside" and the ministry\'s "neutralised two terrorists" are the same two dead told by two sides; fatalities.ts takes such counts for the same people only from three up, so they add up to 4',
  },
  'en-pe-juliaca-protest-live': {
    count: 'a live blog told newest first: the peaceful march in Puno city (11:30) joins the Juliaca blockade event (same day, and the riot already has Puno from "Puno\'s regional health directorate" and "the Salida Puno roundabout"), so it is not found',
    type: 'the Puno march is not found as an event of its own',
    date: 'the Puno march is not found as an event of its own',
    actors: 'the Puno march is not found as an event of its own',
    place: 'the riot is placed at Puno ("Puno\'s regional health directorate", "the Salida Puno roundabout", where "Salida" is also taken for a town in Colorado) rather than Juliaca; the Puno march is not found',
    fatalities: 'the Puno march is not found as an event of its own',
  },
  'en-ph-las-navas-npa-clash': {
    actors: 'participants.ts puts the non-state side first in every battle with a state\'s forces (its Sahel rule); the army\'s own release of an encounter its troops began puts the army first',
    place: '"in the hinterlands of Barangay San Isidro, Las Navas": a barangay the gazetteer lacks, named before its municipality, leaves "Las Navas" read as the place itself (precision 1), not as the municipality the event is in (2)',
  },
  'en-pk-bannu-ttp-police': {
    place: '"a police station in Bannu district ... in the Domel area": Domel is a town the default gazetteer lacks, so the district alone places the event at Bannu with precision 3 (as for a district elsewhere in this set); the expected 2 follows the named area within it',
  },
  'en-sy-busayrah-is-cell': {
    count: 'the Islamic State\'s claim made on Sunday ("its fighters had killed three members of the PKK militia") is coded as a second event dated Sunday; it retells the Saturday attack',
  },
  'en-ye-taizz-houthi-drone': {
    count: '"Houthi media said government forces had shelled residential areas in the north of the city on Saturday, a claim that could not be verified" is coded as an event (its shellers read as its target); the expected file leaves an unverified counter-claim uncoded',
    type: 'typing.ts (another helper\'s) codes an air strike that killed the state\'s men as part of a battle (its rule for air support called in after a ground attack); a rebel drone hitting soldiers with no fighting on the ground is an Air/drone strike',
  },
  'fr-ne-tongo-tongo-marche': {
    place: 'Tongo Tongo is a village the default gazetteer (places of 1,000 people or more) lacks (it is found with Niger\'s GeoNames dump imported): the event is at Ouallam, named by "dans le département de Ouallam", at precision 3',
  },
};

// ---------------------------------------------------------------------------------------------------------------

const fold = (s: string | null | undefined) =>
  s == null ? null : s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘']/g, "'").toLowerCase().trim();

/** ACLED's name without the regime period and what follows it (a branch). */
const actorName = (s: string | null | undefined) => (s == null ? null : s.replace(/\s*\(\d{4}-(\d{4})?\).*$/, '').trim());

function value(field: Field, e: Event | ExpectedEvent): unknown {
  switch (field) {
    case 'actor1':
    case 'actor2':
      return fold(actorName(e[field]));
    case 'country':
    case 'admin1':
    case 'location':
      return fold(e[field]);
    default:
      return e[field];
  }
}

function agreement(x: ExpectedEvent, g: Event): number {
  let score = 0;
  if (x.event_date === g.event_date) score += 4;
  if (x.event_type === g.event_type) score += 2;
  if (x.sub_event_type === g.sub_event_type) score += 1;
  if (value('location', x) === value('location', g)) score += 2;
  if (value('admin1', x) === value('admin1', g)) score += 1;
  if (value('actor1', x) === value('actor1', g)) score += 1;
  if (x.fatalities === g.fatalities) score += 1;
  return score;
}

/** Pairs each expected event with at most one of the engine's, best agreement first. */
function pair(expected: ExpectedEvent[], got: Event[]): (Event | null)[] {
  const candidates: [number, number, number][] = [];
  expected.forEach((x, i) => got.forEach((g, j) => candidates.push([agreement(x, g), i, j])));
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const out: (Event | null)[] = expected.map(() => null);
  const used = new Set<number>();
  for (const [, i, j] of candidates) {
    if (out[i] || used.has(j)) continue;
    out[i] = got[j];
    used.add(j);
  }
  return out;
}

interface Report {
  name: string;
  expected: Expected;
  result: ExtractResult;
  paired: (Event | null)[];
}

const extractor = await testExtractor();
const reports: Report[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => {
    const name = file.replace(/\.txt$/, '');
    const { fields, body } = splitHeader(readFileSync(new URL(file, DIR), 'utf8'));
    const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, DIR), 'utf8')) as Expected;
    const result = extractor.extract(body, { published: fields.published ?? expected.published });
    return { name, expected, result, paired: pair(expected.events, result.events) };
  });

/** The mismatches of one field group for one report, as "field: expected … got …" lines. */
function mismatches(report: Report, group: Group): string[] {
  const { expected, result, paired } = report;
  const out: string[] = [];
  if (group === 'count') {
    if (result.events.length !== expected.events.length) {
      const got = result.events.map((e) => `${e.event_date} ${e.sub_event_type} @${e.location} (${e.fatalities})`);
      out.push(`events: expected ${expected.events.length}, got ${result.events.length} [${got.join('; ')}]`);
    }
    return out;
  }
  if (group === 'background') {
    for (const date of expected.background?.dates ?? []) {
      if (!result.background.some((b) => b.date?.startsWith(date))) {
        out.push(`background: no item dated ${date} [${result.background.map((b) => b.date).join(', ')}]`);
      }
      for (const e of result.events) {
        if (e.event_date?.startsWith(date)) out.push(`background: an event is dated ${e.event_date}, in ${date}`);
      }
    }
    return out;
  }
  expected.events.forEach((x, i) => {
    const g = paired[i];
    for (const field of GROUPS[group]) {
      if (!g) out.push(`#${i + 1} ${field}: expected ${JSON.stringify(x[field])}, got no event`);
      else if (value(field, x) !== value(field, g)) {
        out.push(`#${i + 1} ${field}: expected ${JSON.stringify(x[field])}, got ${JSON.stringify(g[field])}`);
      }
    }
  });
  return out;
}

// Per-field tallies over expected events (an expected event the engine missed fails every field).
const tally = new Map<string, { pass: number; total: number }>();
const count = (key: string, ok: boolean) => {
  const t = tally.get(key) ?? { pass: 0, total: 0 };
  t.total++;
  if (ok) t.pass++;
  tally.set(key, t);
};
for (const report of reports) {
  count('reports: event count', mismatches(report, 'count').length === 0);
  if (report.expected.background) count('reports: background', mismatches(report, 'background').length === 0);
  report.expected.events.forEach((x, i) => {
    const g = report.paired[i];
    for (const field of FIELDS) count(field, !!g && value(field, x) === value(field, g));
    count('event (all fields)', !!g && FIELDS.every((f) => value(f, x) === value(f, g)));
  });
}
const groupTally = new Map<Group, { pass: number; total: number }>();
const staleTodos: string[] = [];

for (const report of reports) {
  describe(`held-out: ${report.name}`, () => {
    const groups: Group[] = ['count'];
    if (report.expected.events.length > 0) groups.push(...(Object.keys(GROUPS) as (keyof typeof GROUPS)[]));
    if (report.expected.background) groups.push('background');
    for (const group of groups) {
      const problems = mismatches(report, group);
      const g = groupTally.get(group) ?? { pass: 0, total: 0 };
      g.total++;
      if (problems.length === 0) g.pass++;
      groupTally.set(group, g);
      if (problems.length && process.env.HELDOUT_VERBOSE) {
        console.log(`[${report.name}] ${group}\n  ${problems.join('\n  ')}`);
      }
      const todo = TODO[report.name]?.[group];
      if (todo && problems.length === 0) staleTodos.push(`${report.name}/${group}`);
      test(group, todo ? { todo } : {}, () => {
        assert.deepEqual(problems, [], problems.join('\n'));
      });
    }
  });
}

after(() => {
  const pct = (t: { pass: number; total: number }) => `${((100 * t.pass) / t.total).toFixed(0).padStart(3)}%`;
  const lines = ['', `held-out set: ${reports.length} reports, ${reports.reduce((n, r) => n + r.expected.events.length, 0)} expected events`];
  lines.push('', 'per field (over expected events)       pass/total');
  for (const [key, t] of tally) lines.push(`  ${key.padEnd(36)} ${String(t.pass).padStart(3)}/${String(t.total).padEnd(3)} ${pct(t)}`);
  lines.push('', 'per test group (over reports)          pass/total');
  for (const [key, t] of groupTally) lines.push(`  ${key.padEnd(36)} ${String(t.pass).padStart(3)}/${String(t.total).padEnd(3)} ${pct(t)}`);
  if (staleTodos.length) lines.push('', `todo entries that now pass (remove them to guard): ${staleTodos.join(', ')}`);
  console.log(lines.join('\n'));
});
