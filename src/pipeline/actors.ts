/**
 * Actors: the armed groups, forces and kinds of people the report names, from the actor lexicon
 * (data/actors): named groups with their aliases in English and French ("JNIM", "GSIM", "Katiba Macina"),
 * state forces named through their country ("Malian soldiers", "FAMa"), and bare roles ("gunmen",
 * "villagers", "protesters") that the events stage turns into ACLED's generic actors.
 *
 * - A group named only to describe another ("affiliated with Al-Qaeda") is marked descriptive: it takes no
 *   part in the event.
 * - Two groups the report cannot choose between ("suspected JNIM and/or ISGS militants", "ISWAP or Boko
 *   Haram", "ISWAP/Boko Haram") are one span of ACLED's joint actor "X and/or Y".
 * - An ethnic group is an identity militia when named with a militia or armed role ("Dogon militiamen",
 *   "milice peule", "Fulani gunmen"), the associated actor of civilians when named with people or their
 *   places ("Fulani villagers", "the Dogon village of", "a Tuareg camp"), and left to the events stage
 *   otherwise ("clashes between Fulani and Dogon"). Its ACLED name waits for the event's country.
 * - An actor that only reports is no participant either: the speaker of a reporting verb ("the army said in a
 *   statement", "la police provinciale a indiqué"), unless what it says is its own act ("the army said it
 *   killed", "a annoncé avoir neutralisé"); a source ("according to the army", "selon l'armée"); a spokesman's
 *   employer ("the provincial government spokesman", "a spokesperson for the army"). So is the target of a
 *   demand ("calling on the federal government", "demanding the resignation of the minister"), and one that
 *   blames another ("the army blamed the RSF").
 * - Men the victims are said to be or to help ("executed nine men claiming they were militants") are no side.
 * - A group named in brackets after men of no group names them ("Dogon militiamen (Dan Na Ambassagou)"); a
 *   community named before a group qualifies it ("Tuareg GATIA fighters"); a force's name with a word for its men
 *   is one actor ("FAMa soldiers"); two countries joined around one role are two forces ("soldats maliens et
 *   français").
 * - "local government area" (a Nigerian district) names a place, not the government.
 * - Role words for a kind of people ("herders", "teachers") carry the associated actor ACLED names them by
 *   ("Pastoralists (Mali)"), also pending the country.
 */
import type { ActorSpan, Doc, Stage, Token } from '../doc/doc.js';
import type { ActorEntry, ActorLexicon, ActorMatch, Role } from '../lexicon/actors.js';
import { phraseSet } from '../lang/phrases.js';
import { wordSet } from '../lang/words.js';

const DESCRIPTIVE = [
  'affiliated with', 'affiliated to', 'linked to', 'close to', 'allied with', 'allied to', 'loyal to',
  'affiliate of', 'branch of', 'affilie a', 'affilies a', 'lie a', 'lies a', 'proche de', 'proches de',
];

/** The words between men and a group, articles aside, are one that ties them to it ("linked to the", "affiliés à l'"). */
function tiedTo(between: readonly string[]): boolean {
  for (let n = between.length; n > 0; n--) {
    if (DESCRIPTIVE.includes(between.slice(0, n).join(' '))) return true;
    if (!ARTICLES.has(between[n - 1])) return false;
  }
  return false;
}

/**
 * Words right before an actor (articles aside) that make it what victims are said to be or to help, not a side:
 * "executed nine men claiming they were militants", "on suspicion of being jihadists", "accused of supporting
 * the jihadists", "soupçonnés d'être des terroristes", "accusés de complicité avec les jihadistes". Folded.
 */
const ALLEGED = phraseSet([
  'of being', 'they were', 'them as', 'of supporting', 'of helping', 'of collaborating with', 'collaborating with', 'of links with',
  'links to', 'ties to', 'complicity with', 'd etre', 'etre des', 'complicite avec', 'collaboration avec',
  'de soutenir', 'liens avec',
]);
const ARTICLES = new Set(['the', 'a', 'an', 'les', 'des', 'de', 'd', 'du', 'la', 'l', 'le', 'un', 'une', 'suspected', 'presumed', 'presumes']);

