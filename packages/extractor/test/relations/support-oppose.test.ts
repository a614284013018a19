// Rule support-oppose: stance verbs on an actor ("supports", "welcomed", "stands with", "opposes", "rejected").
import { describe, expect, it } from 'vitest';
import { find, has, relationsOf } from './helpers.js';

describe('support-oppose', () => {
  it('supports "welcomed a decision by X"', () => {
    const rels = relationsOf('The Serbian Foreign Ministry welcomed a decision by the Council of Europe on refusing Kosovo\'s membership.');
    expect(find(rels, 'Serbian Foreign Ministry', 'SUPPORTED', 'Council of Europe')?.rule).toBe('support-oppose');
  });
  it('reads "stand with X" as support', () => {
    const rels = relationsOf('Norway said it would stand with Ukraine for as long as it takes.');
    expect(has(rels, 'Norway', 'SUPPORTED', 'Ukraine')).toBe(true);
  });
  it('does not turn stances on non-actors into actor relations', () => {
    const rels = relationsOf('Chile firmly opposes any unilateral sanctions, Chilean President Gabriel Boric said.');
    expect(rels.filter((r) => r.p === 'OPPOSED')).toHaveLength(0);
  });
});
