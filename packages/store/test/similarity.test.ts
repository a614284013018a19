import { describe, expect, it } from 'vitest';
import {
  bestMatch, CandidatePool, compatible, contentTokens, CORROBORATION_THRESHOLD, dice, distinguishers, headTerms, overlaps,
  sameName, sameStatement, textFeatures, textSimilarity,
} from '../src/similarity.js';

describe('content terms', () => {
  it('drops stop words and reporting verbs, stems, and folds paraphrases onto one term', () => {
    expect([...contentTokens('The Ministers said that the talks WILL resume')].sort()).toEqual(['minist', 'negoti', 'resum']);
    // "hampered"/"limited" and "capacity"/"capabilities" are one term each
    expect(contentTokens('exports were hampered by the lack of capacity')).toEqual(contentTokens('exports were limited by the lack of capabilities'));
  });
  it('reads "U.S.", "US" and "United States" as one name, and "us" as the pronoun', () => {
    const a = contentTokens('the U.S. must act');
    expect(contentTokens('the US must act')).toEqual(a);
    expect(contentTokens('the United States must act')).toEqual(a);
    expect(contentTokens('tell us how to act')).toEqual(new Set(['act']));
  });
  it('takes the head of each phrase with the term before it', () => {
    expect([...headTerms('sanctions on Chinese officials')]).toEqual([['sanction', ''], ['offici', 'chines']]);
  });
  it('treats a demonym as its country but keeps near names apart', () => {
    expect(sameName('china', 'chines')).toBe(true);
    expect(sameName('iran', 'iraq')).toBe(false);
  });
});

describe('overlap', () => {
  it('uses 0.5 Dice, or near containment of at least four terms', () => {
    expect(CORROBORATION_THRESHOLD).toBe(0.5);
    expect(overlaps(3, 6, 6)).toBe(true); // Dice 0.5
    expect(overlaps(3, 6, 7)).toBe(false); // Dice 0.46, three shared only
    expect(overlaps(4, 5, 15)).toBe(true); // 4 of the shorter's 5 terms
    expect(overlaps(3, 3, 15)).toBe(false); // contained, but three terms say too little
  });
  it('is symmetric, 1 for identical content and 0 for nothing in common', () => {
    const a = 'tariffs on steel imports will be lifted next month';
    const b = 'steel import tariffs could soon be lifted';
    expect(textSimilarity(a, b)).toBeCloseTo(textSimilarity(b, a));
    expect(textSimilarity(a, a)).toBe(1);
    expect(dice(new Set(['a']), new Set(['b']))).toBe(0);
    expect(dice(new Set(), new Set())).toBe(0);
  });
});

// Pairs written for this rule: the same statement as two outlets would word it.
const PARAPHRASES: Array<[string, string]> = [
  ['the strikes have seriously hampered the port\'s capacity to handle grain', 'the strikes severely limited the port\'s grain handling capabilities'],
  ['the union does not shy away from a fight with the ministry', 'the union does not avoid or fear a fight with the ministry'],
  ['the council is ready to hold talks with the rebels on the basis of equality', 'the council is willing to hold talks with the rebels based on equality'],
  ['Paris cannot demand cooperation from Rome while continuing to interfere in its affairs', 'Paris cannot demand cooperation from Rome while it keeps interfering in Rome\'s affairs'],
  ['the U.S. should lift its sanctions on Venezuelan oil companies', 'the United States should remove sanctions against Venezuelan oil companies'],
  ['the ministry will defend the country\'s sovereignty and security interests', 'we will firmly safeguard our sovereignty and security interests'],
];

