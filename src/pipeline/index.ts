/**
 * The pipeline: the stages in the order they run. Each stage is one module with one job; it reads what earlier
 * stages wrote on the Doc and adds one kind of span. To find where a field is decided, open its stage:
 *
 *   sentences   sentence boundaries                           sentences.ts
 *   tokens      words and punctuation, folded                 tokens.ts
 *   language    a warning when the report is not EN or FR      language.ts
 *   layout      the headline and the dateline                  layout.ts
 *   numbers     counts in digits or words, vague words         numbers.ts
 *   dates       dates resolved against publication             dates.ts
 *   actors      armed groups, forces, roles ("gunmen")        actors.ts
 *   places      gazetteer places, homonyms, geo precision      places.ts
 *   triggers    words that signal a kind of event              triggers.ts
 *   casualties  killed / wounded / arrested counts             casualties.ts
 *   events      news versus background, sentence by sentence   events/news.ts
 *               mentions grouped into ACLED events; then per   events/index.ts
 *               event:
 *                 event_type, sub_event_type                   events/typing.ts (targets.ts)
 *                 actor1, actor2, associated actors, inter     events/participants.ts
 *                 fatalities, wounded, arrested                events/fatalities.ts
 *                 location, admin1-3, geo_precision            events/location.ts
 */
import type { Stage } from '../doc/doc.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import type { LanguageCode, LanguageData } from '../lang/index.js';
import type { ActorLexicon } from '../lexicon/actors.js';
import type { ActorAreas } from '../lexicon/areas.js';
import { actorsStage } from './actors.js';
import { casualtiesStage } from './casualties.js';
import { datesStage } from './dates.js';
import { eventsStage } from './events/index.js';
import { languageStage } from './language.js';
import { layoutStage } from './layout.js';
import { numbersStage } from './numbers.js';
import { placesStage } from './places.js';
import { sentencesStage } from './sentences.js';
import { tokensStage } from './tokens.js';
import { triggersStage } from './triggers.js';

export interface Resources {
  gazetteer: Gazetteer;
  actors: ActorLexicon;
  /** Each language's words: a report is read with its own language's (src/pipeline/language.ts). */
  languages: Record<LanguageCode, LanguageData>;
  /** Where groups and communities are mostly found: a clue among homonymous villages (optional). */
  areas?: ActorAreas;
}

/** The stages that read a report in one language. */
export function buildPipeline({ gazetteer, actors, languages, areas }: Resources, language: LanguageCode): Stage[] {
  const lang = languages[language];
  return [
    sentencesStage(lang),
    tokensStage(),
    languageStage(lang),
    layoutStage(),
    numbersStage(lang),
    datesStage(lang),
    actorsStage(actors),
    placesStage(gazetteer, lang, actors, areas),
    triggersStage(lang, gazetteer),
    casualtiesStage(lang),
    eventsStage(gazetteer, actors, lang),
  ];
}
