import { backwardCue, finalTail, type CueSite, type RuleResult } from '../site.js';

/** '"We will not give up," she said on Monday.' and 'Talks will resume, the ministry said.': the content came first. */
export const quoteThenSpeaker = (site: CueSite): RuleResult => {
  const v = site.verb;
  if (!v) return undefined;
  const { ctx } = site;
  if (!ctx.toks[v.e]) return backwardCue(ctx, 'quote-then-speaker', site.k, site.u.t1, v.t.l) ?? 'block';
  const fin = finalTail(ctx, v.e, site.u);
  if (fin === null) return undefined;
  return backwardCue(ctx, 'quote-then-speaker', site.k, fin, v.t.l) ?? 'block';
};
