/**
 * The event type and sub-event type of one event, from its cues, its victims and its actors, by ACLED's
 * codebook: the hierarchy puts protests and riots by who acts, explosions by the weapon unless they happen in
 * the course of a battle (then it is one Battles event), violence by who the target was (armed: Battles;
 * civilians: Violence against civilians), and the strategic developments last.
 */
import type { ActorSpan, CasualtySpan, Cue, TriggerSpan } from '../../doc/doc.js';
import type { EventType, SubEventType } from '../../schema/event.js';
import { wordSet } from '../../lang/words.js';

export interface Typing {
  event_type: EventType;
  sub_event_type: SubEventType;
  /** The trigger that decided it, for the evidence. */
  trigger: TriggerSpan | null;
}

export interface TypingInput {
  triggers: TriggerSpan[];
  casualties: CasualtySpan[];
  actors: ActorSpan[];
  /** The event's text mentions a military target ("a FAMa position", "the army's convoy"). */
  militaryTarget: boolean;
  /** An armed actor was the object of the violence ("killed a Koglweogo militiaman"): see targets.ts. */
  armedTarget: boolean;
  /** Sentences that recall other events (dated far from this one): their cues do not type it. See targets.ts. */
  recalled?: number[];
  /** Starts of fighting words followed by their sides ("fighting between"). See targets.ts. */
  between?: number[];
  /** Starts of crowd actors that were the victims of the violence ("killed three youths"). See targets.ts. */
  crowdVictims?: number[];
  /** Starts of the state's men told as off duty, retired or on leave: civilians, no armed side. See targets.ts. */
  offDuty?: number[];
  /** The place attacked was held by nobody: no armed side was there. See targets.ts. */
  emptyTarget?: boolean;
  /** Civilians were the object of the violence. See targets.ts. */
  civilianTarget?: boolean;
  /** Starts of crowds told armed ("armed youths"): a communal militia. See targets.ts. */
  armedCrowds?: number[];
  /** Starts of acts of violence that a demonstration denounces: its grievance. See targets.ts. */
  grievances?: number[];
  /** Starts of those acts of violence a demonstration denounces in its own clause. See targets.ts. */
  grievedInClause?: number[];
  /** Starts of attack words made with a remote weapon ("attacked by rockets"). See targets.ts. */
  armedWith?: number[];
  /** The event's sentences tell insecurity, threats or fear. See targets.ts. */
  insecurity?: boolean;
  /** Starts of gunfire only heard ("residents heard a loud bang followed by gunfire"). See events/index.ts. */
  heard?: number[];
}

/** The word forces use for enemies they killed, whatever the means: "neutralised two terrorists". */
const NEUTRALISED = /^neutrali[sz]/;
const EXPLOSIVES: [Cue, SubEventType][] = [
  ['suicide', 'Suicide bomb'],
  ['air_strike', 'Air/drone strike'],
  ['shelling', 'Shelling/artillery/missile attack'],
  ['grenade', 'Grenade'],
  ['ied', 'Remote explosive/landmine/IED'],
];

/** Attack words that name the event, not an act of fighting: "an IED attack", "the attacks". */
const ATTACK_NOUNS = wordSet('attack_nouns');
const ARMED_ROLES = new Set(['armed', 'military', 'police', 'gendarmes', 'communal', 'islamist']);
const STATE_ROLES = new Set(['military', 'police', 'gendarmes']);

/** An armed actor: a force or a group that bears arms, not civilians, protesters or rioters. */
export function isArmed(a: ActorSpan): boolean {
  if (a.actor) return a.actor.inter !== 'Civilians' && a.actor.inter !== 'Protesters' && a.actor.inter !== 'Rioters';
  return a.role !== null && ARMED_ROLES.has(a.role);
}

function isState(a: ActorSpan): boolean {
  if (a.actor) return a.actor.inter === 'State forces' || a.actor.inter === 'External/Other forces';
  return a.role !== null && STATE_ROLES.has(a.role);
}

/** Somebody was hurt: a count of people killed, wounded or abducted, or words of injury. */
function harmedBy(input: TypingInput): boolean {
  return input.casualties.some((c) => c.role !== 'arrested' && c.count > 0) || input.triggers.some((t) => !t.negated && t.cue === 'harm');
}

