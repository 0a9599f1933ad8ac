/**
 * Events: the stage that turns the annotated report into ACLED events.
 *
 * 1. Sentences that speak of violence or its toll are event mentions; the rest may be background.
 * 2. A mention dated long before publication ("in 2012", "on August 18, 2020") or after it is background,
 *    never an event; so is a dated sentence with no event in it (news.ts reads each sentence), what was
 *    announced before the news, a general claim that would start another event, and, in a report that turns to
 *    its background before any news (a speech), what tells no act or retells the background's acts.
 * 3. Mentions are grouped: a new date or a distant place starts a new event; a sentence that names the place
 *    of an earlier event goes back to it ("residents told of an attack targeting the Kati base"); the rest
 *    ("The toll of this attack is...") belongs to the event being told. "This attack came the day after a
 *    series of raids" starts an event dated the day before.
 * 4. Each group becomes one record: type (typing.ts), actors (participants.ts), fatalities (fatalities.ts),
 *    place (location.ts), date, with the evidence of every field. A group told only by several regions
 *    ("in the regions of Koulikoro, Ségou and Mopti") becomes one event per region, its toll divided.
 * 5. An event told over a few days ("on June 2-4") is one event a day, its toll divided (see overDays).
 */
import type { CasualtySpan, DateSpan, Doc, PlaceSpan, Stage, TriggerSpan } from '../../doc/doc.js';
import { addDays, daysBetween, isValidIsoDay } from '../../doc/calendar.js';
import type { Gazetteer } from '../../geo/gazetteer.js';
import type { LanguageData } from '../../lang/index.js';
import type { ActorLexicon } from '../../lexicon/actors.js';
import { type Event, type Evidence, interactionLabel } from '../../schema/event.js';
import { countFor, splitCount } from './fatalities.js';
import { chooseLocation, inSpan, samePlace } from './location.js';
import { decideParticipants, type Side } from './participants.js';
import { isLead, ofOtherAct, readSentence } from './news.js';
import { findTargets } from './targets.js';
import { decideType, isArmed } from './typing.js';
import { wordSet } from '../../lang/words.js';

/** Words before "the day after" that make the rest of the sentence the earlier event: "came the day after". */
const SEQUENCE_VERBS = wordSet('sequence_verbs');
const MAX_NOTES = 1200;
/** Words before a date that make it the date of the noun before them: "the vote of August 26", "du scrutin du 26 août". */
const GENITIVES = new Set(['of', 'du', 'de', 'des', 'd']);
/** Words of an office after a place name that make the name say whose office it is: "Kaduna police spokesman". */
const OFFICES = wordSet('offices');
/** The level of an office between a place and the office: "the Balkh provincial police", "Kaduna state governor". */
const OFFICE_LEVELS = wordSet('office_levels');
/** Words after an act that describe it anew: "the ambush of a convoy", "the attack on the camp", "l'attaque contre le poste". */
const DESCRIBING = new Set(['of', 'on', 'against', 'at', 'near', 'in', 'de', 'du', 'des', 'd', 'contre', 'sur', 'pres', 'a']);
/** Determiners that name something told before: "the massacre", "this attack", "cette attaque". */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'le', 'la', 'les', 'l', 'ce', 'cet', 'cette', 'ces']);
/** The longest range ACLED codes as one event a day; a longer one (an operation "from 1 to 17 November") is one event. */
const MAX_RANGE_DAYS = 7;
/** Cues that tell what followed an event (the wounded, fear, troops sent), not a new one, once an event is being told. */
const AFTERMATH_CUES = new Set(['harm', 'threat', 'movement']);
/** Cues that tell only how someone responded to an act ("police dispersed them", troops sent): no act of their own. */
const REACTION_CUES = new Set(['movement', 'threat', 'intervention']);
/** Words of hearing, and how far before a word of gunfire they make it a sound heard. */
const HEARD = wordSet('heard');
const HEARD_WORDS = 6;
/** A part of a day named with no day: "dans la nuit", "in the evening", "overnight". */
const PART_OF_DAY = /^(?:(?:tard |late )?(?:dans la (?:nuit|soirée|soiree|matinée|matinee)|in the (?:night|evening|morning)|at night|overnight|la nuit|le soir))$/i;
/** Kill words that name the dead, not the act of killing. */
const DEATH_NOUNS = wordSet('death_words');

