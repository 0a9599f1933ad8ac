import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testExtractor } from '../testing/extractor.js';
import { textToReport, withHeadline } from './report.js';

const BODY = 'Gunmen on motorbikes killed eleven villagers on Tuesday evening, a local official said.';

describe('the headline is read with the report', () => {
  test('a "Title:" header line opens the text read, as a paragraph of its own', () => {
    const report = textToReport(`Title: Eleven villagers killed near Ouahigouya\nPublished: 2024-02-14\n\n${BODY}`);
    assert.equal(report.text, `Eleven villagers killed near Ouahigouya\n\n${BODY}`);
    assert.equal(report.fields.title, 'Eleven villagers killed near Ouahigouya');
    assert.ok(report.rewritten);
  });

  test('a text that already opens with its title is not given it twice, whatever its case and accents', () => {
    const text = `ÉLEVEN VILLAGERS KILLED NEAR OUAHIGOUYA\n\n${BODY}`;
    assert.equal(withHeadline(text, 'Eleven villagers killed near Ouahigouya'), text);
  });

  test("an HTML page's title opens its article text", () => {
    const html = `<html><head><title>Dozens protest fuel prices in Kano</title></head><body><article><p>${BODY}</p><p>Police said calm had returned by nightfall.</p></article></body></html>`;
    assert.match(textToReport(html).text, /^Dozens protest fuel prices in Kano\n\n/);
  });

  test('a title given apart (a JSONL or API field) wins over the one the text carries', () => {
    const report = textToReport(`Title: Old headline\n\n${BODY}`, 'Eleven villagers killed near Ouahigouya');
    assert.match(report.text, /^Eleven villagers killed near Ouahigouya\n\n/);
  });

  test('no title, no change', () => {
    const report = textToReport(BODY);
    assert.equal(report.text, BODY);
    assert.equal(report.rewritten, false);
  });

  test('an event whose place only the headline names is placed there', async () => {
    const extractor = await testExtractor();
    const report = textToReport(`Title: Eleven villagers killed in attack near Ouahigouya\nPublished: 2024-02-14\n\n${BODY}`);
    const [event] = extractor.extract(report.text, { published: report.fields.published }).events;
    assert.equal(event.location, 'Ouahigouya');
    assert.equal(event.admin1, 'Nord');
    assert.equal(event.geo_precision, 2);
  });
});
