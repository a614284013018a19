import type { RawRelation, SentenceScope } from '../types.js';

const RULE = 'holds-role';

/**
 * A person's role in a body or state, as resolution found it in a title or apposition.
 * @example "Freedonian Foreign Minister Ana Lopez said ..." -> Ana Lopez HOLDS_ROLE Freedonia (foreign minister)
 */
export function holdsRole(sc: SentenceScope): RawRelation[] {
  const r = sc.input.resolved;
  const out: RawRelation[] = [];
  for (const role of r.roles) {
    const m = r.mentions[role.mention]!;
    if (m.s < sc.unit.start || m.e > sc.unit.end) continue;
    out.push({ subject: role.person, predicate: 'HOLDS_ROLE', object: role.affil, start: sc.unit.start, end: sc.unit.end, negated: false, hedged: false, title: role.title, rule: RULE });
  }
  return out;
}
