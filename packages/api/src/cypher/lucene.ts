// Turns free text into a safe Lucene query for the full-text indexes: every term escaped,
// the exact phrase boosted over all-terms, over prefixes (so "mao" finds "Mao Ning").
import { ApiError } from '../errors.js';
import { MAX_SEARCH_CHARS, MAX_SEARCH_TERM_CHARS } from '../config.js';

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function terms(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[\s\p{P}]+/u)
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .slice(0, 16);
}

const escape = (t: string): string => t.replace(SPECIAL, '\\$&');

/** Oversize text is the client's mistake (and the index refuses huge terms): say so, never as an internal error. */
function checkSize(text: string): void {
  if (text.length > MAX_SEARCH_CHARS) throw new ApiError('BAD_USER_INPUT', `Search text is limited to ${MAX_SEARCH_CHARS} characters`);
  if (terms(text).some((t) => t.length > MAX_SEARCH_TERM_CHARS)) {
    throw new ApiError('BAD_USER_INPUT', `Search words are limited to ${MAX_SEARCH_TERM_CHARS} characters each`);
  }
}

/** Returns null when the text has no searchable term; throws BAD_USER_INPUT for oversize text. */
export function luceneQuery(text: string): string | null {
  checkSize(text);
  const ts = terms(text).map((t) => escape(t.toLowerCase()));
  if (ts.length === 0) return null;
  const all = ts.join(' AND ');
  const prefix = ts.map((t) => `${t}*`).join(' AND ');
  const parts = [`(${all})^2`, `(${prefix})`];
  if (ts.length > 1) parts.unshift(`"${ts.join(' ')}"^4`);
  return parts.join(' OR ');
}
