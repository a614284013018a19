import { backwardCue, finalTail, quoteAfter, tailAfterQuote, type CueSite, type RuleResult } from '../site.js';

/**
 * '"We will not give up," she said on Monday.' and 'Talks will resume, the ministry said.': the content
 * came first. A split quotation ('"A," she said, "B."') is one claim of both parts.
 */
export const quoteThenSpeaker = (site: CueSite): RuleResult => {
  const v = site.verb;
  if (!v) return undefined;
  const { ctx } = site;
  if (!ctx.toks[v.e]) return backwardCue(ctx, 'quote-then-speaker', site.k, site.u.t1, v.t.l) ?? 'block';
  // a split quotation: '"A," she said, "B."' is one claim
  const split = quoteAfter(site, v.e);
  const fin = finalTail(ctx, v.e, site.u) ?? split?.comma ?? tailAfterQuote(ctx, site.k, v.e, site.u);
  if (fin === null) return undefined;
  const c = backwardCue(ctx, 'quote-then-speaker', site.k, fin, v.t.l);
  if (!c) return split ? undefined : 'block';
  return split ? { ...c, tail: split.tail } : c;
};
