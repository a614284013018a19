import type { CueSite, RuleResult } from '../site.js';

/**
 * Verbs that are cues only with their particle ("pointed out that", "did not rule out that"), and
 * reciprocal uses that are relations rather than claims ("accused each other of ..."): blocks
 * "She pointed to the map." and "They accused each other of lying.".
 */
export const phrasalParticle = (site: CueSite): RuleResult => {
  const v = site.verb;
  if (!v) return undefined;
  if (v.particleMissing) return 'block';
  const { toks } = site.ctx;
  if (toks[v.e]?.l === 'each' && toks[v.e + 1]?.l === 'other') return 'block';
  return undefined;
};
