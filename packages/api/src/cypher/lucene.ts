// Turns free text into a safe Lucene query for the full-text indexes: every term escaped,
// the exact phrase boosted over all-terms, over prefixes (so "mao" finds "Mao Ning").

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

/** Returns null when the text has no searchable term. */
export function luceneQuery(text: string): string | null {
  const ts = terms(text).map((t) => escape(t.toLowerCase()));
  if (ts.length === 0) return null;
  const all = ts.join(' AND ');
  const prefix = ts.map((t) => `${t}*`).join(' AND ');
  const parts = [`(${all})^2`, `(${prefix})`];
  if (ts.length > 1) parts.unshift(`"${ts.join(' ')}"^4`);
  return parts.join(' OR ');
}
