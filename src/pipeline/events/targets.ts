/**
 * What an event's violence was aimed at, read from word order: the actors after an active verb ("militants
 * killed a Koglweogo militiaman"), before a passive one ("ten Dozo hunters were ambushed by militants"), or
 * after "attack on/against" are the targets; an actor after "by" is the perpetrator. ACLED's first question
 * about violence is whether its target was armed (a battle) or not (violence against civilians).
 */
import type { ActorSpan, Doc, Token, TriggerSpan } from '../../doc/doc.js';
import { wordSet, wordTable } from '../../lang/words.js';

/** Words naming a military or police installation or formation as the object of an attack. */
const MILITARY_TARGETS = wordSet('military_targets');
/** Words that make a camp the dwelling of civilians: "an IDP camp", "a nomad camp", "camp de déplacés". */
const CIVILIAN_CAMP_WORDS = wordSet('civilian_camps');
const CAMPS = new Set(['camp', 'camps']);
/** Words that tell a post held by nobody: attacking it fights no one. */
const EMPTY = wordSet('empty');
/** Words that make a convoy civilian: "a mining company convoy", "a convoy of transport vehicles". */
const CIVILIAN_CONVOY_WORDS = wordSet('civilian_convoys');
const CONVOYS = new Set(['convoy', 'convoys', 'convoi', 'convois']);
/** Stations that serve the public: "a gas station", "the radio station", "station-service". */
const CIVILIAN_STATION_WORDS = wordSet('civilian_stations');
const STATIONS = new Set(['station', 'stations']);
/** How far from an act an armed actor may stand to be its object. */
const TARGET_WORDS = 8;
/** How far after an active verb (before a passive one) its object may stand. */
const OBJECT_WORDS = 5;
const VIOLENT = new Set(['attack', 'kill', 'harm', 'abduct']);
/** Auxiliaries of a passive, and the verbs of falling into an act ("fell into an ambush", "tombés dans une embuscade"). */
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'ete', 'est', 'sont', 'fut', 'fell', 'tombe', 'tombes', 'tombee', 'tombees']);
const AGENT = new Set(['by', 'par']);
/** Words that deny the person after them was hit: "no soldier had been hurt". */
const NONE = new Set(['no', 'not', 'aucun', 'aucune', 'nul', 'pas']);
/** Words of insecurity, threats or fear. */
const INSECURITY = wordSet('insecurity');
/** Plural attack nouns tell attacks in general ("accused the army of attacks on their positions"), not this one. */
const GENERAL_ACTS = wordSet('general_acts');

export interface Targets {
  /** A named armed group or militia was on the receiving end. */
  armedTarget: boolean;
  /** The object of the violence is a military target ("attacked a FAMa position", "the army's convoy was ambushed"). */
  militaryTarget: boolean;
  /**
   * Sentences of the event dated weeks or years away from its first date ("Fighting erupted in August last
   * year", "retook the town in August 2021"): they recall other events, and their cues do not type this one.
   */
  recalled: number[];
  /** Starts of fighting words that name their sides right after: "fighting between Fulani and Bambara". */
  between: number[];
  /** Starts of crowd actors ("youths", "students") that were the object of the violence: its victims, no rioters. */
  crowdVictims: number[];
  /** Starts of the state's men told as off duty, retired or on leave ("a retired policeman"): civilians then. */
  offDuty: number[];
  /** The place attacked was held by nobody ("attacked the police station while it was unmanned"). */
  emptyTarget: boolean;
  /** Starts of crowds told armed ("armed youths", "villagers armed with rifles"): a militia then, no rioters. */
  armedCrowds: number[];
  /**
   * Starts of acts of violence that a demonstration denounces ("marched to demand justice for two activists
   * killed in May", "a sit-in against the abductions"): its grievance, not violence of this event.
   */
  grievances: number[];
  /**
   * The grievances told in the protest word's own clause ("marched against the attempted lynching of an artist"),
   * not after a break or a word of consequence ("a protest ... resulted in confrontations").
   */
  grievedInClause: number[];
  /** Civilians were the object of the violence ("beheaded six civilians"), whether or not a count was read. */
  civilianTarget: boolean;
  /** Starts of attack words whose weapon follows ("attacked by rockets", "attaqué au mortier"): the blast itself. */
  armedWith: number[];
  /** The event's sentences tell insecurity, threats or fear: why a court or a school closes (see typing.ts). */
  insecurity: boolean;
}

const RECALL_DAYS = 20;