/** Attack words of violence on people, even when it hurt nobody: shooting at someone, assaulting someone. */
const AT_PEOPLE = wordSet('at_people');

/** Violence on people: somebody hurt, shot at or assaulted ("opened fire on villagers"; not "fired in the air"). */
function violenceOnPeople(input: TypingInput): boolean {
  return harmedBy(input) || input.triggers.some((t) => !t.negated && t.cue === 'attack' && AT_PEOPLE.has(t.phrase));
}

/** A civilian actor named before the first act of violence in its sentence: its subject, the perpetrator. */
function civilianPerpetrator(input: TypingInput): boolean {
  const violent = input.triggers.filter((t) => !t.negated && ['attack', 'kill', 'harm', 'abduct'].includes(t.cue));
  return input.actors.some((a) => {
    const civilian = a.role === 'civilians' || a.role === 'rioters' || a.actor?.inter === 'Civilians' || a.actor?.inter === 'Rioters';
    const act = violent.find((t) => t.sentence === a.sentence);
    return civilian && act !== undefined && a.end <= act.start;
  });
}

/**
 * Nouns that name fighting in general ("since the fighting began", "a new wave of fighting", "an offensive",
 * "combats"): a clash of this event only in a sentence that names an armed side.
 */
const WEAK_CLASH = wordSet('weak_clash');
/** Words of a blast that do not say what exploded. */
const BLAST_WORDS = wordSet('blast');
/** Damage nouns that, in a demonstration, are its grievance ("to protest against the destruction of stalls"). */
const GRIEVANCE = wordSet('grievance');

/** Measures only a state takes: a curfew is the state's change of activity even when no authority is named. */
const SECURITY_MEASURES = wordSet('security_measures');
/** Words of a public service closed or suspended ("the court closed down", "teachers suspended classes"). */
const CLOSINGS = wordSet('closings');
/** Agreement words that tell a release, not an accord. */
const RELEASES = wordSet('releases');

/** Ambush words that a weapon's name before them makes the blast itself: "an IED ambush", "mine ambushes". */
const NAMED_AMBUSHES = wordSet('ambush_nouns');
/** Words of armed men entering a place, which alone hurt no one. */
const INCURSIONS = wordSet('incursions');
/** Acts of violence a demonstration may denounce (see targets.ts). */
const GRIEVED_ACTS = new Set<Cue>(['attack', 'kill', 'harm', 'abduct', 'clash', 'mob']);
/** How close after a protest word the violence it denounces is named ("protest against intercommunal violence"). */
const GRIEVANCE_CHARS = 50;

/** Protest words that stop work rather than take to the streets. */
const WORK_STOPPAGE = wordSet('work_stoppage');

/** Mob words that only tell how someone was killed: done by an armed group or the state's men, it is their killing. */
const KILLING_MANNERS = wordSet('killing_manners');

/** Killings outside any fight or trial ("extrajudicial executions", "summarily executed"): their victims were unarmed. */
const EXTRAJUDICIAL = wordSet('extrajudicial');

/** A work stoppage told by one word, which may also be an attack's ("the strike hit the market"). */
const BARE_STRIKES = wordSet('bare_strikes');

/** Words of a mine being laid or going off in its layers' hands. */
const PLANTING = /planting|premature|accidental|poser|posant/;

/** Riot words of a crowd in the street, never of an armed group's raid (unlike "ransacked" or "torched"). */
const STREET_RIOT = /barricad|tyre|tire|stone|rock|pelted|riot|violent (?:protest|demonstration)|emeute|pneu|pierre/;

/**
 * The state's men off duty, retired or on leave are civilians (ACLED): they are no armed side, and the toll of
 * the state's forces told in their sentence is a toll of civilians.
 */
function offDutyAsCivilians(input: TypingInput): TypingInput {
  const offDuty = new Set(input.offDuty ?? []);
  if (!offDuty.size) return input;
  const actors = input.actors.filter((a) => !offDuty.has(a.start));
  const onDuty = new Set(actors.filter(isState).map((a) => a.sentence));
  const offIn = new Set(input.actors.filter((a) => offDuty.has(a.start)).map((a) => a.sentence));
  const casualties = input.casualties.map((c) =>
    c.side === 'forces' && offIn.has(c.sentence) && !onDuty.has(c.sentence) ? { ...c, side: 'civilians' as const } : c,
  );
  return { ...input, actors, casualties };
}

