// Claim content: a token span trimmed to its words, quotation marks dropped around a pure quotation,
// direct or indirect by how much of it is quoted, and the entities it is about.
import type { ClaimKind } from '@kg/ontology';
import { QUOTE_SRC, countQuoteChars, isQuote, quotedShare } from './quotes.js';
import type { ClaimContext, RawClaim, Unit } from './types.js';

/** ', and "<quotation>"' closing the content becomes its own claim, and so does "... and that ...". */
export function splitQuotedTail(ctx: ClaimContext, a: number, b: number, inQ: (i: number) => boolean): Array<[number, number]> {
  const { toks } = ctx;
  for (let q = a + 3; q < b - 3; q++) {
    if (toks[q]!.v === ',' && toks[q + 1]?.l === 'and' && isQuote(toks[q + 2]?.v) && !inQ(q)) {
      let allQ = true;
      for (let z = q + 2; z < b; z++) if (!inQ(z) && !/^[.,;]$/.test(toks[z]!.v)) allQ = false;
      if (allQ) return [[a, q], [q + 2, b]];
    }
    if (toks[q]!.l === 'and' && toks[q + 1]?.l === 'that' && !inQ(q)) return [[a, q], [q + 2, b]];
  }
  return [[a, b]];
}

export interface ClaimSpan { a: number; b: number; speaker: number; cue: string; rule: string; confidence: number }

export function makeClaim(ctx: ClaimContext, sp: ClaimSpan, u: Unit): RawClaim | null {
  const { toks, text, r } = ctx;
  let { a, b } = sp;
  while (a < b && /^[,;:—–-]$/.test(toks[a]!.v)) a++;
  if (toks[a]?.l === 'that' && a + 1 < b) a++;
  while (b > a && /^[,;:—–-]$/.test(toks[b - 1]!.v)) b--;
  if (b - a < 2) return null;
  let start = toks[a]!.s, end = toks[b - 1]!.e;
  // drop a final period outside quotes, and the enclosing quotation marks of a pure quotation
  let s = quotedAsDouble(ctx, a, b, start, text.slice(start, end));
  if (/[.]$/.test(s) && !CLOSE_RE.test(s)) { s = s.slice(0, -1); end--; }
  const kind = kindOf(s);
  const open = OPEN_RE.exec(s)?.[0].length ?? 0;
  if (open && countQuoteChars(s) === 1) { s = s.slice(open); start += open; } // the closing mark fell outside
  const m = PURE_RE[0]!.exec(s) ?? PURE_RE[1]!.exec(s);
  if (m) { start += OPEN_RE.exec(s)![0].length; s = m[1]!.replace(/,$/, ''); }
  s = s.replace(/[,;:]$/, '');
  end = start + s.length;
  const about = new Set<number>();
  r.mentions.forEach((mm, i) => { if (mm.s >= start && mm.e <= end && r.entOf[i]! >= 0 && r.entOf[i] !== sp.speaker) about.add(r.entOf[i]!); });
  return {
    speaker: sp.speaker, start, end, text: text.slice(start, end), kind, cue: sp.cue, rule: sp.rule, confidence: sp.confidence, about: [...about],
    sentStart: u.start, sentEnd: u.end, c0: a, c1: b,
  };
}

/** The span with the single quotation marks the tokens read as double ones (same length: offsets hold). */
function quotedAsDouble(ctx: ClaimContext, a: number, b: number, start: number, s: string): string {
  let out = s;
  for (let q = a; q < b; q++) {
    const t = ctx.toks[q]!, o = t.s - start;
    if (t.e - t.s === 1 && t.v !== out[o]) out = out.slice(0, o) + t.v + out.slice(o + 1);
  }
  return out;
}

/** Direct when most of its letters are inside quotation marks. */
const kindOf = (s: string): ClaimKind => (quotedShare(s) >= 0.6 ? 'direct' : 'indirect');
const OPEN_RE = new RegExp(`^${QUOTE_SRC}`);
const CLOSE_RE = new RegExp(`${QUOTE_SRC}$`);
/** A pure quotation: one mark at each end (and maybe a comma or period after it). */
const PURE_RE = [
  new RegExp(`^${QUOTE_SRC}((?:(?!${QUOTE_SRC})[^])*)${QUOTE_SRC}\\s*[,.]?$`),
  new RegExp(`^${QUOTE_SRC}((?:(?!${QUOTE_SRC})[^])*[.?!,])${QUOTE_SRC}$`),
];
