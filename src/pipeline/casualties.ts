/**
 * Casualties: counts of people killed, wounded, arrested or abducted, and who they were.
 *
 * What is counted:
 * - a number ("three soldiers", "at least 21", "dozens");
 * - a noun phrase of one person: "a farmer", "another", "the mayor", "his son" ("the" and "his" only as the
 *   object of a casualty verb, "shot dead the mayor", or the subject of a passive one, "the mayor was killed");
 * - a bare singular noun opening a headline-style sentence ("Health worker assassinated in X");
 * - weakly, when the sentence gives no other death: a pronoun for people counted before ("arrested six men and
 *   executed them", "he later died"), "their bodies", or a noun of one killing ("an assassination", "a body").
 *
 * A count takes its role from the words after it ("three soldiers were killed", "7 assailants neutralized",
 * "six wounded") or from the verb before it ("killing one villager and 3 miners"): the nearer wins, except that
 * a verb reached across "and" or a comma, or a passive one ("were killed and three were wounded"), gives way
 * to a role after the count. Coordinated counts share the role after the last ("four soldiers and a civilian
 * were killed"); a parenthesis or an aside between commas is skipped ("10 hunters (Bambara) were killed").
 * A count that is the subject of an active verb ("30 gunmen killed 2 soldiers") is not the verb's victims. A
 * count inside "including a civilian" or in a parenthesis after another count is part of it, not counted again.
 * How counts become an event's fatalities is decided in events/fatalities.ts.
 */
import type { ActorSpan, CasualtyRole, CasualtySpan, Doc, NumberSpan, Side, Stage, Token } from '../doc/doc.js';
import { startsWithDigit } from '../doc/text.js';
import type { LanguageData } from '../lang/index.js';
import { wordSet } from '../lang/words.js';

const FORWARD_WINDOW = 10;
/** A count this large is a population ("two million displaced"), not people hurt in one event. */
const POPULATION = 1_000_000;
/** Words after "including" / "dont" in which the breakdown of a toll names its side. */
const BREAKDOWN_WINDOW = 6;
/** Words after people are taken that may tell them killed: "arrested by the army in the village were executed". */
const TAKEN_WINDOW = 16;
const BACKWARD_WINDOW = 9;
/** Words a noun phrase of one person may run to after its determiner. */
const MAX_NP = 6;
/** Words an aside between commas or a parenthesis may run to before it is given up. */
const MAX_ASIDE = 14;
/** Words a person's name in an apposition may run to: ", Musa Ibrahim Bello,". */
const MAX_NAME = 4;
const STOP = new Set(['.', ';', ':', '?', '!']);
/** Words a toll may lie before the figure it is revised to, in its sentence: "the number of people killed in the attack on ... has risen to 32". */
const REVISED_TOLL_WINDOW = 30;
/** "And" in each language. */
const AND = wordSet('and_words');
/** Prepositions a count after "and" may repeat from the count before: "la perte de huit militaires et de quatre VDP". */
const OF_WORDS = wordSet('of_words');
/** French words of "of the" in one: "des", "du". */
const OF_THE = wordSet('of_the');
const OPEN = new Set(['(', '[']);
const CLOSE = new Set([')', ']']);
const COORD = new Set(['and', ',', '&', 'et', 'or', 'ou', 'as', 'plus']);
/** Words that open an aside after a comma: ", most of whom were Bozo,", ", accused of being robbers,". */
const ASIDE_OPENERS = new Set([
  'most', 'some', 'all', 'many', 'who', 'which', 'mostly', 'mainly', 'among', 'including', 'both', 'none', 'one', 'dont', 'parmi', 'qui', 'aged', 'age', 'agee', 'ages', 'agees',
  'accused', 'suspected', 'believed', 'described', 'identified', 'known', 'reportedly', 'allegedly', 'originally', 'accuse', 'accuses', 'soupconne', 'soupconnes', 'originaire', 'originaires',
]);
/** Articles of people told before: "the 8 bodies", "les huit corps". */
const DEFINITE_PLURAL = new Set(['the', 'these', 'those', 'les', 'ces']);
/** Copulas of a relative clause that says what its noun is: "who was also a health worker". */
const COPULAS = new Set(['is', 'was', 'are', 'were', 'est', 'etait']);
/** Participles that open an aside: it may end at the auxiliary of the people's verb, its comma missing. */
const PARTICIPLE_OPENERS = new Set(['accused', 'suspected', 'believed', 'described', 'identified', 'known', 'accuse', 'accuses', 'soupconne', 'soupconnes']);
const ASIDE_AUX = new Set(['were', 'was', 'ont']);
/** Words that open a relative clause after a count's noun: "one person who tried to escape was shot dead". */
const RELATIVES = new Set(['who', 'that', 'qui']);
/** Words between "of" and what a count measures: "several of their livestock". */
const POSSESSIVES = new Set(['the', 'their', 'his', 'her', 'its', 'these', 'those', 'leurs', 'leur', 'ses', 'ces', 'des']);
/** Words between the two figures of a range: "6-8", "six to eight", "deux ou trois"; "between 6 and 8". */
const RANGE_LINKS = new Set(['-', '–', 'to', 'or', 'a', 'ou']);
const BETWEEN = new Set(['between', 'entre']);
/** Words after a casualty word that may say whose ranks the dead were in: "and three wounded in its ranks". */
const RANKS_WINDOW = 6;
/** Words of the owner of "ranks": "in its ranks", "in own ranks", "dans ses rangs". */
const OWNERS = new Set(['its', 'their', 'own', 'his', 'ses', 'leurs', 'nos', 'our']);
const FORCE_ROLES = new Set(['military', 'police', 'gendarmes']);
const ARMED_ROLES = new Set(['armed', 'islamist', 'communal']);
/** Reporting words that name a source, not a speaker: "39 militants according to the army". */
const SOURCE_WORDS = wordSet('source_words');
/** Words between a count and the reporting word of which it is the subject: "two local sources told". */
const MAX_SPEAKER = 4;
/** Words a relative clause may run to before the auxiliary of its noun's verb. */
const MAX_RELATIVE = 8;
/** Words that put a count out of a verb's reach: "killed by 30 gunmen" does not kill the gunmen. */
const PREPOSITIONS = new Set(['by', 'in', 'at', 'from', 'with', 'on', 'near', 'after', 'during', 'of', 'against', 'to', 'for', 'par', 'dans', 'de', 'contre', 'pres', 'apres', 'lors', 'pour', 'sur']);
/** Prepositions of place and means before a determiner: "aboard a cart", "inside the house". */
const PLACE_PREPOSITIONS = new Set(['aboard', 'inside', 'outside', 'into', 'onto', 'toward', 'towards', 'through', 'between', 'under', 'behind', 'across', 'along', 'around', 'via', 'like', 'than', 'about', 'over', 'upon', 'within', 'without', 'beside', 'besides', 'despite', 'following', 'vers', 'chez', 'sous', 'entre']);
/** Words before a death noun that make it the cause of another event: "protest against the killing of". */
const CAUSE_WORDS = wordSet('cause_words');
/** Words before a verb of death that make it an earlier event told again: "who had executed an informer". */
const EARLIER = new Set(['previously', 'earlier', 'auparavant']);
/** Auxiliaries of the pluperfect: "which had killed", "qui avait tué". */
const PLUPERFECT = new Set(['had', 'avait', 'avaient']);
/** Words before a verb of death that make it a death after the event: "two later died". */
const LATER = new Set(['later', 'subsequently', 'eventually', 'afterwards', 'ulterieurement', 'finalement']);
/** Verbs of death that take no object: "the officer died". */
const INTRANSITIVE_DEATH = wordSet('intransitive_death');
/** Words between a death and the wounds it came from: "died of his wounds", "succombé à ses blessures". */
const FROM_WOUNDS = new Set(['of', 'from', 'to', 'a', 'de', 'des', 'his', 'her', 'their', 'the', 'its', 'ses', 'sa', 'son', 'leurs', 'suite']);
/** Time words: "a week later", "the following day" are not people. */
const TIME_WORDS = wordSet('time_units');
const AS_WELL_AS = wordSet('as_well_as');
/** Cue kinds that tell what happened to people, like the casualty words themselves. */
const CASUALTY_CUES = new Set<string>(['kill', 'harm', 'abduct', 'arrest']);
/** Words a determiner's noun phrase ends at; adverbs after a subject too ("the militants also seized"). */
const NP_END = new Set([
  'who', 'which', 'that', 'whose', 'where', 'when', 'while', 'as', 'than', 'qui', 'que', 'dont',
  'also', 'later', 'then', 'again', 'subsequently', 'allegedly', 'reportedly', 'eventually', 'finally', 'aussi', 'egalement', 'ensuite',
  'had', 'has', 'have', 'ont', 'avait', 'avaient',
]);
/** Between a noun phrase and its casualty word in a passive: "the mayor was reportedly found shot dead". */
const GAP_WORDS = new Set(['has', 'had', 'have', 'also', 'later', 'then', 'subsequently', 'found', 'shot', 'and', 'all', 'both', 'allegedly', 'reportedly', 'apparently', 'eventually', 'finally', 'immediately', 'instantly', 'ont', 'a', 'ete', 'aussi', 'egalement']);

