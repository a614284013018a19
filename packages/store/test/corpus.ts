// A small real corpus for the concurrency and order tests: the seeds and the extractor's held-out
// articles (written for this project), with each text extracted once per test file (runExtraction is
// the pipeline's own in-thread extractor) so runs that repeat an article do not repeat its extraction.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runExtraction, type ExtractRequest, type ExtractResponse } from '../src/extract-task.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const folders = ['seeds', 'packages/extractor/test/heldout', 'packages/extractor/test/heldout2', 'packages/extractor/test/heldout3'];

/** The corpus files, in a fixed order. */
export function corpusFiles(): string[] {
  return folders.flatMap((f) =>
    readdirSync(join(root, f))
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map((n) => join(root, f, n)),
  );
}

/** An extractor for `ingest({ extract })` that extracts each (text, metadata) once. */
export function cachedExtractor(): (req: ExtractRequest) => Promise<ExtractResponse> {
  const cache = new Map<string, Promise<ExtractResponse>>();
  return (req) => {
    const key = JSON.stringify([req.text, req.meta]);
    let out = cache.get(key);
    if (!out) cache.set(key, (out = runExtraction(req)));
    return out;
  };
}
