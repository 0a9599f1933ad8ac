/**
 * Triggers: the words that signal a kind of event ("ambushed", "IED", "marched", "abducted"), each with its
 * cue (src/lang/<language>/triggers.json). A trigger right after a negation ("no clashes", "did not attack")
 * is kept but marked negated, so the events stage can ignore it. Words inside a date ("March 7") are no cue.
 *
 * Some words are ambiguous and read in context:
 * - "strike(s)" is a labour strike, unless an air or drone strike is near (the same or the two sentences before),
 *   or the report tells one and no demonstration, and no labour word is in its sentence: "the strike hit a market" after "a drone strike" is the air strike.
 *   Right after a country's adjective it is a state's air or missile strike ("Israeli strikes killed 20 people",
 *   "Russian strikes hit Kharkiv"), and so is French "frappe(s)" right before one ("des frappes russes"), which
 *   is otherwise a beating.
 * - a bare "mine(s)" next to mining words ("l'exploitation des mines", "gold mines", "mine site"), after a name
 *   ("the Inata mine") or after a possessive ("our fields and our mines") is no explosive; a bare
 *   "helicopter(s)" that carries people and fires at nobody ("soldiers arrived by helicopter") is transport, no air strike.
 * - a coup after "since", "following" or a year ("the failed coup", "the 2021 coup", "depuis le coup d'État") is recalled.
 * - people "taken to hospital" were carried to care, not abducted.
 * - residents, students or protesters who gather or close a place down ("gathered outside the prefecture", "closed
 *   down the town hall", "ont fermé la mairie") demonstrate; not people gathered by others ("the meeting gathered
 *   150 chiefs"), nor when armed men are in the sentence, the place was closed by someone unnamed, or a strike is told.
 * - a demonstration after "from" ("to stop traders from gathering") was kept from happening.
 * - escaping is a jailbreak only beside a place or people of detention ("escaped from the prison", "inmates broke
 *   out"); "the driver escaped from the gunmen" got away.
 * - shooting "in the air" ("opened fire in the air", "firing a gunshot in the air") is a show of force, no attack on
 *   anyone: the group's activity.
 * - killing animals ("killed two sheep") is destroying property.
 * - "engaged" before a strike ("engaged a 96-hour strike") begins it, no fighting.
 * - an act after "would" or "will" is a threat or a prospect ("or they would return to kill him").
 * - security forces seizing weapons ("the police seized twenty firearms", "weapons were seized") disrupt weapons
 *   use: it is no looting.
 * - "to fight malaria", "their fight against terrorism" is an aim or a cause, no fighting; "an armed group fighting the
 *   government" says what a group is.
 * - "dismantled" a base or camp is an operation against the group (a clash); a cell or network, arrests.
 * - "frapper à la porte", "frappé aux portes" is knocking, no beating.
 * - French "marché" after "le", "au", "du" (or accented and no auxiliary before it) is a market, no march.
 * - a gathering of armed men ("un rassemblement de terroristes", "a gathering of militants") is no demonstration,
 *   nor is one a drone strike or a blast hit ("une frappe de drone a touché un rassemblement").
 * - a crowd that disperses by itself ("la marche s'est dispersée", "dispersed peacefully") met no intervention.
 * - an act told in the same sentence after another but dated days later ("... killing three soldiers, and
 *   militants launched an assault on a base two days later") belongs to that later event, not to this one.
 */
import type { ActorSpan, Doc, Stage, Token } from '../doc/doc.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import type { LanguageData } from '../lang/index.js';
import { isArmed } from './events/typing.js';
import { wordSet, wordSetsByLanguage } from '../lang/words.js';

