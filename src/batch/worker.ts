/**
 * A batch worker thread: loads its own extractor once, then turns chunks of JSONL input lines into output
 * lines (see processBatchLine) until the pool closes it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor } from '../extract.js';
import { processBatchLine } from './lines.js';
import type { Chunk } from './pool.js';

const extractor = await createExtractor({ dataDir: (workerData as { dataDir?: string }).dataDir });
parentPort!.on('message', (chunk: Chunk) => {
  const output = chunk.lines.map(({ line, number }) => processBatchLine(extractor, line, number));
  parentPort!.postMessage({ id: chunk.id, output });
});
parentPort!.postMessage({ ready: true });
