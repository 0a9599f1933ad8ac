/**
 * Who: actor1 (the side that acted), actor2 (the side acted upon) and their associated actors, named as ACLED
 * names them, with their inter codes. A group named with its parent ("Katiba Macina") is coded as the parent
 * (JNIM) with the group as associated actor. When the report names no group, ACLED's generic actors stand in:
 * "Unidentified Armed Group (Mali)", "Civilians (Mali)", "Protesters (Mali)".
 *
 * ACLED's rules applied here (ACLED Codebook, event types and actors):
 * - Generic actors carry the country where the event took place; when the report never says where, the
 *   country its named actors belong to (a national army, a group active in one country).
 * - Violence against civilians (attack, abduction, sexual violence) always has civilians as actor2; so does
 *   looting or destruction of property unless another actor is its target; a peaceful protest has no actor2.
 * - People named by their community are associated actors of the civilians or protesters they are: "Civilians
 *   (Mali)" with "Fulani Ethnic Group (Mali)", "Pastoralists (Mali)". A community that fights is its ethnic
 *   militia ("Dogon Ethnic Militia (Mali)").
 * - Words that in a country mean the group ACLED codes there are that group ("separatist fighters" in Cameroon:
 *   the Ambazonian Separatists; data/actors/roles.json "local"), elsewhere the generic actor of their role.
 * - A group the report says claimed the event is its actor ("JNIM claimed responsibility", or its own account: "the
 *   group said its fighters carried out the operation"), even when another
 *   was suspected; when the event's sentences name no group, so is one it was attributed to. A group blamed for
 *   it ("the army blamed the RSF") is its actor, an air or drone strike's too (most strikes are a state's).
 * - A state's force named by what it fired ("Russian missiles slammed into") is the author of the shelling.
 * - A battle has two sides: rebels or unknown gunmen against the state's forces, the militias fighting with them
 *   and allied forces being associated actors ("GATIA and MSA backed by Barkhane raided an ISGS camp").
 * - Forces the report does not name ("security forces") are the police when they face a crowd, else the army.
 * - Victims from another continent are "Civilians (International)", their own country's civilians associated.
 */
import type { ActorRole, ActorSpan, Doc } from '../../doc/doc.js';
import { TEMPLATES, type ActorEntry, type ActorLexicon, type RoleWord, type Template } from '../../lexicon/actors.js';
import type { EventType, InterLabel, SubEventType } from '../../schema/event.js';
import { isBackgroundDate } from './news.js';
import { armedCrowdActors } from './targets.js';
import { wordSet } from '../../lang/words.js';
import { foldWord } from '../../doc/text.js';

export interface Side {
  entry: ActorEntry;
  associated: ActorEntry[];
  spans: ActorSpan[];
}

export interface Participants {
  actor1: Side;
  actor2: Side | null;
}

/** What the event's sentences are part of: the report, to read claims of responsibility made elsewhere in it. */
export interface ReportContext {
  doc: Doc;
  /** The sentences of this event. */
  sentences: readonly number[];
}

const ROLE_TEMPLATE: Partial<Record<ActorRole, Template>> = {
  armed: 'unidentified',
  military: 'military',
  police: 'police',
  gendarmes: 'gendarmerie',
  civilians: 'civilians',
  protesters: 'protesters',
  rioters: 'rioters',
  communal: 'communal',
  islamist: 'islamist',
  government: 'government',
};

const STATE: InterLabel[] = ['State forces'];
const NON_STATE_ARMED: InterLabel[] = ['Rebel group', 'Political militia', 'Identity militia'];
const MILITIAS: InterLabel[] = ['Political militia', 'Identity militia'];
/** Militiamen named by that word alone: once a militia is named, they are its men. */
const MILITIAMEN = wordSet('militiamen');

/**
 * Words that attribute an event to a group in a sentence of their own: "JNIM claimed responsibility", "the
 * attack was attributed to ISGS", "l'attaque a été revendiquée par le GSIM". Folded word prefixes.
 */
const CLAIM = ['claim', 'responsib', 'revendi'];
/**
 * A group's own account of the act as its deed is a claim too: the group says ("said in a statement", "a affirmé")
 * that its operation or its fighters did it ("its martyrdom operation had killed", "ses combattants ont mené
 * l'attaque"). Saying verbs, possessives and what they may own (folded words, prefixes for the last). An account
 * of a bomb ("its fighters had planted the bomb") is the claim of an explosion only, not of a raid told beside it.
 */
