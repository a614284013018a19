import { hasFrame } from '../../lexicon/index.js';
import type { CueSite, RuleResult } from '../site.js';

/**
 * A participle opening the sentence: "Noting that exports grew, the minister said the outlook is good."
 * The cue is kept aside; the sentence's main speaker says it (when the sentence has a cue of its own).
 */
export const leadingParticiple = (site: CueSite): RuleResult => {
  const v = site.verb;
  if (!v || site.k !== site.u.t0 || !v.t.l.endsWith('ing') || !hasFrame(v.lemma, 'leading')) return undefined;
  return { rule: 'leading-participle', k: site.k, kEnd: site.k + 1, word: v.t.l, mode: 'forward', b: site.k, leading: true };
};
