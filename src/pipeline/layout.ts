/**
 * Layout: the parts of a news report that are not its story. A headline (a first line with no full stop,
 * standing alone as a paragraph) restates the lead, so it never starts an event of its own; a dateline
 * ("GOMA, Feb 8 —", "OUAGADOUGOU (AFP) -") says where the reporter filed from and when, not where or when the
 * event happened.
 */
import type { Doc, Stage } from '../doc/doc.js';

const MAX_HEADLINE_WORDS = 25;
/** A city in capitals, or a name with a news agency in brackets, then a place or date, then a dash. */
const DATELINE =
  /^\s*(?:[A-Z][A-Z'’.-]+(?:[ /-][A-Z][A-Z'’.-]+)*|[A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+)*(?=\s*\((?:AFP|AP|Reuters|ANI|APA|Xinhua|AA|dpa|ATS)\)))(?:\s*\([^)\n]{1,30}\))?(?:,[^\n—–]{1,80}?)?\s*(?:—|–|--?)\s/u;

export function layoutStage(): Stage {
  return {
    name: 'layout',
    run(doc: Doc) {
      const first = doc.sentences[0];
      if (!first) return;
      const text = doc.slice(first);
      const after = doc.text.slice(first.end, first.end + 3);
      const words = doc.sentenceTokens(0).filter((t) => /\p{L}/u.test(t.norm)).length;
      const headline = !/[.!?:;"”»]$/.test(text) && /^\s*\n\s*\n/.test(after) && words <= MAX_HEADLINE_WORDS;
      if (headline && doc.sentences.length > 1) doc.headline = 0;
      const lead = doc.sentences[doc.headline === null ? 0 : 1];
      const match = lead && DATELINE.exec(doc.slice(lead));
      if (match) doc.dateline = { start: lead.start, end: lead.start + match[0].trimEnd().length };
    },
  };
}