const SAY = wordSet('reporting_verbs');
const OWN = new Set(['its', 'their', 'son', 'sa', 'ses', 'leur', 'leurs']);
const DEED = ['operation', 'attack', 'fighter', 'mujahid', 'men', 'martyr', 'raid', 'bomb', 'combattant', 'hommes', 'attaque', 'moudjahid', 'kamikaze'];
const BOMB = ['bomb', 'explos', 'martyr', 'suicide', 'kamikaze', 'landmine', 'ied'];
/** How many words after the group its saying verb may stand ("Al-Shabaab, the al-Qaeda-linked group that has ... said"). */
const SAY_REACH = 24;

function ownAccount(words: { norm: string; start: number }[], span: ActorSpan, explosion: boolean): boolean {
  const k = words.findIndex((w) => w.start >= span.end);
  if (k < 0) return false;
  const say = words.slice(k, k + SAY_REACH).findIndex((w) => SAY.has(w.norm));
  if (say < 0) return false;
  const rest = words.slice(k + say + 1);
  if (!explosion && rest.some((w) => BOMB.some((p) => w.norm.startsWith(p)))) return false;
  return rest.some((w, j) => OWN.has(w.norm) && rest.slice(j + 1, j + 3).some((x) => DEED.some((p) => x.norm.startsWith(p))));
}

/**
 * Words that blame an event on the group named right after them, also in the event's sentences: "the army blamed
 * the RSF", "was blamed on the RSF", "a accusé les FSR", "imputée aux terroristes". Folded prefixes, and the
 * words that may stand between them and the group.
 */
const BLAME = ['blame', 'accus', 'imput'];
const BLAME_LINKS = new Set(['the', 'on', 'to', 'les', 'la', 'le', 'l', 'a', 'au', 'aux', 'des', 'du']);
const BLAME_REACH = 3;
const ATTRIBUTION = ['claim', 'responsib', 'revendi', 'attribut', 'attribu', 'blamed', 'imput', 'planted', 'identified', 'believed', 'suspect', 'presum', 'soupcon'];

/**
 * Words saying an armed actor is not known ("unknown gunmen", "unidentified assailants", "individus non
 * identifiés") or is of another kind than a named group (bandits): a side of its own.
 */
const UNKNOWN = /\b(?:unknown|unidentified|not identified|non[- ]identifi|inconnu|anonymous|bandit)/i;

/**
 * Words right after unknown men that go on to say who they probably are ("unknown gunmen, presumably ISGS
 * militants"); a mere possibility ("possibly ISGS militants") leaves them unknown.
 */
const IDENTIFIED = /^\s*[,(]?\s*(?:presumably|presumed|believed|assumed|thought|probably|likely|suspected|allegedly|vraisemblablement|probablement|présumés?|soupçonnés?)\b/i;

function saysUnknown(doc: Doc, span: ActorSpan): boolean {
  return UNKNOWN.test(doc.text.slice(Math.max(0, span.start - 16), span.end)) && !IDENTIFIED.test(doc.text.slice(span.end, span.end + 30));
}

/** A word of suspicion right before people, which tells them perpetrators: "suspected herdsmen", "de présumés éleveurs". */
const SUSPECTED = /\b(?:suspected|presumed|alleged|présumés?|supposés?)\s+$/i;

function suspected(doc: Doc, span: ActorSpan): boolean {
  return SUSPECTED.test(doc.text.slice(Math.max(0, span.start - 12), span.start));
}

/** How far after armed men the people they are said to be may be named ("the assailants, suspected to be armed X"). */
const IDENTIFIED_REACH = 40;

/**
 * People of a community that the report identifies armed men as ("the assailants, suspected to be Fulani
 * herdsmen", "gunmen believed to be Dogon hunters"): the starts of their spans.
 */
function identifiedPeople(doc: Doc, lexicon: ActorLexicon): number[] {
  const out: number[] = [];
  for (const a of doc.actors) {
    if (a.actor || a.role !== 'armed' || !IDENTIFIED.test(doc.text.slice(a.end, a.end + 30))) continue;
    const next = doc.actors.find((b) => b.sentence === a.sentence && b.start >= a.end && b.start - a.end <= IDENTIFIED_REACH && b.actor);
    if (next && lexicon.pendingOf(next.actor!)?.kind === 'group') out.push(next.start);
  }
  return out;
}

/** A template actor of a country ("military:ML") or without one ("civilians:"): not a named group. */
function isGeneric(entry: ActorEntry): boolean {
  const colon = entry.id.indexOf(':');
  return colon > 0 && (TEMPLATES as readonly string[]).includes(entry.id.slice(0, colon));
}

/**
 * ACLED's generic actor of a kind for a country ("Civilians (Mali)"); when the report never says which
 * country, the same name without it ("Civilians", "Unidentified Armed Group").
 */
function genericActor(lexicon: ActorLexicon, country: string | null, template: Template): ActorEntry {
  if (country) {
    try {
      return lexicon.named(country, template);
    } catch {
      // a country the lexicon was not built with: fall through to the name without country
    }
  }
  const any = lexicon.entries.find((e) => e.id.startsWith(`${template}:`))!;
  return { ...any, id: `${template}:`, country: null, periods: [], name: any.name.replace(/ \([^)]*\)$/, '').replace(/ of [A-Z].*$/, '') };
}