// Pairs that share most words but are different statements.
const NEAR_MISSES: Array<[string, string]> = [
  ['stop its sanctions on Chinese officials', 'lift sanctions on Chinese companies'],
  ['the government will lift the export ban on grain', 'the government will not lift the export ban on grain'],
  ['tariffs will rise by 10 percent next year', 'tariffs will rise by 25 percent next year'],
  ['the sanctions on Iran must be lifted without delay', 'the sanctions on Cuba must be lifted without delay'],
  ['the army will withdraw two brigades from the border', 'the army will withdraw three brigades from the border'],
  ['the bank urged the government to lift the ban on fuel imports', 'the bank urged the government to impose the ban on fuel imports'],
  ['the court will hear the appeal of the opposition leader', 'the court will hear the appeal of the opposition party'],
  ['Madrid has never recognised the breakaway region', 'Madrid has recognised the breakaway region'],
];

describe('the corroboration rule on written pairs', () => {
  it.each(PARAPHRASES)('merges the paraphrase: %s / %s', (a, b) => {
    expect(sameStatement(a, b)).toBe(true);
    expect(sameStatement(b, a)).toBe(true);
  });
  it.each(NEAR_MISSES)('keeps the near miss apart: %s / %s', (a, b) => {
    expect(sameStatement(a, b)).toBe(false);
    expect(sameStatement(b, a)).toBe(false);
  });
  it('lets one side elaborate: a name or a head the other lacks does not block alone', () => {
    expect(sameStatement('the sanctions on Iran must be lifted without delay', 'the sanctions must be lifted without delay')).toBe(true);
    expect(sameStatement('Iran must return to the talks', 'iran must return to talks soon')).toBe(true);
  });
  it('does not read a contrastive "not" as a negation', () => {
    expect(distinguishers('ties should be defined by dialogue, not confrontation').negated).toBe(false);
    expect(distinguishers('ties should be defined by dialogue rather than confrontation').negated).toBe(false);
    expect(distinguishers('the ministry did not comment').negated).toBe(true);
    expect(distinguishers('he urged Washington not to cross the line').negated).toBe(true);
  });
  it('treats sentence-initial capitalised stop words as ordinary words', () => {
    expect(distinguishers('The talks will resume').names.size).toBe(0);
  });
});

describe('bestMatch and CandidatePool', () => {
  const cand = (id: string, ...texts: string[]) => ({ id, wordings: texts.map(textFeatures) });
  it('picks the highest score and breaks ties by the smallest id, whatever the order', () => {
    const q = textFeatures('sanctions on the shipping company must end');
    const cs = [cand('z', 'sanctions on the shipping company must end'), cand('b', 'sanctions on shipping companies must end now'), cand('a', 'sanctions on the shipping company must end')];
    expect(bestMatch(q, cs)?.id).toBe('a');
    expect(bestMatch(q, [...cs].reverse())?.id).toBe('a');
  });
  it('needs compatibility with every wording of a claim', () => {
    const c = cand('c', 'the harbour will reopen to the fishing fleet in spring', 'the harbour will not reopen to the fishing fleet in winter');
    expect(bestMatch(textFeatures('the harbour will reopen to the fishing fleet in spring'), [c])).toBeNull();
    expect(compatible(textFeatures('the harbour will reopen'), textFeatures('the harbour will reopen soon'))).toBe(true);
  });
  it('applies the extra condition of the caller', () => {
    const c = cand('c', 'the budget deficit will shrink next year');
    expect(bestMatch(textFeatures('the budget deficit will shrink next year'), [c], CORROBORATION_THRESHOLD, () => false)).toBeNull();
  });
  it('gives the pool the same answer as bestMatch over all candidates', () => {
    const texts = [
      'the harbour will reopen to the fishing fleet in spring',
      'the harbour would reopen for fishing and cargo in winter',
      'sanctions on Iran must be lifted',
      'sanctions on Cuba must be lifted',
      'the budget deficit will shrink next year',
      'the harbour reopens to the fishing fleet in spring',
    ];
    const cands = texts.map((t, i) => cand(`c${5 - i}`, t));
    const pool = new CandidatePool();
    for (const c of cands) pool.add(c);
    for (const q of [...texts, 'the sanctions on Iran must be lifted soon', 'nothing in common here']) {
      expect(pool.best(textFeatures(q))).toEqual(bestMatch(textFeatures(q), cands));
    }
  });
});
