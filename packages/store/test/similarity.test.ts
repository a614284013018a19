import { describe, expect, it } from 'vitest';
import { bestMatch, contentTokens, CORROBORATION_THRESHOLD, dice, textSimilarity } from '../src/similarity.js';

describe('contentTokens', () => {
  it('drops stop words and reporting verbs, folds case and plurals', () => {
    expect([...contentTokens('The Ministers said that the talks WILL resume')].sort()).toEqual(['minister', 'resume', 'talk']);
  });
  it('ignores punctuation and possessives', () => {
    expect(contentTokens("Freedonia's border, open!")).toEqual(new Set(['freedonia', 'border', 'open']));
  });
});

describe('the corroboration rule', () => {
  it('uses 0.6 as its documented threshold', () => {
    expect(CORROBORATION_THRESHOLD).toBe(0.6);
  });
  it('is symmetric and 1 for identical content', () => {
    const a = 'tariffs on steel imports will be lifted next month';
    const b = 'steel import tariffs could soon be lifted';
    expect(textSimilarity(a, b)).toBeCloseTo(textSimilarity(b, a));
    expect(textSimilarity(a, a)).toBe(1);
  });
  it('matches at exactly the threshold (3 of 5 content words shared on both sides)', () => {
    // {harbour, reopen, fishing, fleet, spring} vs {harbour, reopen, fishing, cargo, winter}: 2*3/10 = 0.6
    const a = 'the harbour will reopen to the fishing fleet in spring';
    const b = 'the harbour would reopen for fishing and cargo in winter';
    expect(textSimilarity(a, b)).toBeCloseTo(0.6);
    expect(textSimilarity(a, b) >= CORROBORATION_THRESHOLD).toBe(true);
  });
  it('does not match just below the threshold (3 shared of 5 and 6)', () => {
    // 2*3/11 ≈ 0.545
    const a = 'the harbour will reopen to the fishing fleet in spring';
    const b = 'the harbour would reopen for fishing, cargo and ferries in winter';
    expect(textSimilarity(a, b)).toBeCloseTo(6 / 11);
    expect(textSimilarity(a, b) >= CORROBORATION_THRESHOLD).toBe(false);
  });
  it('is 0 for nothing in common and for empty texts', () => {
    expect(dice(new Set(['a']), new Set(['b']))).toBe(0);
    expect(dice(new Set(), new Set())).toBe(0);
  });
});

describe('bestMatch', () => {
  const cand = (id: string, text: string) => ({ id, tokens: contentTokens(text) });
  it('picks the highest score and breaks ties by the smallest id, whatever the order', () => {
    const q = contentTokens('sanctions on the shipping company must end');
    const cs = [cand('z', 'sanctions on the shipping company must end'), cand('b', 'sanctions on shipping companies must end now'), cand('a', 'sanctions on the shipping company must end')];
    expect(bestMatch(q, cs)?.id).toBe('a');
    expect(bestMatch(q, [...cs].reverse())?.id).toBe('a');
  });
  it('returns null when nothing reaches the threshold', () => {
    expect(bestMatch(contentTokens('rain expected on the coast'), [cand('x', 'the budget deficit will shrink')])).toBeNull();
  });
});
