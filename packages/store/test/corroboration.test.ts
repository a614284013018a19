import { describe, expect, it } from 'vitest';
import { resolveReports } from '../src/corroboration.js';
import type { Report } from '../src/plan.js';

const report = (group: number, claimId: string, speaker: string, text: string, articleId = `art-${group}`, saidAt: string | null = null, saidAtPrecision = 'day'): Report => ({
  group, claimId, speaker, text, kind: 'indirect', cue: 'said', articleId, sentence: text, start: 0, end: text.length, date: null,
  saidAt, saidAtPrecision: saidAt ? saidAtPrecision : null, about: [],
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
    const second = resolveReports(reports.slice(2), first.claims);
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

describe('resolveReports with times and articles', () => {
  const text = 'the harbour will reopen to the fishing fleet in spring';
  it('never merges reports said on different days, and merges a dated with an undated one', () => {
    const res = resolveReports([
      report(0, 'c0', 'person:x', text, 'a0', '2024-03-11'),
      report(1, 'c1', 'person:x', text, 'a1', '2024-03-12'),
      report(2, 'c2', 'person:x', text, 'a2', null),
    ], []);
    expect(res.claimOf).toEqual(['c0', 'c1', 'c0']);
    // an undated report first: the claim takes the date of the dated one that joins it
    const later = resolveReports([report(0, 'c0', 'person:x', text, 'a0', null), report(1, 'c1', 'person:x', text, 'a1', '2024-03-11')], []);
    expect(later.claimOf).toEqual(['c0', 'c0']);
    expect(later.claims.find((c) => c.id === 'c0')).toMatchObject({ saidAt: '2024-03-11', saidAtPrecision: 'day' });
  });
  it('lets a day join a week that contains it, and the claim keeps the day', () => {
    const res = resolveReports([report(0, 'c0', 'person:x', text, 'a0', '2024-03-04', 'week'), report(1, 'c1', 'person:x', text, 'a1', '2024-03-06')], []);
    expect(res.claimOf).toEqual(['c0', 'c0']);
    expect(res.claims[0]).toMatchObject({ saidAt: '2024-03-06', saidAtPrecision: 'day' });
    const outside = resolveReports([report(0, 'c0', 'person:x', text, 'a0', '2024-03-04', 'week'), report(1, 'c1', 'person:x', text, 'a1', '2024-03-12')], []);
    expect(outside.claimOf).toEqual(['c0', 'c1']);
  });
  it('takes one report per article: two statements of one article stay two claims', () => {
    const res = resolveReports([report(0, 'c0', 'person:x', text, 'a0'), report(1, 'c1', 'person:x', `${text} again`, 'a0')], []);
    expect(res.claimOf).toEqual(['c0', 'c1']);
  });
  it('compares a report with every wording of a stored claim', () => {
    const stored = { id: 'old', speakerId: 'person:x', text: 'the port strikes cut grain exports', wordings: ['the port strikes cut grain exports', 'strikes at the port have seriously hampered its capacity to ship grain'] };
    const res = resolveReports([report(0, 'c0', 'person:x', 'the strikes severely limited the port\'s capability to ship grain')], [stored]);
    expect(res.claimOf).toEqual(['old']);
    expect(res.claims.find((c) => c.id === 'old')?.wordings).toHaveLength(3);
  });
});
