import { wordsOf, type CandidateRule } from './types.js';

/**
 * Only short runs of proper nouns can be names of their own: "The Ministry Of Truth And Lies Of
 * Old" (too long) or "Breaking News" (not tagged proper nouns) are dropped.
 */
export const nameShape: CandidateRule = (c, ctx) => {
  if (wordsOf(c).length > 4) return 'drop';
  for (let k = c.t0; k < c.t1; k++) if (ctx.toks[k]!.pos !== 'PROPN') return 'drop';
  return undefined;
};
