import { describe, expect, it } from 'vitest';
import { claimsOf, speakersOf } from './helpers.js';

describe('called-label', () => {
  it('reads \'called X "Y"\' as a claim', () => {
    const cs = claimsOf('Minister Omar Haddad called the plan "a dangerous gamble."');
    expect(cs.map((c) => [c.speaker, c.rule])).toEqual([['Omar Haddad', 'called-label']]);
    expect(cs[0]!.text).toMatch(/dangerous gamble/);
  });
  it('reads a quoted label after a list of names', () => {
    const text = 'Leaders of the Andean Union met in Quito on Tuesday. The summit\'s final declaration called Chile, Peru and Bolivia "a dangerous bloc" in the region.';
    expect(speakersOf(text, /dangerous bloc/)).toEqual(['Andean Union']);
  });
  it('does not read "called" without a quoted label', () => {
    expect(claimsOf('Minister Omar Haddad called the meeting to order.')).toEqual([]);
  });
});
