import { isQuote } from '../quotes.js';
import { forwardCue, type CueSite, type RuleResult } from '../site.js';

/**
 * 'The minister said: "Peace is possible."' and 'He said, "We have big plans."': the content follows the
 * colon or the comma before a quotation (a colon closing the paragraph: the next paragraphs).
 */
export const saidColon = (site: CueSite): RuleResult => {
  const v = site.verb;
  if (!v) return undefined;
  const { toks } = site.ctx;
  const colon = toks[v.e]?.v === ':';
  const commaQuote = toks[v.e]?.v === ',' && isQuote(toks[v.e + 1]?.v) && site.inQ(v.e + 1);
  if (!colon && !commaQuote) return undefined;
  return forwardCue(site, 'said-colon', 'forward', v.e + 1, v.e + 1) ?? 'block';
};
