// Rule stance-noun: "X's support for Y", "pledged support for Y", "opposition to Y".
import { describe, expect, it } from 'vitest';
import { find, has, relationsOf } from './helpers.js';

describe('stance-noun', () => {
  it('reads noun-phrase stances: "Chile\'s support for Peru", "pledged support for Peru"', () => {
    const rels = relationsOf("Analysts noted Chile's support for Peru. Argentina pledged long-term support for Uruguay.");
    expect(find(rels, 'Chile', 'SUPPORTED', 'Peru')?.rule).toBe('stance-noun');
    expect(has(rels, 'Argentina', 'SUPPORTED', 'Uruguay')).toBe(true);
  });
  it('does not read a support named as a reason as SUPPORTED', () => {
    const rels = relationsOf('Germany may impose sanctions on Belarus over its support for Russia.');
    expect(rels.some((x) => x.p === 'SUPPORTED')).toBe(false);
  });
});
