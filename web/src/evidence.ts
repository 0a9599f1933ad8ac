/**
 * Shows a report's text with the evidence spans of an event marked: `<mark data-field="actor1">`. The text is
 * cut into segments at every span boundary; each segment becomes a text node, wrapped in one `<mark>` per
 * field whose span covers it (the longest span outermost), so overlapping spans (event_type and
 * sub_event_type often point at the same word) each keep their own `<mark>`. Built with createElement and
 * text nodes only: a report is untrusted and is never parsed as HTML.
 */
import { h } from './dom';

export interface Span {
  field: string;
  start: number;
  end: number;
  text?: string;
}

/**
 * Checks each span against the text: offsets are trusted when they cut out the span's text; otherwise the
 * span's text is looked up (nearest occurrence) so a slightly shifted offset still marks the right words.
 * Spans that cannot be placed are returned apart, to be listed rather than silently dropped.
 */
export function placeSpans(text: string, spans: Span[]): { placed: Span[]; unplaced: Span[] } {
  const placed: Span[] = [];
  const unplaced: Span[] = [];
  for (const s of spans) {
    const inRange = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.end > s.start;
    if (inRange && (s.text === undefined || s.text === '' || text.slice(s.start, s.end) === s.text)) {
      placed.push(s);
      continue;
    }
    if (s.text) {
      let best = -1;
      for (let i = text.indexOf(s.text); i !== -1; i = text.indexOf(s.text, i + 1)) {
        if (best === -1 || Math.abs(i - s.start) < Math.abs(best - s.start)) best = i;
      }
      if (best !== -1) {
        placed.push({ ...s, start: best, end: best + s.text.length });
        continue;
      }
    }
    unplaced.push(s);
  }
  return { placed, unplaced };
}

export function fieldLabel(field: string): string {
  return field.replace(/_/g, ' ');
}

/** Fills `container` with the text and its marks; returns the spans that could not be placed. */
export function renderEvidence(container: HTMLElement, text: string, spans: Span[]): Span[] {
  const { placed, unplaced } = placeSpans(text, spans);
  const cuts = new Set<number>([0, text.length]);
  for (const s of placed) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Longest spans outermost; equal spans in a stable order (by field name).
  const ordered = [...placed].sort((a, b) => b.end - b.start - (a.end - a.start) || a.field.localeCompare(b.field));
  const frag = document.createDocumentFragment();
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    let node: Node = document.createTextNode(text.slice(start, end));
    const covering = ordered.filter((s) => s.start <= start && s.end >= end);
    // Wrap innermost first so the longest span ends up outermost.
    for (let j = covering.length - 1; j >= 0; j--) {
      const s = covering[j];
      const mark = h('mark', { 'data-field': s.field, title: fieldLabel(s.field) });
      mark.appendChild(node);
      node = mark;
    }
    frag.appendChild(node);
  }
  container.replaceChildren(frag);
  return unplaced;
}

/** Highlights (or un-highlights) every mark of `field` inside `root`, and scrolls the first into view. */
export function highlightField(root: ParentNode, field: string | null, scroll = true): void {
  for (const m of root.querySelectorAll('mark.active')) m.classList.remove('active');
  if (!field) return;
  const marks = root.querySelectorAll<HTMLElement>(`mark[data-field="${CSS.escape(field)}"]`);
  for (const m of marks) m.classList.add('active');
  if (scroll && marks.length > 0) marks[0].scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}
