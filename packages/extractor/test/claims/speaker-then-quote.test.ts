import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

describe('speaker-then-quote', () => {
  it('reads the content right after the cue, quoted or not', () => {
    const cs = claimsOf('Minister Ali Khan said the ties are "stronger than ever before in history".\nMinister Ali Khan said trade grew by half last year, "a record".');
    expect(cs.map((c) => [c.rule, c.kind])).toEqual([['speaker-then-quote', 'direct'], ['speaker-then-quote', 'indirect']]);
  });
  it('needs "that" or a quotation after a verb with other senses', () => {
    expect(claimsOf('Engineer Omar Haddad noted the readings in a log.')).toEqual([]);
    expect(claimsOf('Engineer Omar Haddad noted that the readings were high.').map((c) => c.text)).toEqual(['the readings were high']);
  });
  it('does not read "asked him to" as reported content', () => {
    expect(claimsOf('The coach asked him about the game.')).toEqual([]);
  });
});
