import { hasFrame } from '../../lexicon/index.js';
import { AUDIENCE, TAIL_START } from '../../lexicon/attribution.js';
import { backwardCue, finalTail, forwardCue, thatAfter, type CueSite, type RuleResult } from '../site.js';

/**
 * "X told Y": "The minister told reporters the measures were temporary." (a clause after the listeners),
 * and '"We will act," she told a news conference.' (the content came before). "told Y that" is said-that.
 */
export const toldObject = (site: CueSite): RuleResult => {
  const v = site.verb;
  if (!v || !hasFrame(v.lemma, 'told') || thatAfter(site) >= 0) return undefined;
  const { ctx } = site;
  const { toks } = ctx;
  const e = v.e;
  const nx2 = toks[e + 1];
  if (AUDIENCE.has(toks[e]?.l ?? '') && nx2 && ['DET', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(nx2.pos) && !TAIL_START.has(nx2.l)) {
    return forwardCue(site, 'told-object', 'forward', e + 1, e + 1) ?? 'block';
  }
  const fin = finalTail(ctx, e, site.u, true);
  return (fin !== null && backwardCue(ctx, 'told-object', site.k, fin, v.t.l)) || 'block';
};