/** An event word that tells an act, not only hurt, the dead or fear (see groupMentions). */
function isAct(t: TriggerSpan): boolean {
  return !AFTERMATH_CUES.has(t.cue) && !(t.cue === 'kill' && DEATH_NOUNS.has(t.phrase));
}

interface Group {
  sentences: number[];
  date: DateSpan | null;
  /** The resolved day (YYYY-MM-DD), when known. */
  day: string | null;
  places: PlaceSpan[];
  /** Event words its sentences tell as news: not those of what keeps happening ("has fought the army for years"). */
  news: Set<TriggerSpan | CasualtySpan>;
}

export function eventsStage(gazetteer: Gazetteer, lexicon: ActorLexicon, lang: LanguageData): Stage {
  return {
    name: 'events',
    run(doc: Doc) {
      const { groups, background } = groupMentions(doc, lang);
      const context = contextCountry(doc, gazetteer, lexicon);
      const spare = sparePlaces(doc, groups, background);
      for (const group of groups) doc.events.push(...overDays(buildEvents(doc, group, context, spare, gazetteer, lexicon), group.date));
    },
  };
}

function groupMentions(doc: Doc, lang: LanguageData): { groups: Group[]; background: Set<number> } {
  const groups: Group[] = [];
  const background = new Set<number>();
  let current = null as Group | null;
  // The last day the story was set on: an event told after it without a date of its own happened then.
  let setting = null as { date: DateSpan; day: string } | null;
  // The words of the acts the background told ("offensive", "retaken").
  const recalledActs = new Set<string>();
  const toBackground = (i: number, dates: DateSpan[]) => {
    addBackground(doc, i, dates);
    background.add(i);
    for (const t of doc.triggers) if (t.sentence === i && !t.negated) recalledActs.add(t.phrase);
  };
  // A date after "of", "du" is the day of the thing named before it: "the vote of August 26", "les manifestations du 9 février".
  const namesDay = (date: DateSpan) => {
    const words = doc.sentenceWords(date.sentence);
    return GENITIVES.has(words[words.findIndex((w) => w.start === date.start) - 1]?.norm ?? '');
  };
  // A place before an office: "the Kaduna police spokesman", "Borno state governor", "the Balkh provincial police".
  const titles = (place: PlaceSpan) => {
    const words = doc.sentenceWords(place.sentence);
    let after = words.findIndex((w) => w.start >= place.end);
    if (after >= 0 && OFFICE_LEVELS.has(words[after].norm)) after++;
    return after > 0 && after < words.length && OFFICES.has(words[after].norm) && !/[,;:()]/.test(doc.text.slice(place.end, words[after].start));
  };
  // An act named with a definite article or a demonstrative and nothing that says which ("the massacre", "cette
  // attaque") is one told before; not "the ambush of a convoy near Menaka", described anew.
  const definite = (t: TriggerSpan) => {
    const words = doc.sentenceWords(t.sentence);
    const at = words.findIndex((w) => w.start === t.start);
    const next = words.find((w) => w.start >= t.end);
    const described = !!next && DESCRIBING.has(next.norm) && !/[,;:()]/.test(doc.text.slice(t.end, next.start));
    return DEFINITE.has(words[at - 1]?.norm ?? '') && !described;
  };
  // "Rebels killed villagers in an overnight raid ... The attackers struck on Monday evening, shooting some
  // victims": the day an armed actor is told of right after an undated event, by a sentence that tells no new act,
  // is its day; not the day of a thing it names ("the results of the vote of August 26", "du scrutin du 26 août"),
  // nor that of what followed ("On Sunday, the governor visited the village").
  // So is the day a sentence tells it happened on ("The incident occurred on Sunday", "Les faits se sont produits dimanche").
  const occurrence = (i: number) => {
    const words = doc.sentenceWords(i);
    return words.some((_, k) => lang.occurrence.matchAt(words, k));
  };
  const dateUndated = (date: DateSpan | null, i: number): boolean => {
    if (!current || current.date || !date?.date || date.anchor === 'previous' || date.precision > 1 || current.sentences.at(-1) !== i - 1) return false;
    if (namesDay(date) || !(doc.actors.some((a) => a.sentence === i && isArmed(a)) || occurrence(i))) return false;
    current.date = date;
    current.day = date.date;
    return true;
  };
  // "Hours after the attack, ...", "Quelques heures après l'attaque, ...": the sentence opens with what followed the
  // act named with "the", the event being told.
  const opensSequel = (i: number) => {
    const words = doc.sentenceWords(i);
    const sequel = lang.sequel.matchAt(words, 0);
    const act = sequel && words[sequel.length + 1];
    return !!act && DEFINITE.has(words[sequel.length].norm) && doc.triggers.some((t) => t.sentence === i && t.start === act.start);
  };
  const tellsAct = (i: number) => !!readSentence(doc, i, lang)?.triggers.some((t) => isAct(t) && !definite(t));
  for (const sentence of doc.sentences) {
    const i = sentence.index;
    const reading = readSentence(doc, i, lang);
    if (!reading) continue;
    if (!reading.triggers.length && !reading.casualties.length) {
      if (reading.date?.date && reading.date.anchor !== 'previous') {
        setting = { date: reading.date, day: reading.date.date };
        // The day of the event being told is no background.
        if (dateUndated(reading.date, i)) continue;
      }
      if (reading.recalled.length || reading.recollection) toBackground(i, reading.recalled);
      continue;
    }
    // Only an act (an attack, a clash, a blast, a march, a killing told as such) starts an event; words of hurt
    // or of the dead alone ("the wounded were taken to Niamey", "we carried the bodies this morning") or of fear
    // ("shops remained closed on Tuesday") tell more of the event being told, whatever place or day they name.
    // "More bodies were found on Monday": more dead of the event being told, found later, not another killing.
    const moreDead = (t: TriggerSpan) => {
      if (!current || t.cue !== 'kill' || !DEATH_NOUNS.has(t.phrase.split(' ')[0])) return false;
      const words = doc.sentenceWords(i);
      const at = words.findIndex((w) => w.start === t.start);
      return lang.additional.has(words[at - 1]?.norm ?? '');
    };
    const acts = reading.triggers.filter((t) => isAct(t) && !moreDead(t));
    // An act named again with a definite article or a demonstrative ("The missiles came in so fast", "did not comment
    // on the strike") tells more of the event being told, whatever day the sentence names (the day a witness spoke);
    // beside a past time, with no toll of its own, it compares the event with the past ("The attack recalled the
    // strike on Dnipro in January 2023, which killed 46 people"): background.
    const retold = !!current && acts.length > 0 && acts.every(definite);
    if (current && acts.some(definite) && reading.recalled.length && !reading.casualties.length) {
      toBackground(i, reading.recalled);
      continue;
    }
    if (reading.recalled.length) addBackground(doc, i, reading.recalled);
    const act = acts.length > 0;
    const told = act || !current ? reading.date : null;
    if (!acts.length) dateUndated(reading.date, i);
    // A report that has turned to its background before telling any news (a speech, a policy story) is still
    // telling it: what tells no act follows no event ("roads around parliament were closed"), and an undated act
    // told in the words of the background ("the army's offensive since August ... Analysts said the offensive had
    // made real gains", "The massacre shocked the country") is that background again. A count or a precise place of
    // its own makes it news.
    const own = reading.casualties.length > 0 || doc.places.some((p) => p.sentence === i && p.place && p.precision < 3);
    const contextOnly = !current && background.size > 0 && !isLead(doc, i) && !reading.date && !own;
    if (contextOnly && (!act || acts.every((t) => recalledActs.has(t.phrase) || definite(t)))) {
      if (act) toBackground(i, []);
      continue;
    }
    // Told to the day, a report's event is set against what happened "last week", "this month", "ces derniers
    // mois": context, not other events.
    // So is what was announced before the event being told happened ("the army announced last week that it had
    // neutralised several devices"): it happened before the announcement.
    const said = reading.saidOn;
    const before = !told && said?.date && current?.day && (said.until ?? said.date) < current.day;
    if ((told && told.precision > 1 && told.anchor === 'published' && groups.some((g) => g.date?.precision === 1)) || before) {
      toBackground(i, [told ?? said!]);
      continue;
    }

    // "Ce rassemblement intervient deux semaines après ... Les manifestations du 9 février avaient été violemment
    // dispersées": acts named by their day ("the protests of February 9") and told in the pluperfect, on a day
    // before the event being told, are past events it recalls. Not the story's lead-up told in the pluperfect ("On
    // Friday evening, a police officer had shot dead a driver"): news.
    if (reading.pluperfect && told?.date && told.anchor !== 'previous' && current?.day && told.date < current.day && namesDay(told)) {
      toBackground(i, [told]);
      continue;
    }
    // "On a entendu les tirs jusqu'à tard dans la nuit": a part of a day named alone, after an event told to the day,
    // is that event's night or evening, not the one before publication.
    const partOfDay = !!told && !!current?.day && told.anchor === 'published' && PART_OF_DAY.test(doc.slice(told));
    // "Gunmen killed twelve villagers in the north ... The attack took place on Sunday": an act told again gives the
    // event being told its day when that has none yet; not the day someone spoke of it, nor that of a thing it names
    // or of another act ("The massacre is the deadliest since June 2").
    const dayOfRetold =
      retold && !current!.date && !!told?.date && told.precision < 3 && told.start !== reading.saidOn?.start && !namesDay(told) && !ofOtherAct(doc, told, lang);
    const date = (retold && !dayOfRetold) || partOfDay ? null : told;

    const places = doc.places.filter((p) => p.sentence === i && p.place);
    let day: string | null = date?.date ?? null;
    let startsNew = false;
    if (date?.anchor === 'previous') {
      const words = doc.sentenceWords(i);
      const at = words.findIndex((w) => w.start === date.start);
      const inverted = words.slice(Math.max(0, at - 3), at).some((w) => SEQUENCE_VERBS.has(w.norm));
      const offset = inverted ? -date.offset : date.offset;
      // It counts from the day of a statement it is told in ("the army said on Saturday it had repulsed an attack the
      // previous night"), or else from the event being told. With neither, the day it counts from is unknown: the
      // sentence is undated, like one with no date.
      const saidOn = reading.saidOn?.date && reading.saidOn.end <= date.start ? reading.saidOn.date : null;
      const from = saidOn ?? current?.day;
      day = from ? addDays(from, offset) : doc.published;
      startsNew = inverted || offset !== 0;
    }

    // A place that names whose officers speak ("Kaduna police spokesman Mansur Hassan said ...") is not where the
    // event happened: it sends the sentence to no event of its own, and places none.
    const precise = places.filter((p) => p.precision < 3 && !titles(p));
    // What followed the event being told is another event that day when it tells an act of its own, in the sentence
    // or the next ("Hours after the attack, soldiers searched homes. A motorbike rider was shot dead as he fled").
    const sequel = !!current && opensSequel(i) && (acts.some((t) => !definite(t)) || (i + 1 < doc.sentences.length && tellsAct(i + 1)));
    // "Separately, the army said it had repelled an assault on El Obeid": another event, whatever its day and place.
    const separate = !!current && acts.some((t) => !definite(t)) && !!lang.separate.matchAt(doc.sentenceWords(i), 0);
    const target = chooseGroup(
      groups,
      current,
      { day, startsNew: startsNew || sequel || separate, precise: act && !retold ? precise : [] },
      (p) => inSpan(p, doc.dateline),
    );
    // After the lead, an undated present perfect that tells no more of an event being told is a general statement
    // ("Kigali denies backing the M23, despite reports that Rwandan troops have fought alongside the group").
    // A simple present tells what someone does as a rule ("Moscow denies targeting civilians and says it strikes
    // military sites"), never an act.
    if ((!target && (current || !isLead(doc, i)) && reading.general) || reading.rule) {
      toBackground(i, []);
      continue;
    }
    const group = target ?? { sentences: [], date: null, day: null, places: [], news: new Set<TriggerSpan | CasualtySpan>() };
    if (!target) groups.push(group);
    group.sentences.push(i);
    for (const t of [...reading.triggers, ...reading.casualties]) group.news.add(t);
    group.places.push(...places.filter((p) => !titles(p)));
    // A day told within the weekend or week the event was first dated to dates it to the day: "at the weekend ...
    // on Saturday morning".
    const narrows =
      !!group.date?.date && group.date.precision > 1 && date?.precision === 1 && !!day && day >= group.date.date && day <= (group.date.until ?? group.date.date);
    if ((!group.date && date && (date.date || date.anchor === 'previous')) || narrows) {
      group.date = date;
      group.day = day;
    } else if (!target && !group.date && setting) {
      group.date = setting.date;
      group.day = setting.day;
    }
    if (group.date && group.day) setting = { date: group.date, day: group.day };
    current = group;
  }
  return { groups, background };
}


