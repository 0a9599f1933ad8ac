/**
 * Language knowledge as data: number words, date words, trigger words, abbreviations, one folder per
 * language (src/lang/en, src/lang/fr). A report is read with its own language's words only, so that a word
 * of the other language spelled alike ("corps", a body in French, an army unit in English) tells nothing;
 * adding a language is adding a folder and listing it here.
 */
import { foldKey } from '../doc/text.js';
import enAbbreviations from './en/abbreviations.json' with { type: 'json' };
import enCasualties from './en/casualties.json' with { type: 'json' };
import enCommon from './en/common.json' with { type: 'json' };
import enDates from './en/dates.json' with { type: 'json' };
import enNumbers from './en/numbers.json' with { type: 'json' };
import enTriggers from './en/triggers.json' with { type: 'json' };
import frAbbreviations from './fr/abbreviations.json' with { type: 'json' };
import frCasualties from './fr/casualties.json' with { type: 'json' };
import frCommon from './fr/common.json' with { type: 'json' };
import frDates from './fr/dates.json' with { type: 'json' };
import frNumbers from './fr/numbers.json' with { type: 'json' };
import frTriggers from './fr/triggers.json' with { type: 'json' };
import placeStopwords from './place-stopwords.json' with { type: 'json' };
import { PhraseTable } from './phrases.js';
import { CUES, type CasualtyRole, type Cue, type Side } from '../doc/doc.js';

const LANGUAGES = {
  en: { abbreviations: enAbbreviations, numbers: enNumbers, dates: enDates, triggers: enTriggers, casualties: enCasualties, common: enCommon },
  fr: { abbreviations: frAbbreviations, numbers: frNumbers, dates: frDates, triggers: frTriggers, casualties: frCasualties, common: frCommon },
};

/** The languages Vigil reads, by ISO 639-1 code. */
export type LanguageCode = keyof typeof LANGUAGES;
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as LanguageCode[];

/** One value per language Vigil reads. */
export function byLanguage<T>(make: (code: LanguageCode) => T): Record<LanguageCode, T> {
  return Object.fromEntries(LANGUAGE_CODES.map((code) => [code, make(code)])) as Record<LanguageCode, T>;
}

interface NumbersFile {
  units: Record<string, number>;
  multipliers: Record<string, number>;
  vague: Record<string, number>;
  at_least: string[];
  about: string[];
}

