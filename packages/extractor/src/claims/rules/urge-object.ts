import { URGE_PHRASAL, hasFrame } from '../../lexicon/index.js';
import { forwardCue, type CueSite, type RuleResult } from '../site.js';

/** "X urged Y to VP", "X called on Y to VP", "X asked Y not to VP": the claim is "Y to VP". */
export const urgeObject = (site: CueSite): RuleResult => {
  const v = site.verb;
  if (!v) return undefined;
  const { toks } = site.ctx;
  const phr = URGE_PHRASAL.get(v.lemma);
  if (!phr && !hasFrame(v.lemma, 'urge')) return undefined;
  let e = v.e;
  if (phr) { if (toks[e]?.l !== phr) return 'block'; e++; }
  let q = e;
  while (q < site.u.t1 && q - e < 14 && toks[q]!.l !== 'to' && !/^[,.;:]$/.test(toks[q]!.v)) q++;
  if (toks[q]?.l === 'to' || (toks[q]?.l === 'not' && toks[q + 1]?.l === 'to')) {
    if (q === e) return 'block';
    return forwardCue(site, 'urge-object', 'urge', e, e, phr ? `${v.t.l} ${phr}` : v.t.l) ?? 'block';
  }
  // "called on" and the like need their infinitive; "demanded that ..." and "asked whether ..." go on
  return phr ? 'block' : undefined;
};