/**
 * Where an event whose own sentences name no place happened: at the places of the sentences that tell no event
 * and no background ("Tension ran high in Koro. Two herders were killed."), or else at those of the report's
 * other events (a report tells of one area: "Protesters clashed with police in N'Djamena on Thursday ... On
 * Friday a young man was shot dead.").
 */
function sparePlaces(doc: Doc, groups: Group[], background: Set<number>): PlaceSpan[] {
  const used = new Set(groups.flatMap((g) => g.sentences));
  const told = doc.places.filter((p) => p.place && !background.has(p.sentence));
  const spare = told.filter((p) => !used.has(p.sentence));
  return spare.length ? spare : told;
}

/**
 * The event a mention belongs to, or null for a new one. A sentence naming a precise place goes to the event
 * told at that place, or else to an event not yet placed (the toll and the place of one attack often come in
 * different sentences); a sentence naming none goes to the event being told, or to the one told before on its
 * day; a new day, or a new place where the current event has one, is a new event.
 */
function chooseGroup(
  groups: Group[],
  current: Group | null,
  mention: { day: string | null; startsNew: boolean; precise: PlaceSpan[] },
  inDateline: (p: PlaceSpan) => boolean,
): Group | null {
  if (mention.startsNew || !current) return null;
  const sameDay = (g: Group) => !mention.day || !g.day || g.day === mention.day;
  if (mention.precise.length) {
    const there = groups.find((g) => sameDay(g) && g.places.some((gp) => mention.precise.some((p) => samePlace(gp, p))));
    if (there) return there;
    // The dateline's town is where the reporter filed, no place of the event; a region only ("in Ethiopia's Oromia
    // region") is refined by a town in it ("about 20 km from Gimbi").
    const within = (region: PlaceSpan) =>
      region.precision === 3 &&
      mention.precise.every((p) => p.place?.country === region.place?.country && p.place?.admin1 === region.place?.admin1);
    const unplacedGroup = (g: Group) => g.places.every((gp) => inDateline(gp) || within(gp));
    if (sameDay(current) && unplacedGroup(current)) return current;
    const unplaced = groups.find((g) => sameDay(g) && unplacedGroup(g));
    if (unplaced) return unplaced;
    return null;
  }
  if (sameDay(current)) return current;
  // Back to the event of that day told before ("Saturday, youths burned a police station ... Friday evening, a
  // man was shot ... Saturday morning, barricades went up"): a day told again is the same event.
  return [...groups].reverse().find((g) => g.day !== null && g.day === mention.day) ?? null;
}

