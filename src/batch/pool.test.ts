import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ExtractionPool } from './pool.js';

test('a pool of two workers returns every chunk, each in its input order, bad lines as errors', async () => {
  const pool = new ExtractionPool(2, mkdtempSync(path.join(tmpdir(), 'vigil-pool-')));
  try {
    const line = (id: string, text: string) => JSON.stringify({ id, text, published: '2023-03-14' });
    const chunks = [0, 1, 2].map((id) => ({
      id,
      lines: [
        { line: line(`a${id}`, 'Gunmen killed two traders in Gao on Sunday.'), number: 1 },
        { line: '{oops', number: 2 },
        { line: line(`c${id}`, 'Hundreds of teachers marched in Niamey on Monday.'), number: 3 },
      ],
    }));
    const outputs = await Promise.all(chunks.map((c) => pool.run(c)));
    for (const [i, output] of outputs.entries()) {
      const [a, b, c] = output.map((o) => JSON.parse(o));
      assert.equal(a.id, `a${i}`);
      assert.equal(a.events[0].fatalities, 2);
      assert.deepEqual(b, { id: 'line 2', error: 'not valid JSON' });
      assert.equal(c.events[0].event_type, 'Protests');
    }
  } finally {
    await pool.close();
  }
});
