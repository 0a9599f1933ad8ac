import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorScore, bestMatch, candidateDates, datesCompatible, matchScore, placeScore } from './match.js';
import { changes, fuse, type FusionMention } from './merge.js';
import { isTollRevision } from './toll.js';
import { BONI_ATTACK, SAME_DAY_ELSEWHERE, makeEvent, type FixtureReport } from './fixtures.js';

function mentionOf(report: FixtureReport, order: number): FusionMention {
  const extracted = report.events[0];
  return {
    extracted,
    toll_revision: isTollRevision(extracted, report.text),
    published: report.published,
    source: report.source,
    source_scale: report.source_scale,
    created_at: `2025-03-20T00:00:0${order}.000Z`,
  };
}

test('the three outlets describe one event', () => {
  const [army, wire, radio] = BONI_ATTACK.map((r) => r.events[0]);
  assert.notEqual(matchScore(wire, army), null);
  assert.notEqual(matchScore(radio, army), null);
  assert.notEqual(matchScore(radio, wire), null);
});

test('same day, same region, other place or actor pair: different events', () => {
  const boni = BONI_ATTACK[1].events[0];
  for (const other of SAME_DAY_ELSEWHERE) assert.equal(matchScore(other.events[0], boni), null);
  assert.equal(bestMatch(BONI_ATTACK[2].events[0], SAME_DAY_ELSEWHERE.map((r) => r.events[0])), null);
});

test('a different day is a different event; a week or a month fits a day inside it', () => {
  const day = makeEvent({ event_date: '2025-03-14' });
  assert.equal(datesCompatible(day, makeEvent({ event_date: '2025-03-15' })), false);
  assert.equal(datesCompatible(day, makeEvent({ event_date: '2025-03-16', time_precision: 2 })), true);
  assert.equal(datesCompatible(day, makeEvent({ event_date: '2025-03-20', time_precision: 2 })), false);
  assert.equal(datesCompatible(day, makeEvent({ event_date: '2025-03-01', time_precision: 3 })), true);
  assert.equal(datesCompatible(day, makeEvent({ event_date: '2025-04-01', time_precision: 3 })), false);
  assert.equal(datesCompatible(day, makeEvent({ event_date: null })), false);
});

test('candidate look-up ranges per stored precision', () => {
  assert.deepEqual(candidateDates(makeEvent({ event_date: '2025-03-14' })), {
    1: ['2025-03-14', '2025-03-14'],
    2: ['2025-03-11', '2025-03-17'],
    3: ['2025-02-11', '2025-04-14'],
  });
  assert.deepEqual(candidateDates(makeEvent({ event_date: '2025-03-14', time_precision: 3 }))?.[1], ['2025-03-01', '2025-03-31']);
  assert.equal(candidateDates(makeEvent({ event_date: null })), null);
});

test('places: within the radius, region-level fits the region, another country never', () => {
  const boni = makeEvent();
  assert.notEqual(placeScore(boni, makeEvent({ latitude: 15.05, longitude: -1.95, geonameid: null })), null);
  assert.equal(placeScore(boni, makeEvent({ latitude: 15.4, longitude: -1.9, geonameid: null })), null);
  const region = makeEvent({ location: 'Mopti', latitude: 14.5, longitude: -4.2, geo_precision: 3, geonameid: null });
  assert.equal(placeScore(boni, region), 1);
  assert.equal(placeScore(boni, { ...region, admin1: 'Tombouctou' }), null);
  assert.equal(placeScore(boni, makeEvent({ country: 'Burkina Faso', geonameid: null })), null);
});

test('actors: one side named, an unidentified group named later, but never another named pair', () => {
  const pair = makeEvent();
  assert.equal(actorScore(pair, makeEvent({ actor2: null, inter2: null })), 1);
  assert.equal(actorScore(pair, makeEvent({ actor2: 'Military Forces of Mali (2016-2021)' })), 2);
  assert.equal(actorScore(pair, makeEvent({ actor1: 'Unidentified Armed Group (Mali)', inter1: 'Political militia' })), 1);
  assert.equal(actorScore(pair, makeEvent({ actor1: 'Islamic State (Sahel)', inter1: 'Rebel group' })), null);
  // An unidentified group is never the state it fought.
  assert.equal(
    actorScore(makeEvent({ actor1: 'Unidentified Armed Group (Mali)', actor2: null, inter2: null }), makeEvent({ actor1: 'Military Forces of Mali (2021-)', inter1: 'State forces', actor2: 'Civilians (Mali)', inter2: 'Civilians' })),
    null,
  );
});

test('types: an ambush told as a clash or an attack is one event; a protest is not a battle', () => {
  const clash = makeEvent();
  assert.notEqual(matchScore(makeEvent({ event_type: 'Violence against civilians', sub_event_type: 'Attack' }), clash), null);
  assert.equal(matchScore(makeEvent({ event_type: 'Protests', sub_event_type: 'Peaceful protest' }), clash), null);
});

test('fusion keeps every source, the conservative toll, the range, and follows a revised toll', () => {
  const mentions = BONI_ATTACK.map(mentionOf);
  const firstTwo = fuse(mentions.slice(0, 2));
  assert.equal(firstTwo.source, 'FAMa; Sahel Wire');
  assert.equal(firstTwo.fatalities, 5, 'reports disagree: the lowest figure');
  assert.deepEqual([firstTwo.fatalities_low, firstTwo.fatalities_high], [5, 7]);
  assert.equal(firstTwo.actor1, 'JNIM: Group for Support of Islam and Muslims', 'the wire names the attackers');
  assert.equal(firstTwo.inter1, 'Rebel group');

  assert.equal(mentions[2].toll_revision, true);
  const all = fuse(mentions);
  assert.equal(all.fatalities, 12, 'the toll rose to 12');
  assert.deepEqual([all.fatalities_low, all.fatalities_high], [5, 12]);
  assert.equal(all.source, 'FAMa; Sahel Wire; Radio Dande Douentza');
  assert.equal(all.source_scale, 'National-International-Subnational');
  assert.equal(all.mention_count, 3);
  assert.equal(all.geo_precision, 1, 'the radio\'s vaguer place does not replace the precise one');

  const diff = changes(firstTwo, all);
  assert.deepEqual(diff.fatalities, [5, 12]);
  assert.ok(diff.source);
  assert.equal(diff.actor1, undefined);
});

test('the fused event does not depend on the order reports arrive in', () => {
  const mentions = BONI_ATTACK.map(mentionOf);
  assert.deepEqual(fuse([...mentions].reverse()), fuse(mentions));
});

test('a report silent on deaths does not lower the toll', () => {
  const [army, wire] = BONI_ATTACK.map(mentionOf);
  const silent = { ...army, extracted: { ...army.extracted, fatalities: 0, evidence: [] } };
  assert.equal(fuse([silent, wire]).fatalities, 7);
  assert.equal(fuse([silent]).fatalities_low, null);
});
