/**
 * Unit tests of the evidence renderer (web/src/evidence.ts) on linkedom's DOM: spans become <mark>s at the
 * right offsets, overlapping spans each keep their own <mark>, and markup in the text stays text.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { parseHTML } from 'linkedom';

let renderEvidence: typeof import('../src/evidence.js').renderEvidence;
let placeSpans: typeof import('../src/evidence.js').placeSpans;
let doc: Document;

before(async () => {
  const { document } = parseHTML('<!doctype html><html><body><div id="c"></div></body></html>');
  doc = document as unknown as Document;
  (globalThis as { document?: Document }).document = doc;
  ({ renderEvidence, placeSpans } = await import('../src/evidence.js'));
});

function render(text: string, spans: { field: string; start: number; end: number; text?: string }[]) {
  const c = doc.createElement('div');
  const unplaced = renderEvidence(c as unknown as HTMLElement, text, spans);
  return { c, unplaced };
}

describe('renderEvidence', () => {
  test('marks each span with its field, the rest stays plain text', () => {
    const text = 'Gunmen killed nine civilians in Tamou.';
    const { c } = render(text, [
      { field: 'actor1', start: 0, end: 6, text: 'Gunmen' },
      { field: 'fatalities', start: 7, end: 18, text: 'killed nine' },
      { field: 'location', start: 32, end: 37, text: 'Tamou' },
    ]);
    assert.equal(c.textContent, text);
    const marks = [...c.querySelectorAll('mark')].map((m) => [m.getAttribute('data-field'), m.textContent]);
    assert.deepEqual(marks, [
      ['actor1', 'Gunmen'],
      ['fatalities', 'killed nine'],
      ['location', 'Tamou'],
    ]);
  });

  test('identical and overlapping spans each keep a mark of their own', () => {
    const text = 'An airstrike hit El Fasher.';
    const { c } = render(text, [
      { field: 'event_type', start: 3, end: 12, text: 'airstrike' },
      { field: 'sub_event_type', start: 3, end: 12, text: 'airstrike' },
      { field: 'notes', start: 0, end: 16, text: 'An airstrike hit' },
    ]);
    assert.equal(c.textContent, text);
    for (const f of ['event_type', 'sub_event_type']) {
      assert.equal([...c.querySelectorAll(`mark[data-field="${f}"]`)].map((m) => m.textContent).join(''), 'airstrike');
    }
    assert.equal([...c.querySelectorAll('mark[data-field="notes"]')].map((m) => m.textContent).join(''), 'An airstrike hit');
  });

  test('markup in the report is text, never elements', () => {
    const text = 'Riot in Lagos <script>alert(1)</script><img src=x onerror=alert(2)> two killed';
    const start = text.indexOf('two killed');
    const { c } = render(text, [{ field: 'fatalities', start, end: start + 10, text: 'two killed' }]);
    assert.equal(c.querySelectorAll('script, img').length, 0);
    assert.equal(c.textContent, text);
  });

  test('a shifted offset is corrected from the span text; an unknown one is reported', () => {
    const text = 'Clashes in Goma killed 8.';
    const { placed, unplaced } = placeSpans(text, [
      { field: 'location', start: 12, end: 16, text: 'Goma' },
      { field: 'actor1', start: 0, end: 3, text: 'M23' },
    ]);
    assert.deepEqual(placed, [{ field: 'location', start: 11, end: 15, text: 'Goma' }]);
    assert.equal(unplaced.length, 1);
    const { c, unplaced: left } = render(text, [{ field: 'location', start: 12, end: 16, text: 'Goma' }]);
    assert.equal(c.querySelector('mark')?.textContent, 'Goma');
    assert.equal(left.length, 0);
  });
});

describe('the dashboard source', () => {
  test('never parses strings as HTML (innerHTML, outerHTML, insertAdjacentHTML, document.write)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../src/', import.meta.url);
    const offenders: string[] = [];
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.ts')) continue;
      const code = readFileSync(new URL(name, dir), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      if (/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/.test(code)) offenders.push(name);
    }
    assert.deepEqual(offenders, []);
  });
});
