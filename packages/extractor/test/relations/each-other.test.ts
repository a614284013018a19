// Rule each-other: a reciprocal relation between two coordinated subjects.
import { describe, expect, it } from 'vitest';
import { find, has, relationsOf } from './helpers.js';

describe('each-other', () => {
  it('reads "X and Y accused each other" in both directions', () => {
    const rels = relationsOf('Armenia and Azerbaijan accused each other of violating the truce.');
    expect(find(rels, 'Armenia', 'CRITICIZED', 'Azerbaijan')?.rule).toBe('each-other');
    expect(has(rels, 'Azerbaijan', 'CRITICIZED', 'Armenia')).toBe(true);
  });
  it('needs two coordinated subjects', () => {
    const rels = relationsOf('The rebels accused each other of violating the truce.');
    expect(rels.filter((r) => r.rule === 'each-other')).toEqual([]);
  });
});
