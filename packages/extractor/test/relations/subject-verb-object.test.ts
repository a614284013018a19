// Rule subject-verb-object: meetings, criticism and cooperation stated by a verb or its nominal.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { find, has, pairs, relationsOf } from './helpers.js';

describe('subject-verb-object', () => {
  it('meets the visiting person, not their country', () => {
    const ex = run('Vietnamese Prime Minister Pham Minh Chinh made the remarks when meeting with visiting Indian Foreign Minister Subrahmanyam Jaishankar in Hanoi on Monday.');
    expect(ex.rel('Pham Minh Chinh', 'MET_WITH', 'Subrahmanyam Jaishankar')).toBe(true);
    expect(ex.rel('Subrahmanyam Jaishankar', 'VISITED', 'Hanoi')).toBe(true);
    expect(ex.relations.some((r) => r.predicate === 'MET_WITH' && r.object === 'country:india')).toBe(false);
  });
  it('reads "spoke by phone with", "spoke today with", "a phone conversation with" and "X\'s cooperation with Y"', () => {
    const rels = relationsOf("President Ana Soto spoke by phone with Prime Minister Raj Mehta. Minister Omar Haddad held a phone conversation with Minister Lena Berg. Chile's cooperation with Peru will grow. President Ana Ruiz spoke today with President Luis Mora of Chile.");
    expect(find(rels, 'Ana Soto', 'MET_WITH', 'Raj Mehta')?.rule).toBe('subject-verb-object');
    expect(has(rels, 'Omar Haddad', 'MET_WITH', 'Lena Berg')).toBe(true);
    expect(has(rels, 'Chile', 'COOPERATED_WITH', 'Peru')).toBe(true);
    expect(has(rels, 'Ana Ruiz', 'MET_WITH', 'Luis Mora')).toBe(true);
  });
  it('gives COOPERATED_WITH over an adverb and coordinated objects, not hedged by "will continue"', () => {
    const rels = relationsOf('Kenya will continue to coordinate closely with Ethiopia and Somalia, President Jomo Kariuki said.');
    expect(pairs(rels, 'COOPERATED_WITH')).toEqual(['Kenya > Ethiopia', 'Kenya > Somalia']);
    expect(rels.filter((r) => r.p === 'COOPERATED_WITH').every((r) => !r.hedged)).toBe(true);
  });
  it('does not take the object of a first verb as the subject of "and later held talks with"', () => {
    const rels = relationsOf('The minister Ana Ruiz arrived. Foreign Minister Ana Ruiz met Deputy Minister Tomas Vega and later held talks with President Luis Mora.');
    expect(has(rels, 'Tomas Vega', 'MET_WITH', 'Luis Mora')).toBe(false);
    expect(has(rels, 'Ana Ruiz', 'MET_WITH', 'Luis Mora')).toBe(true);
  });
  it('reads condemnation of coordinated objects and flags negation', () => {
    const rels = relationsOf('Norway condemned Belarus and Iran on Tuesday. Spanish Prime Minister Pedro Sanchez did not meet Moroccan Prime Minister Aziz Akhannouch.');
    expect(pairs(rels, 'CRITICIZED')).toEqual(['Norway > Belarus', 'Norway > Iran']);
    expect(find(rels, 'Pedro Sanchez', 'MET_WITH', 'Aziz Akhannouch')?.negated).toBe(true);
  });
  it('hedges a potential meeting', () => {
    const rels = relationsOf('Officials are considering lifting sanctions on General Min Aung, removing a barrier to a potential meeting with Thai Prime Minister Srettha Thavisin.');
    expect(rels.find((r) => r.p === 'MET_WITH')?.hedged).toBe(true);
  });
  it('does not read a meeting or criticism with a place', () => {
    const rels = relationsOf('The delegation met in Geneva on Monday and criticised the venue.');
    expect(rels.filter((r) => r.p === 'MET_WITH' || r.p === 'CRITICIZED')).toEqual([]);
  });
  it('carries evidence with offsets inside the article', () => {
    const text = 'Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Nairobi.';
    const r = run(text).relations.find((x) => x.predicate === 'MET_WITH')!;
    expect(r).toBeDefined();
    const ev = r.evidence[0]!;
    expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
  });
});