/** "n'" is French "ne" elided: "personne n'a été blessé". */
const NEGATIONS = new Set(['no', 'not', 'never', 'without', 'nor', 'nobody', 'none', 'noone', 'aucun', 'aucune', 'pas', 'sans', 'ni', 'n']);
const NEGATION_WINDOW = 3;
/** What joins the items of a negated list: "no clashes or injuries", "aucun mort ni blessé". */
const LIST_LINK = /^\s*(?:,|or|nor|and|ou|ni|et)\s*$/i;
const CLAUSE_BREAK = /[),;:]/;
/**
 * Words that make the act after them one feared or warded off, not one that happened: "fled, fearing new attacks",
 * "craignant de nouvelles attaques", "to prevent attacks". Not before words of death ("feared dead" is a toll).
 */
const UNREAL = wordSet('fear_prevent');

/** Modals that make the act after them a threat or a prospect: "they would return to kill him". */
const MODALS = new Set(['would', 'will']);
const LABOUR = wordSet('labour');
const AERIAL = wordSet('aerial');
/** Words of mining around "mine": a mining site, no explosive (each language's own: the French "or" is gold). */
const MINING = wordSetsByLanguage('mining');
/** Words before "coup" that make it one recalled: "since the coup", "following the failed coup", "depuis le putsch". */
const SINCE_COUP = new Set(['since', 'after', 'following', 'during', 'depuis', 'apres', 'suite', 'lors', 'pendant']);
/** Places of care: people "taken to hospital" were not abducted. */
const CARE = wordSet('care');
/** Possessives before "mine(s)" that make it a mining site someone works: "our mines", "leurs mines". */
const POSSESSIVES = new Set(['our', 'their', 'my', 'your', 'his', 'her', 'nos', 'leur', 'notre', 'mes', 'ma', 'leurs', 'votre', 'vos']);
/** Words of carrying people: a helicopter that brings or takes away troops or the wounded. */
const AIR_TRANSPORT = wordSet('air_transport');
/** Nouns of an armed group that "fighting" after them describes: "an armed group fighting the government". */
const GROUP_NOUNS = wordSet('group_nouns');
const INDEFINITE = wordSet('indefinite_articles');
/** Words of firing or bombing that make a helicopter a weapon. */
const AIR_FIRE = wordSet('air_fire');
/** Words of weapons: seizing them is disrupting their use. */
const WEAPONS = wordSet('weapons');
const SEIZING = /^(?:seiz|saisi)/;
/** French words before "marché" that make it a market (masculine), not a march (feminine "la marche"). */
const MARKET_BEFORE = new Set(['au', 'du', 'le', 'un', 'ce', 'grand', 'petit', 'aux']);
/** Auxiliaries before "marché" that make it the verb: "ils ont marché". */
const MARCHED_AFTER = new Set(['ont', 'a', 'avaient', 'avait', 'ayant', 'sont']);
/** Animals whose killing is the destruction of property. */
const ANIMALS = wordSet('animals');
/** People named by their animals: "a livestock trader", "a cattle herder". */
const ANIMAL_KEEPERS = wordSet('animal_keepers');
/** What a force dismantles when it strikes a group, not a weapon: its bases, and its cells (by arrests). */
const GROUP_BASES = wordSet('group_bases');
/** Bombs that a force makes safe when it dismantles them. */
const BOMBS = wordSet('bombs');
const GROUP_NETWORKS = wordSet('group_networks');
/** Words before "fight against" that make it a cause led, not a fight fought: "the fight against terrorism". */
const CAUSE_OWNERS = new Set(['the', 'their', 'its', 'our', 'his', 'her', 'this']);
const GATHERINGS = wordSet('gatherings');
/** Cues of weapons that strike from afar or explode: what they hit is their target, not the one who acts. */
const REMOTE = new Set(['air_strike', 'shelling', 'suicide', 'grenade', 'ied']);
/** Words that make an act one told before this event: "an earlier ambush", "l'attaque précédente". */
const EARLIER = wordSet('earlier_acts');
/** Words that make the acts after them the setting of an event: "recent clashes", "in the context of violence". */
const CONTEXT = wordSet('context_acts');
/** People named by the bombs they lay: "mine planters", "IED makers" are men, no blast. */
const BOMB_MAKERS = wordSet('bomb_makers');
/** Words of a crowd gathering or closing a place: by residents or students, a way to demonstrate. */
const CROWD_ACTS = wordSet('crowd_acts');
/** Those of them that gather: with an object ("the meeting gathered 150 chiefs", "gathered the bodies") no crowd assembles. */
const CROWD_GATHERINGS = wordSet('crowd_gatherings');
/** Words of a stoppage of work: shops closed in a strike are the strike, no demonstration. */
const WORK_STOPPAGE = wordSet('work_stoppage');
/** Auxiliaries of a passive before a closing word: "the town hall was closed down" says nothing of who closed it. */
const CLOSED_BY = new Set(['was', 'were', 'been', 'being', 'ete', 'est', 'sont']);
/** Places and people of detention: escaping is a jailbreak only beside one of them. */
const DETENTION = wordSet('detention');
const ACTS = new Set(['clash', 'attack', 'kill', 'harm', 'abduct', 'air_strike', 'suicide', 'shelling', 'ied', 'grenade']);

