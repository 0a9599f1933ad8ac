/**
 * What an event's violence was aimed at, read from word order: the actors after an active verb ("militants
 * killed a Koglweogo militiaman"), before a passive one ("ten Dozo hunters were ambushed by militants"), or
 * after "attack on/against" are the targets; an actor after "by" is the perpetrator. ACLED's first question
 * about violence is whether its target was armed (a battle) or not (violence against civilians).
 */
import type { ActorSpan, Doc, TriggerSpan } from '../../doc/doc.js';
import { isWord } from '../tokens.js';

/** Words naming a military or police installation or formation as the object of an attack. */
const MILITARY_TARGETS = new Set([
  'position', 'positions', 'post', 'posts', 'outpost', 'outposts', 'station', 'stations', 'brigade', 'commissariat',
  'gendarmerie', 'stronghold', 'base', 'bases', 'camp', 'convoy', 'convoys', 'patrol', 'patrols', 'checkpoint',
  'checkpoints', 'checkpost', 'barracks', 'garrison', 'detachment', 'poste', 'postes', 'caserne', 'detachement',
  'patrouille', 'installation', 'installations', 'escort', 'escorte',
]);
/** How far after an active verb (before a passive one) its object may stand. */
const OBJECT_WORDS = 5;
const VIOLENT = new Set(['attack', 'kill', 'harm', 'abduct']);
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'ete', 'est', 'sont', 'fut']);
const AGENT = new Set(['by', 'par']);
/** Plural attack nouns tell attacks in general ("accused the army of attacks on their positions"), not this one. */
const GENERAL_ACTS = new Set(['attacks', 'attaques', 'raids', 'ambushes', 'embuscades', 'incursions', 'killings', 'assassinats']);

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
}

const RECALL_DAYS = 20;

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
function isArmedActor(a: ActorSpan): boolean {
  return !a.descriptive && a.actor !== null && ['Rebel group', 'Political militia', 'Identity militia'].includes(a.actor.inter);
}

export function findTargets(doc: Doc, sentences: number[], triggers: TriggerSpan[], actors: ActorSpan[]): Targets {
  let armedTarget = false;
  let militaryTarget = false;
  for (const i of sentences) {
    const words = doc.sentenceTokens(i).filter(isWord);
    const acts = triggers.filter((t) => t.sentence === i && !t.negated && VIOLENT.has(t.cue) && !GENERAL_ACTS.has(t.phrase));
    const act = acts[0];
    if (!act) continue;
    const at = words.findIndex((w) => w.start === act.start);
    const passive = words.slice(Math.max(0, at - 3), at).some((w) => PASSIVE.has(w.norm));
    // "attacked a FAMa position", "an army checkpost was attacked"; not "policemen at the station shot a man".
    const end = words.findIndex((w) => w.start >= act.end);
    const object = passive ? words.slice(Math.max(0, at - OBJECT_WORDS), at) : words.slice(end < 0 ? words.length : end, (end < 0 ? words.length : end) + OBJECT_WORDS);
    if (object.some((w) => MILITARY_TARGETS.has(w.norm))) militaryTarget = true;
    const inSentence = actors.filter((a) => a.sentence === i && isArmedActor(a));
    const identity = (a: ActorSpan) => a.actor?.id ?? a.role;
    const perpetrators = new Set(inSentence.filter((a) => (passive ? a.start >= act.end : a.end <= act.start)).map(identity));
    for (const a of inSentence) {
      const before = words.filter((w) => w.end <= a.start);
      // "by unidentified assailants", "by 9 suspected fighters": the agent, not the target.
      const afterBy = before.slice(-3).some((w) => AGENT.has(w.norm));
      // "... and militants opened fire": the subject of a later act, not its object.
      const subject = acts.some((t) => t !== act && t.start >= a.end && t.start - a.end < 12);
      const target = passive ? a.end <= act.start : a.start >= act.end && !afterBy && !subject;
      if (target && !perpetrators.has(identity(a))) armedTarget = true;
    }
  }
  const between = triggers.filter((t) => t.cue === 'clash' && /^\s+(?:between|entre)\b/i.test(doc.text.slice(t.end, t.end + 10))).map((t) => t.start);
  return { armedTarget, militaryTarget, recalled: recalledSentences(doc, sentences), between };
}
