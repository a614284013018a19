// Rule urged: "urged/asked/pressed X to ...", "called on X to ...".
import { describe, expect, it } from 'vitest';
import { find, has, pairs, relationsOf } from './helpers.js';

describe('urged', () => {
  it('gives URGED for "called on X and Y to"', () => {
    const rels = relationsOf('The Council called on Rwanda and Uganda to withdraw their troops.');
    expect(pairs(rels, 'URGED').map((x) => x.split(' > ')[1])).toEqual(['Rwanda', 'Uganda']);
    expect(rels.find((r) => r.p === 'URGED')?.rule).toBe('urged');
  });
  it('gives the person, not the body, in "X, a spokesman for Y, urged Z"', () => {
    const rels = relationsOf('Tom Reyes, a spokesman for the Foreign Ministry, urged Japan to release the crew.');
    expect(pairs(rels, 'URGED')).toEqual(['Tom Reyes > Japan']);
  });
  it('shares the subject between coordinated verbs: "said X supports Y and urged Z"', () => {
    const rels = relationsOf('Foreign Minister Ana Soto said Chile supports Peru and urged Bolivia to reopen the border.');
    expect(has(rels, 'Ana Soto', 'URGED', 'Bolivia')).toBe(true);
    expect(has(rels, 'Chile', 'URGED', 'Bolivia')).toBe(false);
  });
  it('keeps "urged X not to" an urging, and needs the "to" of the urged act', () => {
    const rels = relationsOf('Norway urged Iran not to enrich uranium. Norway asked Iran about the tanker.');
    expect(find(rels, 'Norway', 'URGED', 'Iran')?.negated).toBe(false);
    expect(pairs(rels, 'URGED')).toEqual(['Norway > Iran']);
  });
});
