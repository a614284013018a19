// One extraction, as run inside a worker thread (or in-thread with --workers 0). Failures come back as
// values: error classes do not survive the trip between threads, their `reason` must.
import type { ArticleMeta, Extraction } from '@kg/ontology';

export interface ExtractRequest {
  text: string;
  meta: Partial<ArticleMeta> & { id: string };
  /** The pipeline's size limit, so the extractor does not apply a smaller one of its own. */
  maxBytes?: number;
}

export type ExtractResponse = { ok: true; extraction: Extraction } | { ok: false; reason: string };

interface ExtractorModule {
  extractArticle(text: string, meta?: Partial<ArticleMeta>, opts?: { maxBytes?: number }): Extraction | Promise<Extraction>;
}

let extractor: Promise<ExtractorModule> | undefined;

export async function runExtraction(req: ExtractRequest): Promise<ExtractResponse> {
  extractor ??= import('@kg/extractor') as unknown as Promise<ExtractorModule>;
  try {
    const mod = await extractor;
    return { ok: true, extraction: await mod.extractArticle(req.text, req.meta, req.maxBytes ? { maxBytes: req.maxBytes } : undefined) };
  } catch (err) {
    const e = err as { reason?: unknown; message?: unknown };
    const message = typeof e?.message === 'string' ? e.message.split('\n')[0] : String(err);
    return { ok: false, reason: typeof e?.reason === 'string' && e.reason !== 'internal' ? `${e.reason}: ${message}` : `extraction failed: ${message}` };
  }
}

export default runExtraction;
