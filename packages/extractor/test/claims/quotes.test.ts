// Units and quotations: quotations running on over sentences and paragraphs, continued quotations.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/index.js';
import { units } from '../../src/claims/index.js';
import { claimsOf, speakersOf } from './helpers.js';

describe('quotes', () => {
  it('joins the sentences of a quotation into one unit, and not plain sentences', () => {
    const q = 'She said: "Peace is possible. Both parties must act." The end came.';
    expect(units(q, analyse(q)).length).toBe(2);
  });
  it('continues a quotation in the next sentence with the same speaker', () => {
    const cs = claimsOf('Foreign Minister Maria Lopez spoke on Monday.\n"We will not give up," she said. "Our position is clear."');
    expect(cs.map((c) => [c.speaker, c.rule])).toEqual([['Maria Lopez', 'quote-then-speaker'], ['Maria Lopez', 'continued-quote']]);
  });
  it('continues a quotation left open at the end of a paragraph (AP style)', () => {
    const text = 'Prime Minister Lena Berg urged allies to act.\n\n"The threat is not going away.\n\n"We cannot wait," she said.';
    expect(speakersOf(text, /threat is not going away/)).toEqual(['Lena Berg']);
    expect(speakersOf(text, /cannot wait/)).toEqual(['Lena Berg']);
  });
  it('gives a quotation paragraph no speaker when nobody was quoted before', () => {
    expect(claimsOf('The ferry left at noon.\n\n"It was a calm crossing."')).toEqual([]);
  });
});
