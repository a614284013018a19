import { TITLE_WORDS } from '../../lexicon/function-words.js';
import { knownRun } from '../known-name.js';
import { isQuote } from '../quotes.js';
import { backwardCue, quoteAfter, type CueSite, type RuleResult } from '../site.js';

/** The inverted order: '"Sanctions will continue," said High Representative Josep Borrell.' */
export const saidSpeaker = (site: CueSite): RuleResult => {
  const v = site.verb;
  if (!v) return undefined;
  const { ctx, k, u } = site;
  const { toks } = ctx;
  const prev = toks[k - 1];
  if (!prev || !(prev.v === ',' || isQuote(prev.v))) return undefined;
  let q = v.e;
  while (q < u.t1 && (TITLE_WORDS.has(toks[q]!.l) || toks[q]!.l === 'the' || /^[A-Z]/.test(toks[q]!.v))) q++;
  if (q === v.e || !(ctx.mentionEnding.has(q) || knownRun(ctx, v.e, q) >= 0)) return undefined;
  if (!(q >= u.t1 || /^[.;]$/.test(toks[q]!.v) || (toks[q]!.v === ',' && q + 1 < u.t1))) return undefined;
  const c = backwardCue(ctx, 'said-speaker', k, q, v.t.l);
  if (!c) return 'block';
  // '"A," said X, "B."': a split quotation is one claim
  const split = toks[q]?.v === ',' ? quoteAfter(site, q) : null;
  return split ? { ...c, tail: split.tail } : c;
};
