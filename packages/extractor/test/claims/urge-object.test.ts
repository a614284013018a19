import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

describe('urge-object', () => {
  it('reads "urged X to VP" and "called on X to VP"', () => {
    const cs = claimsOf('Chile urged Peru to reopen the border. Bolivia called on both sides to show restraint.');
    expect(cs.map((c) => [c.speaker, c.text, c.rule])).toEqual([
      ['Chile', 'Peru to reopen the border', 'urge-object'], ['Bolivia', 'both sides to show restraint', 'urge-object'],
    ]);
  });
  it('does not read "called on" without an infinitive', () => {
    expect(claimsOf('The mayor called on the residents of the old town yesterday.')).toEqual([]);
  });
});