/**
 * ACLED's events are days: what a report tells over a few days ("clashes on June 2-4", "between 10 and 12
 * May") is one event a day, each known to the day, and the counts are divided among the days as among places.
 */
function overDays(events: Event[], date: DateSpan | null): Event[] {
  const first = date?.date;
  if (!first || !date.until) return events;
  const days = daysBetween(first, date.until) + 1;
  if (days < 2 || days > MAX_RANGE_DAYS) return events;
  const split = (n: number | null, k: number) => (n === null ? null : splitCount(n, days, k));
  return Array.from({ length: days }, (_, k) =>
    events.map((e) => ({
      ...e,
      event_date: e.event_date && addDays(e.event_date, k),
      time_precision: 1 as const,
      fatalities: splitCount(e.fatalities, days, k),
      wounded: split(e.wounded, k),
      arrested: split(e.arrested, k),
    })),
  ).flat();
}

/** A background sentence, listed once for each past time it recalls ("since 2019, including ... in February 2021"). */
function addBackground(doc: Doc, sentence: number, dates: DateSpan[]): void {
  const s = doc.sentences[sentence];
  const text = doc.text.slice(s.start, s.end);
  const what = text.length > 200 ? `${text.slice(0, 197)}...` : text;
  const days = new Set(dates.map((d) => d.date ?? (d.year != null ? String(d.year) : null)));
  for (const date of days.size ? days : [null]) doc.background.push({ what, date, evidence: [{ start: s.start, end: s.end, text }] });
}

