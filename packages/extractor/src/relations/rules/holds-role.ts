import { confidenceOf } from '../confidence.js';
import type { RawRelation, SentenceScope } from '../types.js';

const RULE = 'holds-role';

/**
 * A person's role in a body or state, as resolution found it in a title or apposition, when the person,
 * the role and the body or state are stated together (not a state title given the article's home
 * country). Titles are lower case, so "Foreign Minister" and "foreign minister" are one role.
 * @example "Freedonian Foreign Minister Ana Lopez said ..." -> Ana Lopez HOLDS_ROLE Freedonia (foreign minister)
 */
export function holdsRole(sc: SentenceScope): RawRelation[] {
  const r = sc.input.resolved;
  const out: RawRelation[] = [];
  for (const role of r.roles) {
    const m = r.mentions[role.mention]!;
    if (role.inferred || m.s < sc.unit.start || m.e > sc.unit.end) continue;
    out.push({ subject: role.person, predicate: 'HOLDS_ROLE', object: role.affil, start: sc.unit.start, end: sc.unit.end, negated: false, hedged: false, title: role.title.toLowerCase(), rule: RULE, confidence: confidenceOf(RULE) });
  }
  return out;
}
