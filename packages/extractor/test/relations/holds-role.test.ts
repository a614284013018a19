// Rule holds-role: a person's role in a body or state from a title or an apposition.
import { describe, expect, it } from 'vitest';
import { find, relationsOf } from './helpers.js';

describe('holds-role', () => {
  it('gives the role stated by a title and its state', () => {
    const rels = relationsOf('Norwegian Foreign Minister Ola Berg said the talks were useful.');
    const r = find(rels, 'Ola Berg', 'HOLDS_ROLE', 'Norway');
    expect(r?.rule).toBe('holds-role');
    expect(r?.title?.toLowerCase()).toBe('foreign minister');
  });
  it('gives no role to a person named without one', () => {
    const rels = relationsOf('Ola Berg said the talks were useful.');
    expect(rels.filter((r) => r.p === 'HOLDS_ROLE')).toEqual([]);
  });
});