/**
 * The country the report is mostly about: the one its places and demonyms name most; where they name none, the
 * main home country of the groups it names (Ansaroul Islam: Burkina Faso).
 */
function contextCountry(doc: Doc, gazetteer: Gazetteer, lexicon: ActorLexicon): string | null {
  const counts = new Map<string, number>();
  const bump = (iso2: string, n: number) => counts.set(iso2, (counts.get(iso2) ?? 0) + n);
  for (const p of doc.places) if (p.place) bump(p.place.country, 2);
  for (const a of doc.actors) {
    if (a.country) bump(a.country, 1);
    else if (a.actor && !a.descriptive) {
      const home = lexicon.homeOf(a.actor);
      if (home) bump(home, 0.5);
    }
  }
  for (const t of doc.tokens) {
    if (!t.capitalized) continue;
    const c = gazetteer.countryByKey(t.norm) ?? gazetteer.countryByDemonym(t.norm);
    if (c) bump(c.iso2, 1);
  }
  let best: string | null = null;
  for (const [iso2, n] of counts) if (!best || n > counts.get(best)!) best = iso2;
  return best;
}

/** Gunfire told as a sound someone heard, a few words after "heard" in its clause: "heard a loud bang followed by gunfire". */
function heardOnly(doc: Doc, t: TriggerSpan): boolean {
  const words = doc.sentenceWords(t.sentence);
  const at = words.findIndex((w) => w.start === t.start);
  for (let k = at - 1; k >= Math.max(0, at - HEARD_WORDS); k--) {
    if (/[,;:()]/.test(doc.text.slice(words[k].end, words[k + 1].start))) return false;
    if (HEARD.has(words[k].norm)) return true;
  }
  return false;
}

