import { hasFrame, reportingVerb } from '../../lexicon/index.js';
import { isQuote } from '../quotes.js';
import { forwardCue, type CueSite, type RuleResult } from '../site.js';

/**
 * A stance stated as the verb's object: "Chile welcomed the agreement.", "She expressed concern over the
 * launches.", "He described the plan as reckless." ("expressed" needs an object of the lexicon such as
 * "concern"; "described" needs "as").
 */
export const objectCue = (site: CueSite): RuleResult => {
  const v = site.verb;
  if (!v || !hasFrame(v.lemma, 'object')) return undefined;
  const { toks } = site.ctx;
  const e = v.e;
  if (toks[e]?.l === 'that' || toks[e]?.v === ':') return undefined;
  const objects = reportingVerb(v.lemma)?.objects;
  if (objects && !objects.has(toks[e]?.l ?? '') && !(v.lemma !== 'raise' && objects.has(toks[e + 1]?.l ?? ''))) return 'block';
  if (hasFrame(v.lemma, 'object-as')) {
    let asAt = -1;
    for (let q = e + 1; q < Math.min(site.u.t1, e + 12) && asAt < 0; q++) { if (toks[q]!.l === 'as') asAt = q; else if (/^[,.;:]$/.test(toks[q]!.v)) break; }
    if (asAt < 0) return 'block';
  }
  if (!toks[e] || /^[,.;]$/.test(toks[e]!.v) || isQuote(toks[e]!.v)) return 'block';
  return forwardCue(site, 'object-cue', 'object', e, e) ?? 'block';
};
