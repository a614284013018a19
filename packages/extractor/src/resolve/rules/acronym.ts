import { ACRONYM_STOP } from '../../lexicon/index.js';
import { typed, type CandidateRule } from './types.js';

const ACRONYM = /^[A-Z][A-Z0-9]{1,7}$/;

/**
 * An acronym names a body: the body it was bracketed after or whose initials it spells
 * ("the Ministry of Commerce (MOFCOM) said ... MOFCOM added"), else a body of its own ("KCNA
 * reported"), unless it is a common abbreviation ("GDP", "CEO") or a numeral ("XI", "COP28").
 */
export const acronymOfBody: CandidateRule = (c, ctx) => {
  if (c.t1 - c.t0 !== 1 || !ACRONYM.test(c.text)) return undefined;
  const org = ctx.bracketed.get(c.text) ?? ctx.orgByInitials.get(c.text);
  if (org) return typed(c, 'Organization', org.name, 0.9, org.country ? { country: org.country } : {});
  if (ACRONYM_STOP.has(c.text) || /^(?:[IVX]+|COP\d+|[A-Z]\d)$/.test(c.text)) return 'drop';
  return typed(c, 'Organization', c.text, 0.6);
};