interface Candidate {
  entry: ActorEntry;
  associated: ActorEntry[];
  spans: ActorSpan[];
  first: number;
}

/** The country the report's actors tie the event to when no place does: a national force's, a group's home. */
function actorsCountry(actors: readonly ActorSpan[], lexicon: ActorLexicon): string | null {
  const counts = new Map<string, number>();
  for (const span of actors) {
    if (span.descriptive) continue;
    const iso2 = span.country ?? (span.actor ? lexicon.homeOf(span.actor) : null);
    if (iso2) counts.set(iso2, (counts.get(iso2) ?? 0) + (span.actor && span.actor.inter === 'External/Other forces' ? 0.5 : 1));
  }
  let best: string | null = null;
  for (const [iso2, n] of counts) if (!best || n > counts.get(best)!) best = iso2;
  return best;
}

/** Words before armed men that speak of them again ("the militants", "ces assaillants"); after them ("militants also"). */
const AGAIN_BEFORE = new Set(['the', 'these', 'those', 'same', 'les', 'ces', 'memes']);
const AGAIN_AFTER = new Set(['also', 'again', 'then', 'later', 'subsequently', 'aussi', 'egalement', 'ensuite', 'encore']);

function spokenOfAgain(doc: Doc, span: ActorSpan): boolean {
  const words = doc.sentenceWords(span.sentence);
  const k = words.findIndex((w) => w.start === span.start);
  const end = words.findIndex((w) => w.start >= span.end);
  return (k > 0 && AGAIN_BEFORE.has(words[k - 1].norm)) || (end >= 0 && words.slice(end, end + 2).some((w) => AGAIN_AFTER.has(w.norm)));
}

/** The named non-state group the report last named as a side before the event's sentences. */
function namedBefore(report: ReportContext): ActorSpan | null {
  const first = Math.min(...report.sentences);
  const named = report.doc.actors.filter(
    (a) => a.sentence < first && !a.descriptive && a.actor && !isGeneric(a.actor) && !a.actor.id.includes('@') && NON_STATE_ARMED.includes(a.actor.inter),
  );
  return named.at(-1) ?? null;
}

/** The state or foreign force the report last named as a side before the event's sentences. */
function forceBefore(report: ReportContext): ActorSpan | null {
  const first = Math.min(...report.sentences);
  const forces = report.doc.actors.filter(
    (a) =>
      a.sentence < first &&
      !a.descriptive &&
      (a.actor ? STATE.includes(a.actor.inter) || a.actor.inter === 'External/Other forces' : a.role !== null && ['military', 'police', 'gendarmes'].includes(a.role)),
  );
  return forces.at(-1) ?? null;
}

/** Words that deny a claim rather than make it ("GATIA rejected the claims", "le groupe a démenti"). Folded prefixes. */
const DENIAL = ['deni', 'deny', 'reject', 'refut', 'dement', 'rejet'];

/** Words that say no one made a claim: "no group has claimed", "n'a pas été revendiquée", "aucun groupe n'a revendiqué". */
const NO_CLAIM = new Set(['no', 'not', 'yet', 'nobody', 'none', 'pas', 'aucun', 'aucune', 'personne', 'encore']);
/** Words before a word of claim that may hold its negation. */
const NEGATION_WORDS = 4;

function negatedAt(words: { norm: string }[], k: number): boolean {
  return words.slice(Math.max(0, k - NEGATION_WORDS), k).some((w) => NO_CLAIM.has(w.norm));
}

interface Claim {
  span: ActorSpan;
  /** A claim of responsibility, not a mere attribution. */
  strict: boolean;
  /** The group is blamed by another ("the army blamed the RSF"), not its own claim. */
  blamed: boolean;
  /** Sentences between the claim and the nearest sentence of the event (0 in it). */
  distance: number;
}