function alleged(words: readonly string[], i: number): boolean {
  let j = i;
  while (j > 0 && ARTICLES.has(words[j - 1]) && i - j < 2) j--;
  return ALLEGED.endsAt(words, j - 4, j);
}

/**
 * The indexes of a sentence's words of violence, in increasing order (see actWords): a sentence has few, so
 * `includes` is quick, and the first and last tell whether any stands before or after a word.
 */
type Acts = readonly number[];

const INDEFINITE = wordSet('indefinite_articles');

/** Words before an actor that make it a source or the one asked for something (folded, joined by spaces). */
const SOURCE_BEFORE = phraseSet([
  'according to', 'selon', 'd apres', 'spokesman for', 'spokeswoman for', 'spokesperson for', 'spokesman of', 'spokesperson of',
  'porte parole de', 'porte parole du', 'porte parole des', 'statement by', 'statement from', 'communique de', 'communique du',
  'called on', 'calling on', 'call on', 'calls on', 'urged', 'urging', 'appealed to', 'appealing to', 'demanded', 'demanding',
  'resignation of', 'demission de', 'demission du', 'appele', 'appelant', 'exhorte', 'exige', 'exigeant', 'reclame', 'reclamant',
]);
/** Words right after an actor that name its speaker: "the army spokesman", "government officials said". */
const SPEAKER_AFTER = wordSet('speaker_after');
/** Reporting verbs (folded). */
const REPORTING = wordSet('reporting_verbs');
/** After a reporting verb, words telling the speaker reports its own act: "said it killed", "a annoncé avoir". */
const SELF = new Set(['it', 'they', 'its', 'their', 'we', 'our', 'avoir', 'ses', 'leurs', 'ils', 'elle', 'elles', 'nos', 'notre', 'son', 'sa']);
/** Auxiliaries and fillers between a speaker and its verb ("the army has said", "la police a indiqué"). */
const FILLER = new Set(['has', 'have', 'had', 'also', 'later', 'a', 'ont', 'avait', 'aussi', 'in', 'on', 'a', 'statement', 'also', 'previously', 'then']);
const ACT_WINDOW = 6;
/** Words a statement's introduction may run to between its verb and "that" ("said in a statement on Tuesday that"). */
const STATEMENT_WORDS = 8;
/** Articles between a reporting verb and the speaker after it: "a indiqué la police", "said the army". */
const SPEAKER_ARTICLES = new Set(['the', 'la', 'le', 'les', 'l']);
/** What may stand between two words at a clause break: a comma, a dash, quotes ("...," said police). */
const CLAUSE_BREAK = /[,;:"“”«»—–(]/;
/** Words between the speaker's own men and their act: "its fighters had planted". */
const OWN_SUBJECT = 4;
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/** Verbs that give a toll, and the words of a toll after them: "put the death toll at nine", "évalue le bilan à". */
const TOLL_VERBS = wordSet('toll_verbs');
const TOLL_WORDS = wordSet('toll_words');
/** How far a toll-giving verb may stand after its speaker ("a member of the CJTF who helped to recover the bodies put"). */
const TOLL_SPEAKER_WORDS = 10;

/** The speaker of a toll with no act of its own between them: "a member of the CJTF ... put the death toll at nine". */
function givesToll(words: readonly string[], end: number, acts: Acts): boolean {
  for (let j = end; j < words.length && j < end + TOLL_SPEAKER_WORDS; j++) {
    if (acts.includes(j)) return false;
    if (TOLL_VERBS.has(words[j]) && words.slice(j + 1, j + 4).some((w) => TOLL_WORDS.has(w))) return true;
  }
  return false;
}

/**
 * An actor that only speaks or is spoken to: a source, a spokesman's employer, the subject of a reporting verb
 * that tells another's act, or the target of a demand (see the header).
 */
function onlyReports(words: readonly string[], i: number, length: number, acts: Acts, opensClause: (k: number) => boolean): boolean {
  if (SOURCE_BEFORE.within(words, i - 6, i)) return true;
  const end = i + length;
  if (givesToll(words, end, acts)) return true;
  if (SPEAKER_AFTER.has(words[end]) || (words[end] && SPEAKER_AFTER.has(words[end + 1]) && !acts.includes(end))) {
    if (words[end] !== 'press' || words[end + 1] === 'release' || words[end + 1] === 'office') return true;
  }
  // "..., locals and police said": the speaker right before its verb at the end of what it tells, unless it is the
  // object of an act just before it ("attacked the police, said a witness").
  if (REPORTING.has(words[end]) && words[end + 1] !== 'to' && acts.length > 0 && acts[0] < i && !acts.includes(i - 1) && !acts.includes(i - 2)) return true;
  // "..., said police", "..., a indiqué la police": the speaker after its verb, at the end of what it tells (the verb
  // opens its clause: in "residents said soldiers shot him", the soldiers are what the residents tell of).
  const verb = SPEAKER_ARTICLES.has(words[i - 1]) ? i - 2 : i - 1;
  const clause = FILLER.has(words[verb - 1]) ? verb - 1 : verb;
  if (REPORTING.has(words[verb]) && opensClause(clause) && acts.length > 0 && acts[0] < verb && acts[acts.length - 1] < end) return true;
  // "the army said ...", "la police provinciale a indiqué", "the army said in a statement": the subject of a reporting verb,
  // not the object of an act told before it ("militants attacked the army, officials said").
  if (acts.length > 0 && acts[0] < i) return false;
  let j = end;
  let skipped = 0;
  while (j < words.length && skipped < 3 && !REPORTING.has(words[j]) && !acts.includes(j) && (FILLER.has(words[j]) || skipped < 1)) {
    j++;
    skipped++;
  }
  if (j >= words.length || !REPORTING.has(words[j])) return false;
  // "militants were reported to have attacked", "is said to": the actor is the one reported on.
  if (PASSIVE_AUX.has(words[j - 1]) || words[j + 1] === 'to') return false;
  // Only a speaker that tells of an act: "the army said it had killed" (its own act) or "police said gunmen
  // killed" (another's). "The armed forces announced an operation" tells the speaker's own doing.
  const next = acts.find((k) => k > j);
  if (next === undefined) return false;
  // What it says starts at "that" when the statement is introduced first: "said in a statement on Tuesday that they
  // had carried out strikes".
  const that = words.slice(j + 1, j + 1 + STATEMENT_WORDS).findIndex((w) => w === 'that' || w === 'que' || w === 'qu');
  const from = that >= 0 ? j + 1 + that : j;
  const own = words.slice(from + 1, from + 1 + ACT_WINDOW).some((w) => SELF.has(w)) && next <= from + ACT_WINDOW;
  // "said in a statement ... that its fighters had planted the bomb": its own men are the subject of the act.
  const ownMen = words.slice(Math.max(j + 1, next - OWN_SUBJECT), next).some((w) => SELF.has(w));
  return !own && !ownMen;
}

/** Verbs of blame (folded): "the army blamed the RSF", "le gouvernement a accusé les rebelles", "imputé". */
const BLAME = wordSet('blame');
/** Words a subject may run to before its verb of blame: "the Sudanese army and the governor of Darfur blamed". */
const BLAME_WINDOW = 6;
const RELATIVE_WORDS = new Set(['which', 'who', 'whom', 'that', 'qui', 'que', 'dont']);

/** Words right after "accused" that make it a participle of the one accused: "a civilian accused of", "accusé de". */
const ACCUSED_OF = new Set(['of', 'for', 'de', 'd']);

/**
 * The subject of a verb of blame accuses another of the event: it is no participant ("the army and the governor
 * blamed the RSF for the strike"). Not when the blame is passive ("the RSF was blamed", "a civilian accused of")
 * nor across another verb or a relative clause ("militants killed a man accused of", "the RSF, which the army blamed").
 */
function accuses(words: readonly string[], i: number, length: number, acts: Acts): boolean {
  for (let j = i + length; j < words.length && j < i + length + BLAME_WINDOW; j++) {
    if (BLAME.has(words[j])) return !PASSIVE_AUX.has(words[j - 1]) && words[j - 1] !== 'ete' && !ACCUSED_OF.has(words[j + 1]);
    if (acts.includes(j) || RELATIVE_WORDS.has(words[j]) || REPORTING.has(words[j]) || words[j].endsWith('ed')) return false;
  }
  return false;
}

/** What stands between two groups the report cannot choose between: "and/or", "or (the)", "/", "et/ou", "ou (de l')". */
const JOINT = /^\s*(?:and\s*\/\s*or|or|\/|et\s*\/\s*ou|ou(?:\s+bien)?)\s*(?:the\s+|de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|l['’]\s*|le\s+|la\s+|les\s+)?$/i;

/** Role words that, right after a group's name, are its members ("ISGS fighters", "MSA militiamen"). */
const GROUP_MEN = new Set<Role>(['armed', 'communal', 'islamist']);

/** Role words that, right after a force's name, are its own men or machines ("FAMa soldiers"). */
const FORCE_MEN = new Set<Role>(['military', 'police', 'gendarmes']);

/** An actor naming a state's or a foreign force by name ("FAMa", "Barkhane", "MINUSMA"). */
function forceOf(a: ActorEntry | null): boolean {
  return a !== null && !a.id.includes('@') && (a.inter === 'State forces' || a.inter === 'External/Other forces');
}

/** Roles under which an ethnic group's name is its militia ("Dogon militiamen", "Fulani gunmen"). */
const MILITIA_ROLES = new Set<Role>(['communal', 'armed', 'islamist']);

/**
 * Words for a community's people and places: an ethnic name next to one of them names the people, victims
 * rather than a militia ("the Dogon village of", "a Tuareg camp", "village peul", "deux bergers peuls").
 */
const COMMUNITY = wordSet('community');
const FIRST_LEVEL_UNITS = wordSet('first_level_units');

/**
 * The ethnic name at i (n words) names a region: "Amhara region", "Amhara's Gojjam", "la région Afar" (not a smaller
 * unit: "the Dogon commune of Wadouba" is the people's).
 */
function namesRegion(tokens: Token[], i: number, n: number): boolean {
  const next = tokens[i + n]?.norm;
  const unit = tokens[i - 1];
  const after = unit !== undefined && FIRST_LEVEL_UNITS.has(unit.norm) && tokens[i].start - unit.end === 1 && ['la', 'l', 'the'].includes(tokens[i - 2]?.norm);
  return FIRST_LEVEL_UNITS.has(next) || (next === 's' && tokens[i + n + 1]?.capitalized === true) || after;
}

/** Verbs that send forces somewhere (folded): "troops were deployed", "des renforts ont été dépêchés". */
const DISPATCH = wordSet('dispatch');

/**
 * Forces a later sentence only sends, with no act of violence in it ("reinforcements were sent to restore calm",
 * "des renforts de l'armée ont été dépêchés"): they came after the event and are no side of it. In the report's
 * opening the forces sent are its subject ("soldiers were deployed to begin an operation").
 */
function onlySent(words: readonly string[], acts: Acts): boolean {
  return acts.length === 0 && words.some((w) => DISPATCH.has(w));
}

export function actorsStage(lexicon: ActorLexicon): Stage {
  return {
    name: 'actors',
    run(doc: Doc) {
      for (const sentence of doc.sentences) {
        const tokens = doc.sentenceWords(sentence.index);
        const words = tokens.map((t) => t.norm);
        const upper = tokens.map(allCaps);
        let acts: Acts | null = null;
        let last: ActorSpan | null = null;
        /** The index of the word after the last span. */
        let lastEnd = 0;
        /** Where a community named just before a group starts ("the Dogon Dan Na Ambassagou militia"). */
        let community: number | null = null;
        for (let i = 0; i < words.length; i++) {
          const match = lexicon.matchAt(words, i, upper);
          if (!match) continue;
          // "Tuareg GATIA fighters", "Dogon Dan Na Ambassagou militiamen": the community tells who the group's men are.
          if (match.ethnic && !match.role && lexicon.matchAt(words, i + match.length, upper)?.entry?.country === null) {
            community = tokens[i].start;
            i += match.length - 1;
            continue;
          }
          const start = community ?? tokens[i].start;
          community = null;
          // "to set up an Islamic state", "instaurer un État islamique": a kind of state, not the group.
          if (match.entry && lexicon.isRegional(match.entry) && words.slice(Math.max(0, i - 2), i).some((w) => INDEFINITE.has(w))) continue;
          // "Tsafe local government area": a district, not the government.
          if (words[i] === 'government' && words[i - 1] === 'local' && (words[i + 1] === 'area' || words[i + 1] === 'areas')) continue;
          acts ??= actWords(tokens);
          const before = words.slice(Math.max(0, i - 4), i).join(' ');
          const opensClause = (k: number) => k <= 0 || CLAUSE_BREAK.test(doc.text.slice(tokens[k - 1].end, tokens[k].start));
          const descriptive =
            DESCRIPTIVE.some((d) => before.includes(d)) || alleged(words, i) || onlyReports(words, i, match.length, acts, opensClause) || accuses(words, i, match.length, acts);
          const { actor, role } = interpret(lexicon, match, words, i);
          // "gunmen believed to be Nigerians": a people after a copula says who someone is, not who was hurt.
          const said = match.people === true && PASSIVE_AUX.has(words[i - 1]);
          const sent = ((role !== null && FORCE_MEN.has(role)) || forceOf(actor)) && sentence.index > 0 && onlySent(words, acts);
          const span: ActorSpan = {
            start,
            end: tokens[i + match.length - 1].end,
            actor,
            role,
            country: match.country ?? match.entry?.country ?? null,
            descriptive: descriptive || sent || said,
            sentence: sentence.index,
          };
          if (match.role?.weapon) span.fired = true;
          i += match.length - 1;
          const between = last ? doc.text.slice(last.end, span.start) : '';
          if (last && !descriptive && joinable(last) && joinable(span) && last.actor!.id !== span.actor!.id && JOINT.test(between)) {
            last.actor = lexicon.joint(last.actor!, span.actor!);
            last.end = span.end;
            continue;
          }
          // "Katiba Macina (JNIM)", "MNLA (CMA)": a group in brackets after another tells whose it is.
          const close = /^\s*\)/.exec(doc.text.slice(span.end, span.end + 4));
          // "insurgents linked to the Islamic State", "hommes armés affiliés à l'EIGS": a group men of no group are tied to
          // is theirs, not a description of another group.
          if (last && joinable(span) && unnamedMen(last) && tiedTo(words.slice(lastEnd, i - match.length + 1))) {
            last.actor = span.actor;
            last.end = span.end;
            continue;
          }
          // "Dogon militiamen (Dan Na Ambassagou)", "gunmen (JNIM)": a group in brackets after men of no group names them.
          if (last && joinable(span) && /^\s*\(\s*$/.test(between) && close && unnamedMen(last)) {
            last.actor = span.actor;
            last.end = span.end + close[0].length;
            continue;
          }
          if (last && joinable(last) && joinable(span) && /^\s*\(\s*$/.test(between) && close) {
            // An umbrella in brackets ("Ansaroul Islam (JNIM)") is whom the group acted for: ACLED's main actor.
            if (lexicon.isUmbrella(span.actor!) && !lexicon.isUmbrella(last.actor!)) last.actor = lexicon.withParent(last.actor!, span.actor!);
            last.end = span.end + close[0].length;
            continue;
          }
          // "GATIA militiamen", "Katiba Macina (JNIM) militants": the role word names the group's own men.
          if (last && !match.entry && !match.ethnic && role !== null && GROUP_MEN.has(role) && joinable(last) && /^\s*(?:\([^()]*\)\s*)?$/.test(between)) {
            last.end = span.end;
            continue;
          }
          // "FAMa soldiers", "Barkhane helicopters", "MINUSMA peacekeepers": the force's own men and machines.
          if (last && !match.entry && !match.ethnic && role !== null && FORCE_MEN.has(role) && forceOf(last.actor) && /^\s*$/.test(between)) {
            last.end = span.end;
            continue;
          }
          // "Gomde-Fulbe", "Libe-Peulh": an ethnic name inside a compound place name.
          if (match.ethnic && !match.role && (doc.text[span.start - 1] === '-' || doc.text[span.end] === '-')) continue;
          // "Ethiopia's Amhara region", "Amhara's Gojjam", "la région Afar": a region named after its people.
          if (match.ethnic && !match.role && namesRegion(tokens, i, match.length)) continue;
          if (actor === null && role === null) continue;
          doc.actors.push(span);
          last = span;
          lastEnd = i + 1;
          // "soldats maliens et français": the French are soldiers too.
          const also = match.role && match.country ? lexicon.coordinatedAt(words, i + 1, match.role, upper) : null;
          if (also?.country) {
            const k = i + 2;
            doc.actors.push({ ...span, ...interpret(lexicon, also, words, k), start: tokens[k].start, end: tokens[k + also.length - 1].end, country: also.country });
            i = k + also.length - 1;
          }
        }
      }
    },
  };
}

const LETTER = /\p{L}/u;

/** A word of two characters or more all in capitals, as an acronym is written ("JNIM", "FAMa" is not). */
function allCaps(token: { text: string }): boolean {
  const text = token.text;
  if (text.length < 2) return false;
  // Most words have a small ASCII letter in their first two characters: told without an upper-case copy.
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  if ((first >= 97 && first <= 122) || (second >= 97 && second <= 122)) return false;
  return text === text.toUpperCase() && LETTER.test(text);
}

/** Indexes of the words of the sentence that are words of violence (known from the lexicon of cues), in order. */
function actWords(tokens: readonly { norm: string }[]): Acts {
  const out: number[] = [];
  tokens.forEach((t, k) => {
    if (ACT_STEMS.test(t.norm)) out.push(k);
  });
  return out;
}
/** Stems of acts of violence, English and French, for telling whether a speaker reports its own act. */
const ACT_STEMS = /^(?:kill|attack|planted|storm|fired|firing|clash|ambush|fought|fight|repel|repuls|neutrali|destroy|arrest|captur|shot|struck|strike|bomb|raid|seiz|abduct|kidnap|tue|attaqu|repouss|abatt|arret|interpell|detrui|saisi|enlev|frapp|bombard|emmen|affront|combats|accroch|embusc)/;

/** Armed men the report names by their kind or community only: "gunmen", "Dogon militiamen". */
function unnamedMen(span: ActorSpan): boolean {
  if (span.actor) return span.actor.id.startsWith('ethnic-militia@');
  return span.role !== null && GROUP_MEN.has(span.role);
}

/** A named non-state group, the kind ACLED joins in "X and/or Y". */
function joinable(span: ActorSpan): boolean {
  const a = span.actor;
  return a !== null && a.country === null && !a.id.includes('@') && ['Rebel group', 'Political militia', 'Identity militia'].includes(a.inter);
}

/** The actor entry and role a match stands for, ethnic groups and kinds of people included. */
function interpret(lexicon: ActorLexicon, match: ActorMatch, words: readonly string[], i: number): { actor: ActorEntry | null; role: Role | null } {
  const role = match.role?.role ?? null;
  // "Security forces", "FDS nigériennes": the army or the police, told by the event's type.
  if (match.role?.crowd) return { actor: lexicon.pendingGroup(match.role), role };
  if (match.entry) return { actor: match.entry, role };
  if (match.ethnic) {
    if (role !== null && MILITIA_ROLES.has(role)) return { actor: lexicon.pendingEthnic(match.ethnic, 'militia'), role: 'communal' };
    if (role === 'civilians') return { actor: lexicon.pendingEthnic(match.ethnic, 'group'), role };
    if (role !== null) return { actor: null, role };
    const next = words[i + match.length];
    const previous = words[i - 1];
    if ((next && COMMUNITY.has(next)) || (previous && COMMUNITY.has(previous))) {
      return { actor: lexicon.pendingEthnic(match.ethnic, 'group'), role: 'civilians' };
    }
    return { actor: lexicon.pendingEthnic(match.ethnic, 'people'), role: null };
  }
  if (match.role) return { actor: lexicon.pendingGroup(match.role), role };
  return { actor: null, role };
}

