import { hasFrame } from '../../lexicon/index.js';
import { isQuote } from '../quotes.js';
import { forwardCue, type CueSite, type RuleResult } from '../site.js';

/** Naming something with a quoted label: 'The minister called the plan "a dangerous gamble."' */
export const calledLabel = (site: CueSite): RuleResult => {
  const v = site.verb;
  if (!v || !hasFrame(v.lemma, 'label')) return undefined;
  const { toks } = site.ctx;
  if (toks[v.e]?.l === 'on') return undefined; // "called on X to ...": urge-object
  for (let q = v.e + 1; q < Math.min(site.u.t1, v.e + 20); q++) {
    // a comma ends the object, except inside a list of names ("the United States, Japan and South Korea")
    if (/^[.;:]$/.test(toks[q]!.v) || (toks[q]!.v === ',' && !(/^[A-Z]/.test(toks[q - 1]?.v ?? '') && /^[A-Z]/.test(toks[q + 1]?.v ?? '')))) return 'block';
    if (isQuote(toks[q]!.v)) return forwardCue(site, 'called-label', 'object', v.e, v.e) ?? 'block';
  }
  return 'block';
};