/**
 * The named non-state group the report credits the event to: one that claimed it, in the event's sentences or
 * any other ("JNIM claimed responsibility"), or one a sentence telling no event attributes it to ("the attack
 * was attributed to ISGS"). The nearest to the event's sentences. `explosion`: the event is one, which a group's
 * own account of a bomb claims.
 */
function claimedBy(report: ReportContext, explosion: boolean): Claim | null {
  const { doc, sentences } = report;
  let best: Claim | null = null;
  for (const span of doc.actors) {
    if (span.descriptive || !span.actor || isGeneric(span.actor) || !NON_STATE_ARMED.includes(span.actor.inter)) continue;
    if (span.actor.id.includes('@')) continue; // a community, not a group that claims
    const s = span.sentence;
    const words = doc.sentenceWords(s);
    const strict =
      (words.some((w, k) => CLAIM.some((p) => w.norm.startsWith(p)) && !negatedAt(words, k)) || ownAccount(words, span, explosion)) &&
      !words.some((w) => DENIAL.some((p) => w.norm.startsWith(p)));
    // "The army blamed the RSF": the group blamed, named right after the word of blame, is the author told.
    const k = words.findIndex((w) => w.start >= span.start);
    const blamed = words.some(
      (w, j) => j < k && k - j <= BLAME_REACH && BLAME.some((p) => w.norm.startsWith(p)) && words.slice(j + 1, k).every((x) => BLAME_LINKS.has(x.norm)) && !negatedAt(words, j),
    );
    if (!strict && !blamed) {
      // A weaker attribution only in a sentence of its own telling no event.
      if (sentences.includes(s)) continue;
      if (doc.triggers.some((t) => t.sentence === s && !t.negated) || doc.casualties.some((c) => c.sentence === s)) continue;
      if (!words.some((w, k) => ATTRIBUTION.some((p) => w.norm.startsWith(p)) && !negatedAt(words, k))) continue;
    }
    const distance = Math.min(...sentences.map((x) => Math.abs(s - x)));
    if (!best || distance < best.distance) best = { span, strict, blamed, distance };
  }
  return best;
}

/**
 * A sentence of the event, after its first, that dates itself only to a past month or year ("Central Mali has been gripped by
 * violence since 2015, when the Macina Liberation Front emerged"): the groups it names are the conflict's
 * background, not sides of the event.
 */
function recalledOnly(report: ReportContext, sentence: number): boolean {
  if (sentence === Math.min(...report.sentences)) return false;
  const dates = report.doc.dates.filter((d) => d.sentence === sentence);
  // A day ("claimed the attack on October 17") may be when a claim was made: only a month or a year recalls.
  return dates.length > 0 && dates.every((d) => d.precision > 1 && isBackgroundDate(d, report.doc.published));
}

