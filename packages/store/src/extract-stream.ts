// `kg extract`'s stage: the same reader (readInputs: front matter, sidecars, HTML, JSON(L), stdin) and the
// same worker pool as `ingest()`, without Neo4j. Results come out in input order with a bounded number
// in flight, so memory stays flat however many articles a folder holds; each extraction carries the id
// and caller metadata `ingest()` would store (applyCallerMeta). The same text twice is extracted once,
// as ingest stores it once.
import { articleId, type Extraction } from '@kg/ontology';
import type { Readable } from 'node:stream';
import { DEFAULT_MAX_BYTES } from './classify.js';
import { readInputs } from './inputs.js';
import { applyCallerMeta } from './pipeline.js';
import { createExtractor, defaultWorkers, type ExtractFn } from './pool.js';

export interface ExtractStreamOptions {
  /** Extraction threads; 0 extracts in the calling thread. Default: cores − 1. */
  workers?: number;
  maxBytes?: number;
  stdin?: Readable;
  extract?: ExtractFn;
}

export type Extracted =
  | { kind: 'doc'; origin: string; id: string; extraction: Extraction }
  | { kind: 'error'; origin: string; reason: string };

export async function* extractInputs(inputs: readonly string[], opts: ExtractStreamOptions = {}): AsyncGenerator<Extracted> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const extractor = await createExtractor(opts.workers ?? defaultWorkers(), opts.extract);
  const inflight: Promise<Extracted>[] = [];
  const maxInflight = Math.max(8, extractor.threads * 8);
  const seen = new Set<string>();
  try {
    for await (const item of readInputs(inputs, { maxBytes, ...(opts.stdin ? { stdin: opts.stdin } : {}) })) {
      if (item.kind === 'error') inflight.push(Promise.resolve(item));
      else {
        const id = articleId(item.text);
        if (seen.has(id)) continue;
        seen.add(id);
        const { origin, meta } = item;
        const request = { id, title: meta.title ?? null, source: meta.source ?? null, publishedAt: meta.publishedAt ?? null, path: meta.path ?? null, url: meta.url ?? null };
        inflight.push(
          extractor.run({ text: item.text, meta: request, maxBytes }).then(
            (res): Extracted => (res.ok ? { kind: 'doc', origin, id, extraction: applyCallerMeta(res.extraction, id, meta) } : { kind: 'error', origin, reason: res.reason }),
            (err: unknown): Extracted => ({ kind: 'error', origin, reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}` }),
          ),
        );
      }
      while (inflight.length >= maxInflight) yield await inflight.shift()!;
    }
    while (inflight.length) yield await inflight.shift()!;
  } finally {
    await extractor.close();
  }
}
