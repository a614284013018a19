// Stage 0: the input check. Refuses what cannot be extracted (not text, empty, too large, binary)
// with an ExtractionError whose reason callers switch on.
import { looksBinary, MAX_ARTICLE_BYTES } from '@kg/ontology';
import { ExtractionError } from './errors.js';

export type ArticleInput = Partial<import('@kg/ontology').ArticleMeta> & { path?: string; url?: string };
export interface ExtractOptions {
  /** Largest accepted text in bytes (UTF-16 code units); default MAX_ARTICLE_BYTES of @kg/ontology or KG_EXTRACT_MAX_BYTES. */
  maxBytes?: number;
}
export const DEFAULT_MAX_BYTES = MAX_ARTICLE_BYTES;

function maxBytes(opts?: ExtractOptions): number {
  const env = Number(process.env.KG_EXTRACT_MAX_BYTES);
  return opts?.maxBytes ?? (Number.isFinite(env) && env > 0 ? env : DEFAULT_MAX_BYTES);
}

/** Throws an ExtractionError when `text` cannot be extracted; returns nothing otherwise. */
export function checkInput(text: unknown, path: string | null, opts?: ExtractOptions): asserts text is string {
  if (typeof text !== 'string') throw new ExtractionError('empty', 'input is not text', path);
  if (!text.trim()) throw new ExtractionError('empty', 'empty text', path);
  if (text.length > maxBytes(opts)) {
    throw new ExtractionError('too-large', `text of ${text.length} characters exceeds the limit of ${maxBytes(opts)}`, path);
  }
  if (looksBinary(text)) throw new ExtractionError('binary', 'input looks binary (control characters)', path);
}
