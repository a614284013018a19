// Why an input cannot be ingested, decided before extraction: cheap checks on bytes and text.
// Each rule returns a short reason for the one stderr line the pipeline prints per bad input. The
// limit and the binary/English rules are @kg/ontology's, shared with the extractor and the API.
import { englishProblem, looksBinary, MAX_ARTICLE_BYTES } from '@kg/ontology';

export const DEFAULT_MAX_BYTES = MAX_ARTICLE_BYTES;

/** Bytes → text, or the reason they are not text. Strips a UTF-8 byte-order mark. */
export function decodeText(buf: Uint8Array): { text: string } | { reason: string } {
  const head = buf.subarray(0, 64 * 1024);
  if (head.includes(0)) return { reason: 'binary file (contains NUL bytes)' };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf).replace(/^\uFEFF/, '');
  let bad = 0;
  let visible = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') bad++;
    else if (!/\s/.test(ch)) visible++;
  }
  // A few stray bytes (a Latin-1 "é") are tolerated; a file mostly made of them is not text.
  if (bad > 0 && bad / (bad + visible) > 0.2) {
    return { reason: `binary or not UTF-8 (${Math.round((100 * bad) / (bad + visible))}% invalid bytes)` };
  }
  if (looksBinary(text)) return { reason: 'binary file (control characters)' };
  return { text };
}

const ENGLISH_REASON = {
  'no-letters': 'no text (no letters)',
  'non-latin': 'not English (mostly non-Latin script)',
  'few-english-words': 'not English (too few English words)',
} as const;

/** Reason the text cannot be ingested (empty, not English), or null when it is fine. */
export function classifyText(text: string): string | null {
  if (text.trim().length === 0) return 'empty';
  const p = englishProblem(text);
  return p ? ENGLISH_REASON[p] : null;
}

export function tooLarge(bytes: number, max: number): string | null {
  if (bytes <= max) return null;
  const mb = (n: number): string => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`);
  return `too large (${mb(bytes)} > limit ${mb(max)}; raise --max-bytes)`;
}

/** Reason for a file-system error, without a stack. */
export function readFailure(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or folder';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'cannot read (permission denied)';
  if (e?.code === 'EISDIR') return 'is a folder';
  return `cannot read (${e?.code ?? (e instanceof Error ? e.message : String(err))})`;
}