export interface LanguageData {
  abbreviations: Set<string>;
  units: Map<string, number>;
  multipliers: Map<string, number>;
  vague: Map<string, number>;
  /** Folded phrases that qualify a following number. */
  atLeast: string[];
  about: string[];
  months: Map<string, number>;
  weekdays: Map<string, number>;
  /** Phrases naming a day relative to publication ("yesterday": -1). */
  days: PhraseTable<number>;
  /** Phrases naming a week relative to publication ("last week": -1). */
  weeks: PhraseTable<number>;
  monthsRelative: PhraseTable<number>;
  /** Years back from publication: "a year ago", "one year after" (what follows it happened then), "un an après". */
  yearsRelative: PhraseTable<number>;
  /** Auxiliaries of the pluperfect ("had been killed", "avaient été tués"): the past before the story's time. */
  pluperfect: Set<string>;
  /** Years named from publication: "last year" (-1), "this year" (0), "l'année dernière". */
  yearWords: PhraseTable<number>;
  /** Phrases naming a day relative to the event being told ("the day before": -1). */
  previous: PhraseTable<number>;
  /** Words opening a sentence that tells what followed the event being told, the same day: "hours after (the attack)". */
  /** Openings that tell another event than the one being told ("Separately,", "Par ailleurs,"). */
  separate: PhraseTable<true>;
  sequel: PhraseTable<true>;
  /** Parts of a month before its name ("early July": 1, "mid-July": 15). */
  monthParts: PhraseTable<number>;
  /** Prepositions after which a bare number like 2012 is a year ("in 2012", "depuis 2015"). */
  yearPrepositions: Set<string>;
  /** Determiners after which a bare number like 2012 is a year ("the 2012 coup"). */
  yearDeterminers: Set<string>;
  /** Words after which a day and month in figures are a date ("on 12/10", "le 12/10"). */
  dayPrepositions: Set<string>;
  /** Phrases naming the last weekend ("over the weekend", "le week-end dernier"). */
  weekend: PhraseTable<true>;
  /** Phrases after a day number that name the month of publication ("le 12 courant"). */
  currentMonth: PhraseTable<true>;
  /** Words after which a month named alone is one ("in May", "en mars"): a French month in lower case, "May" or "March". */
  monthIntroducers: Set<string>;
  /** English month names that are also common words ("May", "March"): a month only next to a number or after an introducer. */
  monthNouns: Set<string>;
  /** Articles that may stand before a day number in a range ("entre le 8 et le 12 juin", "from the 8th to the 12th"). */
  dayArticles: Set<string>;
  /** Words after which, in its clause, a date is that of another act ("days after an offensive launched on June 2"). */
  otherAct: Set<string>;
  /** Words that put a weekday a week back when it is the day of publication ("last Monday", "lundi dernier"). */
  lastWeekday: Set<string>;
  /** Words that put a weekday ahead of publication ("next Monday", "lundi prochain"; a week ahead on a Monday). */
  nextWeekday: Set<string>;
  /** Words of the future shortly before a weekday that put it ahead of publication ("will meet on Monday"). */
  future: Set<string>;
  /** Words of reporting ("said", "told", "a revendiqué"): a date right after one tells when it was said. */
  reporting: Set<string>;
  /** Words of what keeps happening ("repeatedly", "in recent years", "à plusieurs reprises"): no single event. */
  habitual: PhraseTable<true>;
  /** Words that tell when the event told happened, with no new act ("The incident occurred on Sunday", "Les faits se sont produits dimanche"). */
  occurrence: PhraseTable<true>;
  /** Words that signal a kind of event, by cue (see triggers.ts). */
  cues: PhraseTable<Cue>;
  /** What happened to the people counted: killed, wounded, arrested, abducted. */
  casualtyRoles: PhraseTable<CasualtyRole>;
  /** Who the people counted were. */
  sides: PhraseTable<Side>;
  toll: PhraseTable<true>;
  /** Words that revise a toll upwards ("rose", "s'est alourdi"). */
  revisions: Set<string>;
  subset: PhraseTable<true>;
  /** Words after a number that make it a measure, not a count of people ("60 km", "5 a.m."). */
  measureUnits: Set<string>;
  /** Words that start a noun phrase of one person: "a", "another" (indefinite); "the", "his" (definite). */
  determiners: Map<string, 'indefinite' | 'definite'>;
  /** Nouns that are not people: a determiner before them is not a count ("a vehicle was captured"). */
  things: Set<string>;
  /** Auxiliaries that make a casualty word passive ("were killed"), so it does not govern the count after it. */
  passiveAux: Set<string>;
  /** Words that end the phrase of a count: a new clause ("said", "while", "according"). */
  clauseBreaks: Set<string>;
  /** Words that say the people counted were spared ("found alive", "escaped"). */
  spared: PhraseTable<true>;
  /** Death nouns that take their count after "of": "the bodies of three civilians". */
  deathNouns: Set<string>;
  /** Nouns naming one killing ("an assassination"): one death when no figure is given. */
  killingNouns: Set<string>;
  /** Pronouns standing for people counted earlier: one person ("him") or a group ("them"). */
  pronouns: Map<string, 'one' | 'group'>;
  /** Words after a count that add it to one told before ("2 more died", "three others"). */
  additional: Set<string>;
  /** Capitalised words never taken alone as a place name ("The", "Police", "Friday"). */
  placeStopwords: Set<string>;
  /** The commonest function words of the languages Vigil reads: how a report in another language shows. */
  commonWords: Set<string>;
}

