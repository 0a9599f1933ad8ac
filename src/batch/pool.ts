/**
 * A pool of worker threads that extract chunks of a JSONL batch in parallel, one extractor per thread, and
 * hand the results back in input order. A report is a few milliseconds of CPU, so lines travel in chunks to
 * keep messaging cheap.
 */
import { Worker } from 'node:worker_threads';

/**
 * The worker's module beside this one: compiled JavaScript, or, when run from source (the tests), TypeScript
 * loaded through tsx, which a worker thread must register for itself.
 */
function startWorker(dataDir: string | undefined): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData: { dataDir } });
  const source = new URL('./worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true, workerData: { dataDir } });
}

export interface Chunk {
  id: number;
  lines: { line: string; number: number }[];
}

interface Pending {
  resolve: (output: string[]) => void;
  reject: (err: Error) => void;
}

export class ExtractionPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { chunk: Chunk; pending: Pending }[] = [];
  private readonly inFlight = new Map<number, Pending>();
  private readonly ready: Promise<unknown>;

  constructor(size: number, dataDir?: string) {
    const started: Promise<void>[] = [];
    for (let i = 0; i < size; i++) {
      const worker = startWorker(dataDir);
      started.push(
        new Promise((resolve, reject) => {
          worker.once('error', reject);
          worker.on('message', (message: { ready?: boolean; id?: number; output?: string[] }) => {
            if (message.ready) {
              resolve();
              this.release(worker);
              return;
            }
            const pending = this.inFlight.get(message.id!);
            this.inFlight.delete(message.id!);
            pending?.resolve(message.output!);
            this.release(worker);
          });
        }),
      );
      worker.on('error', (err) => {
        for (const pending of this.inFlight.values()) pending.reject(err);
        this.inFlight.clear();
      });
      this.workers.push(worker);
    }
    this.ready = Promise.all(started);
  }

  /** Extracts one chunk; resolves with its output lines in the chunk's order. */
  async run(chunk: Chunk): Promise<string[]> {
    await this.ready;
    return new Promise((resolve, reject) => {
      this.queue.push({ chunk, pending: { resolve, reject } });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private release(worker: Worker): void {
    this.idle.push(worker);
    this.dispatch();
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const { chunk, pending } = this.queue.shift()!;
      this.inFlight.set(chunk.id, pending);
      worker.postMessage(chunk);
    }
  }
}
