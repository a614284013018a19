// The extraction stage: a piscina pool of worker threads, or the calling thread when workers = 0.
import { availableParallelism } from 'node:os';
import { runExtraction, type ExtractRequest, type ExtractResponse } from './extract-task.js';

export type ExtractFn = (req: ExtractRequest) => Promise<ExtractResponse>;

export interface Extractor {
  run: ExtractFn;
  threads: number;
  close(): Promise<void>;
}

/** Leaves one core for the main thread (reading, writing) and Neo4j. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

export async function createExtractor(workers: number, custom?: ExtractFn): Promise<Extractor> {
  if (custom) return { run: custom, threads: 0, close: async () => {} };
  if (workers <= 0) return { run: runExtraction, threads: 0, close: async () => {} };
  const { Piscina } = await import('piscina');
  const pool = new Piscina<ExtractRequest, ExtractResponse>({
    filename: new URL('./extract-worker.mjs', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
  });
  return {
    run: (req) => pool.run(req),
    threads: workers,
    close: () => pool.destroy(),
  };
}

export interface LazyExtractor extends Extractor {
  /** Starts the pool (once); later calls return the same start. */
  start(): Promise<void>;
}

/**
 * An extractor whose pool starts on first use: a re-ingest where every article is already stored never
 * pays for starting worker threads. `threads` is known up front (it sizes the in-flight window).
 */
export function createLazyExtractor(workers: number, custom?: ExtractFn): LazyExtractor {
  let started: Promise<Extractor> | undefined;
  const start = (): Promise<Extractor> => (started ??= createExtractor(workers, custom));
  return {
    threads: custom || workers <= 0 ? 0 : workers,
    start: async () => {
      await start();
    },
    run: (req) => start().then((x) => x.run(req)),
    // A pool that failed to start has nothing to close; its error was already thrown by start().
    close: async () => {
      if (started) await started.then((x) => x.close(), () => {});
    },
  };
}
