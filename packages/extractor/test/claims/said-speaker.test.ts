import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

describe('said-speaker', () => {
  it('reads the inverted order with a titled speaker after the cue', () => {
    const cs = claimsOf('"Sanctions will continue," said High Representative Josep Borrell.');
    expect(cs.map((c) => [c.speaker, c.text, c.rule])).toEqual([['Josep Borrell', 'Sanctions will continue', 'said-speaker']]);
  });
  it('reads "said X" after a comma-ended paraphrase', () => {
    const cs = claimsOf('The port will reopen next week, said Foreign Minister Lena Holt.');
    expect(cs.map((c) => c.speaker)).toEqual(['Lena Holt']);
  });
  it('does not read "said" followed by a clause as inverted', () => {
    const cs = claimsOf('Lena Holt said Paris will host the talks.');
    expect(cs.map((c) => [c.speaker, c.rule])).toEqual([['Lena Holt', 'speaker-then-quote']]);
  });
});