interface DatesFile {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  days: Record<string, number>;
  weeks: Record<string, number>;
  months_relative: Record<string, number>;
  years_relative: Record<string, number>;
  pluperfect: string[];
  year_words: Record<string, number>;
  previous: Record<string, number>;
  separate: string[];
  sequel: string[];
  month_parts: Record<string, number>;
  year_prepositions: string[];
  year_determiners: string[];
  day_prepositions: string[];
  weekend: string[];
  current_month: string[];
  month_introducers: string[];
  month_nouns: string[];
  other_act: string[];
  day_articles: string[];
  last: string[];
  next: string[];
  future: string[];
  reporting: string[];
  habitual: string[];
  occurrence: string[];
}

interface TriggersFile {
  cues: Record<string, string[]>;
}

interface CasualtiesFile {
  roles: Record<string, string[]>;
  /** Phrases that begin with a casualty word and tell no casualty. */
  idioms?: string[];
  sides: Record<string, string[]>;
  toll: string[];
  revisions: string[];
  subset: string[];
  units: string[];
  determiners?: { indefinite?: string[]; definite?: string[] };
  things?: string[];
  passive?: string[];
  breaks?: string[];
  spared?: string[];
  death_nouns?: string[];
  killing_nouns?: string[];
  pronouns?: { one?: string[]; group?: string[] };
  additional?: string[];
}