export function decideParticipants(
  actors: ActorSpan[],
  type: { event_type: EventType; sub_event_type: SubEventType },
  country: string | null,
  date: string | null,
  lexicon: ActorLexicon,
  report?: ReportContext,
  admin1: string | null = null,
): Participants {
  // Where the report never says where, its actors may: "Malian soldiers", "Ansaroul Islam".
  country ??= actorsCountry(report ? report.doc.actors : actors, lexicon);
  const candidates = new Map<string, Candidate>();
  /** Adds a side; `key` keeps apart sides of one generic actor ("Unidentified Communal Militia" of farmers, of herders). */
  const add = (named: ActorEntry, span: ActorSpan, associated?: ActorEntry, key?: string) => {
    const entry = lexicon.inUseOn(named, date);
    key ??= entry.id;
    const c = candidates.get(key) ?? { entry, associated: [], spans: [], first: span.start };
    if (associated && !c.associated.some((a) => a.id === associated.id)) c.associated.push(associated);
    c.spans.push(span);
    candidates.set(key, c);
  };
  /** Adds a named group, coded as its parent when it has one then; the id of the candidate. */
  const addNamed = (entry: ActorEntry, span: ActorSpan): string => {
    const parent = lexicon.parentOn(entry, date);
    if (parent) add(parent, span, entry);
    else add(entry, span);
    return (parent ?? entry).id;
  };
  /** Communities named without saying whether they fought or suffered ("clashes between Fulani and Dogon"). */
  const people: ActorSpan[] = [];
  /** People named by their trade in a fight ("clashes between farmers and herders"). */
  const trades: ActorSpan[] = [];
  /** Forces facing a crowd are the police when the report does not say which they are ("security forces"). */
  const crowd = type.event_type === 'Protests' || type.event_type === 'Riots';
  /** People told armed ("armed Fulani herdsmen", "villagers armed with guns"): a militia, not civilians. */
  const armedPeople = new Set(report ? armedCrowdActors(report.doc, [...new Set(actors.map((a) => a.sentence))], actors) : []);
  const identified = report ? identifiedPeople(report.doc, lexicon) : [];
  for (const start of identified) armedPeople.add(start);
  /** A regional group's words name it in its regions, and where the event's region is not known. */
  const localHere = (local: NonNullable<RoleWord['local']>, where: string | null) =>
    where === local.country && (!local.admin1 || admin1 === null || where !== country || local.admin1.includes(admin1));
  /** Adds the side a span names. */
  const take = (span: ActorSpan) => {
    if (span.descriptive) return;
    const where = span.country ?? country;
    if (span.actor) {
      const pending = lexicon.pendingOf(span.actor);
      if (span.actor.id === lexicon.foreigners.id) add(span.actor, span);
      // Victims from another continent ("two Italian nationals") are ACLED's international civilians.
      else if (span.actor.id.startsWith('civilians:') && span.country && lexicon.fromAbroad(span.country, country)) add(lexicon.foreigners, span, span.actor);
      // An organisation of civilians ("ICRC", "MSF") is the associated actor of the civilians it is (ACLED Codebook).
      else if (!pending && span.actor.inter === 'Civilians' && !isGeneric(span.actor)) add(genericActor(lexicon, where, 'civilians'), span, span.actor);
      else if (!pending) addNamed(lexicon.regional(span.actor, where), span);
      else if (pending.word?.mission) {
        const mission = lexicon.missionIn(where, date);
        if (mission) add(mission, span);
      }
      // Words that in the event's country, or in its regions where the group is, mean the group ACLED codes there
      // ("separatist fighters" in Cameroon's North-West).
      else if (pending.word?.local && localHere(pending.word.local, where)) addNamed(lexicon.get(pending.word.local.group)!, span);
      else if (pending.word?.role === 'civilians' && pending.word.group !== null && type.event_type === 'Battles') trades.push(span);
      // People of a trade told armed or suspected ("suspected herdsmen attacked farmers") are its communal militia.
      else if (pending.word?.role === 'civilians' && pending.word.group !== null && (armedPeople.has(span.start) || (report && suspected(report.doc, span))))
        add(genericActor(lexicon, where, 'communal'), span, lexicon.localize(span.actor, where));
      else if (pending.word) {
        const group = pending.word.group !== null ? lexicon.localize(span.actor, where) : undefined;
        // Forces of another country than the event's are no police of the crowd ("French forces").
        const police = crowd && (span.country === null || span.country === country) ? pending.word.crowd : undefined;
        add(genericActor(lexicon, where, police ?? pending.word.template), span, group);
      }
      else if (pending.kind === 'militia') add(lexicon.localize(span.actor, where), span);
      // A community's people told armed are its militia ("suspected armed Fulani herdsmen attacked"): ACLED codes
      // herders who attack as their ethnic militia; unarmed, they are civilians ("gunmen killed seven Fulani herders").
      else if (pending.kind === 'group' && armedPeople.has(span.start)) add(lexicon.localize(lexicon.pendingEthnic(pending.ethnic!, 'militia'), where), span);
      // In a fight, armed villagers of a community are its militia: ACLED has no civilians in battles.
      else if (pending.kind === 'group' && type.event_type === 'Battles') people.push(span);
      else if (pending.kind === 'group') add(genericActor(lexicon, where, 'civilians'), span, lexicon.localize(span.actor, where));
      else people.push(span);
    } else if (span.role) {
      const template = ROLE_TEMPLATE[span.role];
      if (template) add(genericActor(lexicon, where, template), span);
    }
  };
  for (const span of actors) if (!report || !recalledOnly(report, span.sentence)) take(span);
  const armedSoFar = () => [...candidates.values()].filter((c) => NON_STATE_ARMED.includes(c.entry.inter) && !isGeneric(c.entry)).length;
  const stateSides = () => [...candidates.values()].filter((c) => c.entry.inter === 'State forces' || c.entry.inter === 'External/Other forces').length;
  const sides = () => [...candidates.values()].filter((c) => c.entry.inter !== 'Civilians' && c.entry.inter !== 'Protesters').length;
  // A fight or a strike whose sentences name one side at most may leave the other to the report's opening ("French
  // forces carried out an operation ... 23 militants were killed"): the force it last named before.
  if (report && stateSides() === 0 && sides() < 2 && (type.event_type === 'Battles' || type.sub_event_type === 'Air/drone strike')) {
    const force = forceBefore(report);
    if (force) take(force);
  }
  for (const span of people) {
    const where = span.country ?? country;
    // A community is a side of a fight when the event is one, or its only perpetrator in an attack.
    const fights =
      (type.event_type === 'Battles' && armedSoFar() + stateSides() < 2) ||
      (['Violence against civilians', 'Riots', 'Strategic developments', 'Explosions/Remote violence'].includes(type.event_type) && sides() === 0);
    if (fights) add(lexicon.localize(span.actor!, where, 'militia'), span);
    else add(genericActor(lexicon, where, 'civilians'), span, lexicon.localize(span.actor!, where, 'group'));
  }
  // Farmers and herders who fight each other are two communal militias, each with its people associated (ACLED
  // Codebook, communal militias); where armed groups or forces fight, they are civilians caught in it.
  for (const span of trades) {
    const where = span.country ?? country;
    const group = lexicon.localize(span.actor!, where);
    if (armedSoFar() + stateSides() === 0) add(genericActor(lexicon, where, 'communal'), span, group, `communal@${group.id}`);
    else add(genericActor(lexicon, where, 'civilians'), span, group);
  }
  // "The following day, the militants also burned the school": armed men the report speaks of again are the group
  // it named before.
  if (report && armedSoFar() === 0) {
    const again = [...candidates.values()].some((c) => (c.entry.id.startsWith('unidentified:') || c.entry.id.startsWith('islamist:')) && c.spans.some((span) => spokenOfAgain(report.doc, span)));
    const before = again ? namedBefore(report) : null;
    if (before) addNamed(lexicon.regional(before.actor!, before.country ?? country), before);
  }
  // "Gunmen attacked the village ... the assailants, suspected to be armed Fulani herdsmen": the community the
  // report identifies the armed men as, next to the event's sentences, is its author.
  if (report && armedSoFar() === 0 && [...candidates.values()].some((c) => c.entry.id.startsWith('unidentified:'))) {
    const near = report.doc.actors.find((a) => identified.includes(a.start) && report.sentences.some((s) => Math.abs(s - a.sentence) <= 1));
    if (near) take(near);
  }
  // The group that claimed the event is its author, even when the report names another ("most likely carried out
  // by Ansaroul Islam militants. JNIM claimed responsibility."); an attribution only names an author not named.
  const claim = report && type.event_type !== 'Protests' ? claimedBy(report, type.event_type === 'Explosions/Remote violence') : null;
  let claimant: string | null = null;
  if (claim && claim.distance === 0) {
    const author = lexicon.regional(claim.span.actor!, claim.span.country ?? country);
    claimant = (lexicon.parentOn(author, date) ?? author).id;
  } else if (claim && (armedSoFar() === 0 || (claim.strict && claim.distance === 1))) claimant = addNamed(lexicon.regional(claim.span.actor!, country), claim.span);

  // "JNIM militants", "suspected ISGS gunmen ... the assailants": once a group is named, the report's
  // unnamed armed men are that group, not a second side.
  // Men the report says are unknown ("unknown gunmen", "hommes armés non identifiés") stay a side of their own.
  // They come in the order the report names them ("unknown gunmen attacked GATIA posts": the gunmen first).
  // Bare militiamen ("killing 26 of the militiamen") are the militia named ("Fano militia"), not a communal one.
  const unknown = new Set<Candidate>();
  if (armedSoFar() > 0) {
    const militiaNamed = [...candidates.values()].some((c) => MILITIAS.includes(c.entry.inter) && !isGeneric(c.entry));
    const bareMilitia = (c: Candidate) =>
      militiaNamed &&
      c.entry.id.startsWith('communal:') &&
      c.spans.every((span) => span.role === 'communal' && !span.actor && MILITIAMEN.has(foldWord(report?.doc.slice(span) ?? '')));
    for (const [id, c] of candidates) {
      if (!c.entry.id.startsWith('unidentified:') && !c.entry.id.startsWith('islamist:') && !bareMilitia(c)) continue;
      if (report && c.spans.some((span) => saysUnknown(report.doc, span))) unknown.add(c);
      else candidates.delete(id);
    }
  }
  const all = [...candidates.values()].sort((a, b) => a.first - b.first);
  const of = (inters: InterLabel[]) => all.filter((c) => inters.includes(c.entry.inter));
  // A named group outranks a generic one of the same kind ("JNIM" over "gunmen").
  const named = (list: Candidate[]) => list.filter((c) => !isGeneric(c.entry)).concat(list.filter((c) => isGeneric(c.entry)));
  const side = (c: Candidate | undefined): Side | null => (c ? { entry: c.entry, associated: c.associated, spans: c.spans } : null);
  const generic = (template: Template): Side => ({ entry: genericActor(lexicon, country, template), associated: [], spans: [] });

  // A force that acts outranks the government that ordered it ("banned by the authorities, dispersed by the police").
  const state = named(of(STATE)).sort((a, b) => Number(a.entry.id.startsWith('government:')) - Number(b.entry.id.startsWith('government:')));
  const external = named(of(['External/Other forces']));
  const rank = (c: Candidate) => (c.entry.id === claimant ? 0 : isGeneric(c.entry) && !unknown.has(c) ? 2 : 1);
  const armed = of(NON_STATE_ARMED).sort((a, b) => rank(a) - rank(b));
  const civilians = of(['Civilians']);
  const protesters = of(['Protesters']);
  const rioters = of(['Rioters']);
  const fallback = generic('unidentified');
  const forces = state[0] ?? external[0];
  const allForces = [...state, ...external];
  const victims = side(civilians[0]) ?? generic('civilians');

  /** A side with the associated actors of other candidates added ("Protesters (Mali)" with "Teachers (Mali)"). */
  const withAssociated = (base: Side, others: Candidate[]): Side => {
    const associated = [...base.associated];
    for (const c of others) for (const a of c.associated) if (!associated.some((x) => x.id === a.id)) associated.push(a);
    return { ...base, associated };
  };

  /** One side made of several candidates: the first, with the others as its associated actors. */
  const allied = (list: Candidate[]): Side | null => {
    if (!list.length) return null;
    const [main, ...others] = list;
    const associated = [...main.associated];
    for (const c of others) for (const a of [c.entry, ...c.associated]) if (a.id !== main.entry.id && !associated.some((x) => x.id === a.id)) associated.push(a);
    return { entry: main.entry, associated, spans: list.flatMap((c) => c.spans) };
  };

  switch (type.event_type) {
    case 'Protests': {
      // The people who protest may be named as what they are ("Ethiopian refugees", "teachers"): they are the
      // protesters, of their own country when the report gives it, with their group as associated actor.
      const named = civilians.find((c) => c.spans.some((span) => span.country !== null));
      const who = protesters[0] ?? (named ? { ...named, entry: genericActor(lexicon, named.entry.country, 'protesters') } : undefined);
      const actor1 = withAssociated(side(who) ?? generic('protesters'), civilians);
      const actor2 = type.sub_event_type === 'Peaceful protest' ? null : side(forces) ?? generic('police');
      return { actor1, actor2 };
    }
    case 'Riots': {
      // Demonstrators who turn violent are rioters (ACLED Codebook, riots), whatever word the report uses.
      const actor1 = withAssociated(side(rioters[0]) ?? generic('rioters'), [...protesters, ...civilians.filter((c) => c.associated.length)]);
      // Residents who riot are the rioters: only mob violence has civilians as its target.
      const mob = type.sub_event_type === 'Mob violence';
      // A mob that turns on a named militia ("villagers beat up Koglweogo members") fights that militia.
      const militia = armed.find((c) => !isGeneric(c.entry));
      const actor2 = side(forces) ?? side(militia) ?? (mob ? side(civilians[0]) ?? generic('civilians') : null);
      return { actor1, actor2 };
    }
    case 'Violence against civilians': {
      // Forces named in an earlier sentence than any armed men the report does not name did it: "civilians were
      // killed during an army operation ... the army said it neutralised several terrorists".
      const sentenceOf = (c: Candidate) => Math.min(...c.spans.map((span) => span.sentence));
      const forcesFirst = forces && armed.every((c) => isGeneric(c.entry) && !unknown.has(c) && sentenceOf(c) > sentenceOf(forces));
      const actor1 = (forcesFirst ? side(forces) : side(armed[0])) ?? side(forces) ?? fallback;
      return { actor1, actor2: victims };
    }
    case 'Explosions/Remote violence': {
      // Shells or a strike that killed or wounded only civilians hit civilians, whoever else the report names.
      // Read in the first sentence that says whom the toll is about ("killing at least 15 civilians"), not in a
      // later disputed account.
      // A toll of people of no known side ("killing four of them") leads too: a later account that some were
      // civilians disputes it.
      const told = report ? report.doc.casualties.filter((c) => report.sentences.includes(c.sentence) && c.count > 0 && c.role !== 'arrested') : [];
      const lead = told.length ? Math.min(...told.map((c) => c.sentence)) : -1;
      const hurt = told.filter((c) => c.sentence === lead && c.side !== 'unknown');
      const onCivilians = hurt.some((c) => c.side === 'civilians') && !hurt.some((c) => c.side === 'forces' || c.side === 'attackers');
      if (type.sub_event_type === 'Air/drone strike') {
        // Most strikes are a state's; a group the report blames for the strike ("the army blamed the RSF") made it.
        const author = claim?.blamed ? armed.find((c) => c.entry.id === claimant) : undefined;
        const struck = onCivilians ? victims : side(armed.find((c) => c !== author)) ?? side(civilians[0]) ?? null;
        return { actor1: side(author) ?? allied(allForces) ?? fallback, actor2: struck };
      }
      // "Russian missiles slammed into ...": the force named by what it fired is the author.
      const firing = allForces.filter((c) => c.spans.some((span) => span.fired));
      const actor1 = allied(firing) ?? side(armed[0]) ?? fallback;
      // Shells on a base two forces share ("the joint MINUSMA and Barkhane camp") hit both.
      const hit = allied(allForces.filter((c) => !firing.includes(c)));
      const target = (onCivilians ? victims : null) ?? hit ?? side(armed[firing.length ? 0 : 1]) ?? side(civilians[0]);
      // A planted or thrown device that hit no force hit civilians (ACLED codes them as its target).
      const civilianDefault = ['Remote explosive/landmine/IED', 'Grenade', 'Suicide bomb'].includes(type.sub_event_type);
      return { actor1, actor2: target ?? (civilianDefault ? victims : null) };
    }
    case 'Battles': {
      // ACLED puts the side that attacked first; in the Sahel that is most often the non-state group. A battle
      // has two sides: rebels or unknown gunmen against the state's forces and the militias fighting with them
      // ("GATIA and MSA militiamen backed by French forces raided an ISGS camp"), the allies being associated actors.
      const rebels = armed.filter((c) => c.entry.inter === 'Rebel group' || isGeneric(c.entry));
      const militias = armed.filter((c) => !rebels.includes(c));
      if (forces) {
        // The state's auxiliaries (VDP) fight beside its forces: with no one else named, the attackers are unknown.
        const enemy = rebels[0] ?? armed.find((c) => !lexicon.isAuxiliary(c.entry));
        // The force named first is the one attacked or attacking, those named after it its allies ("attacked a base
        // of ATMIS ... the Somali army"); the government that sent them comes last.
        const ordered = (c: Candidate) => Number(c.entry.id.startsWith('government:'));
        const fought = [...allForces].sort((a, b) => ordered(a) - ordered(b) || a.first - b.first);
        if (!enemy) return { actor1: fallback, actor2: allied([...fought, ...armed]) };
        return { actor1: side(enemy)!, actor2: allied([...fought, ...armed.filter((c) => c !== enemy)]) };
      }
      // Without forces, the side named first comes first.
      if (rebels.length && militias.length) {
        const [first, second] = rebels[0].first < militias[0].first ? [[rebels[0]], militias] : [militias, [rebels[0]]];
        return { actor1: allied(first)!, actor2: allied(second) };
      }
      // A named group alone fought someone the report does not name.
      if (armed.length === 1) return { actor1: side(armed[0])!, actor2: isGeneric(armed[0].entry) ? null : fallback };
      return { actor1: side(armed[0]) ?? fallback, actor2: side(armed[1]) };
    }
    default: {
      const actor1 = side(armed[0]) ?? side(forces) ?? side(rioters[0]) ?? side(protesters[0]) ?? fallback;
      if (type.sub_event_type === 'Looting/property destruction') {
        // Property destroyed or looted is civilians' unless a force's post or camp was the target.
        const target = actor1.entry.inter !== 'State forces' && forces && forces.entry.id !== actor1.entry.id ? side(forces) : null;
        return { actor1, actor2: side(civilians[0]) ?? target ?? victims };
      }
      const rest = all.find((c) => c.entry.id !== actor1.entry.id && c.entry.inter !== 'Civilians');
      // Armed men's threats, closures of schools and the like ("militants ordered the school closed") are aimed at civilians.
      const menaced = type.sub_event_type === 'Other' && NON_STATE_ARMED.includes(actor1.entry.inter);
      return { actor1, actor2: side(rest) ?? (civilians.length || menaced ? victims : null) };
    }
  }
}
