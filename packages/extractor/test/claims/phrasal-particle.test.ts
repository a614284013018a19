import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

describe('phrasal-particle', () => {
  it('reads "did not rule out (that)" and "pointed out that"', () => {
    const cs = claimsOf('Minister Omar Haddad did not rule out that talks could resume. He pointed out that funds were short.');
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([['Omar Haddad', 'talks could resume'], ['Omar Haddad', 'funds were short']]);
  });
  it('does not read "pointed to" nor "accused each other" as claims', () => {
    expect(claimsOf('Minister Omar Haddad pointed to the map. Armenia and Azerbaijan accused each other of violating the truce.')).toEqual([]);
  });
});