export function triggersStage(lang: LanguageData, gazetteer: Gazetteer): Stage {
  return {
    name: 'triggers',
    run(doc: Doc) {
      for (const sentence of doc.sentences) {
        const words = doc.sentenceWords(sentence.index);
        const dates = doc.dates.filter((d) => d.sentence === sentence.index);
        const names = doc.actors.filter((a) => a.sentence === sentence.index && a.actor && !a.role);
        for (let i = 0; i < words.length; i++) {
          // "March 7" is a date, not a march.
          if (dates.some((d) => words[i].start >= d.start && words[i].end <= d.end)) continue;
          const match = lang.cues.matchAt(words, i);
          if (!match) continue;
          // A capitalised word of a group's name is no act: "the Oromo Liberation Army", "the National Movement for
          // the Liberation of Azawad" (French "libération" is a release).
          const within = (w: Token) => w.capitalized && names.some((a) => w.start >= a.start && w.end <= a.end);
          if (words.slice(i, i + match.length).every(within)) continue;
          // A negation ends at a clause break or a closing bracket: "insurgents (not named) killed five people",
          // "police, not soldiers, fired".
          const before = words.slice(Math.max(0, i - NEGATION_WINDOW), i).filter((w) => !CLAUSE_BREAK.test(doc.text.slice(w.end, words[i].start)));
          // A negation covers a list: "no reports of clashes or injuries", "ni morts ni blessés".
          const previous = doc.triggers.at(-1);
          const listed = previous?.sentence === sentence.index && previous.negated && LIST_LINK.test(doc.text.slice(previous.end, words[i].start));
          doc.triggers.push({
            start: words[i].start,
            end: words[i + match.length - 1].end,
            cue: match.value,
            phrase: words.slice(i, i + match.length).map((w) => w.norm).join(' '),
            sentence: sentence.index,
            negated: listed || before.some((w) => NEGATIONS.has(w.norm) || MODALS.has(w.norm) || (UNREAL.has(w.norm) && match.value !== 'kill')),
          });
          i += match.length - 1;
        }
      }
      disambiguate(doc, gazetteer, lang);
    },
  };
}

