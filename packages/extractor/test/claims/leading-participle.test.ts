import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

describe('leading-participle', () => {
  it('gives an opening "Noting that ..." to the speaker of the sentence', () => {
    const cs = claimsOf('Noting that exports grew, Chilean Economy Minister Nicolas Grau said the outlook is good.');
    expect(cs.map((c) => [c.speaker, c.text, c.rule])).toEqual([
      ['Nicolas Grau', 'exports grew', 'leading-participle'], ['Nicolas Grau', 'the outlook is good', 'speaker-then-quote'],
    ]);
  });
  it('reads no claim from an opening participle when the sentence has no cue of its own', () => {
    expect(claimsOf('Noting the late hour, the chair closed the meeting.')).toEqual([]);
  });
});