/**
 * Words that make a soldier or policeman a civilian at the time of the violence (ACLED codes state forces not on
 * duty as civilians): before the noun ("a retired policeman", "an off-duty soldier", "un ancien gendarme", "the homes
 * of several policemen"), or right after it ("peacekeepers on leave", "a guard on a family visit", "un policier en
 * congé", "a sergeant of the gendarmerie at his home").
 */
const OFF_DUTY_BEFORE = /(?:^| )(?:retired|off duty|off-duty|former|ex|retraite|ancien|anciens|ancienne)(?: |$)/;
const OFF_DUTY_AFTER = /^(?:(?:who|qui) (?:was|were|etait|etaient) )?(?:off duty|on leave|on (?:a|his|their) (?:family visit|holiday|vacation|leave)|en (?:conge|permission|retraite|vacances)|a la retraite|hors service|(?:at|in) (?:his|her|their) homes?(?! base)|a (?:son|leur) domicile|chez (?:lui|eux))(?: |$)/;
/** Civilians who work for a force, named right after it: "a police interpreter", "a MINUSMA contractor". */
const CIVILIAN_STAFF = wordSet('civilian_staff');
/** At home, the state's men are off duty: "the homes of several policemen", "le domicile d'un gendarme". */
const HOME_OF = /(?:^| )(?:home|homes|house|houses|residence|residences|domicile|domiciles|maison|maisons) (?:of|de|du|des|d)(?: |$)/;

/** A soldier, policeman or gendarme, named or by a role word. */
function isStateMan(a: ActorSpan): boolean {
  if (a.actor) return a.actor.inter === 'State forces' || a.actor.inter === 'External/Other forces';
  return a.role === 'military' || a.role === 'police' || a.role === 'gendarmes';
}

/** The state's men told as off duty, retired or on leave, and its civilian staff: the starts of their actor spans. */
function offDutyActors(doc: Doc, sentences: number[], actors: ActorSpan[]): number[] {
  const out: number[] = [];
  for (const i of sentences) {
    const words = doc.sentenceWords(i);
    for (const a of actors) {
      if (a.sentence !== i || !isStateMan(a)) continue;
      const k = words.findIndex((w) => w.start >= a.start);
      const inside = words.filter((w) => w.start >= a.start && w.end <= a.end);
      const before = [...words.slice(Math.max(0, k - 2), k), ...inside.slice(0, -1)].map((w) => w.norm).join(' ');
      const next = words.findIndex((w) => w.start >= a.end);
      const after = (next < 0 ? [] : words.slice(next, next + 6)).map((w) => w.norm).join(' ');
      const home = [...words.slice(Math.max(0, k - 3), k), ...inside.slice(0, -1)].map((w) => w.norm).join(' ');
      // "a police interpreter", "a MINUSMA contractor": a civilian who works for the force, not one of its men.
      const staff = CIVILIAN_STAFF.has(words[next]?.norm ?? '');
      if (OFF_DUTY_BEFORE.test(before) || OFF_DUTY_AFTER.test(after) || HOME_OF.test(home) || staff) out.push(a.start);
    }
  }
  return out;
}

/**
 * Weapons a crowd may carry and stay a crowd (ACLED: rioters wield sticks and stones; a crowd with guns or blades
 * is a militia).
 */
const CROWD_WEAPONS = wordSet('crowd_weapons');
const ARMED = new Set(['armed', 'armes', 'armee', 'arme']);
const WITH = new Set(['with', 'de']);
/** Acts that need firearms, right after a crowd: it is armed. */
const FIREARM_ACTS = wordTable('firearm_acts');
/** Weapons that make those who wield them armed: blades and guns. */
const BLADES_GUNS = wordSet('blades_guns');

/**
 * Crowds (youths, students, villagers) told armed, other than with sticks or stones, or told shooting or wielding
 * blades: the starts of their spans.
 */
