/**
 * Actors: the armed groups, forces and kinds of people the report names, from the actor lexicon
 * (data/actors): named groups with their aliases in English and French ("JNIM", "GSIM", "Katiba Macina"),
 * state forces named through their country ("Malian soldiers", "FAMa"), and bare roles ("gunmen",
 * "villagers", "protesters") that the events stage turns into ACLED's generic actors.
 * A group named only to describe another ("affiliated with Al-Qaeda") is marked descriptive: it takes no
 * part in the event.
 */
import type { Doc, Stage } from '../doc/doc.js';
import type { ActorLexicon } from '../lexicon/actors.js';
import { isWord } from './tokens.js';

const DESCRIPTIVE = [
  ['affiliated', 'with'],
  ['affiliated', 'to'],
  ['linked', 'to'],
  ['close', 'to'],
  ['allied', 'with'],
  ['allied', 'to'],
  ['loyal', 'to'],
  ['affiliate', 'of'],
  ['branch', 'of'],
  ['affilie', 'a'],
  ['affilies', 'a'],
  ['lie', 'a'],
  ['lies', 'a'],
  ['proche', 'de'],
  ['proches', 'de'],
];

export function actorsStage(lexicon: ActorLexicon): Stage {
  return {
    name: 'actors',
    run(doc: Doc) {
      for (const sentence of doc.sentences) {
        const tokens = doc.sentenceTokens(sentence.index).filter(isWord);
        const words = tokens.map((t) => t.norm);
        const upper = tokens.map((t) => t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text));
        for (let i = 0; i < words.length; i++) {
          const match = lexicon.matchAt(words, i, upper);
          if (!match) continue;
          const before = words.slice(Math.max(0, i - 4), i).join(' ');
          const descriptive = DESCRIPTIVE.some((d) => before.includes(d.join(' ')));
          doc.actors.push({
            start: tokens[i].start,
            end: tokens[i + match.length - 1].end,
            actor: match.entry ?? null,
            role: match.role?.role ?? null,
            country: match.country ?? match.entry?.country ?? null,
            descriptive,
            sentence: sentence.index,
          });
          i += match.length - 1;
        }
      }
    },
  };
}
