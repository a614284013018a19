import { describe, expect, it } from 'vitest';
import { claimsOf, speakersOf } from './helpers.js';

describe('said-colon', () => {
  it('keeps a quotation spanning two sentences after "said:" in one claim', () => {
    const cs = claimsOf('Speaking in Oslo, Norwegian diplomat Erik Berg said: "Peace is possible. Both parties must act now."');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.text).toMatch(/Peace is possible\. Both parties must act now/);
  });
  it('gives a quotation paragraph after "X said:" to X', () => {
    const text = 'New sanctions announced on shipping firms\n\nForeign Secretary Jane Holt said:\n\n"These sanctions send a clear message."\n';
    expect(speakersOf(text, /clear message/)).toEqual(['Jane Holt']);
  });
  it('does not carry a colon speaker to a paragraph that is not a quotation', () => {
    const text = 'Foreign Secretary Jane Holt said:\n\nThe ferry left on time.\n';
    expect(speakersOf(text, /ferry left/)).toEqual([]);
  });
  it('reads \'He said, "..."\' as the quotation after the comma', () => {
    const cs = claimsOf('Senator Lena Holt spoke in Lima. She said, "We have big plans for the final month."');
    expect(cs.map((c) => [c.speaker, c.text, c.rule])).toEqual([['Lena Holt', 'We have big plans for the final month.', 'said-colon']]);
  });
});