interface Candidate {
  start: number;
  end: number;
  value: number;
  qualifier: NumberSpan['qualifier'];
  first: number;
  last: number;
  kind: 'number' | 'indefinite' | 'definite' | 'bare';
}

interface Forward {
  role: CasualtyRole | null;
  side: Side | null;
  distance: number;
  /** The casualty word follows an auxiliary: "was killed". */
  passive: boolean;
  /** "found alive", "escaped": the people counted were not casualties. */
  spared: boolean;
  /** Index of the last token of the casualty word. */
  end: number;
  /** A death from wounds, after the event's other deaths: "two later died of their injuries", "succumbed". */
  later: boolean;
}

interface Backward {
  role: CasualtyRole | null;
  distance: number;
  /** The way back crossed "and" or a comma. */
  crossed: boolean;
  /** The casualty word is itself passive ("were killed"): it does not take an object. */
  passive: boolean;
  /** An earlier event told again: "who had executed an informer". */
  earlier: boolean;
}

/** Counts that may follow another in a list, and the words (other counts, actors' names) that cost no step. */
interface ListContext {
  items: Set<number>;
  quiet: Set<number>;
}
const NO_LIST: ListContext = { items: new Set(), quiet: new Set() };
const NO_FORWARD: Forward = { role: null, side: null, distance: Infinity, passive: false, spared: false, end: -1, later: false };

/**
 * Index of the token that starts (or ends) at a character offset, or -1: a binary search, tokens being in the
 * order of the text and never overlapping, so their starts and ends both rise.
 */
function tokenAt(tokens: readonly Token[], edge: 'start' | 'end', offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = tokens[mid][edge];
    if (at === offset) return mid;
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Spans (numbers, dates) by the index of their sentence, in their order. */
function bySentence<T extends { sentence: number }>(spans: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const span of spans) {
    const list = out.get(span.sentence);
    if (list) list.push(span);
    else out.set(span.sentence, [span]);
  }
  return out;
}

/** Possessives of the people listed with someone: "and his driver", "et ses deux fils". */
const KIN_OWNERS = new Set(['his', 'her', 'their', 'son', 'sa', 'ses', 'leur', 'leurs']);
/** "and five others": more people of a list, whatever the words between ("two more IEDs" may be things). */
const OTHERS = wordSet('others');
/** Plurals of people that do not end in -s. */
const PLURAL_PEOPLE = wordSet('plural_people');

function isPlural(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word);
}

