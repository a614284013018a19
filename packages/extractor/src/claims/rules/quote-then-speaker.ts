import { backwardCue, finalTail, parentheticalTail, quoteAfter, tailAfterQuote, type CueSite, type RuleResult } from '../site.js';

/**
 * '"We will not give up," she said on Monday.' and 'Talks will resume, the ministry said.': the content
 * came first. A split quotation ('"A," she said, "B."') is one claim of both parts, and so is a
 * parenthetical attribution ("The economy, she said, is weak.").
 */
export const quoteThenSpeaker = (site: CueSite): RuleResult => {
  const v = site.verb;
  if (!v) return undefined;
  const { ctx } = site;
  if (!ctx.toks[v.e]) return backwardCue(ctx, 'quote-then-speaker', site.k, site.u.t1, v.t.l) ?? 'block';
  // a split quotation: '"A," she said, "B."' is one claim
  const split = quoteAfter(site, v.e);
  const fin = finalTail(ctx, v.e, site.u) ?? split?.comma ?? tailAfterQuote(ctx, site.k, v.e, site.u);
  // "The economy, she said, is weak.": the content goes on after the attribution
  const paren = fin === null ? parentheticalTail(site) : null;
  if (fin === null && !paren) return undefined;
  const c = backwardCue(ctx, 'quote-then-speaker', site.k, fin ?? v.e, v.t.l);
  if (!c) return split || paren ? undefined : 'block';
  const tail = split?.tail ?? paren;
  return tail ? { ...c, tail } : c;
};
