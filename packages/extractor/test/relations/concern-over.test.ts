// Rule concern-over: concern voiced over an actor's act is a criticism of that actor.
import { describe, expect, it } from 'vitest';
import { find, has, relationsOf } from './helpers.js';

describe('concern-over', () => {
  it('reads "expressed concern over X\'s acts" and "... between X and Y" as criticism, not a concern about a topic', () => {
    const rels = relationsOf("Minister Gen Oda expressed concern over cooperation between Iran and Syria. President Ana Soto voiced concern over Peru's border closure. Chile expressed concern over the floods in Peru.");
    expect(find(rels, 'Gen Oda', 'CRITICIZED', 'Iran')?.rule).toBe('concern-over');
    expect(has(rels, 'Gen Oda', 'CRITICIZED', 'Syria')).toBe(true);
    expect(has(rels, 'Ana Soto', 'CRITICIZED', 'Peru')).toBe(true);
    expect(has(rels, 'Chile', 'CRITICIZED', 'Peru')).toBe(false);
  });
});
