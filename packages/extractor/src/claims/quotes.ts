// Quotations and units: sentences joined while a quotation runs on, and which tokens lie inside quotes.
import type { Analysis, Token } from '../nlp.js';
import type { Unit } from './types.js';

/** Quotation marks: straight and curly double quotes, guillemets, and "''" (two apostrophes, in archives). */
export const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', "''"]);
export const isQuote = (v: string | undefined): boolean => v !== undefined && QUOTE_MARKS.has(v);
/** A quotation mark in a string (source of a RegExp). */
export const QUOTE_SRC = `(?:["“”«»]|'')`;
const QUOTE_G = new RegExp(QUOTE_SRC, 'g');
/** Quotation marks in a string. */
export const countQuoteChars = (s: string): number => (s.match(QUOTE_G) ?? []).length;
/** The string without its quotation marks, and how many letters of it were inside them. */
export function quotedShare(s: string): number {
  let quoted = 0, inside = false, letters = 0;
  for (const part of s.split(new RegExp(`(${QUOTE_SRC})`))) {
    if (QUOTE_MARKS.has(part)) { inside = !inside; continue; }
    const n = (part.match(/\w/g) ?? []).length;
    letters += n;
    if (inside) quoted += n;
  }
  return letters ? quoted / letters : 0;
}

export function countQuotes(toks: Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (QUOTE_MARKS.has(toks[i]!.v)) n++;
  return n;
}

/**
 * Curly single quotation marks (‘…’) read as quotation marks where they pair up outside a double quotation:
 * '‘a disgrace,’ she said'. A quote within a quote stays as it is, and so does a lone ’ (apostrophe:
 * "the kids’ toys", "the ’90s"); the closer is preferably the ’ that punctuation touches.
 */
export function withSingleQuotes(text: string, toks: Token[]): Token[] {
  let out: Token[] | null = null;
  let dq = 0;
  for (let i = 0; i < toks.length; i++) {
    if (i > 0 && text.slice(toks[i - 1]!.e, toks[i]!.s).includes('\n')) dq = 0;
    const v = toks[i]!.v;
    if (QUOTE_MARKS.has(v)) { dq++; continue; }
    if (v !== '‘' || dq % 2 === 1) continue;
    const j = singleCloser(text, toks, i);
    if (j < 0) continue;
    out ??= toks.slice();
    out[i] = { ...toks[i]!, v: '“', l: '“' };
    out[j] = { ...toks[j]!, v: '”', l: '”' };
    i = j;
  }
  return out ?? toks;
}
function singleCloser(text: string, toks: Token[], i: number): number {
  let weak = -1;
  for (let j = i + 1; j < toks.length && j < i + 80; j++) {
    if (text.slice(toks[j - 1]!.e, toks[j]!.s).includes('\n') || QUOTE_MARKS.has(toks[j]!.v) || toks[j]!.v === '‘') return -1;
    if (toks[j]!.v !== '’') continue;
    const prev = toks[j - 1]!.v, next = toks[j + 1]?.v;
    if (/^[,.?!]$/.test(prev) || next === undefined || /^[,.;:?!)]$/.test(next)) return j;
    if (weak < 0 && !/s$/i.test(prev)) weak = j;
  }
  return weak;
}

/** Group sentences into units: a quotation left open continues into the next sentence of the paragraph. */
export function units(text: string, an0: Analysis): Unit[] {
  const an = { ...an0, tokens: withSingleQuotes(text, an0.tokens) };
  const out: Unit[] = [];
  let para = 0;
  let prevEnd = 0;
  let open = false;
  for (const s of an.sentences) {
    const gap = text.slice(prevEnd, s.start);
    if (gap.includes('\n')) { para++; open = false; }
    prevEnd = s.end;
    const q = countQuotes(an.tokens, s.t0, s.t1);
    const last = out[out.length - 1];
    if (open && last && last.para === para) out[out.length - 1] = { ...last, t1: s.t1, end: s.end };
    else out.push({ t0: s.t0, t1: s.t1, start: s.start, end: s.end, para });
    if (q % 2 === 1) open = !open;
  }
  // a quotation never closed in its paragraph was not a quotation: undo the merge
  // (except a paragraph that opens with a quotation and leaves it open: AP style, it runs on into the next paragraph)
  return out.flatMap((u) => (countQuotes(an.tokens, u.t0, u.t1) % 2 === 1 && !QUOTE_MARKS.has(an.tokens[u.t0]!.v) ? splitBack(u, an) : [u]));
}
function splitBack(u: Unit, an: Analysis): Unit[] {
  return an.sentences.filter((s) => s.t0 >= u.t0 && s.t1 <= u.t1).map((s) => ({ t0: s.t0, t1: s.t1, start: s.start, end: s.end, para: u.para }));
}

/** Per token of a unit: inside a (balanced) quotation? */
export function quoteMask(toks: Token[], u: Unit): boolean[] {
  const mask = new Array<boolean>(u.t1 - u.t0).fill(false);
  const qs: number[] = [];
  for (let i = u.t0; i < u.t1; i++) if (QUOTE_MARKS.has(toks[i]!.v)) qs.push(i);
  const pairs = qs.length - (qs.length % 2);
  for (let p = 0; p < pairs; p += 2) for (let i = qs[p]!; i <= qs[p + 1]!; i++) mask[i - u.t0] = true;
  if (qs.length % 2 === 1 && qs[0] === u.t0) mask.fill(true); // a quotation left open to the end of its paragraph
  return mask;
}