export function armedCrowdActors(doc: Doc, sentences: number[], actors: ActorSpan[]): number[] {
  const out: number[] = [];
  for (const i of sentences) {
    const words = doc.sentenceWords(i);
    for (const a of actors) {
      const crowd = a.role === 'rioters' || a.role === 'civilians' || a.actor?.inter === 'Rioters' || a.actor?.inter === 'Civilians';
      if (a.sentence !== i || !crowd) continue;
      const k = words.findIndex((w) => w.start >= a.start);
      const inside = words.filter((w) => w.start >= a.start && w.end <= a.end);
      // "armed youths", "des jeunes armés": the word right before the crowd or its first word, or right after it.
      const before = [words[k - 1], inside[0]].some((w) => w !== undefined && w.norm === 'armed');
      const next = words.findIndex((w) => w.start >= a.end);
      const after = next < 0 ? [] : words.slice(next, next + 5);
      // "youths armed with rifles", "villagers from Zamana armed with guns": not "armed with sticks".
      const at = after.findIndex((w) => ARMED.has(w.norm));
      const withWeapon = at >= 0 && (!WITH.has(after[at + 1]?.norm ?? '') || !CROWD_WEAPONS.has(after[at + 2]?.norm ?? ''));
      // A crowd that shoots or wields blades bears arms: "youths ambushed the militants", "Fulani youths returned
      // fire", "two student factions clashed with machetes".
      const fires = FIREARM_ACTS.within(after, 0, after.length);
      const wields = after.some((w, j) => WITH.has(w.norm) && BLADES_GUNS.has(after[j + 1]?.norm ?? ''));
      if (before || withWeapon || fires || wields) out.push(a.start);
    }
  }
  return out;
}

/** Words that tie a demonstration to what it denounces: "protest against", "march demanding justice for". */
const GRIEVANCE_LINKS = new Set([
  'against', 'over', 'demanding', 'demand', 'denounce', 'denouncing', 'condemn', 'condemning', 'justice', 'reaction',
  'response', 'protest', 'memory', 'commemorate', 'contre', 'denoncer', 'reclamer', 'exiger', 'condamner', 'suite', 'memoire',
]);
const CONSEQUENCES = wordSet('consequence_verbs');
const GRIEVED = new Set(['attack', 'kill', 'harm', 'abduct', 'clash', 'mob']);

/** Acts of violence told after a protest word and a word that makes them what it denounces, in one sentence. */
function grievanceActs(doc: Doc, sentences: number[], triggers: TriggerSpan[], oneClause = false): number[] {
  const out: number[] = [];
  for (const i of sentences) {
    const protests = triggers.filter((t) => t.sentence === i && !t.negated && t.cue === 'protest');
    if (!protests.length) continue;
    const words = doc.sentenceWords(i);
    for (const t of triggers) {
      if (t.sentence !== i || !GRIEVED.has(t.cue)) continue;
      const p = protests.find((q) => q.end <= t.start);
      if (!p) continue;
      const between = words.filter((w) => w.start >= p.start && w.end <= t.start);
      // In one clause, not after a break or a word of consequence: "a protest against a developer, street fighting
      // erupted", "a protest ... resulted in confrontations" tell violence of the demonstration itself; a verb there
      // is the demonstrators' own act ("traders demonstrating against taxes clashed with the police").
      const ownClause = !/[,;:]/.test(doc.text.slice(p.end, t.start)) && !between.some((w) => CONSEQUENCES.has(w.norm)) && !/ed$/.test(t.phrase);
      if (between.some((w) => GRIEVANCE_LINKS.has(w.norm)) && (ownClause || !oneClause)) out.push(t.start);
    }
  }
  return out;
}

/** Cues of weapons that strike from afar or explode. */
const REMOTE_WEAPONS = new Set(['air_strike', 'shelling', 'grenade', 'ied', 'suicide']);
/** Words that name what an attack was made with: "attacked by rockets", "attacked with mortars", "au mortier". */
const INSTRUMENT = /^\s+(?:by|with|using|au|aux|a l|par|avec)\s+(?:\S+\s+){0,2}$/i;

