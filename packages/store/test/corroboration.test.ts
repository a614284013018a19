import { describe, expect, it } from 'vitest';
import { resolveReports } from '../src/corroboration.js';
import type { Report } from '../src/plan.js';

const report = (group: number, claimId: string, speaker: string, text: string, articleId = `art-${group}`): Report => ({
  group, claimId, speaker, text, kind: 'indirect', cue: 'said', articleId, sentence: text, start: 0, end: text.length, date: null, about: [],
});

describe('resolveReports', () => {
  const reports = [
    report(0, 'c0', 'person:x', 'the harbour will reopen to the fishing fleet in spring'),
    report(1, 'c1', 'person:y', 'the harbour will reopen to the fishing fleet in spring'),
    report(2, 'c2', 'person:x', 'the harbour would reopen to the fishing fleet by spring'),
    report(3, 'c3', 'person:x', 'the budget deficit will shrink next year'),
  ];

  it('merges the same statement by the same speaker, never across speakers', () => {
    const res = resolveReports(reports, []);
    expect(res.claimOf).toEqual(['c0', 'c1', 'c0', 'c3']);
    expect(res.created.map((c) => c.id)).toEqual(['c0', 'c1', 'c3']);
    expect(res.corroborated).toBe(1);
  });

  it('joins claims already stored, by id or by content', () => {
    const res = resolveReports(reports, [
      { id: 'old', speakerId: 'person:x', text: 'the harbour reopens to the fishing fleet in spring' },
      { id: 'c3', speakerId: 'person:x', text: 'something else entirely' },
    ]);
    expect(res.claimOf).toEqual(['old', 'c1', 'old', 'c3']);
    expect(res.created.map((c) => c.id)).toEqual(['c1']);
  });

  it('gives the same result in one batch or split in two (sequential equivalence)', () => {
    const whole = resolveReports(reports, []);
    const first = resolveReports(reports.slice(0, 2), []);
    const second = resolveReports(reports.slice(2), first.created);
    expect([...first.claimOf, ...second.claimOf]).toEqual(whole.claimOf);
  });

  it('keeps the reports of one extracted claim together', () => {
    const res = resolveReports([report(0, 'c0', 'person:x', 'alpha beta gamma', 'a1'), report(0, 'c0', 'person:x', 'alpha beta gamma', 'a2')], []);
    expect(res.claimOf).toEqual(['c0', 'c0']);
    expect(res.created).toHaveLength(1);
  });
});

describe('resolveReports with the topic guard', () => {
  it('keeps statements about different named topics apart', () => {
    const res = resolveReports(
      [report(0, 'c0', 'person:x', 'the sanctions on Iran must be lifted'), report(1, 'c1', 'person:x', 'the sanctions on Cuba must be lifted')],
      [],
    );
    expect(res.claimOf).toEqual(['c0', 'c1']);
  });
});
