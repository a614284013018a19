import type { Token } from '../../nlp.js';
import { isCueLemma } from '../../lexicon/index.js';

const BETWEEN = /^(also|further|then|again|later|has|have|had|was|is|on|,)$/;

/** A reporting verb at token k, or after a few adverbs/auxiliaries ("X also said", "X, on Monday, said"). */
export function isCueAt(toks: readonly Token[], k: number): boolean {
  for (let q = k; q < Math.min(k + 3, toks.length); q++) {
    if (isCueLemma(toks[q]!.lemma)) return true;
    if (!BETWEEN.test(toks[q]!.l)) return false;
  }
  return false;
}
