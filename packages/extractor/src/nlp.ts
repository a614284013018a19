// wink-nlp wrapper: the model is loaded once per process (lazy singleton) and the result is mapped to
// character offsets of the text it was given, so later stages never need wink objects.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { HYPHENATED_WORDS, TITLES } from './lexicon/index.js';
import { foldKey, getGazetteer } from './gazetteer.js';

export interface Token {
  /** Start/end character offsets in the analysed text. */
  s: number;
  e: number;
  v: string;
  /** Lower-cased value. */
  l: string;
  /** Lower-cased lemma from wink ("said" -> "say", "companies" -> "company"); the lower-cased value for glued tokens. */
  lemma: string;
  pos: string;
}
export interface Sentence {
  start: number;
  end: number;
  /** Token index range [t0, t1). */
  t0: number;
  t1: number;
}
export interface Analysis {
  tokens: Token[];
  sentences: Sentence[];
}

type Nlp = ReturnType<typeof winkNLP>;
/** Hyphenated capitalised compounds kept as one token (titles and regions). */
const HYPHEN_WORDS = new Set([...TITLES.filter((t) => t.includes('-')), ...HYPHENATED_WORDS]);
let nlp: Nlp | null = null;
const CAP_WORD = /^[A-Z][a-z]+$/;
const gazHas = (w: string): boolean => getGazetteer().byKey.has(foldKey(w));
/** The wink pipeline, created on first use and shared afterwards. */
export function getNlp(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

interface WinkTokens { tokens: Token[]; /** wink token index -> our index (-1 for white space) */ map: number[] }

/** wink's tokens mapped to offsets in `text` (white-space tokens dropped). */
function winkTokens(text: string, doc: ReturnType<Nlp['readDoc']>, its: Nlp['its']): WinkTokens {
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink types its.lemma as needing model add-ons, which out() supplies itself
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: Token[] = [];
  const map: number[] = [];
  let cur = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!v.trim()) { map.push(-1); continue; }
    let at = text.indexOf(v, cur);
    if (at < 0 || (at - cur > 200 && text.slice(cur, at).trim())) at = cur; // wink normalised something: keep going without drifting
    const l = v.toLowerCase();
    tokens.push({ s: at, e: at + v.length, v, l, lemma: lemmas[i]?.toLowerCase() ?? l, pos: pos[i] ?? 'X' });
    map.push(tokens.length - 1);
    cur = at + v.length;
  }
  return { tokens, map };
}

/** Extends `last` over the tokens up to `to` (exclusive end offset), as one proper-noun-ish token. */
function extend(text: string, last: Token, end: number, propn: boolean): void {
  last.e = end; last.v = text.slice(last.s, last.e); last.l = last.v.toLowerCase(); last.lemma = last.l;
  if (propn) last.pos = 'PROPN';
}

/**
 * "Hossein Amir-Abdollahian", "Kassym-Jomart Tokayev": a hyphenated name inside a name (a capitalised word
 * before or after), or one already seen whole; never two places or states ("China-Japan") nor a pair of
 * leaders alone ("the Trump-Putin summit").
 */
function hyphenatedName(text: string, glued: Token[], tokens: Token[], i: number, seen: Set<string>): boolean {
  const last = glued[glued.length - 1]!, nx = tokens[i + 1]!;
  if (!CAP_WORD.test(last.v) || !CAP_WORD.test(nx.v) || gazHas(last.v) || gazHas(nx.v)) return false;
  const whole = `${last.v}-${nx.v}`;
  const before = glued[glued.length - 2], after = tokens[i + 2];
  const inName = (before && before.e + 1 >= last.s && CAP_WORD.test(before.v) && /^\s$/.test(text.slice(before.e, last.s)))
    || (after && after.s === nx.e + 1 && CAP_WORD.test(after.v) && text[nx.e] === ' ');
  if (!inName && !seen.has(whole)) return false;
  seen.add(whole);
  return true;
}

/**
 * wink splits "China-U.S." into "U" "." "S." and "Secretary-General" into three: glue dotted
 * abbreviations (U.S., U.K.) and hyphenated words written without spaces back together. Returns the
 * glued tokens and, for each input token, the index of the glued token it is part of.
 */
