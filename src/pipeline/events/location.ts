/**
 * Where: the place of one event among the places its sentences name. The most precise place the event is
 * said to happen at wins ("in Kati" over "near Bamako"); a name in parentheses only describes another
 * ("Petaka (Douentza, Mopti)", "Koulikoro (near Bamako)") and is never the location. An event told only by
 * regions is one event per region, at geo precision 3. When every place named only describes another that the
 * gazetteer does not know, the event is placed at the described area, at geo precision 2 or 3; so it is when the
 * described area is a town and the rest names only regions ("Tankara (Koro), Mopti Region"). A coder's note,
 * "(coded as Sirana at geoprecision 2)", overrides them all.
 */
import type { PlaceSpan, Span } from '../../doc/doc.js';
import type { Place } from '../../geo/gazetteer.js';
import { distanceKm } from '../places.js';

export interface Location {
  place: Place | null;
  precision: 1 | 2 | 3;
  span: PlaceSpan | null;
}

/** Places closer than this are the same place told twice. */
const SAME_PLACE_KM = 10;
/** A later telling within this distance of the first may make the event's place more precise. */
const REFINE_KM = 50;

/** A place named inside a span of the report (its dateline: "GOMA, Feb 8 —", where the reporter filed). */
export function inSpan(p: PlaceSpan, span: Span | null): boolean {
  return span !== null && p.start >= span.start && p.end <= span.end;
}

export function samePlace(a: PlaceSpan, b: PlaceSpan): boolean {
  if (!a.place || !b.place) return false;
  return a.place.geonameid === b.place.geonameid || distanceKm(a.place, b.place) < SAME_PLACE_KM;
}

/** `headline`: the index of the report's headline sentence (the last of the lines over the lead), if it has one. */
export function chooseLocation(places: PlaceSpan[], dateline: Span | null = null, country: string | null = null, headline: number | null = null): Location[] {
  // The dateline says where the reporter filed from: its place counts only when nothing else is named.
  const inDateline = (p: PlaceSpan) => inSpan(p, dateline);
  // Where shells were fired from is not where they fell, nor where people were going or fled to where it happened.
  let usable = places.filter((p) => p.place && !p.parenthetical && !inDateline(p) && p.relation !== 'origin' && p.relation !== 'destination');
  // Where a coder's note placed the event is where it is, whatever country the rest of the report points to (of
  // the note's names, one in that country first).
  const notes = usable.filter((p) => p.relation === 'coded');
  const coded = notes.find((p) => p.place!.country === country) ?? notes[0];
  if (coded) return [{ place: coded.place, precision: coded.precision, span: coded }];
  // Places in the country the report is about come first ("the Dakar-Bamako railway", told of Malian workers).
  if (country && usable.some((p) => p.place!.country === country)) usable = usable.filter((p) => p.place!.country === country);
  // Only describing names: "in Kossobougou (Nara, Koulikoro)" with a village the gazetteer does not know. The event
  // is in that area, no closer than geo precision 2.
  // The dateline's place is already as precise as the report's other tellings of it make it (places stage); where
  // shells were fired from is near where they fell.
  if (!usable.length) {
    const precision = (p: PlaceSpan) => (p.relation === 'origin' ? 2 : (Math.max(p.precision, 2) as PlaceSpan['precision']));
    usable = places.filter((p) => p.place).map((p) => (inDateline(p) ? p : { ...p, precision: precision(p) }));
  }
  // A place is as precise as its first telling in the event: "a village near Beni" first, then "the hospital in
  // Beni", "told reporters in Beni", is an event near Beni (ACLED: an unnamed village near a known place is coded
  // at the known place, at geo precision 2).
  // A headline (before the dateline, or the lines over the lead) words the place loosely: the story's own first
  // telling counts.
  const inHeadline = (p: PlaceSpan) => (dateline !== null && p.end <= dateline.start) || (headline !== null && p.sentence <= headline);
  const firstTold = (p: PlaceSpan): PlaceSpan['precision'] => {
    let first: PlaceSpan | null = null;
    for (const o of usable) {
      if (o.precision < 3 && !inHeadline(o) && o.place!.geonameid === p.place!.geonameid && (!first || o.start < first.start)) first = o;
    }
    return (first ?? p).precision;
  };
  // The event is where its first place-telling sentence puts it; a later sentence may tell it more precisely
  // ("near Jilib", then "in the village of X" nearby), not move it far away ("... plan attacks on Mogadishu").
  const told = usable.filter((p) => p.precision < 3);
  const lead = told.filter((p) => !inHeadline(p)).reduce<PlaceSpan | null>((a, p) => (a && a.start <= p.start ? a : p), null);
  const near = (p: PlaceSpan) =>
    !lead || p.sentence === lead.sentence || told.some((o) => o.sentence === lead.sentence && distanceKm(o.place!, p.place!) <= REFINE_KM);
  // A road's end says less than a town the text puts the event by: "on the Maiduguri-Damboa road ... about 20 km
  // from Damboa" is by Damboa.
  const onRoad = (p: PlaceSpan) => (p.relation === 'axis' ? 1 : 0);
  const precise = told
    .filter(near)
    .map((p) => ({ ...p, precision: firstTold(p) }))
    .sort((a, b) => a.precision - b.precision || onRoad(a) - onRoad(b) || a.start - b.start);
  if (precise.length) return [{ place: precise[0].place, precision: precise[0].precision, span: precise[0] }];
  // Otherwise a town that only describes a village says more than a region: "in Tankara (Koro), Mopti Region" is
  // near Koro, at geo precision 2, not at the regional capital (but "Koulikoro (near Bamako)" is the region).
  const described = places.find((p) => p.place && p.parenthetical && p.precision === 1 && !inDateline(p) && !inHeadline(p));
  if (described) return [{ place: described.place, precision: 2, span: described }];
  const regions: PlaceSpan[] = [];
  for (const p of usable) {
    if (!regions.some((r) => r.place!.country === p.place!.country && r.place!.admin1 === p.place!.admin1)) regions.push(p);
  }
  if (regions.length) return regions.map((r) => ({ place: r.place, precision: 3, span: r }));
  return [{ place: null, precision: 3, span: null }];
}
