// Claims as a function of a speaker's reports: the same claims, wording, counters and links whatever
// order the reports come in.
import { describe, expect, it } from 'vitest';
import { deriveClaims, type ClaimReport } from '../src/claim-derivation.js';

const report = (reportId: string, article: string, text: string, date: string | null, about: string[] = []): ClaimReport => ({
  speaker: 'person:x', reportId, article, source: `outlet-${article}`, text, cue: 'said', kind: 'indirect',
  sentence: text, start: 0, end: text.length, date, saidAt: null, saidAtPrecision: null, about,
});
const reports = [
  report('r1', 'a1', 'the harbour will reopen to the fishing fleet in spring', '2024-03-02', ['place:harbour']),
  report('r2', 'a2', 'the harbour would reopen to the fishing fleet by spring', '2024-03-01'),
  report('r3', 'a3', 'the budget deficit will shrink next year', null),
  report('r4', 'a4', 'the harbour reopens to the fishing fleet in spring', null, ['country:freedonia']),
];

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('deriveClaims', () => {
  it('founds each claim with its earliest report (by date, undated last) and counts every report', () => {
    const d = deriveClaims(reports);
    expect(d.claims.map((c) => [c.id, c.text, c.articleCount, c.date])).toEqual([
      ['r2', 'the harbour would reopen to the fishing fleet by spring', 3, '2024-03-01'],
      ['r3', 'the budget deficit will shrink next year', 1, null],
    ]);
    expect(d.said.find((l) => l.o === 'r2')).toMatchObject({ s: 'person:x', articleId: 'a2', articleCount: 3 });
    expect(d.about.map((l) => [l.s, l.o, l.articleId])).toEqual([['r2', 'country:freedonia', 'a4'], ['r2', 'place:harbour', 'a1']]);
  });

  it('gives the same result for every order of the same reports', () => {
    const once = deriveClaims(reports);
    for (let seed = 1; seed <= 20; seed++) expect(deriveClaims(shuffled(reports, seed))).toEqual(once);
  });
});
