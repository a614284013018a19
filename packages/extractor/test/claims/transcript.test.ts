import { describe, expect, it } from 'vitest';
import { claimsOf, speakersOf } from './helpers.js';

describe('transcript-answer', () => {
  const text = 'Trade Ministry Spokesperson Lena Ortiz\'s Regular Briefing on June 3\n\nQ: Do you have a comment on the new tariffs?\n\n'
    + 'A: We have noted the reports. The tariffs violate trade rules. We urge Ruritania to lift them.\n\nQ: Anything else?\n\nA: Talks with Molvania will resume soon.\n';
  it('gives each answer sentence of a Q/A transcript to the spokesperson named in the header', () => {
    expect(speakersOf(text, /violate trade rules|lift them|will resume/)).toEqual(['Lena Ortiz', 'Lena Ortiz', 'Lena Ortiz']);
    expect(claimsOf(text).find((c) => /violate/.test(c.text))?.kind).toBe('direct');
  });
  it('drops procedural answers and questions', () => {
    expect(claimsOf(text).some((c) => /noted the reports|Anything else/.test(c.text))).toBe(false);
  });
});