/** A crowd told armed ("armed youths", "villagers armed with rifles") is a communal militia, no crowd (ACLED). */
function armedCrowdsAsMilitias(input: TypingInput): TypingInput {
  const armed = new Set(input.armedCrowds ?? []);
  if (!armed.size) return input;
  return { ...input, actors: input.actors.map((a) => (armed.has(a.start) ? { ...a, actor: null, role: 'communal' } : a)) };
}

/** The type of the event, or null when the mention is no political violence or demonstration at all. */
export function decideType(given: TypingInput): Typing | null {
  const input = offDutyAsCivilians(armedCrowdsAsMilitias(given));
  const sidesIn = new Set(input.actors.filter((a) => !a.descriptive && (isArmed(a) || a.actor?.id.startsWith('ethnic-'))).map((a) => a.sentence));
  const recalled = new Set(input.recalled ?? []);
  const current = input.triggers.filter((t) => !t.negated && !recalled.has(t.sentence));
  const told = current.some((t) => t.cue !== 'movement' && t.cue !== 'threat') ? current : input.triggers.filter((t) => !t.negated);
  const demonstration = told.some((t) => t.cue === 'protest' || t.cue === 'riot');
  const generalFighting = (t: TriggerSpan) =>
    t.cue === 'clash' && WEAK_CLASH.has(t.phrase) && !demonstration && !sidesIn.has(t.sentence) && !(input.between ?? []).includes(t.start);
  // "Beaten to death by soldiers", "Dozos beat a thief to death": a killing by armed men, no mob, unless a mob is
  // told doing it ("an angry crowd beat him to death").
  const armedNamed = input.actors.some((a) => !a.descriptive && isArmed(a));
  const byCrowd = (t: TriggerSpan) =>
    told.some((c) => c.sentence === t.sentence && c.cue === 'mob' && !KILLING_MANNERS.has(c.phrase)) ||
    input.actors.some((a) => a.sentence === t.sentence && (a.role === 'rioters' || a.actor?.inter === 'Rioters'));
  // "A drone strike on a fair ... The strike hit the livestock area": a bare "strike" beside an air or missile
  // strike is that strike, no work stoppage.
  const remoteStrike = told.some((t) => t.cue === 'air_strike' || t.cue === 'shelling');
  const live = told
    .filter((t) => !generalFighting(t) && !(remoteStrike && t.cue === 'protest' && BARE_STRIKES.has(t.phrase)))
    .map((t) => (t.cue === 'mob' && KILLING_MANNERS.has(t.phrase) && armedNamed && !byCrowd(t) ? { ...t, cue: 'kill' as const } : t));
  const first = (cue: Cue) => live.find((t) => t.cue === cue) ?? null;
  const has = (cue: Cue) => live.some((t) => t.cue === cue);
  const result = (event_type: EventType, sub_event_type: SubEventType, trigger: TriggerSpan | null): Typing => ({
    event_type,
    sub_event_type,
    trigger,
  });

  // "No one was killed in the raid": a count in a sentence whose only kill words are negated is no death.
  const deniedDeaths = (c: CasualtySpan) =>
    input.triggers.some((t) => t.sentence === c.sentence && t.cue === 'kill' && t.negated) &&
    !input.triggers.some((t) => t.sentence === c.sentence && t.cue === 'kill' && !t.negated);
  const killed = input.casualties.filter((c) => c.role === 'killed' && c.count > 0 && !deniedDeaths(c));
  // Beside civilians counted killed, attackers told only vaguely ("neutraliser plusieurs terroristes", an army's
  // claim) are how the killing is told by those who did it, not a fight.
  const civiliansCounted = input.casualties.some((c) => c.side === 'civilians' && c.role === 'killed' && c.qualifier !== 'vague' && c.count > 0);
  const armedVictims = input.casualties.some(
    (c) => (c.side === 'forces' || (c.side === 'attackers' && !(civiliansCounted && c.qualifier === 'vague'))) && c.count > 0,
  );
  const civilianVictims = input.casualties.some((c) => c.side === 'civilians' && c.count > 0) || input.civilianTarget === true;
  const armed = input.actors.filter((a) => !a.descriptive && isArmed(a));
  const state = armed.some(isState);
  const nonState = armed.some((a) => !isState(a));
  const twoArmedSides = state && nonState;
  const protesters = input.actors.some((a) => a.role === 'protesters' || a.actor?.inter === 'Protesters');
  // Youths or students killed or abducted are victims, not rioters.
  const victims = new Set(input.crowdVictims ?? []);
  const rioters = input.actors.some((a) => (a.role === 'rioters' || a.actor?.inter === 'Rioters') && !victims.has(a.start));

  // Protests and riots: decided by who acts, before any violence words. Demonstrators who block roads, throw
  // stones, burn or clash with the police make a violent demonstration (a riot); police dispersing peaceful
  // demonstrators is a protest with intervention. A mob that lynches or ransacks, with no demonstration, is
  // mob violence.
  // A strike or a boycott with no march, sit-in or rally is no demonstration (ACLED records no strikes as protests):
  // a strategic development.
  const demands = live.filter((t) => t.cue === 'protest');
  const calm = !has('riot') && !has('intervention') && !has('clash') && !has('mob');
  if (demands.length && demands.every((t) => WORK_STOPPAGE.has(t.phrase)) && calm) {
    return result('Strategic developments', 'Other', demands[0]);
  }
  if (has('protest') || protesters) {
    const damage = live.some((t) => t.cue === 'loot' && !GRIEVANCE.has(t.phrase));
    // "to protest against intercommunal violence": violence named after the protest is its grievance.
    // So is what a demonstration is told to be against ("a march against the attempted lynching of an artist").
    const grievedInClause = new Set(input.grievedInClause ?? []);
    const grievance = (t: TriggerSpan) =>
      grievedInClause.has(t.start) ||
      (/violence|fighting/.test(t.phrase) &&
        live.some((p) => p.cue === 'protest' && p.sentence === t.sentence && p.end <= t.start && t.start - p.end <= GRIEVANCE_CHARS));
    const fight = live.find((t) => t.cue === 'clash' && !grievance(t)) ?? null;
    const mob = live.find((t) => t.cue === 'mob' && !grievance(t)) ?? null;
    // Youths or students who only march are demonstrators: a crowd riots by what it does.
    if (has('riot') || fight || damage || mob) {
      return result('Riots', 'Violent demonstration', first('riot') ?? fight ?? mob ?? first('protest'));
    }
    if (killed.length && (has('intervention') || state)) {
      return result('Protests', 'Excessive force against protesters', first('intervention') ?? first('protest'));
    }
    if (has('intervention') || has('arrest')) {
      return result('Protests', 'Protest with intervention', first('intervention') ?? first('arrest'));
    }
    // Demonstrators marching "against terrorist attacks" or "over the killing of a student" hurt nobody; nor
    // those who march "to demand justice for two activists killed in May", whose toll is the grievance's.
    const hurt = harmedBy(input);
    const grievances = new Set(input.grievances ?? []);
    const onlyGrieved = live.every((t) => !GRIEVED_ACTS.has(t.cue) || grievances.has(t.start));
    if (has('protest') && ((!hurt && !has('abduct')) || onlyGrieved)) return result('Protests', 'Peaceful protest', first('protest'));
  }
  // Rioters facing the police riot; a mob turning on people or property is mob violence.
  if (rioters && (state || has('intervention')) && !has('mob')) {
    return result('Riots', 'Violent demonstration', first('riot') ?? first('clash') ?? first('intervention'));
  }
  // Barricades, burning tyres and stones are a crowd's weapons: a violent demonstration even when no word says
  // "protest" ("traders barricaded roads in reaction to the abduction of a colleague": the abduction is its cause),
  // and youths who barricade streets demonstrate; a mob that lynches is mob violence.
  const streetRiot = live.find((t) => t.cue === 'riot' && STREET_RIOT.test(t.phrase));
  if (streetRiot && !has('mob')) return result('Riots', 'Violent demonstration', streetRiot);
  if (has('mob') || rioters) return result('Riots', 'Mob violence', first('mob') ?? first('riot') ?? first('clash'));

  // Violence by a crowd that is no armed group (students, youths, a mob) is mob violence.
  const violence = has('attack') || has('kill') || has('clash') || has('harm') || has('abduct');
  if (violence && armed.length === 0 && has('crowd') && (has('clash') || civilianPerpetrator(input))) {
    return result('Riots', 'Mob violence', first('clash') ?? first('attack') ?? first('kill') ?? first('harm') ?? first('abduct'));
  }

  // Sides that sign an accord: the fighting it ends is its background ("signed a peace accord; their militias have
  // fought each other this year"), unless the report tells people hurt.
  const signing = live.find((t) => t.cue === 'agreement' && /^(?:signed|signe)\s/.test(t.phrase));
  if (signing && !harmedBy(input) && !killed.length) return result('Strategic developments', 'Agreement', signing);

  // Violence against an armed target is a battle: the victims were soldiers or fighters, the target a post or
  // convoy, or the state's forces met a non-state armed group and no civilian was hurt. State forces that are
  // the only armed side are the perpetrators: what they do to people is violence against civilians.
  // A post attacked while nobody held it ("while it was unmanned") fought no one unless fighting or armed
  // victims are told. A post or convoy attacked is a battle even when no attacker is named: its men are a side.
  const battle =
    has('clash') ||
    ((has('attack') || has('kill')) &&
      (armed.length > 0 || (input.militaryTarget && !input.emptyTarget)) &&
      (armedVictims || (!input.emptyTarget && (input.militaryTarget || input.armedTarget || (twoArmedSides && !civilianVictims)))));

  // Gunfire, an ambush, a raid: fighting at close range, not only a blast ("an IED attack" is only a blast).
  // An ambush named by its weapon ("an IED ambush") is the blast, no gunfire.
  const blastNamed = (t: TriggerSpan) =>
    NAMED_AMBUSHES.has(t.phrase) &&
    live.some((e) => EXPLOSIVES.some(([cue]) => cue === e.cue) && e.sentence === t.sentence && e.end <= t.start && t.start - e.end <= 1);
  // Gunfire only heard after a blast ("heard a loud bang followed by gunfire as officers secured the area") says
  // nothing of who fired: no fighting told.
  const heard = new Set(input.heard ?? []);
  // So is an attack made with a weapon from afar ("the camp was attacked by rockets and mortars").
  const armedWith = new Set(input.armedWith ?? []);
  const directFire =
    has('clash') || live.some((t) => t.cue === 'attack' && !ATTACK_NOUNS.has(t.phrase) && !blastNamed(t) && !heard.has(t.start) && !armedWith.has(t.start));
  // The weapon told first is the event's ("shells slammed into a market" before a recalled "air strikes");
  // a suicide attack whatever else exploded.
  // By the sentence that first tells a specific weapon, then by ACLED's order; a bare "explosion" is no weapon.
  const toldIn = (cue: Cue) => Math.min(...live.filter((t) => t.cue === cue && !BLAST_WORDS.has(t.phrase)).map((t) => t.sentence));
  const weapons = EXPLOSIVES.filter(([cue]) => has(cue)).sort(
    ([a], [b]) => Number(b === 'suicide') - Number(a === 'suicide') || toldIn(a) - toldIn(b),
  );
  // Militants killed planting a mine, or by their own bomb going off early, disrupted its use (even when the
  // words name no weapon apart: "killed while planting an IED").
  const planting = live.find((t) => t.cue === 'defuse' && PLANTING.test(t.phrase)) ?? null;
  for (const [cue, sub] of weapons) {
    // Explosives seized in an operation that killed or fought militants are part of that battle ("killed fifteen
    // militants and seized arms and explosives").
    if (has('defuse') && (planting || !(has('clash') || (has('kill') && battle)))) {
      return result('Strategic developments', 'Disrupted weapons use', first('defuse'));
    }
    // An explosion in the course of a battle is part of the battle (ACLED), an air strike in support of
    // fighting on the ground too; so is a blast followed by gunfire where the state's forces are ("an IED
    // followed by gunfire hit a MINUSMA vehicle": a complex attack).
    // Fighters killed tell fighting ("the army killed three militants and seized IEDs"), unless, with no state
    // force there, fighters were the blast's target ("a vehicle carrying militiamen was struck by an IED, killing
    // one militiaman").
    const fallenFighters = input.casualties.some((c) => c.side === 'attackers') && (state || !input.armedTarget);
    // Air strikes called in after a ground attack that killed or wounded the state's men are part of that battle.
    const forcesHit = input.casualties.some((c) => c.side === 'forces' && c.count > 0 && c.role !== 'arrested');
    // "Its forces neutralised two terrorists", the striking force's word for those its strike killed, tells no fight.
    const groundFight = live.some((t) => t.cue === 'clash' && !NEUTRALISED.test(t.phrase));
    const fighting = cue === 'air_strike' ? groundFight || forcesHit : directFire || fallenFighters;
    if ((battle || (state && directFire)) && fighting) {
      return result('Battles', 'Armed clash', first('clash') ?? first(cue));
    }
    return result('Explosions/Remote violence', sub, first(cue));
  }

  if (planting && !has('clash')) return result('Strategic developments', 'Disrupted weapons use', planting);
  // An operation that only seized weapons or arrested people, no one hurt and no other fighting told ("a military
  // operation ... arms and ammunition were seized"), is what it achieved.
  const operationOnly =
    has('clash') && live.every((t) => t.cue !== 'clash' || /operation/.test(t.phrase)) && !has('attack') && !has('kill') && !harmedBy(input);
  if (operationOnly && has('defuse')) return result('Strategic developments', 'Disrupted weapons use', first('defuse'));
  if (operationOnly && has('arrest')) return result('Strategic developments', 'Arrests', first('arrest'));

  // Territory changes hands in a battle only when there was fighting: a town taken "without any fighting", "no
  // clashes were reported", or only said to be "under the control of" a group is a non-violent transfer (ACLED).
  const fought = violenceOnPeople(input) || has('attack') || has('kill') || has('clash') || killed.length > 0;
  if ((has('recapture') || has('overtake')) && !fought) {
    return result('Strategic developments', 'Non-violent transfer of territory', first('overtake') ?? first('recapture'));
  }
  if (has('recapture')) return result('Battles', 'Government regains territory', first('recapture'));
  if (has('overtake') && nonState) return result('Battles', 'Non-state actor overtakes territory', first('overtake'));
  if (has('sexual')) return result('Violence against civilians', 'Sexual violence', first('sexual'));

  const violent = has('attack') || has('kill') || has('clash') || has('harm');
  // An abduction followed by a killing is an attack (ACLED); so is one where people were also wounded, beaten or
  // shot at: abduction is its sub-event only when it is the only violence. One in the course of fighting is part
  // of the battle.
  if (has('abduct') && has('attempt') && !has('clash') && !harmedBy(input)) return result('Strategic developments', 'Other', first('attempt'));
  const hurtToo =
    input.casualties.some((c) => c.role === 'wounded' && c.count > 0) ||
    live.some((t) => t.cue === 'harm' || (t.cue === 'attack' && AT_PEOPLE.has(t.phrase)));
  if (has('abduct') && !has('kill') && !has('clash') && !killed.length && !hurtToo) {
    return result('Violence against civilians', 'Abduction/forced disappearance', first('abduct'));
  }
  // Nobody hurt: an attack that only burned or looted is property destruction; a foiled one is "Other".
  // An armed group's riot words of damage ("militants ransacked the school", "torched") are property destruction.
  const damage = first('loot') ?? live.find((t) => t.cue === 'riot' && !STREET_RIOT.test(t.phrase)) ?? null;
  const harmed = violenceOnPeople(input) || has('kill');
  if (violent && !harmed && !battle) {
    if (damage) return result('Strategic developments', 'Looting/property destruction', damage);
    // An incursion whose men only threatened people ("searching for a merchant and threatening his family") is
    // the group's show of presence: a change of activity, no attack.
    const entries = live.filter((t) => t.cue === 'attack' || t.cue === 'kill' || t.cue === 'clash' || t.cue === 'harm');
    if (has('threat') && entries.every((t) => INCURSIONS.has(t.phrase))) {
      return result('Strategic developments', 'Change to group/activity', entries[0]);
    }
    if (has('attempt')) return result('Strategic developments', 'Other', first('attempt'));
  }
  // Killings told extrajudicial or summary were of people held or unarmed: violence against civilians (ACLED), even
  // when those who did it claim to have killed militants, or fighting is recalled beside them.
  const extrajudicial = live.find((t) => t.cue === 'kill' && EXTRAJUDICIAL.has(t.phrase));
  if (extrajudicial && !has('clash')) return result('Violence against civilians', 'Attack', extrajudicial);
  if (violent) {
    const trigger = first('clash') ?? first('attack') ?? first('kill');
    if (battle || (twoArmedSides && !civilianVictims && !input.emptyTarget)) return result('Battles', 'Armed clash', trigger);
    return result('Violence against civilians', 'Attack', trigger);
  }
  // A coup with no fighting told is, in ACLED's codebook, a strategic development (Other): the arrest of the leaders
  // it overthrows ("le président en résidence surveillée, un de ses fils arrêté") is part of it.
  if (has('coup')) return result('Strategic developments', 'Other', first('coup'));
  // Prisoners who broke out of detention, with no violence told: a strategic development (Other).
  if (has('escape')) return result('Strategic developments', 'Other', first('escape'));
  // Without an armed actor: people who barricade or vandalise riot; property destroyed by unknown hands is
  // property destruction; security measures (a curfew, a state of emergency) are the state's own doing. Ministers
  // agreeing on energy are no event.
  if (!armed.length) {
    if (killed.length) return result('Violence against civilians', 'Attack', null);
    if (has('riot')) return result('Riots', 'Violent demonstration', first('riot'));
    if (has('loot')) return result('Strategic developments', 'Looting/property destruction', first('loot'));
    const government = input.actors.some((a) => a.role === 'government' || a.actor?.id.startsWith('government:'));
    const measure = live.find((t) => t.cue === 'movement' && SECURITY_MEASURES.has(t.phrase)) ?? null;
    if (measure || (government && has('movement'))) return result('Strategic developments', 'Change to group/activity', measure ?? first('movement'));
    // A public service closed or suspended for fear of violence, with no one hurt ("the court closed down and its staff
    // went home fearing for their lives", "teachers suspended classes over insecurity"): a strategic development
    // (Other). Schools closed for the heat are no event.
    const closing = live.find((t) => t.cue === 'threat' && CLOSINGS.has(t.phrase));
    if (closing && input.insecurity) return result('Strategic developments', 'Other', closing);
    // Communities that sign or agree to an accord ("Fulani and Dogon leaders signed an accord"); not a hostage
    // freed, nor "ceasefire talks were suspended".
    const accords = live.filter((t) => t.cue === 'agreement' && !RELEASES.has(t.phrase));
    const signed = accords.find((t) => /^(?:signed|signe)\s/.test(t.phrase));
    const agreed = live.some((t) => t.phrase === 'agreed to') ? accords[0] : undefined;
    const accord = signed ?? agreed;
    if (accord) return result('Strategic developments', 'Agreement', accord);
    return null;
  }
  if (has('defuse')) return result('Strategic developments', 'Disrupted weapons use', first('defuse'));
  // The police dispersing a crowd with tear gas: the crowd was demonstrating, even when no word says so.
  if (has('intervention') && has('crowd') && state) return result('Protests', 'Protest with intervention', first('intervention'));
  if (has('arrest')) return result('Strategic developments', 'Arrests', first('arrest'));
  if (damage) return result('Strategic developments', 'Looting/property destruction', damage);
  if (has('agreement')) return result('Strategic developments', 'Agreement', first('agreement'));
  if (has('base')) return result('Strategic developments', 'Headquarters or base established', first('base'));
  if (has('overtake')) return result('Strategic developments', 'Non-violent transfer of territory', first('overtake'));
  if (has('threat')) return result('Strategic developments', 'Other', first('threat'));
  if (has('movement')) return result('Strategic developments', 'Change to group/activity', first('movement'));
  if (killed.length) return result('Violence against civilians', 'Attack', null);
  return result('Strategic developments', 'Other', live[0] ?? null);
}
