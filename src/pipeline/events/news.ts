/**
 * News or background, sentence by sentence. A report mixes the event it breaks with what it recalls ("the
 * military took power on August 18, 2020", "In March 2020, nearly 100 soldiers were killed") and with when
 * things were said ("the army said on Tuesday"). This module reads one sentence: which of its event words
 * and counts are news, and on which date the news happened.
 *
 * - A date older than the news window (or in the future) is background, and so is what it is told of: the
 *   whole sentence when it opens the sentence with its year ("In March 2020, ..."), else the words in its clause within a
 *   few words ("after the 2011 mutiny, [they] organised a sit-in": the sit-in is news); after a preposition, not the
 *   verb right after it, which is the sentence's own ("workers fired in 2012 demonstrated": the march is news).
 * - A date right after a reporting word ("said on Tuesday", "a revendiqué l'attaque mercredi") and a date in
 *   the dateline tell when the report was made, not the event: they date nothing; nor does the day of a burial
 *   ("on Monday as residents buried victims of a night attack").
 * - The lead tells the news. After it, a sentence that dates nothing in the news window recalls all that
 *   follows a past date in it ("The insurgency, which began in October 2017 with an attack on police stations,
 *   has killed thousands"), up to a "but"; a "since" sums up its clause ("militias that have joined the
 *   offensive since August"), unless it only measures the news ("the deadliest attack since 2019").
 * - What keeps happening ("the rebels have repeatedly raided settlements", "à plusieurs reprises", in its clause
 *   "has fought the government for more than 15 years") or happens in several unnamed places ("dans plusieurs
 *   villes") is no one event: background; so are acts counted together after the lead ("several drone strikes")
 *   and the toll of a whole conflict ("The conflict has killed more than 6,000 people").
 * - An undated English present perfect ("reports that Rwandan troops have fought alongside the group") is a
 *   general claim unless it tells more of the event being told (events/index.ts decides); a simple present ("says it
 *   strikes military infrastructure") always is.
 * - The headline restates the lead and is skipped.
 */
import type { CasualtySpan, DateSpan, Doc, Span, TriggerSpan } from '../../doc/doc.js';
import { daysBetween, yearOf } from '../../doc/calendar.js';
import { foldWords } from '../../doc/text.js';
import type { LanguageData } from '../../lang/index.js';
import { wordSet } from '../../lang/words.js';

/** A mention dated more than this many days before publication is a recollection, not news. */
const NEWS_WINDOW_DAYS = 31;
/** Words a date is told of: in its clause and within this many words. */
const TOLD_OF_WORDS = 5;
/** An old date among a sentence's first words governs the whole sentence. */
const OPENING_WORDS = 4;
/** How far before a date a reporting word makes it the date something was said. */
const REPORTING_WORDS = 6;
/** How many words before a date, in its clause, a word of sequence makes it the day of another act. */
const OTHER_ACT_WORDS = 12;
/** Words that carry a date's clause on to the verb after it ("emerged in 2012 and captured Goma"). */
const COORDINATORS = new Set(['and', 'or', 'then', 'et', 'ou', 'puis']);
/** How English and French past participles end ("fired", "taken", "licenciés", "démis"). */
const PARTICIPLE = /(?:ed|en|é|ée|és|ées|is|us)$/iu;
/** Reporting words that tell when news of an act came out, not when someone spoke of it. */
const REPORTED = new Set(['reported', 'rapporte']);
/** Words before "since" that make its date a yardstick, not a time: "the deadliest attack since 2019", "le plus lourd depuis 2020". */
const COMPARING = wordSet('superlatives');
const SINCE = new Set(['since', 'depuis']);
/** Several unnamed places: "in several towns", "dans plusieurs villes", "in many districts", "la plupart des chefs-lieux". */
const SPREAD =
  /\b(?:several|many|numerous|various|most|plusieurs|nombreuses|diverses|differentes|différentes|la plupart des) (?:towns|cities|villages|localities|regions|provinces|districts|villes|localites|localités|régions|quartiers|chefs-lieux)\b/i;
/**
 * A span of years an act has gone on for: "has fought the government for more than 15 years", "qui combat l'armée
 * depuis plus de dix ans". What it tells of, in its clause, keeps happening: no one event.
 */
