import { hasFrame } from '../../lexicon/index.js';
import { AUDIENCE, SPEAKER_PRONOUNS, TAIL_START } from '../../lexicon/attribution.js';
import { isQuote } from '../quotes.js';
import { backwardCue, finalTail, forwardCue, thatAfter, type CueSite, type RuleResult } from '../site.js';

/**
 * "X told Y": "The minister told reporters the measures were temporary." (a clause after the listeners),
 * "She told the forum he was ready." (a pronoun opens the clause after the listeners),
 * '"We will act," she told a news conference.' (the content came before), and 'She told CBS, "We will act."'.
 * "told Y that" is said-that.
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
  // "She told the forum he was ...": the listeners' noun phrase, then a clause opened by a subject pronoun
  for (let q = e + 1; q < Math.min(site.u.t1 - 1, e + 7); q++) {
    const w = toks[q]!;
    if (SPEAKER_PRONOUNS.has(w.l) && ['VERB', 'AUX'].includes(toks[q + 1]!.pos)) return forwardCue(site, 'told-object', 'forward', q, q) ?? 'block';
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(w.pos) || site.inQ(q)) break;
  }
  // 'Mook told CBS, "We are focused."': the quotation after the listeners
  for (let q = e; q < Math.min(site.u.t1, e + 6); q++) {
    const w = toks[q]!;
    if (w.v === ',' && isQuote(toks[q + 1]?.v) && site.inQ(q + 1) && q > e) return forwardCue(site, 'told-object', 'forward', q + 1, q + 1) ?? 'block';
    if (w.pos === 'VERB' || w.pos === 'AUX' || /^[.;:?!]$/.test(w.v) || isQuote(w.v)) break;
  }
  const fin = finalTail(ctx, e, site.u, true);
  return (fin !== null && backwardCue(ctx, 'told-object', site.k, fin, v.t.l)) || 'block';
};
