import { NAME_PARTICLES, ORG_CONNECTORS } from '../../lexicon/index.js';
import { gazSpanEnd, isCapTok } from '../gaz.js';
import { foldKey, getGazetteer } from '../../gazetteer.js';

const gazHas = (w: string): boolean => getGazetteer().byKey.has(foldKey(w));
import { classifyRun } from '../segment.js';
import type { Ctx } from '../types.js';

/** End of the capitalised run starting at i: capitalised words, name particles, and "of (the)"/"and" before a capital. */
function runEnd(ctx: Ctx, i: number): number {
  const { toks } = ctx;
  let j = i + 1;
  while (j < ctx.t1) {
    const tj = toks[j]!;
    if (isCapTok(tj) && !/^["“”'‘’]/.test(tj.v)) { j++; continue; }
    // "People's Bank of China", "Workers' Party": a common noun's possessive inside a name
    if (/^(?:'s|’s|'|’)$/.test(tj.v) && tj.s === toks[j - 1]!.e && isCapTok(toks[j - 1]!) && (toks[j - 1]!.pos === 'NOUN' || (tj.v.length === 1 && /s$/.test(toks[j - 1]!.v)))
      && j + 1 < ctx.t1 && isCapTok(toks[j + 1]!) && !gazHas(toks[j - 1]!.v)) { j++; continue; }
    if (NAME_PARTICLES.has(tj.v) && isCapTok(toks[j - 1]!) && j + 1 < ctx.t1 && /^[A-Z][a-z]/.test(toks[j + 1]!.v)) { j++; continue; }
    if (ORG_CONNECTORS.has(tj.l) && tj.l !== 'the') {
      let k = j + 1;
      if (toks[k]?.l === 'the') k++;
      if (k < ctx.t1 && isCapTok(toks[k]!)) { j = k + 1; continue; }
    }
    break;
  }
  return Math.max(j, gazSpanEnd(ctx, i, ctx.t1));
}

/**
 * Capitalised runs, classified: "Chinese Foreign Ministry spokesperson Mao Ning said the Bureau of
 * Industry and Security ..." gives a country, a body, a titled person and a body; unknown runs
 * ("Dana Whitfield") become name candidates for the next passes and the resolver.
 */
export function capitalisedRuns(ctx: Ctx): void {
  let i = ctx.t0;
  while (i < ctx.t1) {
    if (!isCapTok(ctx.toks[i]!)) { i++; continue; }
    const j = runEnd(ctx, i);
    classifyRun(ctx, i, j);
    i = j;
  }
}