const DURATION =
  /\b(?:for|over|during|depuis|pendant|durant)\s+(?:(?:more than|over|nearly|almost|about|some|around|plus de|près de|pres de|environ|bientôt|bientot)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|une dizaine d'|une quinzaine d'|a|a few|several|plusieurs)\s*(?:years|decades?|ans|années|annees|décennies|decennies)\b(?!\s+(?:old|of age))/gi;
/** Many acts counted together: "several drone strikes", "plusieurs frappes de drones", "a string of attacks". */
const SERIES =
  /\b(?:several|many|numerous|multiple|repeated|countless|a series of|a string of|a spate of|a wave of|dozens of|hundreds of|plusieurs|nombreuses|nombreux|multiples|maintes|une série d[e']|une serie d[e']|une vague d[e']|des dizaines d[e']|des centaines d[e'])\s*$/i;
/** Plural names of acts (a count of weapons, "several shells", is one event's). */
const ACTS =
  /^(?:attacks|strikes|airstrikes|raids|ambushes|killings|massacres|abductions|kidnappings|bombings|clashes|assassinations|incursions|attaques|frappes|embuscades|enlevements|tueries|assassinats|affrontements|exactions)\b/;
/** A whole conflict named as what kills: "The conflict has killed more than 6,000 people", "la crise a fait 6 000 morts". */
const CONFLICT =
  /\b(?:the|this|le|la|l'|ce|cette)\s*(?:(?:anglophone|separatist|jihadist|armed|civil|security)\s+)?(?:conflict|crisis|war|insurgency|insurrection|rebellion|uprising|conflit|crise|guerre|rébellion|rebellion)\b/gi;
/** Words of burying the dead: a date told of them ("on Monday as residents buried victims of a night attack") is the burial's. */
const BURIAL = new Set([
  'buried', 'bury', 'burying', 'burial', 'burials', 'funeral', 'funerals', 'mourned', 'mourning',
  'inhume', 'inhumes', 'inhumee', 'inhumees', 'obseques', 'funerailles', 'enterre', 'enterres', 'enterrees',
]);
/** How a date that tells only of what follows it ends: "a year after", "one year since", "un an après". */
const AFTER = /(?:after|since|from|après|apres)$/i;
/** Words that turn a sentence from what it recalls back to the news. */
const CONTRAST = wordSet('contrast');
/** Verbs of speech: a day that opens a sentence before one and who spoke is the day of the statement. */
const SPEECH = wordSet('reporting_verbs');
/** The auxiliary of the English present perfect ("have fought", "has relied heavily on drones"). */
const PERFECT = new Set(['have', 'has', 've']);
/** Words that open a relative clause: "attacks that have killed", "des attaques qui ont fait". */
const RELATIVES = wordSet('relative_pronouns');
/** Subject pronouns of the third person singular, before a verb in the simple present ("it strikes"). */
const PRONOUNS = new Set(['it', 'he', 'she']);
/** How far before an event word a perfect auxiliary makes its clause a perfect. */
const PERFECT_WORDS = 8;

export interface SentenceReading {
  /** The sentence tells of what keeps happening or of the past ("rebels have repeatedly raided ..."). */
  recollection: boolean;
  /** Event words and counts that are news. */
  triggers: TriggerSpan[];
  casualties: CasualtySpan[];
  /**
   * The date the sentence tells its news on, if it gives one; for a sentence with no event words that recalls
   * nothing, the date it sets the story on ("On June 9, a land dispute turned violent.").
   */
  date: DateSpan | null;
  /** The dates of what the sentence recalls, for the background list (beside its news, if it tells any). */
  recalled: DateSpan[];
  /**
   * The sentence tells its news undated and uncounted in the English present perfect ("UN experts say Rwandan
   * troops have fought alongside the group"): a general statement, unless it goes on with an event being told.
   * With a toll it is news ("militants have killed four soldiers near Djibo").
   */
  general: boolean;
  /** Its news is told in the simple present ("Moscow says it strikes only military sites"): what someone does as a rule, never an act. */
  rule: boolean;
  /**
   * The sentence tells its acts in the pluperfect and reports no one's words ("Les manifestations du 9 février
   * avaient été dispersées et trois jeunes avaient été tués"): the past before the story being told, if dated before
   * it (events/index.ts decides). Not "police said gunmen had killed three", reported speech of the news.
   */
  pluperfect: boolean;
  /** When the news was given ("the army announced last week that it had neutralised ..."), if the sentence says. */
  saidOn: DateSpan | null;
}

/** Past beyond the news window, or in the future: a recollection or a plan, not an event of this report. */
export function isBackgroundDate(date: DateSpan, published: string | null): boolean {
  if (!published) return false;
  if (date.date) {
    // A range is news while it ends in the window ("from May 1 to 17" in a report of May 20).
    return daysBetween(date.until ?? date.date, published) > NEWS_WINDOW_DAYS || daysBetween(date.date, published) < -1;
  }
  return date.anchor === 'absolute' && date.year !== null && date.year !== yearOf(published);
}

function toldOf(doc: Doc, date: Span, span: Span): boolean {
  const [a, b] = date.start < span.start ? [date, span] : [span, date];
  const between = doc.text.slice(a.end, b.start);
  if (/[,;:()–—]/.test(between)) return false;
  return between.split(/\s+/).filter(Boolean).length <= TOLD_OF_WORDS;
}

/**
 * The date a sentence tells its event on: a calendar day written out ("November 7", "7/11/2019"), then a
 * named weekday ("on Sunday", "dans la nuit de dimanche à lundi": the night is coded to its first day), then
 * another word relative to publication ("overnight", "yesterday"), then a day relative to the event told ("the
 * day before"), then a bare year.
 */
function eventDate(doc: Doc, dates: DateSpan[], lang: LanguageData): DateSpan | null {
  const calendar = (d: DateSpan) => /\d/.test(doc.slice(d));
  const weekdayNamed = (d: DateSpan) => lang.weekdays.has(foldWords(doc.slice(d))[0] ?? '');
  return (
    dates.find((d) => d.date && d.anchor !== 'previous' && d.precision < 3 && calendar(d)) ??
    dates.find((d) => d.date && d.anchor !== 'previous' && weekdayNamed(d)) ??
    dates.find((d) => d.date && d.anchor !== 'previous') ??
    dates.find((d) => d.anchor === 'previous') ??
    dates.find((d) => d.year !== null) ??
    dates[0] ??
    null
  );
}

/**
 * Whether a word of sequence ("after", "since", "avant") comes before a date in its clause: the date is then that
 * of another act ("days after an offensive launched on June 2") or of the start of a state ("the deadliest since
 * June 2"), not the day of the act the sentence tells.
 */
export function ofOtherAct(doc: Doc, date: DateSpan, lang: LanguageData): boolean {
  const words = doc.sentenceWords(date.sentence);
  const i = words.findIndex((w) => w.start >= date.start);
  // The word governs the first date after it: "since May 30 and on Monday repelled an attack".
  const earlier = doc.dates.filter((d) => d.sentence === date.sentence && d.end <= date.start);
  for (let k = i - 1; k >= Math.max(0, i - OTHER_ACT_WORDS); k--) {
    if (/[,;:()–—]/.test(doc.text.slice(words[k].end, words[k + 1].start))) return false;
    // "une semaine après l'incendie du 28 mai": a date that ends on the word of sequence hands it on to this one.
    const within = earlier.find((d) => words[k].start >= d.start && words[k].end <= d.end);
    if (within) return within.anchor === 'previous' && within.end === words[k].end && lang.otherAct.has(words[k].norm);
    if (lang.otherAct.has(words[k].norm)) return true;
  }
  return false;
}

/** The lead: the report's first sentence after its headline, where news reports tell their news. */
export function isLead(doc: Doc, sentence: number): boolean {
  return sentence <= (doc.headline ?? -1) + 1;
}

export function readSentence(doc: Doc, sentence: number, lang: LanguageData): SentenceReading | null {
  if (sentence === doc.headline) return null;
  const words = doc.sentenceWords(sentence);
  const wordIndex = (span: Span) => words.findIndex((w) => w.start >= span.start);
  /** The reporting word a date tells the day of ("said on Tuesday"), if any. */
  const reporter = (d: DateSpan) => {
    const at = wordIndex(d);
    const before = words.slice(Math.max(0, at - REPORTING_WORDS), at);
    const k = before.findIndex((w) => lang.reporting.has(w.norm));
    if (k < 0 || /[,;:()–—]/.test(doc.text.slice(before[k].end, d.start))) return null;
    // The statement's day is the first after its verb: in "a affirmé samedi avoir repoussé la veille une attaque",
    // "la veille" is the act's.
    return doc.dates.some((o) => o.sentence === sentence && o.start >= before[k].end && o.end <= d.start) ? null : before[k].norm;
  };
  const reported = (d: DateSpan) => reporter(d) !== null;
  const opensStatement = (d: DateSpan) => {
    const next = words.findIndex((w) => w.start >= d.end);
    if (wordIndex(d) > 1 || next < 0 || !/^\s*,\s*$/.test(doc.text.slice(d.end, words[next].start))) return false;
    const after = words.slice(next + 1, next + REPORTING_WORDS);
    const k = after.findIndex((w) => SPEECH.has(w.norm));
    return k >= 0 && !/[,;:()–—]/.test(doc.text.slice(words[next].start, after[k].start));
  };
  const dateline = doc.dateline;
  // "Residents buried victims of a night attack on Monday": the day of the burial, after the event.
  const burials = words.filter((w) => BURIAL.has(w.norm));
  const burial = (d: DateSpan) => burials.some((w) => toldOf(doc, d, w));
  const dates = doc.dates.filter(
    (d) => d.sentence === sentence && !(dateline && d.start >= dateline.start && d.end <= dateline.end) && !reported(d) && !burial(d),
  );
  const old = dates.filter((d) => isBackgroundDate(d, doc.published));
  const dated = dates.some((d) => !old.includes(d));
  const preposition = (w: { norm: string } | undefined) => !!w && (lang.yearPrepositions.has(w.norm) || lang.dayPrepositions.has(w.norm));
  // Only a date written with its year governs a sentence ("In March 2020, ..."): a bare "On September 6"
  // far from publication is more likely a slip than a recollection. It opens the sentence when only prepositions
  // come before it or a comma after it ("Back in 2012, ..."), not in "Workers fired in 2012 demonstrated".
  const opens = (d: DateSpan) => {
    const at = wordIndex(d);
    return at < OPENING_WORDS && (words.slice(0, at).every(preposition) || /^\s*,/.test(doc.text.slice(d.end)));
  };
  const opening = old.find((d) => d.anchor === 'absolute' && opens(d));
  /**
   * An old date tells of the words near it in its clause, but not, when it dates a participle ("fired in 2012",
   * "licenciés en 2012"), of the verb that follows it at once or after an auxiliary: that is the main verb ("workers
   * fired in 2012 demonstrated", "licenciés en 2012 ont manifesté"). After a noun the date's phrase is the subject
   * and the verb tells of the past ("a wave of killings in Geneina in June 2023 left thousands dead").
   */
  const mainVerb = (d: DateSpan, span: Span) => {
    const at = wordIndex(d);
    if (span.start < d.end || !preposition(words[at - 1]) || !PARTICIPLE.test(words[at - 2]?.text ?? '')) return false;
    const between = words.filter((w) => w.start >= d.end && w.end <= span.start);
    return between.length === 0 || (between.length === 1 && !COORDINATORS.has(between[0].norm));
  };
  // "The attack came a year after gunmen killed ...": a date that ends on "after" tells only of what follows it.
  const ahead = (d: DateSpan, span: Span) => span.start < d.start && AFTER.test(doc.slice(d));
  const toldBy = (d: DateSpan, span: Span) => toldOf(doc, d, span) && !mainVerb(d, span) && !ahead(d, span);
  // What an old date is told of: the words of its clause near it ("attacked in 2019"); what a "since" sums up,
  // back to the start of its clause ("militias that have joined the offensive in Hiiraan since August"), unless
  // the date only measures the news ("the deadliest attack since 2019"). And, after the lead (which tells the
  // news), in a sentence that dates nothing in the news window, all that follows a past date ("The insurgency,
  // which began in October 2017 with an attack on police stations, has killed thousands", "memories of March
  // 2020, when fighters overran a base", "le théâtre, en octobre 2017, d'une embuscade").
  const lead = isLead(doc, sentence);
  const before = (d: DateSpan, n: number) => words.slice(Math.max(0, wordIndex(d) - n), wordIndex(d)).map((w) => w.norm);
  const yardstick = (d: DateSpan) => before(d, 2).some((w) => SINCE.has(w)) && before(d, 6).some((w) => COMPARING.has(w));
  const since = (d: DateSpan) => before(d, 2).some((w) => SINCE.has(w)) && !yardstick(d);
  const past = (d: DateSpan) => (d.date ? daysBetween(d.date, doc.published!) > 0 : d.year! < yearOf(doc.published!));
  // "... as they had done at the end of October, but were unable to march because police dispersed them": the
  // past ends where the sentence turns.
  const turns = (d: DateSpan, span: Span) => words.some((w) => w.start >= d.end && w.end <= span.start && CONTRAST.has(w.norm));
  // In a sentence that also dates the news, "since" sums up only a clause of the perfect or a relative one: "the
  // latest of a series of attacks that have killed more than 200 people since December" (not "freed hostages
  // held since December").
  const cumulative = (span: Span) => {
    const k = words.findIndex((w) => w.start >= span.start);
    for (let j = k - 1; j >= 0 && j >= k - PERFECT_WORDS; j--) {
      if (/[,;:()–—]/.test(doc.text.slice(words[j].end, words[j + 1]?.start ?? span.start))) return false;
      if (PERFECT.has(words[j].norm) || RELATIVES.has(words[j].norm)) return true;
    }
    return false;
  };
  const toldOfOld = (d: DateSpan, span: Span) =>
    !yardstick(d) &&
    (toldBy(d, span) ||
      ((!dated || cumulative(span)) && since(d) && span.end <= d.start && !/[,;:()–—]/.test(doc.text.slice(span.end, d.start))) ||
      (!lead && !dated && past(d) && span.start >= d.end && !turns(d, span) && !mainVerb(d, span)));
  // "The rebels have repeatedly raided villages", "in recent years": what keeps happening is no one event. In a
  // sentence dated with news ("On December 1, residents marched for the forces repeatedly attacked") or in the lead
  // ("Rebels killed villagers in a raid, the latest of a string of massacres that have terrorised the area for
  // years") it governs only its own clause.
  const habitual = words.filter((_, k) => lang.habitual.matchAt(words, k));
  // After the lead, an undated sentence told of several unnamed places ("des manifestations ont été organisées
  // dans plusieurs villes") sums up many events: none of them is the one being told.
  const spread = !lead && !dated && SPREAD.test(doc.slice(doc.sentences[sentence]));
  const sentenceStart = doc.sentences[sentence].start;
  // After the lead, an undated sentence that counts acts together ("rights groups have documented several drone
  // strikes that killed civilians in the Kidal and Gao regions") sums up past events, none of them the one told.
  const series =
    !lead && !dated && doc.triggers.some((t) => t.sentence === sentence && ACTS.test(t.phrase) && SERIES.test(doc.text.slice(sentenceStart, t.start)));
  const durations = matchSpans(doc, sentence, DURATION);
  // After the lead, undated, the toll of the whole conflict ("The conflict has killed more than 6,000 people") is
  // background, not the event's.
  const conflicts = lead || dated ? [] : matchSpans(doc, sentence, CONFLICT);
  const aggregate = (span: Span) => conflicts.some((c) => c.end <= span.start && toldOf(doc, c, span));
  const usual = (span: Span) =>
    spread || series || aggregate(span) || (habitual.length > 0 && ((!dated && !lead) || habitual.some((h) => toldOf(doc, h, span)))) || durations.some((d) => toldOf(doc, d, span));
  const news = (span: Span) => !opening && !usual(span) && !old.some((d) => toldOfOld(d, span));
  const triggers = doc.triggers.filter((t) => t.sentence === sentence && !t.negated && news(t));
  const casualties = doc.casualties.filter((c) => c.sentence === sentence && news(c));
  const statements = doc.dates.filter((d) => d.sentence === sentence && d.date !== null && reported(d));
  if (triggers.length || casualties.length) {
    // With no date of its own, the event is dated on the day it was reported ("Reported on October 25 that ...",
    // "attacks were reported on June 2"), as ACLED codes an event of unknown day on its report's. Not on the day
    // someone said or claimed it ("the army said on Tuesday"): a statement often comes days after the act.
    const saidOn = statements.filter((d) => REPORTED.has(reporter(d) ?? '') && !isBackgroundDate(d, doc.published));
    // "... on Sunday, days after the army launched an offensive on June 2": a day told in its clause after "after",
    // "since" or "before" is that of another act, and one that opens the sentence before who spoke ("On Monday, the army said
    // gunmen had killed ten soldiers on Saturday") is the day of the statement; the sentence's own day, when it names
    // one, dates its event.
    const recent = dates.filter((d) => !old.includes(d));
    const own = recent.filter((d) => !ofOtherAct(doc, d, lang) && !opensStatement(d));
    const date = eventDate(doc, own.some((d) => d.date) ? own : recent, lang) ?? eventDate(doc, saidOn, lang);
    const general = !dated && !casualties.length && triggers.some((t) => auxiliary(doc, words, wordIndex(t), PERFECT));
    const rule = !dated && !casualties.length && triggers.length > 0 && triggers.every((t) => present(words, wordIndex(t)));
    // The past it recalls beside the news, or measures it by ("the first such attacks since 2012"), or names ("the
    // country has been ruled since the coup of September 2021 by a general, who dissolved the government this week")
    // is background all the same, at each past time it gives ("who have kidnapped thousands since 2019, including
    // 279 schoolgirls taken from Jangebe in February 2021").
    const recalled = old.filter(past);
    const reporting = words.some((w) => lang.reporting.has(w.norm));
    const pluperfect = !reporting && triggers.some((t) => auxiliary(doc, words, wordIndex(t), lang.pluperfect));
    return { recollection: false, triggers, casualties, date, recalled, general, rule, pluperfect, saidOn: statements[0] ?? null };
  }
  const told = doc.triggers.some((t) => t.sentence === sentence && !t.negated);
  // A bare mention of the current year ("in 2023") recalls nothing.
  const thisYear = (d: DateSpan) => !d.date && d.anchor === 'absolute' && doc.published !== null && d.year === yearOf(doc.published);
  const first = eventDate(doc, dates, lang);
  const recalled = (old.length ? old : first ? [first] : []).filter((d) => !thisYear(d));
  const recollection = told && (habitual.length > 0 || old.length > 0 || spread || series);
  const setting = recollection ? null : eventDate(doc, dates.filter((d) => !old.includes(d)), lang);
  return { recollection, triggers, casualties, date: setting, recalled, general: false, rule: false, pluperfect: false, saidOn: statements[0] ?? null };
}

/**
 * Where a global regex matches in a sentence, as offsets into the text. A loop over exec, not matchAll: matchAll
 * copies the regex, which costs more than the search at every sentence of every report.
 */
function matchSpans(doc: Doc, sentence: number, re: RegExp): Span[] {
  const { start } = doc.sentences[sentence];
  const text = doc.slice(doc.sentences[sentence]);
  const spans: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: start + m.index, end: start + m.index + m[0].length });
  return spans;
}

/**
 * An English event verb in the simple present after a pronoun: what someone does as a rule ("Moscow denies targeting
 * civilians and says it strikes military infrastructure"), no act told.
 */
function present(words: { norm: string; text: string }[], at: number): boolean {
  return PRONOUNS.has(words[at - 1]?.norm ?? '') && /[^s]s$/.test(words[at]?.text ?? '');
}

/**
 * An event word in a clause of a compound tense: its auxiliary a few words before it in its clause (the present
 * perfect's "have fought alongside", "has relied heavily on drones", "have been killed"; the pluperfect's "had
 * been dispersed", "avaient été tués").
 */
function auxiliary(doc: Doc, words: { norm: string; start: number; end: number }[], at: number, auxiliaries: Set<string>): boolean {
  for (let k = at - 1; k >= Math.max(0, at - PERFECT_WORDS); k--) {
    if (/[,;:()–—]/.test(doc.text.slice(words[k].end, words[k + 1].start))) return false;
    if (auxiliaries.has(words[k].norm)) return true;
  }
  return false;
}