/** Reads the ambiguous cues in their context (see the header). */
function disambiguate(doc: Doc, gazetteer: Gazetteer, lang: LanguageData): void {
  const wordsOf = new Map<number, Token[]>();
  const words = (s: number) => {
    let w = wordsOf.get(s);
    if (!w) wordsOf.set(s, (w = doc.sentenceWords(s)));
    return w;
  };
  // A report that tells an air or drone strike and no demonstration: its bare "strikes" are air strikes too.
  const strikeReport =
    doc.triggers.some((o) => o.cue === 'air_strike' && !o.negated && /strike|raid|frappe/.test(o.phrase)) &&
    !doc.triggers.some((o) => (o.cue === 'protest' || o.cue === 'riot') && o.phrase !== 'strike' && o.phrase !== 'strikes');
  for (const t of doc.triggers) {
    const ws = words(t.sentence);
    const at = ws.findIndex((w) => w.start === t.start);
    const norms = ws.map((w) => w.norm);
    const demonym = (w: string | undefined) => w !== undefined && gazetteer.countryByDemonym(w) !== undefined;
    // "the site of an earlier ambush on gendarmes", "the previous attack", "l'embuscade précédente": an act told
    // before this one, another event; "recent clashes", "in the context of intercommunal violence": its setting.
    const earlier = norms.slice(Math.max(0, at - 3), at).findIndex((w, k, before) => EARLIER.has(w) && lang.determiners.has(before[k - 1] ?? ''));
    const context = norms.slice(Math.max(0, at - 3), at).some((w) => CONTEXT.has(w));
    // "killed six men they claimed were mine planters": men named by their bombs, no blast.
    const makers = t.cue === 'ied' && BOMB_MAKERS.has(norms[at + t.phrase.split(' ').length] ?? '');
    if (ACTS.has(t.cue) && (earlier >= 0 || EARLIER.has(norms[at + 1] ?? '') || context || makers)) {
      t.negated = true;
      continue;
    }
    if (t.cue === 'protest' && (t.phrase === 'strike' || t.phrase === 'strikes') && demonym(norms[at - 1])) {
      // "Israeli strikes", "Russian strikes": a state strikes from the air, no one stops work.
      t.cue = 'air_strike';
    } else if (t.cue === 'harm' && (t.phrase === 'frappe' || t.phrase === 'frappes') && demonym(norms[at + 1])) {
      // "des frappes russes", "une frappe israélienne": an air or missile strike, no beating.
      t.cue = 'air_strike';
    } else if (t.cue === 'protest' && (t.phrase === 'strike' || t.phrase === 'strikes')) {
      if (norms.some((w) => LABOUR.has(w)) || norms[at - 1] === 'on' || norms[at - 1] === 'hunger') continue;
      const near = (s: number) =>
        s >= 0 && (doc.triggers.some((o) => o.sentence === s && o.cue === 'air_strike' && !o.negated) || words(s).some((w) => AERIAL.has(w.norm)));
      if (strikeReport || near(t.sentence) || near(t.sentence - 1) || near(t.sentence - 2)) t.cue = 'air_strike';
    } else if (t.cue === 'ied' && (t.phrase === 'mine' || t.phrase === 'mines')) {
      const around = [...norms.slice(Math.max(0, at - 3), at), ...norms.slice(at + 1, at + 3)];
      // "the Karma mine", "the Inata mine", "the mine in Youga", "la mine de Tambao": a named mine is a mining site.
      const placeName = (w: Token | undefined) => w !== undefined && w.capitalized && w.text !== w.text.toUpperCase();
      const named =
        (at > 1 && placeName(ws[at - 1])) ||
        ((norms[at - 1] === 'the' || norms[at - 1] === 'la') && ['in', 'at', 'of', 'de', 'd'].includes(norms[at + 1] ?? '') && placeName(ws[at + 2]));
      // "our fields and our mines", "leurs mines": a possession, a place of work.
      const owned = POSSESSIVES.has(norms[at - 1] ?? '');
      if (around.some((w) => MINING[doc.language].has(w)) || named || owned) t.negated = true;
    } else if (t.cue === 'coup' && norms.slice(Math.max(0, at - 3), at).some((w) => SINCE_COUP.has(w) || /^(?:19|20)\d\d$/.test(w))) {
      // "arrested since the failed coup", "the 2021 coup", "depuis le coup d'État": a coup recalled, none told.
      t.negated = true;
    } else if (t.cue === 'protest' && norms[at - 1] === 'from') {
      // "to stop traders from gathering", "prevented sympathizers from marching": a demonstration kept from happening.
      t.negated = true;
    } else if ((t.cue === 'threat' || t.cue === 'movement') && CROWD_ACTS.has(t.phrase)) {
      // "residents closed down the town hall", "students in Hounde closed down the high commissioner's office": a
      // crowd that shuts a place to be heard demonstrates; not when armed men or the state's men are there ("militants
      // closed down the school"), nor shops closed in a strike.
      const inSentence = doc.actors.filter((a) => a.sentence === t.sentence && !a.descriptive);
      const crowd = inSentence.some(
        (a) => a.end <= t.start && ['civilians', 'protesters', 'rioters'].includes(a.role ?? a.actor?.inter.toLowerCase() ?? ''),
      );
      const strike = doc.triggers.some((o) => o.sentence === t.sentence && WORK_STOPPAGE.has(o.phrase));
      const next = norms[at + t.phrase.split(' ').length] ?? '';
      const gathersSome = CROWD_GATHERINGS.has(t.phrase) && (lang.determiners.has(next) || /^\d/.test(next));
      if (crowd && !inSentence.some(isArmed) && !strike && !gathersSome && !CLOSED_BY.has(norms[at - 1] ?? '')) t.cue = 'protest';
    } else if (t.cue === 'escape' && !norms.some((w) => DETENTION.has(w))) {
      // "the driver escaped", "escaped from the attackers": a person got away, no one broke out of detention.
      t.negated = true;
    } else if (t.cue === 'abduct' && norms.slice(at + 1, at + 5).some((w) => CARE.has(w))) {
      // "four others were taken to hospital", "évacués vers l'hôpital": carried to care, no one abducted.
      t.negated = true;
    } else if (t.cue === 'air_strike' && /^helicop/.test(t.phrase)) {
      if (norms.some((w) => AIR_TRANSPORT.has(w)) && !norms.some((w) => AIR_FIRE.has(w))) t.negated = true;
    } else if ((t.cue === 'attack' || t.cue === 'harm') && /fire|shot/.test(t.phrase)) {
      if (/^\s+(?:in|into)\s+the\s+air\b|^\s+en\s+l'air\b/i.test(doc.text.slice(t.end, t.end + 16))) t.cue = 'movement';
    } else if (t.cue === 'loot' && SEIZING.test(t.phrase) && norms.some((w) => WEAPONS.has(w))) {
      const state = (a: ActorSpan) =>
        a.actor ? a.actor.inter === 'State forces' || a.actor.inter === 'External/Other forces' : ['military', 'police', 'gendarmes'].includes(a.role ?? '');
      const byState = doc.actors.some((a) => a.sentence === t.sentence && state(a));
      // A "military operation" that seized weapons tells no fighting of its own.
      const fighting = doc.triggers.some((o) => o.sentence === t.sentence && !o.negated && ACTS.has(o.cue) && !/operation/.test(o.phrase));
      if (byState && !fighting) t.cue = 'defuse';
    } else if (t.cue === 'kill' && norms.slice(at + 1, at + 4).some((w, k) => ANIMALS.has(w) && !ANIMAL_KEEPERS.has(norms[at + 2 + k] ?? ''))) {
      // "killed two sheep", "abattu du bétail": livestock killed is property destroyed, no one killed; not "killed
      // a livestock trader".
      t.cue = 'loot';
    } else if (t.cue === 'defuse' && /^dismantl/.test(t.phrase)) {
      // "dismantled a militant base", "camps were dismantled": an operation against the group, no weapon made
      // safe; "dismantled a terrorist cell", "an arms trafficking network": arrests.
      // The first thing named after it ("dismantled a presumed JNIM logistics base"), or before it ("were dismantled").
      const object = [...norms.slice(at + 1, at + 11), ...norms.slice(Math.max(0, at - 3), at).reverse()].find(
        (w) => GROUP_NETWORKS.has(w) || GROUP_BASES.has(w) || BOMBS.has(w),
      );
      if (object && GROUP_NETWORKS.has(object)) t.cue = 'arrest';
      else if (object && GROUP_BASES.has(object)) t.cue = 'clash';
    } else if (t.cue === 'clash' && t.phrase === 'fighting' && GROUP_NOUNS.has(norms[at - 1] ?? '') && norms.slice(Math.max(0, at - 4), at - 1).some((w) => INDEFINITE.has(w))) {
      // "the OLA, an armed group fighting the federal government": what the group is, no fighting told.
      t.negated = true;
    } else if (t.cue === 'clash' && t.phrase === 'fight') {
      // "to fight malaria", "to more effectively fight militancy", "their fight against terrorism": an aim or a
      // cause, no fighting told.
      const aim = norms.slice(Math.max(0, at - 3), at).includes('to');
      const cause = norms[at + 1] === 'against' && CAUSE_OWNERS.has(norms[at - 1] ?? '');
      if (aim || cause) t.negated = true;
    } else if (t.cue === 'clash' && t.phrase === 'engaged' && doc.triggers.some((o) => o.sentence === t.sentence && o.cue === 'protest' && o.start > t.end && o.start - t.end < 30)) {
      // "the union engaged a 96-hour strike": began a strike, no fighting.
      t.negated = true;
    } else if (t.cue === 'protest' && /^block/.test(t.phrase) && (norms[at + 1] === 'by' || ['was', 'were', 'been'].includes(norms[at - 1] ?? ''))) {
      // "the attackers were pursued and blocked by the army": stopped, no demonstrators blocking a road.
      t.negated = true;
    } else if (t.cue === 'harm' && /^frapp/.test(t.phrase)) {
      if (norms.slice(at + 1, at + 4).some((w) => w === 'porte' || w === 'portes')) t.negated = true;
    } else if (t.cue === 'protest' && t.phrase === 'marche') {
      // "le marché", "au marché de Djibo" is a market; "une marche", "ils ont marché" a march.
      const previous = norms[at - 1] ?? '';
      const accented = /é$/i.test(ws[at].text) && !MARCHED_AFTER.has(previous);
      if (MARKET_BEFORE.has(previous) || accented) t.negated = true;
    } else if (t.cue === 'protest' && GATHERINGS.has(t.phrase)) {
      // "un rassemblement de terroristes", "a gathering of militants" is armed men assembling, no demonstration.
      const next = ws[at + 3];
      const armedNext = doc.actors.some(
        (a) => a.sentence === t.sentence && a.start > t.end && (next === undefined || a.start <= next.end) && isArmed(a),
      );
      // "une frappe de drone a touché un rassemblement près d'un puits": a gathering a blast hit is its victims.
      const struck = doc.triggers.some((o) => o.sentence === t.sentence && o.end <= t.start && !o.negated && REMOTE.has(o.cue));
      if (armedNext || struck) t.negated = true;
    } else if (t.cue === 'intervention' && /^dispers/.test(t.phrase)) {
      const previous = norms[at - 1];
      const next = norms[at + 1];
      if (previous === 's' || previous === 'se' || ['peacefully', 'calmly', 'without', 'sans', 'calmement', 'dans'].includes(next ?? '')) t.negated = true;
    }
  }
  // An act in a later clause dated days after the sentence's first act belongs to that later event.
  for (const d of doc.dates) {
    if (d.anchor !== 'previous' || d.offset <= 0) continue;
    const inSentence = doc.triggers.filter((t) => t.sentence === d.sentence && !t.negated && ACTS.has(t.cue));
    const earlier = inSentence.filter((t) => t.end <= d.start);
    if (earlier.length < 2) continue;
    // The later act: the last act before the date, after a clause break from the first.
    const first = earlier[0];
    const text = doc.text.slice(first.end, d.start);
    const brk = text.search(/[,;]\s+(?:and|et|while|then|puis)\s/i);
    if (brk < 0) continue;
    const from = first.end + brk;
    for (const t of earlier) if (t.start > from && t.cue !== 'kill' && t.cue !== 'harm') t.negated = true;
  }
}
