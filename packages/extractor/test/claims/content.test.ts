// Claim content: kind, offsets.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { claimsOf } from './helpers.js';

describe('content', () => {
  it('marks mostly quoted content direct and mostly paraphrased content indirect', () => {
    const cs = claimsOf('Minister Ali Khan said the ties are "stronger than ever before in history".\nMinister Ali Khan said trade grew by half last year, "a record".');
    expect(cs.map((c) => c.kind)).toEqual(['direct', 'indirect']);
  });
  it('points claim offsets at the claim text in the original article', () => {
    const text = 'Home > News >\n\nGhana said on Monday that cocoa prices will rise.';
    const c = run(text).claims[0]!;
    expect(text.slice(c.start!, c.end!)).toBe(c.text);
  });
});