/** Attack words followed by the remote weapon they were made with (see Targets). */
function weaponAttacks(doc: Doc, sentences: number[], triggers: TriggerSpan[]): number[] {
  const out: number[] = [];
  for (const t of triggers) {
    if (!sentences.includes(t.sentence) || t.cue !== 'attack') continue;
    const weapon = triggers.find((e) => e.sentence === t.sentence && REMOTE_WEAPONS.has(e.cue) && e.start >= t.end && e.start - t.end <= 30);
    if (weapon && INSTRUMENT.test(doc.text.slice(t.end, weapon.start).replace(/'/g, ' '))) out.push(t.start);
  }
  return out;
}

function recalledSentences(doc: Doc, sentences: number[]): number[] {
  const dates = doc.dates.filter((d) => sentences.includes(d.sentence) && d.anchor !== 'previous');
  const reference = dates.find((d) => d.date !== null);
  if (!reference) return [];
  const ref = Date.parse(reference.date!);
  const out = new Set<number>();
  for (const d of dates) {
    if (d.sentence === reference.sentence) continue;
    const far = d.date ? Math.abs(Date.parse(d.date) - ref) / 86_400_000 > RECALL_DAYS : d.year !== null && d.year !== Number(reference.date!.slice(0, 4));
    if (far) out.add(d.sentence);
  }
  return [...out];
}

/**
 * A named armed group or militia. Bare role words are left out: "a police interpreter" or "the soldier's
 * wife" name civilians as often as armed men; soldiers and police as targets show in the casualty counts.
 */
/**
 * A camp of civilians: one qualified by a civilian word ("an IDP camp", "camp de réfugiés"), by a community
 * ("a Tuareg camp", "an Idarfane camp": a capitalised name that is no armed actor and no place), not by an
 * armed one ("a FAMa camp", "an ISGS camp", "the army camp").
 */
/** A convoy of civilians: a civilian word within two words of it ("a mining company convoy", "a convoy of trucks"). */
function civilianConvoy(words: Token[], k: number): boolean {
  return [...words.slice(Math.max(0, k - 2), k), ...words.slice(k + 1, k + 4)].some((w) => CIVILIAN_CONVOY_WORDS.has(w.norm));
}

function civilianCamp(doc: Doc, words: Token[], k: number, actors: ActorSpan[]): boolean {
  const near = [words[k - 1], words[k + 1], words[k + 2]].filter((w): w is Token => w !== undefined);
  if (near.some((w) => CIVILIAN_CAMP_WORDS.has(w.norm))) return true;
  const before = words[k - 1];
  if (!before?.capitalized || before.text === before.text.toUpperCase()) return false;
  const within = (s: { start: number; end: number }) => before.start >= s.start && before.end <= s.end;
  const actor = actors.find(within);
  if (actor) return actor.actor?.inter === 'Civilians' || actor.role === 'civilians';
  return !doc.places.some(within);
}

/** A crowd: youths, students, rioters, whom the actors stage reads as rioters. */
function isCrowd(a: ActorSpan): boolean {
  return a.role === 'rioters' || a.actor?.inter === 'Rioters';
}

function isArmedActor(a: ActorSpan): boolean {
  return !a.descriptive && a.actor !== null && ['Rebel group', 'Political militia', 'Identity militia'].includes(a.actor.inter);
}

/**
 * An act told in the passive: after an auxiliary ("was attacked"), before its agent ("a convoy attacked by
 * militants"), or right after the target it names, headline style ("Malian army post attacked overnight").
 */
function isPassive(words: Token[], act: TriggerSpan): boolean {
  const k = words.findIndex((w) => w.start === act.start);
  const after = words.find((w) => w.start >= act.end);
  return (
    words.slice(Math.max(0, k - 3), k).some((w) => PASSIVE.has(w.norm)) ||
    (after !== undefined && AGENT.has(after.norm)) ||
    agentSoonAfter(words, act) ||
    // "army post attacked", "convoy ambushed"; not "a convoy opened fire", whose verb is active.
    (act.cue === 'attack' && !act.phrase.includes(' ') && k > 0 && MILITARY_TARGETS.has(words[k - 1].norm)) ||
    // Headline style, the post then its place, then the verb and when: "FAMa checkpoint in Gossi attacked around 18h".
    (act.phrase === 'attacked' &&
      after !== undefined &&
      HEADLINE_TIME.has(after.norm) &&
      words.slice(Math.max(0, k - 4), k).some((w) => MILITARY_TARGETS.has(w.norm)))
  );
}

/** How far after a participle its agent may come: "attacked in Hombori by presumed GATIA". */
const AGENT_WORDS = 4;
/** Words that start another clause, whose agent is its own: "wounded and his vehicle seized by the assailants". */
const CONJUNCTIONS = wordSet('clause_links');

/**
 * A participle whose agent follows a short phrase of place or time, in one clause ("attacked in Hombori by
 * militants", "ambushed on Monday by gunmen"); not "by" before a gerund ("killed them by shooting").
 */
function agentSoonAfter(words: Token[], act: TriggerSpan): boolean {
  if (!/ed$|e$|es$/.test(act.phrase)) return false;
  const k = words.findIndex((w) => w.start >= act.end);
  if (k < 0) return false;
  for (let j = k; j < Math.min(words.length, k + AGENT_WORDS + 1); j++) {
    // More than a space between two words is punctuation: the clause has ended.
    if ((j > k ? words[j - 1].end : act.end) + 1 < words[j].start || CONJUNCTIONS.has(words[j].norm)) return false;
    if (AGENT.has(words[j].norm)) return j > k && !/ing$/.test(words[j + 1]?.norm ?? '');
  }
  return false;
}

/** Words of time right after a headline's verb: "attacked overnight", "attacked last night", "attacked around 18h". */
const HEADLINE_TIME = new Set(['overnight', 'last', 'yesterday', 'around', 'early', 'late', 'tonight', 'today', 'this']);

/** Attack nouns whose object follows "on" or "against": "an attack on", "an ambush against". */
const ATTACK_NOUNS_ON = wordSet('attack_nouns_on');
const ON = new Set(['on', 'against', 'upon', 'targeting', 'contre', 'sur', 'visant']);
/** Words that tell an act as the cause of another: "in response to an attack", "en représailles à". */
const CAUSES = wordSet('reprisal');
/** How far after an attack noun its "on" may come ("an attack by nine suspected fighters on the post"). */
const ON_WORDS = 6;

/**
 * Where the object of an act may stand, as word ranges with the act: after an active verb, before a passive one,
 * after the "on" of an attack noun.
 */
interface ObjectWindow {
  from: number;
  to: number;
  act: TriggerSpan;
  /** Before a passive verb or after the "on" of an attack noun: only a target stands there, never a subject. */
  strict: boolean;
}

function objectWindows(words: Token[], t: TriggerSpan): ObjectWindow[] {
  const at = words.findIndex((w) => w.start === t.start);
  const end = words.findIndex((w) => w.start >= t.end);
  const after = end < 0 ? words.length : end;
  const windows: ObjectWindow[] = [
    isPassive(words, t)
      ? { from: Math.max(0, at - OBJECT_WORDS), to: at, act: t, strict: true }
      : { from: after, to: Math.min(words.length, after + OBJECT_WORDS), act: t, strict: false },
  ];
  if (ATTACK_NOUNS_ON.has(t.phrase)) {
    const on = words.slice(after, after + ON_WORDS).findIndex((w) => ON.has(w.norm));
    if (on >= 0) windows.push({ from: after + on + 1, to: Math.min(words.length, after + on + 1 + OBJECT_WORDS), act: t, strict: true });
  }
  return windows;
}

export function findTargets(doc: Doc, sentences: number[], triggers: TriggerSpan[], actors: ActorSpan[]): Targets {
  let armedTarget = false;
  let militaryTarget = false;
  const crowdVictims: number[] = [];
  const offDuty = offDutyActors(doc, sentences, actors);
  let emptyTarget = false;
  let civilianTarget = false;
  const recalled = recalledSentences(doc, sentences);
  // A sentence that recalls another event ("began in 2017 with an attack on police stations") tells its targets.
  for (const i of sentences.filter((k) => !recalled.includes(k))) {
    const words = doc.sentenceWords(i);
    const acts = triggers.filter((t) => t.sentence === i && !t.negated && VIOLENT.has(t.cue) && !GENERAL_ACTS.has(t.phrase));
    const act = acts[0];
    if (!act) continue;
    const passive = isPassive(words, act);
    // "in response to an attack on a checkpoint": the cause told, another event; its object is not this one's.
    const cause = (t: TriggerSpan) => {
      const k = words.findIndex((w) => w.start === t.start);
      return words.slice(Math.max(0, k - 4), k).some((w) => CAUSES.has(w.norm));
    };
    const windows = acts.filter((t) => t === act || !cause(t)).flatMap((t) => objectWindows(words, t));
    // "attacked a FAMa position", "an army checkpost was attacked", "an attack by gunmen on an army post"; not
    // "policemen at the station shot a man", nor a post the sentence tells empty ("while it was unmanned").
    const empty = words.some((w) => EMPTY.has(w.norm));
    if (empty) emptyTarget = true;
    for (const { from, to, act: t } of empty ? [] : windows) {
      for (let k = from; k < to; k++) {
        const norm = words[k].norm;
        if (!MILITARY_TARGETS.has(norm)) continue;
        if ((CAMPS.has(norm) && civilianCamp(doc, words, k, actors)) || (CONVOYS.has(norm) && civilianConvoy(words, k))) continue;
        if (STATIONS.has(norm) && [words[k - 1], words[k + 1]].some((w) => w !== undefined && CIVILIAN_STATION_WORDS.has(w.norm))) continue;
        // "a sergeant of the gendarmerie at his home": a man off duty, not the post.
        if (actors.some((a) => offDuty.includes(a.start) && words[k].start >= a.start && words[k].end <= a.end)) continue;
        // "shot dead a civilian at a checkpoint": the civilian was the object, the checkpoint only the place.
        const [lo, hi] = words[k].start < t.start ? [words[k].end, t.start] : [t.end, words[k].start];
        if (actors.some((a) => a.sentence === i && a.start >= lo && a.end <= hi && (a.role === 'civilians' || a.actor?.inter === 'Civilians'))) continue;
        militaryTarget = true;
      }
    }
    const identity = (a: ActorSpan) => a.actor?.id ?? a.role;
    const wordIndex = (a: ActorSpan) => words.findIndex((w) => w.start >= a.start);
    // "by unidentified assailants", "by 9 suspected fighters": the agent, not the target.
    const agent = (a: ActorSpan) => words.slice(Math.max(0, wordIndex(a) - 3), wordIndex(a)).some((w) => AGENT.has(w.norm));
    const inSentence = actors.filter((a) => a.sentence === i && isArmedActor(a));
    const perpetrators = new Set(inSentence.filter((a) => (passive ? agent(a) : a.end <= act.start)).map(identity));
    const wordsBetween = (a: { end: number }, b: { start: number }) => words.filter((w) => w.start >= a.end && w.end <= b.start).length;
    const isObject = (a: ActorSpan) => {
      if (agent(a)) return false;
      // "... and militants opened fire": the subject of a later act, not its object.
      // Not across a clause break: "wounding two youths, one succumbed" leaves the youths the object.
      const subject = acts.some((t) => t !== act && t.start >= a.end && t.start - a.end < 12 && !/[,;:]/.test(doc.text.slice(a.end, t.start)));
      // The object of one of the acts, a few words from it: "militants assassinated a man; he was against Ansaroul
      // Islam" targets no group.
      // After an attack noun, only what follows its "on" is its object: "an incursion of Boko Haram fighters".
      return (
        acts.some((t) =>
          isPassive(words, t)
            ? a.end <= t.start && wordsBetween(a, t) <= TARGET_WORDS
            : !ATTACK_NOUNS_ON.has(t.phrase) && a.start >= t.end && wordsBetween(t, a) <= TARGET_WORDS && !subject,
        ) || windows.some((w) => w.strict && !isPassive(words, w.act) && wordIndex(a) >= w.from && wordIndex(a) < w.to)
      );
    };
    if (inSentence.some((a) => !perpetrators.has(identity(a)) && isObject(a))) armedTarget = true;
    // The state's forces named as the object: "the Malian army was attacked", "an attack on FAMa", "soldiers fell
    // into an ambush"; not "killed a
    // MINUSMA contractor" (active objects are often its civilians) nor a perpetrator told by "by".
    const state = actors.filter(
      (a) => a.sentence === i && !a.descriptive && !offDuty.includes(a.start) && isStateMan(a) && !NONE.has(words[wordIndex(a) - 1]?.norm ?? ''),
    );
    const strictly = (a: ActorSpan) => windows.some((w) => w.strict && wordIndex(a) >= w.from && wordIndex(a) < w.to);
    if (state.some((a) => !agent(a) && strictly(a))) armedTarget = true;
    for (const a of actors) if (a.sentence === i && isCrowd(a) && isObject(a)) crowdVictims.push(a.start);
    // "insurgents beheaded six civilians", "villagers were massacred": civilians are the object of the violence.
    if (actors.some((a) => a.sentence === i && !a.descriptive && (a.role === 'civilians' || a.actor?.inter === 'Civilians') && isObject(a))) civilianTarget = true;
  }
  const between = triggers.filter((t) => t.cue === 'clash' && /^\s+(?:between|entre)\b/i.test(doc.text.slice(t.end, t.end + 10))).map((t) => t.start);
  const armedCrowds = armedCrowdActors(doc, sentences, actors);
  const armedWith = weaponAttacks(doc, sentences, triggers);
  const grievances = grievanceActs(doc, sentences, triggers);
  const grievedInClause = grievanceActs(doc, sentences, triggers, true);
  const insecurity = sentences.some((i) => doc.sentenceWords(i).some((w) => INSECURITY.has(w.norm)));
  return { armedTarget, militaryTarget, recalled, between, crowdVictims, offDuty, emptyTarget, civilianTarget, armedCrowds, grievances, grievedInClause, armedWith, insecurity };
}