export function casualtiesStage(lang: LanguageData): Stage {
  const isStop = (t: Token) => STOP.has(t.norm);
  const isWord = (t: Token | undefined) => t?.word === true;
  const isAdverb = (t: Token | undefined) => t !== undefined && t.norm.length > 4 && t.norm.endsWith('ly');
  /** People in the plural at i, after "the" if any: "civilians", "the villagers", "des civils". */
  const pluralPeopleAt = (tokens: Token[], i: number) => {
    const k = POSSESSIVES.has(tokens[i]?.norm ?? '') || tokens[i]?.norm === 'les' ? i + 1 : i;
    const side = lang.sides.matchAt(tokens, k);
    if (!side) return false;
    const last = tokens[k + side.length - 1].norm;
    return isPlural(last) || PLURAL_PEOPLE.has(last);
  };

  /**
   * An event word that acts as a verb ("attacked", "opened fire", "burning") ends a count's phrase; a noun
   * among the cue words ("an attack", "students") does not.
   */
  function verbCueAt(tokens: Token[], j: number): boolean {
    const m = lang.cues.matchAt(tokens, j);
    // Cues of harm to people ("found executed") are casualty words, not another event.
    if (!m || CASUALTY_CUES.has(m.value)) return false;
    const w = tokens[j].norm;
    return m.length > 1 || (w.length > 4 && /(?:ed|ing|ant)$/.test(w));
  }

  /**
   * The number measures a thing, not people: "5 km", "a 50-year-old man", "split between (3) events".
   */
  function unitAfter(tokens: Token[], first: number, last: number): boolean {
    let next = last + 1;
    // "25-35 km", "10 to 15 km": a range measures in the unit after its second number.
    if ((tokens[next]?.norm === '-' || tokens[next]?.norm === 'to') && startsWithDigit(tokens[next + 1]?.norm ?? '')) next += 2;
    if (tokens[next]?.norm === '-' || (CLOSE.has(tokens[next]?.norm ?? '') && OPEN.has(tokens[first - 1]?.norm ?? ''))) next++;
    // "several of their livestock", "plusieurs de leurs animaux"
    if ((tokens[next]?.norm === 'of' || tokens[next]?.norm === 'de') && POSSESSIVES.has(tokens[next + 1]?.norm ?? '')) next += 2;
    // "two more IEDs", "three other vehicles"
    if (lang.additional.has(tokens[next]?.norm ?? '') && lang.measureUnits.has(tokens[next + 1]?.norm ?? '')) next++;
    return lang.measureUnits.has(tokens[next]?.norm ?? '');
  }

  /** Index of the token closing the bracket opened at i, or -1. */
  function closing(tokens: Token[], i: number): number {
    for (let j = i + 1; j < tokens.length && j <= i + MAX_ASIDE; j++) {
      if (CLOSE.has(tokens[j].norm)) return j;
      if (isStop(tokens[j])) return -1;
    }
    return -1;
  }

  /** A dash standing alone between spaces opens or closes an aside: "three people - an imam and two men - were". */
  function spacedDash(doc: Doc, t: Token): boolean {
    return (t.norm === '-' || t.norm === '–' || t.norm === '—') && doc.text[t.start - 1] === ' ' && doc.text[t.end] === ' ';
  }

  /**
   * The auxiliary ending a relative clause opened at i ("who tried to escape was", "qui tentait de fuir a été"),
   * or -1 when the clause has a casualty word of its own ("who were kidnapped") or no auxiliary in reach.
   */
  function relativeEnd(tokens: Token[], i: number): number {
    for (let j = i + 1; j < tokens.length && j <= i + MAX_RELATIVE; j++) {
      const t = tokens[j];
      if (isStop(t) || t.norm === ',' || lang.casualtyRoles.matchAt(tokens, j)) return -1;
      if (j > i + 1 && lang.passiveAux.has(t.norm)) return j;
    }
    return -1;
  }

  /**
   * The count is more people of the list of the count before it, out of its verb's reach: "and five others"
   * ("four men in Inata and five others at the mine"), "and his driver", ", his three sons" ("a leader of the
   * faction and his driver"): the people, of a word for people, end their phrase.
   */
  function listedWithBefore(tokens: Token[], c: Candidate): boolean {
    if (c.kind === 'number' && OTHERS.has(tokens[c.last + 1]?.norm ?? '')) return COORD.has(tokens[c.first - 1]?.norm ?? '');
    // "quatre morts du côté de l'UPC et de trois du côté des anti-Balaka", "four dead on one side and three on the
    // other": a count standing alone after "and", only a place or a side after it, repeats the role of the count
    // before; not "and a local official", nor "and none of those responsible".
    if (c.kind === 'number' && c.value > 0) {
      const and = OF_WORDS.has(tokens[c.first - 1]?.norm ?? '') ? c.first - 2 : c.first - 1;
      const next = tokens[c.last + 1];
      const alone = !next || isStop(next) || ((PREPOSITIONS.has(next.norm) || OF_THE.has(next.norm)) && !OF_WORDS.has(next.norm));
      if (AND.has(tokens[and]?.norm ?? '') && alone) return true;
    }
    const owner = c.kind === 'definite' ? c.first : c.kind === 'number' ? c.first - 1 : -1;
    if (owner < 1 || !KIN_OWNERS.has(tokens[owner].norm) || !COORD.has(tokens[owner - 1].norm)) return false;
    const people = lang.sides.matchAt(tokens, c.last + 1);
    if (!people) return false;
    const after = tokens[c.last + 1 + people.length];
    return !after || isStop(after) || COORD.has(after.norm) || PREPOSITIONS.has(after.norm) || PLACE_PREPOSITIONS.has(after.norm) || NP_END.has(after.norm);
  }

  /**
   * The determiner at i opens what someone named before is, not another person: after "as" ("works as a
   * merchant", "described as a militiaman"), or after a copula in a relative clause ("who was also a teacher").
   */
  function predicateAt(tokens: Token[], i: number): boolean {
    const prev = tokens[i - 1]?.norm ?? '';
    if (prev === 'as' || prev === 'comme') return true;
    let k = i - 1;
    while (k > 0 && (tokens[k].norm === 'also' || tokens[k].norm === 'aussi' || tokens[k].norm === 'himself' || tokens[k].norm === 'herself')) k--;
    if (!COPULAS.has(tokens[k]?.norm ?? '')) return false;
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (RELATIVES.has(tokens[j].norm)) return true;
    return false;
  }

  /** A relative clause opened at i whose casualty word is the object of a verb: "who recovered the bodies". */
  function objectInClause(tokens: Token[], i: number): boolean {
    for (let j = i + 2; j < tokens.length && j <= i + MAX_RELATIVE; j++) {
      if (isStop(tokens[j]) || tokens[j].norm === ',') return false;
      if (lang.casualtyRoles.matchAt(tokens, j)) return POSSESSIVES.has(tokens[j - 1].norm);
    }
    return false;
  }

  /**
   * The casualty word at j is an infinitive after "to" or "de": "allowed to neutralise", "permis de neutraliser"
   * (not "beaten to death").
   */
  function infinitiveAt(tokens: Token[], j: number, length: number): boolean {
    const marker = tokens[j - 1]?.norm ?? '';
    if (marker === 'to') return !lang.deathNouns.has(tokens[j].norm);
    return length === 1 && (marker === 'de' || marker === 'd') && /(?:er|re|ir)$/.test(tokens[j].norm);
  }

  /**
   * Index of the last comma closing an apposition of one person opened at the comma i: a name in capitals, an age,
   * or both (", Musa Bello, 24,"); or -1.
   */
  function appositionEnd(tokens: Token[], i: number): number {
    let end = -1;
    let j = i + 1;
    for (let part = 0; part < 2; part++) {
      const age = /^\d{1,2}$/.test(tokens[j]?.norm ?? '');
      let k = age ? j + 1 : j;
      while (!age && k < tokens.length && k < j + MAX_NAME && tokens[k].word && tokens[k].capitalized) k++;
      if (k === j || tokens[k]?.norm !== ',') break;
      end = k;
      j = k + 1;
    }
    return end;
  }

  /** Index of the comma closing an aside opened at the comma i, or -1. */
  function asideEnd(tokens: Token[], i: number): number {
    const opener = tokens[i + 1]?.norm ?? '';
    if (!ASIDE_OPENERS.has(opener)) return appositionEnd(tokens, i);
    for (let j = i + 2; j < tokens.length && j <= i + MAX_ASIDE; j++) {
      if (tokens[j].norm === ',') return j;
      if (isStop(tokens[j])) return -1;
      // "Seventeen people, accused of being militiamen were executed": an aside of a participle whose closing
      // comma is missing ends at the auxiliary of the people's own verb.
      if (PARTICIPLE_OPENERS.has(opener) && ASIDE_AUX.has(tokens[j].norm)) return j - 1;
    }
    return -1;
  }

  /** The casualty word at j is active, with an object after it: "30 gunmen killed 2 soldiers", "executed them". */
  function activeAt(tokens: Token[], after: number, starts: Set<number>): boolean {
    const next = tokens[after];
    if (!next) return false;
    if (next.norm === 'them' || next.norm === 'him' || next.norm === 'her') return true;
    if (!starts.has(after)) return false;
    // "one soldier killed one wounded" lists counts; "30 gunmen killed 2 soldiers" has an object.
    for (let k = after + 1; k < tokens.length && k <= after + 3; k++) {
      if (lang.casualtyRoles.matchAt(tokens, k)) return k > after + 1 && !lang.passiveAux.has(tokens[k - 1].norm) ? true : false;
      if (lang.sides.matchAt(tokens, k) || !isWord(tokens[k])) break;
    }
    return true;
  }

  function passiveBefore(tokens: Token[], j: number): boolean {
    for (let k = j - 1; k >= 0 && k >= j - 3; k--) {
      const w = tokens[k].norm;
      if (lang.passiveAux.has(w)) return true;
      if (!isAdverb(tokens[k]) && !GAP_WORDS.has(w)) return false;
    }
    return false;
  }

  /**
   * The word of death at j tells a death after the event: "succumbed", "later died", "died of his wounds".
   */
  function laterDeathAt(tokens: Token[], j: number): boolean {
    const r = lang.casualtyRoles.matchAt(tokens, j);
    if (!r || r.value !== 'killed') return false;
    if (tokens[j].norm.startsWith('succomb') || tokens[j].norm.startsWith('succumb')) return true;
    // "two later died", not "one was later killed" (another killing).
    if (INTRANSITIVE_DEATH.has(tokens[j].norm) && (LATER.has(tokens[j - 1]?.norm ?? '') || LATER.has(tokens[j + r.length]?.norm ?? ''))) return true;
    for (let k = j + r.length; k < tokens.length && k <= j + r.length + 3; k++) {
      const w = lang.casualtyRoles.matchAt(tokens, k);
      if (w) return w.value === 'wounded';
      if (!FROM_WOUNDS.has(tokens[k].norm)) return false;
    }
    return false;
  }

  /** Index of a later death right after a word of wounds ("wounded later succumbed"), or -1. */
  function laterDeathAfter(tokens: Token[], from: number): number {
    for (let k = from; k < tokens.length && k <= from + 2; k++) {
      if (laterDeathAt(tokens, k)) return k;
      if (!LATER.has(tokens[k].norm) && !isAdverb(tokens[k])) return -1;
    }
    return -1;
  }

  /** "fifteen dead, including nine soldiers and six VDP", "quinze morts, dont neuf soldats": the side the breakdown names. */
  function breakdownSide(tokens: Token[], from: number): Side | null {
    const k = tokens[from]?.norm === ',' ? from + 1 : from;
    const sub = lang.subset.matchAt(tokens, k);
    if (!sub) return null;
    for (let m = k + sub.length; m < tokens.length && m < k + sub.length + BREAKDOWN_WINDOW && !isStop(tokens[m]); m++) {
      const s = lang.sides.matchAt(tokens, m);
      if (s) return s.value;
    }
    return null;
  }

  /** Role and side named in the words after a count, and how far the role word is. */
  function forward(doc: Doc, tokens: Token[], last: number, starts: Set<number>, list: ListContext = NO_LIST): Forward {
    let side: Side | null = null;
    let steps = 0;
    let j = last + 1;
    let afterSubset = false;
    // Only the words of a bare noun phrase lie between the count and the comma of a list: "two gendarmes, a
    // customs agent", not "a church in Dablo, a priest".
    let bare = true;
    let partOf = false;
    while (j < tokens.length && steps < FORWARD_WINDOW) {
      const t = tokens[j];
      if (OPEN.has(t.norm)) {
        const close = closing(tokens, j);
        if (close < 0) break;
        j = close + 1;
        continue;
      }
      if (spacedDash(doc, t)) {
        let k = j + 1;
        while (k < tokens.length && k <= j + MAX_ASIDE && !spacedDash(doc, tokens[k]) && !isStop(tokens[k])) k++;
        if (k < tokens.length && spacedDash(doc, tokens[k])) {
          j = k + 1;
          continue;
        }
        break;
      }
      if (isStop(t) || CLOSE.has(t.norm)) break;
      // "two civilians including a pregnant woman were killed": the part is skipped.
      const sub = lang.subset.matchAt(tokens, j);
      if (sub) {
        j += sub.length;
        steps += sub.length;
        afterSubset = true;
        continue;
      }
      // Another count ends this one's phrase, unless the two are listed together: "four soldiers and a civilian".
      if (starts.has(j) && !COORD.has(tokens[j - 1]?.norm ?? '') && !afterSubset) break;
      if (lang.spared.matchAt(tokens, j)) return { ...NO_FORWARD, spared: true };
      // "one person who tried to escape was shot dead": a relative clause runs to the auxiliary of its noun's verb.
      if (RELATIVES.has(t.norm)) {
        const aux = relativeEnd(tokens, j);
        if (aux > 0) {
          steps++;
          j = aux;
          continue;
        }
        // "a member of the task force who helped to recover the bodies": the clause's casualty word is the object
        // of its own verb, not what happened to the noun.
        if (objectInClause(tokens, j)) break;
      }
      const r = lang.casualtyRoles.matchAt(tokens, j);
      // A casualty word that is also a thing tells people only right after their count: French "trois corps"
      // (bodies), not "a new community watch corps" nor "the Civil Defence Corps".
      if (r && r.length === 1 && j > last + 1 && lang.things.has(t.norm)) {
        j++;
        steps++;
        continue;
      }
      if (r) {
        if (activeAt(tokens, j + r.length, starts)) return { ...NO_FORWARD, side };
        // "allowed to neutralise", "a permis de neutraliser 25 terroristes": an infinitive's object comes after it.
        if (infinitiveAt(tokens, j, r.length)) return { ...NO_FORWARD, side };
        // "the two wounded later succumbed": the wounded are told to have died.
        const died = r.value === 'wounded' ? laterDeathAfter(tokens, j + r.length) : -1;
        if (died >= 0) {
          const d = lang.casualtyRoles.matchAt(tokens, died)!;
          return { role: 'killed', side, distance: steps + 1, passive: false, spared: false, end: died + d.length - 1, later: true };
        }
        // "two of the four people killed were farmers": the word tells what happened to the group, not the part.
        if (partOf && lang.passiveAux.has(tokens[j + r.length]?.norm ?? '')) return { ...NO_FORWARD, side };
        const passive = passiveBefore(tokens, j);
        side ??= breakdownSide(tokens, j + r.length);
        return { role: r.value, side, distance: steps + 1, passive, spared: false, end: j + r.length - 1, later: r.value === 'killed' && laterDeathAt(tokens, j) };
      }
      // "two of them", "one of the wounded": a part of a group named again.
      if (t.norm === 'of' && (tokens[j + 1]?.norm === 'them' || tokens[j + 1]?.norm === 'those' || tokens[j + 1]?.norm === 'whom')) {
        j += 2;
        steps += 2;
        continue;
      }
      // "one of the three soldiers": the group the part is taken from.
      const group = tokens[j + 1]?.norm === 'the' || tokens[j + 1]?.norm === 'these' ? j + 2 : j + 1;
      if (t.norm === 'of' && starts.has(group)) {
        j = group + 1;
        while (j < tokens.length && list.quiet.has(j)) j++;
        steps += 2;
        partOf = true;
        continue;
      }
      if (t.norm === 'of' && tokens[j + 1]?.norm === 'the' && lang.casualtyRoles.matchAt(tokens, j + 2)) {
        j += 3;
        steps += 3;
        continue;
      }
      // French "des" is "of the": "un parent des victimes", "l'un des blessés".
      if (OF_THE.has(t.norm) && lang.casualtyRoles.matchAt(tokens, j + 1)) {
        j += 2;
        steps += 2;
        continue;
      }
      const s = lang.sides.matchAt(tokens, j);
      if (s) {
        side ??= s.value;
        j += s.length;
        steps += s.length;
        continue;
      }
      // "three militiamen, eight militants, and four civilians were killed": a list of counts goes on.
      // (Not an age: "a farmer, 24, was shot dead".)
      const listed = list.items.has(j + 1) || (COORD.has(tokens[j + 1]?.norm ?? '') && list.items.has(j + 2));
      if (t.norm === ',' && bare && listed && appositionEnd(tokens, j) < 0) {
        j++;
        continue;
      }
      if (t.norm === ',') {
        const end = asideEnd(tokens, j);
        if (end < 0) break;
        j = end + 1;
        continue;
      }
      if (lang.clauseBreaks.has(t.norm)) break;
      // Another event word ends the count's phrase: "30 gunmen attacked ... and killed 2".
      if (verbCueAt(tokens, j)) break;
      if (PREPOSITIONS.has(t.norm) || PLACE_PREPOSITIONS.has(t.norm) || lang.passiveAux.has(t.norm)) bare = false;
      // The words of other counts of a list and of actors' names do not take the count further from its role.
      if (!list.quiet.has(j)) steps++;
      j++;
    }
    return { ...NO_FORWARD, side };
  }

  /** The role of a verb before a count ("killed nine civilians"), and how far it is. */
  function backward(tokens: Token[], first: number): Backward {
    let crossed = false;
    for (let j = first - 1; j >= 0 && j >= first - BACKWARD_WINDOW; j--) {
      const t = tokens[j];
      if (isStop(t) || OPEN.has(t.norm) || CLOSE.has(t.norm)) break;
      // "the bodies of three civilians", "the killing of 39 militants"
      if ((t.norm === 'of' || t.norm === 'de') && lang.deathNouns.has(tokens[j - 1]?.norm ?? '')) {
        const cause = [j - 2, j - 3, j - 4].some((k) => CAUSE_WORDS.has(tokens[k]?.norm ?? ''));
        return { role: cause ? null : 'killed', distance: first - j, crossed, passive: false, earlier: false };
      }
      // "la perte de huit militaires et de quatre VDP", "the bodies of two soldiers and of a civilian": the
      // preposition said again shares the noun before the first.
      if ((t.norm === 'of' || t.norm === 'de') && (tokens[j - 1]?.norm === 'and' || tokens[j - 1]?.norm === 'et')) {
        j--;
        continue;
      }
      if (PREPOSITIONS.has(t.norm) && !lang.casualtyRoles.matchAt(tokens, j)) {
        // "slit the throats of three miners": a casualty phrase that ends in the preposition.
        for (let k = j - 1; k >= 0 && k >= j - 4; k--) {
          const r = lang.casualtyRoles.matchAt(tokens, k);
          if (r && k + r.length === j + 1) return { role: r.value, distance: first - k, crossed, passive: false, earlier: false };
        }
        break;
      }
      const r = lang.casualtyRoles.matchAt(tokens, j);
      if (r && j + r.length <= first) {
        // "who had previously executed", "an attack which had killed five civilians": an earlier event told again.
        const pluperfect = PLUPERFECT.has(tokens[j - 1]?.norm ?? '') && ['which', 'that', 'who', 'qui'].includes(tokens[j - 2]?.norm ?? '');
        const earlier = EARLIER.has(tokens[j - 1]?.norm ?? '') || EARLIER.has(tokens[j - 2]?.norm ?? '') || pluperfect;
        return { role: r.value, distance: first - j, crossed, passive: passiveBefore(tokens, j), earlier };
      }
      if (verbCueAt(tokens, j) || lang.clauseBreaks.has(t.norm)) break;
      // Another verb: "killing six militiamen and taking one prisoner".
      if (t.norm.length > 4 && t.norm.endsWith('ing')) break;
      if (COORD.has(t.norm)) crossed = true;
    }
    return { role: null, distance: Infinity, crossed, passive: false, earlier: false };
  }

  function before(tokens: Token[], first: number, table: { matchAt: LanguageData['toll']['matchAt'] }, window: number): boolean {
    for (let j = first - 1; j >= 0 && j >= first - window; j--) {
      if (isStop(tokens[j])) return false;
      const m = table.matchAt(tokens, j);
      if (m && j + m.length <= first + 1) return true;
    }
    return false;
  }

  /** "ainsi que", "as well as" right before word i: what follows is added to what was told before. */
  function addedAt(tokens: Token[], i: number): boolean {
    for (let n = 2; n <= 3; n++) {
      if (i - n >= 0 && AS_WELL_AS.has(tokens.slice(i - n, i).map((t) => t.norm).join(' '))) return true;
    }
    return false;
  }

  /** A part of a count given before: "including a civilian", "including five militiamen, a retired gendarme and". */
  function subsetBefore(tokens: Token[], first: number, ownRole: boolean): boolean {
    for (let j = first - 1; j >= 0 && j >= first - 10; j--) {
      const t = tokens[j];
      if (isStop(t) || OPEN.has(t.norm) || CLOSE.has(t.norm)) return false;
      // "six wounded, including a civilian, and 7 assailants neutralized": a count with a role of its own
      // after a comma is a new part of the toll, not one of the list.
      if (t.norm === ',' && ownRole) return false;
      const m = lang.subset.matchAt(tokens, j);
      if (m && j + m.length <= first) return true;
      // "Parmi les victimes figurent une fillette et un agriculteur": the toll word closes a phrase of subset.
      const closing = [j - 1, j - 2].find((k) => k >= 0 && (lang.subset.matchAt(tokens, k)?.length ?? 0) === j - k + 1);
      if (closing !== undefined) return true;
      if (lang.casualtyRoles.matchAt(tokens, j) || verbCueAt(tokens, j) || lang.clauseBreaks.has(t.norm) || lang.passiveAux.has(t.norm)) return false;
      if (j < first - 3 && !COORD.has(t.norm) && PREPOSITIONS.has(t.norm)) return false;
    }
    return false;
  }

  /** Inside a parenthesis or an aside between dashes that follows another count: a breakdown of it. */
  function insideBreakdown(doc: Doc, tokens: Token[], c: Candidate, candidates: Candidate[]): boolean {
    for (let j = c.first - 1; j >= 0 && j >= c.first - MAX_ASIDE; j--) {
      const t = tokens[j];
      if (CLOSE.has(t.norm) || isStop(t)) return false;
      if (OPEN.has(t.norm) || spacedDash(doc, t)) {
        return candidates.some((o) => o !== c && o.last < j && o.last >= j - 4);
      }
    }
    return false;
  }

  /** The words of a noun phrase after a determiner at i: up to the first word that is not part of it. */
  function nounPhrase(tokens: Token[], i: number): Token[] {
    const words: Token[] = [];
    for (let j = i + 1; j < tokens.length && words.length < MAX_NP; j++) {
      const t = tokens[j];
      if (!isWord(t) && t.norm !== '-' && t.norm !== "'") break;
      if (!isWord(t)) continue;
      if (
        NP_END.has(t.norm) ||
        COORD.has(t.norm) ||
        PREPOSITIONS.has(t.norm) ||
        PLACE_PREPOSITIONS.has(t.norm) ||
        lang.passiveAux.has(t.norm) ||
        lang.clauseBreaks.has(t.norm) ||
        lang.determiners.has(t.norm) ||
        lang.casualtyRoles.matchAt(tokens, j) ||
        verbCueAt(tokens, j)
      ) {
        break;
      }
      words.push(t);
    }
    return words;
  }

  /** A determiner that opens a phrase about one person ("a farmer", "the mayor", "another"), or null. */
  function determinerCandidate(tokens: Token[], i: number, numberStarts: Set<number>, inDate: (t: Token) => boolean): Candidate | null {
    const t = tokens[i];
    const kind = lang.determiners.get(t.norm);
    // French "à" folds to the English article "a": "des dizaines de morts à N'Djamena".
    if (!kind || inDate(t) || t.text.toLowerCase() !== t.norm) return null;
    // A determiner inside a casualty phrase is no person: "paid the supreme price", "ont perdu la vie".
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const r = lang.casualtyRoles.matchAt(tokens, k);
      if (r && k + r.length > i) return null;
    }
    // "the son of a chief": a complement, not another person.
    // After a preposition it is a place, a means or an agent: "aboard a cart", "killed by a soldier".
    // "the death of a shepherd" names the one who died, unless the death is the cause of another event ("a
    // protest over the killing of a student"); "the corpse of the victim" is someone told before.
    const prev = tokens[i - 1]?.norm ?? '';
    const ofDeath =
      kind === 'indefinite' &&
      (prev === 'of' || prev === 'de') &&
      lang.deathNouns.has(tokens[i - 2]?.norm ?? '') &&
      ![i - 3, i - 4, i - 5].some((k) => CAUSE_WORDS.has(tokens[k]?.norm ?? ''));
    if (!ofDeath && (PREPOSITIONS.has(prev) || PLACE_PREPOSITIONS.has(prev))) return null;
    // What someone told before is: "a councilor, who was also a health worker", "a member who works as a merchant".
    if (kind === 'indefinite' && predicateAt(tokens, i)) return null;
    // A hyphenated adjective is no count nor time: "a 50-year-old man", "a well-known trader".
    let k = i;
    while (tokens[k + 2]?.norm === '-' && isWord(tokens[k + 1]) && isWord(tokens[k + 3])) k += 2;
    if (k > i) k++;
    // A date ends the phrase: "assassinated a councilor overnight".
    const words = nounPhrase(tokens, k);
    const dated = words.findIndex(inDate);
    const np = dated > 0 ? words.slice(0, dated) : words;
    if (np.length === 0 && t.norm !== 'another') return null;
    if (np.length && (numberStarts.has(i + 1) || startsWithDigit(np[0].norm) || lang.units.has(np[0].norm) || lang.vague.has(np[0].norm))) return null;
    // The head says what it is: "a village chief" is a person, "a village" is not.
    const head = np[np.length - 1]?.norm ?? '';
    // "the head of the voting office", "the head of a bus company" are persons; "a head of cattle" is not.
    const afterNp = tokens.indexOf(np[np.length - 1], k + 1) + 1;
    const ofWhat = lang.determiners.has(tokens[afterNp + 1]?.norm ?? '') ? afterNp + 2 : afterNp + 1;
    const measure = lang.measureUnits.has(head) && !(tokens[afterNp]?.norm === 'of' && !lang.measureUnits.has(tokens[ofWhat]?.norm ?? ''));
    if (lang.things.has(head) || measure || np.some((w) => TIME_WORDS.has(w.norm) || lang.killingNouns.has(w.norm) || inDate(w))) return null;
    if (kind === 'definite' && isPlural(np[np.length - 1]?.norm ?? '')) return null;
    return { start: t.start, end: t.end, value: 1, qualifier: 'exact', first: i, last: i, kind };
  }

  /**
   * The count follows another of the same role in a list, "and" or a comma between them and no verb: "killed a
   * commander and his driver", "two gendarmes, a customs agent and four civilians".
   */
  function listedAfter(tokens: Token[], c: Candidate, before: Candidate[], spans: CasualtySpan[], role: CasualtyRole): boolean {
    if (!COORD.has(tokens[c.first - 1]?.norm ?? '')) return false;
    for (let k = before.length - 1; k >= 0; k--) {
      const o = before[k];
      if (spans[k].role !== role || o.last >= c.first || o.last < c.first - MAX_NP - 2) continue;
      return tokens.slice(o.last + 1, c.first).every((t, k) => !isStop(t) && !lang.casualtyRoles.matchAt(tokens, o.last + 1 + k) && !lang.clauseBreaks.has(t.norm));
    }
    return false;
  }

  /**
   * The people taken by the word ending at `from` are then told killed in the same clause: by a passive ("were
   * later found executed") or a verb joined to the first ("abducted and executed"), one with no object.
   */
  function killedAfterTaken(tokens: Token[], from: number, list: ListContext): boolean {
    for (let j = from + 1; j < tokens.length && j <= from + TAKEN_WINDOW; j++) {
      const t = tokens[j];
      if (isStop(t) || lang.clauseBreaks.has(t.norm) || (list.items.has(j) && !list.quiet.has(j - 1))) return false;
      // "..., the victim was beheaded": a clause of its own subject.
      if (t.norm === ',' && lang.determiners.get(tokens[j + 1]?.norm ?? '') === 'definite') return false;
      const r = lang.casualtyRoles.matchAt(tokens, j);
      if (!r) continue;
      if (r.value !== 'killed') {
        j += r.length - 1;
        continue;
      }
      if (activeAt(tokens, j + r.length, new Set(list.items))) return false;
      let k = j - 1;
      while (k > from && (isAdverb(tokens[k]) || LATER.has(tokens[k].norm) || tokens[k].norm === 'then')) k--;
      return passiveBefore(tokens, j) || COORD.has(tokens[k]?.norm ?? '');
    }
    return false;
  }

  /**
   * "the militants acknowledged one dead in its ranks", "MSA a reconnu deux morts dans ses rangs": the side of the
   * actor named last before the count.
   */
  function ranksSide(tokens: Token[], end: number, start: number, actors: ActorSpan[]): Side | null {
    let speaker: ActorSpan | undefined;
    for (let j = end + 2; j < tokens.length && j <= end + RANKS_WINDOW && !isStop(tokens[j]) && !speaker; j++) {
      if (tokens[j].norm !== 'ranks' && tokens[j].norm !== 'rangs') continue;
      // "in the ranks of the jihadists", "dans les rangs des assaillants"
      const of = tokens[j + 1]?.norm === 'of' || tokens[j + 1]?.norm === 'de' || tokens[j + 1]?.norm === 'des' ? j + 2 : -1;
      const named = of < 0 ? undefined : lang.sides.matchAt(tokens, tokens[of]?.norm === 'the' || tokens[of]?.norm === 'les' ? of + 1 : of);
      if (named) return named.value;
      // "in JNIM's ranks": the actor named right before; "in its ranks": the actor named last before the count.
      const possessive = tokens[j - 1].norm === 's' && tokens[j - 2]?.norm === "'";
      if (possessive) speaker = actors.find((a) => a.end === tokens[j - 2].start);
      else if (OWNERS.has(tokens[j - 1].norm)) speaker = actors.filter((a) => a.end <= start && !a.descriptive).pop();
    }
    if (!speaker) return null;
    const inter = speaker.actor?.inter;
    if (inter === 'State forces' || inter === 'External/Other forces' || (!inter && FORCE_ROLES.has(speaker.role ?? ''))) return 'forces';
    if (inter === 'Rebel group' || inter === 'Political militia' || inter === 'Identity militia' || (!inter && ARMED_ROLES.has(speaker.role ?? ''))) return 'attackers';
    return null;
  }

  /** The count's people speak: "killing six soldiers, the army said", "two witnesses told AFP". */
  function speakerAt(tokens: Token[], last: number): boolean {
    for (let j = last + 1; j < tokens.length && j <= last + MAX_SPEAKER; j++) {
      const t = tokens[j];
      if (lang.reporting.has(t.norm)) return !SOURCE_WORDS.has(t.norm);
      if (!isWord(t) || COORD.has(t.norm) || lang.casualtyRoles.matchAt(tokens, j)) return false;
    }
    return false;
  }

  /** The casualty word of a bare headline is a participle: "Councilman assassinated", not "Unknown fatalities". */
  function participleAt(tokens: Token[], last: number): boolean {
    for (let j = last + 1; j < tokens.length && !isStop(tokens[j]); j++) {
      const r = lang.casualtyRoles.matchAt(tokens, j);
      if (r) return /(?:ed|en|ain|dead)$/.test(tokens[j + r.length - 1].norm);
    }
    return false;
  }

  /** A word of death ends just before token i: "executed them". */
  function killedVerbEndsAt(tokens: Token[], i: number): boolean {
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const r = lang.casualtyRoles.matchAt(tokens, k);
      if (r && k + r.length === i) return r.value === 'killed';
    }
    return false;
  }

  /** "he later died of his wounds", "she was found beheaded": a pronoun subject of a word of death. */
  function isSubjectOfDeath(doc: Doc, tokens: Token[], i: number, starts: Set<number>): boolean {
    const f = forward(doc, tokens, i, starts);
    return f.role === 'killed' && f.distance <= 4;
  }

  return {
    name: 'casualties',
    run(doc: Doc) {
      /** The last count of people taken (arrested, abducted), for "executed them" in the same or the next sentence. */
      let lastTaken: { count: number; sentence: number } | null = null;
      // Numbers and dates by sentence, gathered once for the whole report.
      const numbersOf = bySentence(doc.numbers);
      const datesOf = bySentence(doc.dates);
      for (const sentence of doc.sentences) {
        const tokens = doc.sentenceTokens(sentence.index);
        const dates = datesOf.get(sentence.index) ?? [];
        const inDate = (t: Token) => dates.length > 0 && dates.some((d) => t.start < d.end && d.start < t.end);
        const candidates: Candidate[] = [];
        const beforeThing = new Set<number>();
        for (const n of numbersOf.get(sentence.index) ?? []) {
          if (dates.some((d) => n.start < d.end && d.start < n.end)) continue;
          const firstAt = tokenAt(doc.tokens, 'start', n.start);
          const lastAt = tokenAt(doc.tokens, 'end', n.end);
          if (firstAt < 0 || lastAt < 0) continue;
          const first = firstAt - sentence.tokenStart;
          const last = lastAt - sentence.tokenStart;
          // "displaced two million people": a count in millions is a population, never one event's toll.
          if (n.value >= POPULATION || unitAfter(tokens, first, last)) continue;
          // "un véhicule", "une cérémonie": a number that is also an article, before a thing, counts no one.
          if (first === last && lang.determiners.has(tokens[first].norm) && lang.things.has(tokens[last + 1]?.norm ?? '')) {
            beforeThing.add(first);
            continue;
          }
          candidates.push({ start: n.start, end: n.end, value: n.value, qualifier: n.qualifier, first, last, kind: 'number' });
        }
        // "6-8 killed", "two or three soldiers", "between 6 and 8", "4/5": a range counts its lower figure, ACLED's most
        // conservative one.
        for (let k = candidates.length - 2; k >= 0; k--) {
          const [a, b] = [candidates[k], candidates[k + 1]];
          const link = b.first === a.last + 2 ? tokens[a.last + 1].norm : '';
          const between = (link === 'and' || link === 'et') && BETWEEN.has(tokens[a.first - 1]?.norm ?? '');
          // "4/5 wounded": two figures glued by a slash (a date is read before).
          const slash = link === '/' && tokens[a.last + 1].start === a.end && tokens[a.last + 1].end === b.start;
          if (!RANGE_LINKS.has(link) && !between && !slash) continue;
          candidates.splice(k, 2, { ...a, end: b.end, last: b.last, value: Math.min(a.value, b.value) });
        }
        const numberStarts = new Set(candidates.map((c) => c.first));
        const covered = (i: number) => candidates.some((c) => i >= c.first && i <= c.last);
        tokens.forEach((t, i) => {
          if (!lang.determiners.has(t.norm) || covered(i) || beforeThing.has(i)) return;
          const c = determinerCandidate(tokens, i, numberStarts, inDate);
          if (c) candidates.push(c);
        });
        // A headline opening on a bare singular noun: "Health worker assassinated overnight in X" (after the
        // dateline, if the sentence opens with one).
        const opening = doc.dateline && doc.dateline.start >= sentence.start && doc.dateline.end <= sentence.end ? doc.dateline.end : sentence.start;
        const firstWord = tokens.findIndex((t) => isWord(t) && t.start >= opening);
        if (firstWord >= 0 && tokens[firstWord].capitalized && !covered(firstWord) && !lang.determiners.has(tokens[firstWord].norm) && !lang.cues.matchAt(tokens, firstWord)) {
          const np = nounPhrase(tokens, firstWord - 1);
          const head = np[np.length - 1]?.norm ?? '';
          // Not a pronoun ("They were killed") nor words running into a count ("JNIM acknowledged three dead").
          const noun = (w: Token) => !lang.things.has(w.norm) && !inDate(w) && !lang.pronouns.has(w.norm) && w.norm !== 'i' && !covered(tokenAt(tokens, 'start', w.start));
          if (np.length && np.length <= 3 && !isPlural(head) && np.every(noun)) {
            candidates.push({ start: tokens[firstWord].start, end: np[np.length - 1].end, value: 1, qualifier: 'exact', first: firstWord, last: firstWord + np.length - 1, kind: 'bare' });
          }
        }
        candidates.sort((a, b) => a.first - b.first);
        const starts = new Set(candidates.map((c) => c.first));
        const actorSpans = doc.actors.filter((a) => a.sentence === sentence.index);
        // A definite noun phrase after a comma opens a new clause ("..., the prefect was killed"), "one of the
        // assailants" is a part of a group told before, and "..., an official said" is the speaker: none goes on a list.
        const list: ListContext = {
          items: new Set(candidates.filter((c) => c.kind !== 'definite' && tokens[c.last + 1]?.norm !== 'of' && !speakerAt(tokens, c.last)).map((c) => c.first)),
          quiet: new Set(),
        };
        tokens.forEach((t, i) => {
          if (candidates.some((c) => i >= c.first && i <= c.last) || actorSpans.some((a) => t.start >= a.start && t.end <= a.end)) list.quiet.add(i);
        });
        const found: CasualtySpan[] = [];
        const foundCandidates: Candidate[] = [];
        const weak: CasualtySpan[] = [];
        for (const c of candidates) {
          // "one of the three soldiers": the three are counted by "one" or elsewhere, not again.
          const of = tokens[c.first - 1]?.norm === 'of' ? c.first - 1 : tokens[c.first - 2]?.norm === 'of' && tokens[c.first - 1]?.norm === 'the' ? c.first - 2 : -1;
          if (of > 0 && foundCandidates.some((o) => o.last === of - 1)) continue;
          const f = forward(doc, tokens, c.last, starts, c.kind === 'definite' ? { ...list, items: NO_LIST.items } : list);
          if (subsetBefore(tokens, c.first, f.role !== null) && !f.later) continue;
          // "wounded seven others (three later died of their injuries)": a part that died is more deaths.
          if (insideBreakdown(doc, tokens, c, candidates) && !f.later) continue;
          if (f.spared) continue;
          // "the toll rose to 12" is a total; "the toll is one soldier killed and six wounded" lists parts.
          // A toll revised may name its event between the two: "the death toll from Saturday's attack has risen to 32".
          const revisedTo = tokens.slice(Math.max(0, c.first - 4), c.first).some((t) => lang.revisions.has(t.norm));
          const total = c.kind === 'number' && !f.side && before(tokens, c.first, lang.toll, revisedTo ? REVISED_TOLL_WINDOW : 4);
          const revised = total && revisedTo;
          const b = backward(tokens, c.first);
          let role: CasualtyRole | null;
          let fromBackward: boolean;
          if (f.role && b.role) fromBackward = !(b.crossed || b.passive) && b.distance < f.distance;
          else fromBackward = b.role !== null && !(b.passive && c.kind !== 'number');
          if (fromBackward && (b.earlier || speakerAt(tokens, c.last))) continue;
          // "two people were killed, one of them a fighter": after a comma, a part of the people just counted
          // (unless told dying later: "five were wounded, one of them later died").
          if (!f.later && tokens[c.first - 1]?.norm === ',' && lang.subset.matchAt(tokens, c.last + 1)) continue;
          role = fromBackward ? b.role : f.role;
          // "onze VDP ont perdu la vie, ainsi que le conducteur", "were killed, as well as the driver": one more of
          // the people of the verb before.
          const added = c.kind !== 'number' && b.role !== null && !b.earlier && !f.role && addedAt(tokens, c.first);
          if (added) role = b.role;
          role ??= total ? 'killed' : null;
          // "executed four men in Inata and five others at the mining site", "killed a leader of the faction and his
          // driver": more people of the same list.
          const listedBefore = !role && listedWithBefore(tokens, c) ? found.at(-1) : undefined;
          role ??= listedBefore?.role ?? null;
          if (!role) continue;
          // "a significantly higher death toll" is no person killed.
          if (c.kind !== 'number' && !fromBackward && lang.toll.matchAt(tokens, f.end + 1)) continue;
          if (c.kind === 'definite') {
            // "the mayor" counts as the object of the verb ("shot dead the mayor"), the subject of a passive, or
            // of a verb that takes no object ("the officer died").
            const objectOf = fromBackward && !b.passive && (b.distance === 1 || COORD.has(tokens[c.first - 1]?.norm ?? ''));
            const dies = !fromBackward && role === 'killed' && INTRANSITIVE_DEATH.has(tokens[f.end]?.norm ?? '');
            // A report's terse clause: "..., the village chief killed and others wounded".
            const opening = c.first === 0 || tokens[c.first - 1].norm === ',';
            const terse = !fromBackward && role === 'killed' && opening && f.distance <= 3 && participleAt(tokens, c.last);
            if (!objectOf && !(!fromBackward && f.passive) && !dies && !terse && !listedBefore && !added) continue;
          }
          if (c.kind === 'bare' && (fromBackward || !(f.distance <= 3 || f.passive) || !participleAt(tokens, c.last))) continue;
          const next = tokens[c.last + 1]?.norm ?? '';
          const span: CasualtySpan = {
            start: c.start,
            end: c.end,
            role,
            count: c.value,
            qualifier: c.qualifier,
            side: listedBefore?.side ?? f.side ?? (f.role ? ranksSide(tokens, f.end, c.start, actorSpans) : null) ?? 'unknown',
            total,
            revised,
            sentence: sentence.index,
          };
          if ((c.kind === 'number' && lang.additional.has(next)) || (!fromBackward && f.later)) span.additional = true;
          // "3 dead and 8 missing. The 8 bodies were found": the people taken or missing, found dead, add to the toll.
          if (role === 'killed' && c.kind === 'number' && DEFINITE_PLURAL.has(tokens[c.first - 1]?.norm ?? '')) {
            if (doc.casualties.some((o) => o.role === 'abducted' && o.count === c.value && o.sentence < sentence.index)) span.additional = true;
          }
          if (listedAfter(tokens, c, foundCandidates, found, role) || added) span.listed = true;
          found.push(span);
          foundCandidates.push(c);
          // "23 men arrested by soldiers were executed", "abducted and executed": the people taken were killed.
          if ((role === 'arrested' || role === 'abducted') && killedAfterTaken(tokens, fromBackward ? c.last : f.end, list)) {
            found.push({ ...span, role: 'killed', listed: undefined, additional: undefined });
            foundCandidates.push(c);
          }
        }

        // "wounding a peacekeeper who succumbed to his wounds", "including one severely who later died": the
        // person named before "who" died after the event.
        tokens.forEach((t, w) => {
          if (t.norm !== 'who' && t.norm !== 'qui') return;
          if (laterDeathAfter(tokens, w + 1) < 0) return;
          const o = candidates.filter((c) => c.last < w && c.last >= w - MAX_NP).pop();
          if (!o || found.some((c) => c.start === o.start && c.role === 'killed')) return;
          found.push({ start: o.start, end: o.end, role: 'killed', count: o.value, qualifier: o.qualifier, side: 'unknown', total: false, additional: true, sentence: sentence.index });
        });

        // Weak counts: only where the sentence gives no other death.
        tokens.forEach((t, i) => {
          const kind = lang.pronouns.get(t.norm);
          if (kind) {
            // "executed them", "killed him"; "he later died", "they were found executed", "their bodies were found"
            const object = (t.norm === 'him' || t.norm === 'them' || t.norm === 'her') && killedVerbEndsAt(tokens, i);
            const bodies = t.norm === 'their' && lang.deathNouns.has(tokens[i + 1]?.norm ?? '');
            const subject = (t.norm === 'he' || t.norm === 'she' || t.norm === 'they') && isSubjectOfDeath(doc, tokens, i, starts);
            // "those arrested were found dead", "the corpses of those arrested"
            const taken = lang.casualtyRoles.matchAt(tokens, i + 1);
            const takenKilled =
              t.norm === 'those' &&
              (taken?.value === 'arrested' || taken?.value === 'abducted') &&
              (killedAfterTaken(tokens, i + taken.length, list) || (tokens[i - 1]?.norm === 'of' && lang.deathNouns.has(tokens[i - 2]?.norm ?? '')));
            if (!object && !bodies && !subject && !takenKilled) return;
            let count = 1;
            if (kind === 'group') {
              const earlier = found.filter((c) => c.start < t.start && c.role !== 'killed');
              const source = earlier.length ? earlier[earlier.length - 1].count : lastTaken && lastTaken.sentence >= sentence.index - 1 ? lastTaken.count : null;
              if (source === null) return;
              count = source;
            }
            weak.push({ start: t.start, end: t.end, role: 'killed', count, qualifier: 'exact', side: 'unknown', total: false, sentence: sentence.index });
            return;
          }
          // "an assassination was reported", "a body was found"
          if (!lang.determiners.has(t.norm) || t.norm === 'another') return;
          const prevWord = tokens[i - 1]?.norm ?? '';
          if (PREPOSITIONS.has(prevWord) || PLACE_PREPOSITIONS.has(prevWord)) return;
          // "to protest the killing", "in response to the murder of a girl": the cause of another event.
          if ([i - 1, i - 2, i - 3].some((k) => k >= 0 && (CAUSE_WORDS.has(tokens[k].norm) || verbCueAt(tokens, k) || lang.cues.matchAt(tokens, k)?.value === 'protest'))) return;
          {
            let j = i + 1;
            while (j < tokens.length && j <= i + 3 && !lang.killingNouns.has(tokens[j].norm) && isWord(tokens[j]) && !lang.things.has(tokens[j].norm)) j++;
            if (!lang.killingNouns.has(tokens[j]?.norm ?? '')) return;
            const after = tokens[j + 1]?.norm ?? '';
            if (after === 'attempt' || after === 'attempts' || after === 'plot' || after === 'threat' || after === 'threats' || after === 'bid') return;
            // "the brutal killing of civilians" is of many people, told by a count elsewhere if at all.
            if ((after === 'of' || after === 'de' || after === 'des') && pluralPeopleAt(tokens, j + 2)) return;
            weak.push({ start: t.start, end: tokens[j].end, role: 'killed', count: 1, qualifier: 'exact', side: 'unknown', total: false, sentence: sentence.index });
          }
        });
        if (weak.length && !found.some((c) => c.role === 'killed')) found.push(weak[0]);
        for (const c of found) if (c.role === 'arrested' || c.role === 'abducted') lastTaken = { count: c.count, sentence: sentence.index };
        doc.casualties.push(...found);
      }
      doc.casualties.sort((a, b) => a.start - b.start);
    },
  };
}
