import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

describe('single quotation marks', () => {
  it('reads a curly single-quoted quotation as a direct quotation, and its continuation', () => {
    const cs = claimsOf('‘The levy is unfair,’ Councillor Ada Brook said. ‘We will vote against it.’');
    expect(cs.map((c) => [c.speaker, c.text, c.kind])).toEqual([['Ada Brook', 'The levy is unfair. We will vote against it.', 'direct']]);
  });
  it('keeps a possessive apostrophe inside the quotation (the closer is the mark punctuation touches)', () => {
    const cs = claimsOf('‘The farmers’ market will move,’ Councillor Ada Brook said.');
    expect(cs.map((c) => c.text)).toEqual(['The farmers’ market will move']);
  });
  it('leaves a quote within a double quotation alone', () => {
    const cs = claimsOf('“Voters ask me, ‘Why now?’ every week,” Councillor Ada Brook said.');
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([['Ada Brook', 'Voters ask me, ‘Why now?’ every week']]);
  });
  it('does not pair lone apostrophes into a quotation', () => {
    const cs = claimsOf('The farmers’ stalls from the ’80s were sold, Councillor Ada Brook said.');
    expect(cs.map((c) => c.kind)).toEqual(['indirect']);
  });
});
