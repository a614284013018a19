import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

describe('a short parenthesis after the speaker', () => {
  it('reads "<Person> (D-Ore.) said" in both orders', () => {
    expect(claimsOf('“The dam must be repaired,” Maria Lopez (D-Ore.) said.').map((c) => [c.speaker, c.text])).toEqual([['Maria Lopez', 'The dam must be repaired']]);
    expect(claimsOf('Maria Lopez (D-Ore.) said the dam must be repaired.').map((c) => c.speaker)).toEqual(['Maria Lopez']);
  });
  it('does not skip a parenthesis that follows no name', () => {
    expect(claimsOf('Maria Lopez toured the site. “The dam must be repaired,” the survey (by spring) said.').map((c) => c.speaker)).not.toContain('Maria Lopez');
  });
});
