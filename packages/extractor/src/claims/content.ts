// Claim content: a token span trimmed to its words, quotation marks dropped around a pure quotation,
// direct or indirect by how much of it is quoted, and the entities it is about.
import type { ClaimKind } from '@kg/ontology';
import { countQuoteChars, isQuote } from './quotes.js';
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

export interface ClaimSpan { a: number; b: number; speaker: number; cue: string; rule: string }

export function makeClaim(ctx: ClaimContext, sp: ClaimSpan, u: Unit): RawClaim | null {
  const { toks, text, r } = ctx;
  let { a, b } = sp;
  while (a < b && /^[,;:—–-]$/.test(toks[a]!.v)) a++;
  if (toks[a]?.l === 'that' && a + 1 < b) a++;
  while (b > a && /^[,;:—–-]$/.test(toks[b - 1]!.v)) b--;
  if (b - a < 2) return null;
  let start = toks[a]!.s, end = toks[b - 1]!.e;
  // drop a final period outside quotes, and the enclosing quotation marks of a pure quotation
  let s = text.slice(start, end);
  if (/[.]$/.test(s) && !/["”]$/.test(s)) { s = s.slice(0, -1); end--; }
  const kind = kindOf(s);
  if (/^["“]/.test(s) && countQuoteChars(s) === 1) { s = s.slice(1); start++; } // the closing mark fell outside
  const m = /^["“]([^"“”]*)["”]\s*[,.]?$/.exec(s) ?? /^["“]([^"“”]*[.?!,])["”]$/.exec(s);
  if (m) { start += 1; s = m[1]!.replace(/,$/, ''); }
  s = s.replace(/[,;:]$/, '');
  end = start + s.length;
  const about = new Set<number>();
  r.mentions.forEach((mm, i) => { if (mm.s >= start && mm.e <= end && r.entOf[i]! >= 0 && r.entOf[i] !== sp.speaker) about.add(r.entOf[i]!); });
  return {
    speaker: sp.speaker, start, end, text: text.slice(start, end), kind, cue: sp.cue, rule: sp.rule, about: [...about],
    sentStart: u.start, sentEnd: u.end, c0: a, c1: b,
  };
}

/** Direct when most of its letters are inside quotation marks. */
function kindOf(s: string): ClaimKind {
  let quoted = 0, inside = false, letters = 0;
  for (const ch of s) {
    if (isQuote(ch)) { inside = !inside; continue; }
    if (/\w/.test(ch)) { letters++; if (inside) quoted++; }
  }
  return letters && quoted / letters >= 0.6 ? 'direct' : 'indirect';
}
