import { describe, expect, it } from 'vitest';
import { claimsOf, rulesOf, speakersOf } from './helpers.js';

describe('said-that', () => {
  it('reads "X said (adverbials) that ..." and keeps the content after "that"', () => {
    const cs = claimsOf('Ghana said on Monday at a briefing that cocoa prices will rise.');
    expect(cs.map((c) => [c.speaker, c.text, c.rule])).toEqual([['Ghana', 'cocoa prices will rise', 'said-that']]);
  });
  it('splits "said ... and that ..." into two claims', () => {
    const cs = claimsOf('Peruvian Prime Minister Ana Diaz said the budget is balanced and that taxes will fall.');
    expect(cs.map((c) => c.text)).toEqual(['the budget is balanced', 'taxes will fall']);
  });
  it('reads any reporting verb of the lexicon by its lemma', () => {
    for (const v of ['argued', 'insists', 'denied', 'wrote', 'tweeted', 'has acknowledged']) {
      expect(speakersOf(`Mayor Lena Holt ${v} that the bridge was safe.`, /bridge was safe/)).toHaveLength(1);
    }
  });
  it('does not read a verb outside the lexicon as a cue', () => {
    expect(rulesOf('The mayor painted that bridge red.')).toEqual([[]]);
  });
});