function glue(text: string, tokens: Token[]): { glued: Token[]; remap: number[] } {
  const glued: Token[] = [];
  const remap: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const last = glued[glued.length - 1];
    if (last && last.e === t.s && /^(?:[A-Z]\.)+[A-Z]?\.?$/.test(last.v + t.v) && /^[A-Z]\.?$|^(?:[A-Z]\.)+[A-Z]?$/.test(last.v)) {
      extend(text, last, t.e, true);
      remap.push(glued.length - 1);
      continue;
    }
    // "''" (two apostrophes, a double quotation mark in archives): one quotation-mark token
    if (last && last.v === "'" && t.v === "'" && last.e === t.s) {
      extend(text, last, t.e, false);
      remap.push(glued.length - 1);
      continue;
    }
    const nx = tokens[i + 1];
    const hyphen = !!last && t.v === '-' && !!nx && last.e === t.s && t.e === nx.s && /^[A-Za-z]/.test(last.v) && /^[A-Za-z]/.test(nx.v);
    // "Suk-yeol", "two-day", "Secretary-General" (but not "China-US", whose parts are two names)
    const word = hyphen && (/^[a-z]/.test(nx.v) || HYPHEN_WORDS.has(`${last.l}-${nx.v.toLowerCase()}`));
    if (hyphen && (word || hyphenatedName(text, glued, tokens, i, seen))) {
      extend(text, last, nx.e, !word);
      remap.push(glued.length - 1, glued.length - 1);
      i++;
      continue;
    }
    glued.push({ ...t });
    remap.push(glued.length - 1);
  }
  return { glued, remap };
}

/** wink's sentences as glued-token ranges [t0, t1). */
function winkSentences(doc: ReturnType<Nlp['readDoc']>, its: Nlp['its'], map: number[], remap: number[]): Array<[number, number]> {
  const raw: Array<[number, number]> = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [a, b] = s.out(its.span) as unknown as [number, number];
    let t0 = -1, t1 = -1;
    for (let i = a; i <= b; i++) {
      const m = map[i];
      if (m !== undefined && m >= 0) { const g = remap[m]!; if (t0 < 0) t0 = g; t1 = g + 1; }
    }
    if (t0 < 0) return;
    const prev = raw[raw.length - 1];
    if (prev && prev[1] > t0) prev[1] = Math.max(prev[1], t1); // a glued token straddled the break
    else raw.push([t0, t1]);
  });
  return raw;
}

/**
 * Sentence ranges cut never across a newline (paragraphs are lines in news text) and before a quotation
 * after a full stop (wink runs on in 'Borrell said. "The EU ...').
 */
function splitRanges(text: string, tokens: Token[], raw: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of raw) {
    let s = a;
    for (let i = a + 1; i < b; i++) {
      const t = tokens[i - 1]!, nx = tokens[i]!;
      const newline = text.slice(t.e, nx.s).includes('\n');
      const quoteAfterStop = i - 1 > s && t.v === '.' && nx.s > t.e && /^["“]$/.test(nx.v) && /^[A-Z]/.test(tokens[i + 1]?.v ?? '');
      if (newline || quoteAfterStop) { out.push([s, i]); s = i; }
    }
    out.push([s, b]);
  }
  return out;
}

/**
 * Tokens with offsets, lemma and POS; sentences split by wink and then adjusted: never across a newline
 * (paragraphs are lines in news text), and re-joined when wink cut after "?" or "!" inside a quote
 * followed by a lower-case attribution ("...?" she asked). Linear in the text: no spread or recursion
 * over article-sized arrays.
 */
export function analyse(text: string): Analysis {
  const w = getNlp();
  const doc = w.readDoc(text);
  const { tokens: raw, map } = winkTokens(text, doc, w.its);
  const { glued: tokens, remap } = glue(text, raw);
  const split = splitRanges(text, tokens, winkSentences(doc, w.its, map, remap));
  // re-join "...?" she asked.
  const sentences: Sentence[] = [];
  for (const [a, b] of split) {
    const prev = sentences[sentences.length - 1];
    const first = tokens[a]!;
    if (prev && /^[a-z]/.test(first.v) && !text.slice(tokens[prev.t1 - 1]!.e, first.s).includes('\n')) {
      prev.t1 = b; prev.end = tokens[b - 1]!.e;
      continue;
    }
    sentences.push({ start: first.s, end: tokens[b - 1]!.e, t0: a, t1: b });
  }
  return { tokens, sentences };
}
