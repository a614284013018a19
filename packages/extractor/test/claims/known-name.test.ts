import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

const about = (text: string): Array<string | null> => claimsOf(text).filter((c) => /deal is dead/.test(c.text)).map((c) => c.speaker ?? null);

describe('known-name', () => {
  it('reads a bare surname the mention stage missed as the person named earlier', () => {
    expect(about('Mr. Paul Hunt met voters in the town hall. Hunt said the deal is dead.')).toEqual(['Paul Hunt']);
  });
  it('reads a bare surname after an inverted cue ("said Hunt.")', () => {
    expect(about('Mr. Paul Hunt met voters in the town hall. "The deal is dead," said Hunt.')).toEqual(['Paul Hunt']);
  });
  it('names no one when two known persons share the surname', () => {
    const sp = about('Mr. Paul Hunt and Ms. Jane Hunt met voters in the town hall. Hunt said the deal is dead.');
    expect(sp).not.toContain('Paul Hunt');
    expect(sp).not.toContain('Jane Hunt');
  });
});
