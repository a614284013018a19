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
