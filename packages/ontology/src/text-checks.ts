// What every entry point (extractor, store, API) checks before extracting a text: one size limit,
// one "is this binary" rule and one "is this English" rule, so a text refused by one is refused by all.

/** The largest article accepted anywhere, in bytes (the extractor counts UTF-16 code units): 2 MB. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/**
 * Binary or mis-decoded input: more than 8 control characters (other than tab, newline, CR) or
 * replacement characters in the first 64K characters, and more than 2 % of them.
 */
export function looksBinary(text: string): boolean {
  let bad = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || c === 0) bad++;
  }
  return bad > 8 && bad / n > 0.02;
}

const ENGLISH_FUNCTION_WORDS = new Set(
  `the of and to in a an is that for on with as was by at from it his her their its be are were has have had said will
not this which who but or did`.split(/\s+/),
);

/** Why a text is not English prose, or null when it is. */
export type EnglishProblem = 'no-letters' | 'non-latin' | 'few-english-words';

/**
 * English check: letters, mostly Latin script, and English function words (at least one, and 8 % of
 * the words once there are 15 or more: English prose runs at 25-40 %, other Latin-script languages far below).
 */
export function englishProblem(text: string): EnglishProblem | null {
  // a character-code loop (a regular expression per character is slow on megabyte texts)
  let letters = 0, latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) { letters++; latin++; }
    else if (c > 127 && /\p{L}/u.test(text[i]!)) letters++;
  }
  if (letters === 0) return 'no-letters';
  if (latin / letters < 0.5) return 'non-latin';
  const words = text.toLowerCase().match(/[a-z\u00c0-\u024f]+/g) ?? [];
  let fn = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) fn++;
  if (fn === 0 || (words.length >= 15 && fn / words.length < 0.08)) return 'few-english-words';
  return null;
}

/** True when the text is English prose (see englishProblem). */
export const looksEnglish = (text: string): boolean => englishProblem(text) === null;
