/**
 * The document every pipeline stage shares: the text and the typed spans the stages add to it. Stages write
 * here and nowhere else; every annotation is a span with character offsets into `text`, so the evidence of
 * every extracted field comes for free.
 */
import type { BackgroundMention, Event } from '../schema/event.js';
import type { ActorEntry, Role } from '../lexicon/actors.js';
import type { Place } from '../geo/gazetteer.js';
import type { LanguageCode } from '../lang/index.js';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  /** First index into `doc.tokens` of this sentence, and one past its last. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Token extends Span {
  text: string;
  /** Lower case, accents folded: what lexicons match against. */
  norm: string;
  sentence: number;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
  /** Made of letters or digits, not punctuation. */
  word: boolean;
}

export interface NumberSpan extends Span {
  value: number;
  /** "at least 21" (lower bound), "about 20", or a vague word ("dozens") valued by ACLED's rules. */
  qualifier: 'exact' | 'at_least' | 'about' | 'vague';
  sentence: number;
}

export interface DateSpan extends Span {
  /** The resolved day (YYYY-MM-DD), or null when it cannot be known (no publication date, a bare year). */
  date: string | null;
  precision: 1 | 2 | 3;
  /** The year the phrase points to, even when the day is unknown ("in 2012", "since 2015"). */
  year: number | null;
  /** Relative to the publication date ("on Friday"), to another event ("the day before"), or absolute. */
  anchor: 'published' | 'previous' | 'absolute';
  /** For anchor 'previous': days from the date of the event being told ("the day before": -1). */
  offset: number;
  /** The last day of a range ("June 2-4": June 4), whose first day is `date`. */
  until?: string;
  sentence: number;
}

/**
 * 'coded': where a coder's note in ACLED's notes places the event, "(coded as Sirana at geoprecision 2)"; 'axis': a
 * town that names a road, "on the Maiduguri-Damboa road"; 'destination': where people were going or fled to ("a
 * convoy heading to Djibo", "thousands fled to Goma"); 'origin': where shells or rockets were fired from, not
 * where they fell ("rockets fired from positions near Sake").
 */
export type PlaceRelation = 'in' | 'near' | 'distance' | 'region' | 'border' | 'coded' | 'axis' | 'origin' | 'destination';

export interface PlaceSpan extends Span {
  /** The name as written. */
  name: string;
  /** The gazetteer entry chosen among the candidates, or null when none was found. */
  place: Place | null;
  /** ACLED's geo precision this mention supports. */
  precision: 1 | 2 | 3;
  relation: PlaceRelation;
  /** Written in parentheses after another name, to describe it: "Petaka (Douentza, Mopti)". */
  parenthetical: boolean;
  sentence: number;
}

/** Kinds of actor a report names without naming a group ("gunmen", "soldiers", "villagers"). */
export type ActorRole = Role;

export interface ActorSpan extends Span {
  /** The lexicon entry of a named actor ("JNIM", "Malian soldiers"); null for a bare role word. */
  actor: ActorEntry | null;
  role: ActorRole | null;
  /** The country a demonym or a state actor ties it to ("Malian soldiers": ML). */
  country: string | null;
  /** Named only to describe another ("affiliated with Al-Qaeda"): not a participant of the event. */
  descriptive: boolean;
  /** Named by what it fired ("Russian missiles"): the force is the author of the strike. */
  fired?: boolean;
  sentence: number;
}

/**
 * The kinds of cue a trigger word gives. They are not sub-event types: "attack" is a battle against soldiers
 * and violence against civilians against villagers; the events stage decides by ACLED's rules.
 */
export const CUES = [
  'clash',
  'attack',
  'kill',
  'harm',
  'air_strike',
  'suicide',
  'shelling',
  'ied',
  'grenade',
  'abduct',
  'sexual',
  'protest',
  'riot',
  'intervention',
  'mob',
  'arrest',
  'loot',
  'defuse',
  'agreement',
  'movement',
  'recapture',
  'overtake',
  'base',
  'coup',
  'escape',
  'attempt',
  'threat',
  'crowd',
] as const;
export type Cue = (typeof CUES)[number];

/** A word or phrase that signals a kind of event ("ambushed", "IED", "marched"). */
export interface TriggerSpan extends Span {
  cue: Cue;
  /** The trigger's words, folded ("opened fire"). */
  phrase: string;
  sentence: number;
  /** Negated ("no clashes were reported", "did not attack"). */
  negated: boolean;
}

export type CasualtyRole = 'killed' | 'wounded' | 'arrested' | 'abducted';
export type Side = 'attackers' | 'forces' | 'civilians';

/** A count of people killed, wounded, arrested or abducted ("six wounded", "7 assailants neutralized"). */
export interface CasualtySpan extends Span {
  role: CasualtyRole;
  count: number;
  qualifier: NumberSpan['qualifier'];
  /** Who the count is about, when the text says: the attackers, the state's forces, civilians. */
  side: Side | 'unknown';
  /** A running total ("the toll rose to 12", "in total") rather than a part. */
  total: boolean;
  /** A total revised upwards ("the toll rose to 12"), rather than one source's figure among others. */
  revised?: boolean;
  /** Told as more people on top of a count given before ("two more died", "three others were killed"). */
  additional?: boolean;
  /** Listed after another count of the same toll ("a commander and his driver"): other people of that toll. */
  listed?: boolean;
  sentence: number;
}

export class Doc {
  readonly text: string;
  /** Publication date of the report (YYYY-MM-DD), the anchor of relative dates; null when unknown. */
  readonly published: string | null;
  /** The language the report is read in (its own, src/pipeline/language.ts). */
  readonly language: LanguageCode;
  sentences: Sentence[] = [];
  tokens: Token[] = [];
  numbers: NumberSpan[] = [];
  dates: DateSpan[] = [];
  places: PlaceSpan[] = [];
  actors: ActorSpan[] = [];
  triggers: TriggerSpan[] = [];
  casualties: CasualtySpan[] = [];
  /** Index of the sentence that is the report's headline, if it has one. */
  headline: number | null = null;
  /** The dateline ("GOMA, Feb 8 —"): where and when the reporter filed, not the event's place or date. */
  dateline: Span | null = null;
  events: Event[] = [];
  background: BackgroundMention[] = [];
  warnings: string[] = [];
  private words: Token[][] = [];

  constructor(text: string, published: string | null = null, language: LanguageCode = 'en') {
    this.text = text;
    this.published = published;
    this.language = language;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** The tokens of one sentence. */
  sentenceTokens(sentence: number): Token[] {
    const s = this.sentences[sentence];
    return s ? this.tokens.slice(s.tokenStart, s.tokenEnd) : [];
  }

  /** The word tokens of one sentence, punctuation left out: built once, after the tokens stage, and shared by every caller, so never modified. */
  sentenceWords(sentence: number): Token[] {
    let words = this.words[sentence];
    if (!words) this.words[sentence] = words = this.sentenceTokens(sentence).filter((t) => t.word);
    return words;
  }

  /** Index of the sentence holding a character offset, or -1. */
  sentenceAt(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}

/** One stage of the pipeline: reads what earlier stages wrote on the document and adds one kind of span. */
export interface Stage {
  readonly name: string;
  run(doc: Doc): void;
}
