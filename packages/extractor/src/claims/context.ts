// The read-only lookups every claims rule shares, built once per article.
import type { Analysis } from '../nlp.js';
import type { Resolved } from '../resolve.js';
import { cueLemma, isCueLemma } from '../lexicon/index.js';
import { withSingleQuotes } from './quotes.js';
import type { ClaimContext } from './types.js';

export function claimContext(text: string, an: Analysis, r: Resolved): ClaimContext {
  const mentionEnding = new Map<number, number>();
  const mentionStarting = new Map<number, number>();
  r.mentions.forEach((m, i) => {
    const prevE = mentionEnding.get(m.t1);
    if (prevE === undefined || r.mentions[prevE]!.t0 > m.t0) mentionEnding.set(m.t1, i);
    const prevS = mentionStarting.get(m.t0);
    if (prevS === undefined || r.mentions[prevS]!.t1 < m.t1) mentionStarting.set(m.t0, i);
  });
  const inMention = new Uint8Array(an.tokens.length);
  for (const m of r.mentions) for (let q = m.t0; q < m.t1; q++) inMention[q] = 1;
  const cueLemmas = an.tokens.map((t) => { const l = cueLemma(t.lemma, t.l); return isCueLemma(l) ? l : ''; });
  return { text, toks: withSingleQuotes(text, an.tokens), r, mentionEnding, mentionStarting, inMention, cueLemmas };
}

/** Whether mention i can speak: resolved and not a place. */
export const speakerCapable = (ctx: ClaimContext, i: number): boolean => ctx.r.entOf[i]! >= 0 && ctx.r.mentions[i]!.type !== 'Place';
