// Facts only when stated (issue: a wrong fact is worse than a missing one): idioms, plans, denials,
// roles stated together, and a rule and confidence on every relation. Short wire-style probes.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { find, has, relationsOf } from './helpers.js';

describe('facts only when stated', () => {
  it('reads no meeting from "ready to meet X halfway"', () => {
    const rels = relationsOf('Beijing is ready to meet Washington halfway on tariffs, a Commerce Ministry spokesman said.');
    expect(rels.filter((r) => r.p === 'MET_WITH')).toEqual([]);
  });
  it('hedges schedules, plans, intentions and upcoming events', () => {
    for (const [text, s, p, o] of [
      ['Trade Minister Rita Holm is scheduled to meet Japanese Economy Minister Ken Sato in Tokyo next week.', 'Rita Holm', 'MET_WITH', 'Ken Sato'],
      ['Finance Minister Omar Haddad plans to visit Brazil in March.', 'Omar Haddad', 'VISITED', 'Brazil'],
      ['Japan hopes to cooperate with Vietnam on maritime security.', 'Japan', 'COOPERATED_WITH', 'Vietnam'],
      ['Indonesia wants to work with Malaysia on palm oil.', 'Indonesia', 'COOPERATED_WITH', 'Malaysia'],
    ] as const) {
      expect(find(relationsOf(text), s, p, o)?.hedged, text).toBe(true);
    }
    const upcoming = relationsOf('The upcoming talks between French President Emmanuel Macron and Indian Prime Minister Narendra Modi will focus on energy.');
    expect(find(upcoming, 'Emmanuel Macron', 'MET_WITH', 'Narendra Modi')?.hedged).toBe(true);
  });
  it('negates "did not", "never" and a denial', () => {
    const rels = relationsOf('Defence Minister Ana Ruiz did not meet her Chinese counterpart Dong Wei at the forum.');
    expect(find(rels, 'Ana Ruiz', 'MET_WITH', 'Dong Wei')?.negated).toBe(true);
  });
  it('does not read "refused to meet X" as opposing X', () => {
    const rels = relationsOf('India refused to meet Pakistan until the attacks stop.');
    expect(has(rels, 'India', 'OPPOSED', 'Pakistan')).toBe(false);
    expect(find(rels, 'India', 'MET_WITH', 'Pakistan')?.negated).toBe(true);
  });
  it('gives HOLDS_ROLE only with the body or state stated, and no role in a state guessed from the article', () => {
    const rels = relationsOf('Trade Minister Rita Holm met Japanese Economy Minister Ken Sato in Tokyo.');
    expect(has(rels, 'Ken Sato', 'HOLDS_ROLE', 'Japan')).toBe(true);
    expect(rels.filter((r) => r.p === 'HOLDS_ROLE' && r.s === 'Rita Holm')).toEqual([]);
  });
  it('reads "promised continued support for X" as support', () => {
    const rels = relationsOf('German Foreign Minister Eva Roth arrived in Kyiv and promised continued military support for Ukraine.');
    expect(has(rels, 'Eva Roth', 'SUPPORTED', 'Ukraine')).toBe(true);
  });
  it('merges role titles case-blind', () => {
    const ex = run('Norwegian Foreign Minister Ola Berg arrived in Ottawa. Norway\'s foreign minister, Ola Berg, said the talks were useful.');
    const roles = ex.relations.filter((r) => r.predicate === 'HOLDS_ROLE' && r.object === 'country:norway');
    expect(roles).toHaveLength(1);
    expect(roles[0]!.title).toBe('foreign minister');
  });
  it('puts a rule and a confidence between 0 and 1 on every relation', () => {
    const ex = run('Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Nairobi. He urged Uganda to reopen the border.');
    expect(ex.relations.length).toBeGreaterThan(2);
    for (const r of ex.relations) {
      expect(r.rule).toMatch(/^[a-z-]+$/);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });
});
