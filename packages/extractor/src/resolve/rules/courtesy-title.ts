import { COURTESY_TITLES } from '../../lexicon/index.js';
import { typed, type Candidate, type CandidateRule } from './types.js';
import type { Token } from '../../nlp.js';

/** The courtesy title right before the candidate ("Mr." or "Mr" "."), lower case without its dot. */
export function courtesyBefore(toks: readonly Token[], c: Candidate): string | undefined {
  let p = toks[c.t0 - 1];
  if (p?.v === '.' && p.s === toks[c.t0 - 2]?.e) p = toks[c.t0 - 2];
  const k = p?.l.replace(/\.$/, '');
  return k !== undefined && COURTESY_TITLES.has(k) ? k : undefined;
}

/**
 * A name after a courtesy title is a person, of the gender the title states: "Mr. Okafor said",
 * "Ms. Dana Whitfield" (female), "Dr. Roe" (gender unknown).
 */
export const personAfterCourtesyTitle: CandidateRule = (c, ctx) => {
  const k = courtesyBefore(ctx.toks, c);
  if (k === undefined) return undefined;
  const g = COURTESY_TITLES.get(k);
  return typed(c, 'Person', c.text, 0.9, g ? { gender: g } : {});
};
