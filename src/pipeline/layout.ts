/**
 * Layout: the parts of a news report that are not its story. A headline (a first line with no full stop,
 * standing alone as a paragraph) restates the lead, so it never starts an event of its own; a press release or a
 * communiqué may stack a label over it ("PRESS RELEASE", "COMMUNIQUÉ DU GOUVERNEMENT"), and the last of those
 * lines is taken as the headline. A dateline ("GOMA, Feb 8 —", "OUAGADOUGOU (AFP) -", "Pemba, 13 February
 * 2024 —", "Kinshasa, le 4 mai 2024 -") opens the lead and says where the reporter filed from and when, not
 * where or when the event happened.
 */
import type { Doc, Stage } from '../doc/doc.js';

const MAX_HEADLINE_WORDS = 25;
/** Headline-like lines looked at before the lead: a label, a kicker, the headline itself. */
const MAX_HEADLINES = 3;
/**
 * A city in capitals; or a name in ordinary case followed by a news agency in brackets or by a comma and a date
 * (a day number within a few words); then optionally a place or a date after a comma, then a dash. A name in
 * ordinary case right before a long dash ("Mogadishu — At least seven ..."), or before a short one and a capital
 * ("Bamako - Des centaines ..."), is one too: a sentence does not open on a name and a dash. So is a city in
 * capitals and a colon, as South Asian papers write it ("PESHAWAR: Two policemen ...").
 */
const DATELINE =
  /^\s*(?:(?:[A-Z][A-Z'’.-]+(?:[ /-][A-Z][A-Z'’.-]+)*|[A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+)*(?=\s*\((?:AFP|AP|Reuters|ANI|APA|Xinhua|AA|dpa|ATS)\)|,(?: \p{L}+){0,2} \d))(?:\s*\([^)\n]{1,30}\))?(?:,[^\n—–]{1,80}?)?\s*(?:—|–|--?)|[A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){0,2} (?:—|–|-(?= \p{Lu}))|[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*:)\s/u;

export function layoutStage(): Stage {
  return {
    name: 'layout',
    run(doc: Doc) {
      let lead = 0;
      while (lead < Math.min(MAX_HEADLINES, doc.sentences.length - 1) && isHeadline(doc, lead)) lead++;
      if (lead > 0) doc.headline = lead - 1;
      const sentence = doc.sentences[lead];
      const match = sentence && DATELINE.exec(doc.slice(sentence));
      if (match) doc.dateline = { start: sentence.start, end: sentence.start + match[0].trimEnd().length };
    },
  };
}

/**
 * A line with no full stop at its end, standing alone as a paragraph, of headline length. A headline may ask, or
 * trail off ("Who is behind the Kaya attack?", "Drone strikes in Mali: a turning point..."); it may end on a
 * quotation ('Mayor of Kaya: "We are alone"').
 */
function isHeadline(doc: Doc, index: number): boolean {
  const sentence = doc.sentences[index];
  const after = doc.text.slice(sentence.end, sentence.end + 3);
  const words = doc.sentenceTokens(index).filter((t) => /\p{L}/u.test(t.norm)).length;
  const line = doc.slice(sentence).replace(/(?:\.\.\.|…)$/, '');
  // A label in capitals ("PRESS RELEASE") may sit on the line right above the headline.
  const label = !/\p{Ll}/u.test(line) && /^[ \t]*\n/.test(after);
  return !/(?:[.:;]|[.!?:;]["”»])$/.test(line) && (label || /^\s*\n\s*\n/.test(after)) && words <= MAX_HEADLINE_WORDS;
}
