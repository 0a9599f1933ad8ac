import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testExtractor } from '../testing/extractor.js';

test('tokens: a name with digits is one word, as the lexicons fold it; hyphens and apostrophes split', async () => {
  const doc = (await testExtractor()).annotate("M23 rebels and al-Qaeda's allies seized 1,500 cattle near the G5 base.");
  const words = doc.tokens.map((t) => t.norm);
  assert.ok(words.includes('m23') && words.includes('g5'));
  assert.deepEqual(words.slice(3, 6), ['al', '-', 'qaeda']);
  assert.ok(words.includes('1,500'));
  assert.equal(doc.actors.find((a) => a.actor?.id === 'm23')?.start, 0);
});