/** One language's words, for the pipeline that reads reports in it. */
export function loadLanguageData(code: LanguageCode): LanguageData {
  const data: LanguageData = {
    abbreviations: new Set(),
    units: new Map(),
    multipliers: new Map(),
    vague: new Map(),
    atLeast: [],
    about: [],
    months: new Map(),
    weekdays: new Map(),
    days: new PhraseTable(),
    weeks: new PhraseTable(),
    monthsRelative: new PhraseTable(),
    yearsRelative: new PhraseTable(),
    pluperfect: new Set(),
    yearWords: new PhraseTable(),
    previous: new PhraseTable(),
    separate: new PhraseTable(),
    sequel: new PhraseTable(),
    monthParts: new PhraseTable(),
    yearPrepositions: new Set(),
    yearDeterminers: new Set(),
    dayPrepositions: new Set(),
    weekend: new PhraseTable(),
    currentMonth: new PhraseTable(),
    monthIntroducers: new Set(),
    monthNouns: new Set(),
    otherAct: new Set(),
    dayArticles: new Set(),
    lastWeekday: new Set(),
    nextWeekday: new Set(),
    future: new Set(),
    reporting: new Set(),
    habitual: new PhraseTable(),
    occurrence: new PhraseTable(),
    cues: new PhraseTable(),
    casualtyRoles: new PhraseTable(),
    sides: new PhraseTable(),
    toll: new PhraseTable(),
    revisions: new Set(),
    subset: new PhraseTable(),
    measureUnits: new Set(),
    determiners: new Map(),
    things: new Set(),
    passiveAux: new Set(),
    clauseBreaks: new Set(),
    spared: new PhraseTable(),
    deathNouns: new Set(),
    killingNouns: new Set(),
    pronouns: new Map(),
    additional: new Set(),
    placeStopwords: new Set(),
    commonWords: new Set(),
  };
  const language = LANGUAGES[code];
  for (const a of language.abbreviations.abbreviations) data.abbreviations.add(a.toLowerCase());
  const numbers: NumbersFile = language.numbers;
  for (const [w, v] of Object.entries(numbers.units)) data.units.set(foldKey(w), v);
  for (const [w, v] of Object.entries(numbers.multipliers)) data.multipliers.set(foldKey(w), v);
  for (const [w, v] of Object.entries(numbers.vague)) data.vague.set(foldKey(w), v);
  data.atLeast.push(...numbers.at_least.map(foldKey));
  data.about.push(...numbers.about.map(foldKey));
  const dates: DatesFile = language.dates;
  for (const [w, v] of Object.entries(dates.months)) data.months.set(w, v);
  for (const [w, v] of Object.entries(dates.weekdays)) data.weekdays.set(w, v);
  for (const [w, v] of Object.entries(dates.days)) data.days.add(w, v);
  for (const [w, v] of Object.entries(dates.weeks)) data.weeks.add(w, v);
  for (const [w, v] of Object.entries(dates.months_relative)) data.monthsRelative.add(w, v);
  for (const [w, v] of Object.entries(dates.years_relative)) data.yearsRelative.add(w, v);
  for (const w of dates.pluperfect) data.pluperfect.add(w);
  for (const [w, v] of Object.entries(dates.year_words)) data.yearWords.add(w, v);
  for (const [w, v] of Object.entries(dates.previous)) data.previous.add(w, v);
  for (const w of dates.separate) data.separate.add(w, true);
  for (const w of dates.sequel) data.sequel.add(w, true);
  for (const [w, v] of Object.entries(dates.month_parts)) data.monthParts.add(w, v);
  for (const w of dates.year_prepositions) data.yearPrepositions.add(w);
  for (const w of dates.year_determiners) data.yearDeterminers.add(w);
  for (const w of dates.day_prepositions) data.dayPrepositions.add(w);
  for (const w of dates.weekend) data.weekend.add(w, true);
  for (const w of dates.current_month) data.currentMonth.add(w, true);
  for (const w of dates.month_introducers) data.monthIntroducers.add(w);
  for (const w of dates.month_nouns) data.monthNouns.add(w);
  for (const w of dates.other_act) data.otherAct.add(w);
  for (const w of dates.day_articles) data.dayArticles.add(w);
  for (const w of dates.last) data.lastWeekday.add(w);
  for (const w of dates.next) data.nextWeekday.add(w);
  for (const w of dates.future) data.future.add(w);
  for (const w of dates.reporting) data.reporting.add(w);
  for (const w of dates.habitual) data.habitual.add(w, true);
  for (const w of dates.occurrence) data.occurrence.add(w, true);
  const triggers: TriggersFile = language.triggers;
  for (const [cue, words] of Object.entries(triggers.cues)) {
    if (!CUES.includes(cue as Cue)) throw new Error(`unknown cue in trigger words: ${cue}`);
    for (const w of words) data.cues.add(w, cue as Cue);
  }
  const casualties: CasualtiesFile = language.casualties;
  for (const [role, words] of Object.entries(casualties.roles)) {
    for (const w of words) data.casualtyRoles.add(w, role as CasualtyRole);
  }
  for (const w of casualties.idioms ?? []) data.casualtyRoles.except(w);
  for (const [side, words] of Object.entries(casualties.sides)) {
    for (const w of words) data.sides.add(w, side as Side);
  }
  for (const w of casualties.toll) data.toll.add(w, true);
  for (const w of casualties.revisions) data.revisions.add(foldKey(w));
  for (const w of casualties.subset) data.subset.add(w, true);
  for (const w of casualties.units) data.measureUnits.add(w);
  for (const kind of ['indefinite', 'definite'] as const) {
    for (const w of casualties.determiners?.[kind] ?? []) data.determiners.set(foldKey(w), kind);
  }
  for (const w of casualties.things ?? []) data.things.add(foldKey(w));
  for (const w of casualties.passive ?? []) data.passiveAux.add(foldKey(w));
  for (const w of casualties.breaks ?? []) data.clauseBreaks.add(foldKey(w));
  for (const w of casualties.spared ?? []) data.spared.add(w, true);
  for (const w of casualties.death_nouns ?? []) data.deathNouns.add(foldKey(w));
  for (const w of casualties.killing_nouns ?? []) data.killingNouns.add(foldKey(w));
  for (const kind of ['one', 'group'] as const) {
    for (const w of casualties.pronouns?.[kind] ?? []) data.pronouns.set(foldKey(w), kind);
  }
  for (const w of casualties.additional ?? []) data.additional.add(foldKey(w));
  for (const w of language.common.words) data.commonWords.add(w);
  for (const w of placeStopwords.words) data.placeStopwords.add(foldKey(w));
  return data;
}