function evidenceOf(doc: Doc, field: Evidence['field'], span: { start: number; end: number }): Evidence {
  return { field, start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
}

function buildEvents(
  doc: Doc,
  group: Group,
  context: string | null,
  spare: PlaceSpan[],
  gazetteer: Gazetteer,
  lexicon: ActorLexicon,
): Event[] {
  const inGroup = <T extends { sentence: number }>(list: T[]) => list.filter((x) => group.sentences.includes(x.sentence));
  // The event words its sentences tell as news, with the negated ones ("no one was killed" says a count is no
  // death); where the news only tells a reaction ("police dispersed the few who gathered" after "they had marched
  // in September"), what the past words tell too.
  const all = inGroup(doc.triggers);
  const news = all.filter((t) => t.negated || group.news.has(t));
  const triggers = news.some((t) => !t.negated && !REACTION_CUES.has(t.cue)) ? news : all;
  const casualties = inGroup(doc.casualties).filter((c) => group.news.has(c));
  const actors = inGroup(doc.actors);
  const heard = triggers.filter((t) => t.cue === 'attack' && heardOnly(doc, t)).map((t) => t.start);
  const typing = decideType({ triggers, casualties, actors, heard, ...findTargets(doc, group.sentences, triggers, actors) });
  if (!typing) return [];

  // The dateline's place counts only where nothing else places the event, the headline included ("Eight killed in
  // Mali's Mopti ... BAMAKO, March 13 -").
  const headline = doc.places.filter((p) => p.place && p.sentence === doc.headline);
  const placed = group.places.some((p) => !inSpan(p, doc.dateline));
  const own = placed ? group.places : group.places.length ? [...headline, ...group.places] : spare;
  const locations = chooseLocation(own, doc.dateline, context, doc.headline);
  const day = group.day ?? (group.date ? null : doc.published);
  const date = day && isValidIsoDay(day) ? day : null;
  const timePrecision = group.date?.precision ?? 1;
  const killed = countFor(casualties, 'killed');
  const wounded = countFor(casualties, 'wounded');
  const arrested = countFor(casualties, 'arrested');
  const notes = group.sentences.map((i) => doc.slice(doc.sentences[i])).join(' ');

  return locations.map((loc, index) => {
    const country = loc.place?.country ?? context;
    const admin1 = loc.place ? gazetteer.codedAdmin1(loc.place) : null;
    const who = decideParticipants(actors, typing, country, date, lexicon, { doc, sentences: group.sentences }, admin1);
    const evidence: Evidence[] = [];
    if (group.date) evidence.push(evidenceOf(doc, 'event_date', group.date));
    if (typing.trigger) {
      evidence.push(evidenceOf(doc, 'event_type', typing.trigger), evidenceOf(doc, 'sub_event_type', typing.trigger));
    }
    const sideEvidence = (field: Evidence['field'], side: Side | null) => {
      for (const span of side?.spans ?? []) evidence.push(evidenceOf(doc, field, span));
    };
    sideEvidence('actor1', who.actor1);
    sideEvidence('actor2', who.actor2);
    if (loc.span) {
      evidence.push(evidenceOf(doc, 'location', loc.span));
      evidence.push(evidenceOf(doc, 'admin1', loc.span));
    }
    for (const [field, count] of [['fatalities', killed], ['wounded', wounded], ['arrested', arrested]] as const) {
      for (const span of count?.spans ?? []) evidence.push(evidenceOf(doc, field, span));
    }
    const split = (n: number | undefined) => (n === undefined ? null : splitCount(n, locations.length, index));
    const inter1 = who.actor1.entry.inter;
    const inter2 = who.actor2?.entry.inter ?? null;
    const cues = new Set(triggers.map((t) => t.cue)).size;
    const confidence = Math.min(
      0.95,
      0.35 + (typing.trigger ? 0.2 : 0) + (group.date ? 0.1 : 0) + (loc.place ? 0.15 : 0) + (who.actor1.spans.length ? 0.1 : 0) + (cues > 1 ? 0.05 : 0),
    );
    return {
      event_date: date,
      time_precision: timePrecision,
      event_type: typing.event_type,
      sub_event_type: typing.sub_event_type,
      actor1: lexicon.nameOn(who.actor1.entry, date),
      assoc_actor_1: who.actor1.associated.length ? who.actor1.associated.map((a) => lexicon.nameOn(a, date)).join('; ') : null,
      inter1,
      actor2: who.actor2 ? lexicon.nameOn(who.actor2.entry, date) : null,
      assoc_actor_2: who.actor2?.associated.length ? who.actor2.associated.map((a) => lexicon.nameOn(a, date)).join('; ') : null,
      inter2,
      interaction: interactionLabel(inter1, inter2)!,
      country: country ? (gazetteer.country(country)?.name ?? country) : null,
      admin1,
      admin2: loc.precision < 3 || loc.place?.featureCode !== 'ADM1' ? (loc.place?.admin2 ?? null) : null,
      admin3: loc.precision === 1 ? (loc.place?.admin3 ?? null) : null,
      location: loc.place?.name ?? null,
      latitude: loc.place?.latitude ?? null,
      longitude: loc.place?.longitude ?? null,
      geo_precision: loc.place ? loc.precision : null,
      fatalities: split(killed?.value) ?? 0,
      wounded: split(wounded?.value),
      arrested: split(arrested?.value),
      geonameid: loc.place?.geonameid ?? null,
      notes: notes.length > MAX_NOTES ? `${notes.slice(0, MAX_NOTES - 3)}...` : notes,
      confidence: Math.round(confidence * 100) / 100,
      evidence,
    };
  });
}
