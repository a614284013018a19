import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

describe('said-speaker with role nouns before the name', () => {
  it('reads "said radio host <Person>" and "said <Body> host <Person>" as the person', () => {
    expect(claimsOf('“The bridge is unsafe,” said radio host Maria Lopez.').map((c) => [c.speaker, c.text])).toEqual([['Maria Lopez', 'The bridge is unsafe']]);
    expect(claimsOf('“The bridge is unsafe,” said Harbor Radio host Maria Lopez.').map((c) => c.speaker)).toEqual(['Maria Lopez']);
  });
  it('does not give the words to a person named after "of"', () => {
    expect(claimsOf('“The bridge is unsafe,” said the mother of Maria Lopez.').map((c) => c.speaker)).not.toContain('Maria Lopez');
  });
});
