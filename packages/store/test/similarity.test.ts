import { describe, expect, it } from 'vitest';
import { bestMatch, CandidatePool, contentTokens, CORROBORATION_THRESHOLD, dice, distinguishers, sameStatement, textFeatures, textSimilarity } from '../src/similarity.js';

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

describe('the guard against statements that differ in what they are about', () => {
  // Both pairs score above the threshold on content words alone.
  const iran = 'the sanctions on Iran must be lifted without delay';
  const cuba = 'the sanctions on Cuba must be lifted without delay';

  it('blocks a pair whose named topic differs, although its word overlap is above the threshold', () => {
    expect(textSimilarity(iran, cuba)).toBeGreaterThanOrEqual(CORROBORATION_THRESHOLD);
    expect(sameStatement(iran, cuba)).toBe(false);
  });

  it('lets the same pair through when the named topic is the same, or named on one side only', () => {
    expect(sameStatement(iran, 'sanctions on Iran should be lifted without any delay')).toBe(true);
    expect(sameStatement(iran, 'the sanctions must be lifted without delay')).toBe(true);
    // A name written in lower case on the other side is still the same name.
    expect(sameStatement('Iran must return to the talks', 'iran must return to talks soon')).toBe(true);
  });

  it('blocks differing numbers and a negation on one side only', () => {
    const a = 'tariffs will rise by 10 percent next year';
    expect(textSimilarity(a, 'tariffs will rise by 25 percent next year')).toBeGreaterThanOrEqual(CORROBORATION_THRESHOLD);
    expect(sameStatement(a, 'tariffs will rise by 25 percent next year')).toBe(false);
    expect(sameStatement(a, 'tariffs will rise by 10 percent in the next year')).toBe(true);
    const lift = 'the government will lift the export ban on grain';
    expect(textSimilarity(lift, 'the government will not lift the export ban on grain')).toBeGreaterThanOrEqual(CORROBORATION_THRESHOLD);
    expect(sameStatement(lift, 'the government will not lift the export ban on grain')).toBe(false);
    expect(sameStatement(lift, "the government won't lift the export ban on grain")).toBe(false);
  });

  it('treats sentence-initial capitalised stop words as ordinary words', () => {
    expect(distinguishers('The talks will resume').names.size).toBe(0);
    expect([...distinguishers("Freedonia's border with Ruritania").names].sort()).toEqual(['freedonia', 'ruritania']);
  });

  it('is applied by bestMatch when features are given', () => {
    const cand = { id: 'c1', tokens: contentTokens(cuba), features: textFeatures(cuba) };
    expect(bestMatch(contentTokens(iran), [cand])?.id).toBe('c1');
    expect(bestMatch(textFeatures(iran), [cand])).toBeNull();
  });
});

describe('sameStatement at the threshold', () => {
  it('matches at exactly 0.6 and not at 6/11 when nothing else tells the texts apart', () => {
    expect(sameStatement('the harbour will reopen to the fishing fleet in spring', 'the harbour would reopen for fishing and cargo in winter')).toBe(true);
    expect(sameStatement('the harbour will reopen to the fishing fleet in spring', 'the harbour would reopen for fishing, cargo and ferries in winter')).toBe(false);
  });
});

describe('CandidatePool', () => {
  it('finds the same best match as bestMatch over all candidates', () => {
    const texts = [
      'the harbour will reopen to the fishing fleet in spring',
      'the harbour would reopen for fishing and cargo in winter',
      'sanctions on Iran must be lifted',
      'sanctions on Cuba must be lifted',
      'the budget deficit will shrink next year',
      'the harbour reopens to the fishing fleet in spring',
    ];
    const cands = texts.map((t, i) => ({ id: `c${5 - i}`, tokens: contentTokens(t), features: textFeatures(t) }));
    const pool = new CandidatePool();
    for (const c of cands) pool.add(c);
    for (const q of [...texts, 'the sanctions on Iran must be lifted soon', 'nothing in common here']) {
      expect(pool.best(textFeatures(q))).toEqual(bestMatch(textFeatures(q), cands));
    }
  });
});
