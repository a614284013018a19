import { forwardCue, type CueSite, type RuleResult } from '../site.js';

/** 'The minister said: "Peace is possible."': the content follows the colon (or the next paragraphs). */
export const saidColon = (site: CueSite): RuleResult => {
  const v = site.verb;
  if (!v || site.ctx.toks[v.e]?.v !== ':') return undefined;
  return forwardCue(site, 'said-colon', 'forward', v.e + 1, v.e + 1) ?? 'block';
};
