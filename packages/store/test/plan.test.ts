import { describe, expect, it } from 'vitest';
import { chunk, planExtraction } from '../src/plan.js';
import { deriveClaims, toClaimReports } from '../src/claim-derivation.js';
import { A, B, C, extractionA, extractionB, extractionC, merge } from './fixtures.js';

describe('planExtraction', () => {
  it('orients symmetric predicates one way, whichever way they were written', () => {
    const x = extractionC();
    const flipped = { ...x, relations: x.relations.map((r) => ({ ...r, subject: r.object, object: r.subject })) };
    const rowOf = (p: ReturnType<typeof planExtraction>) => p.relations.find((g) => g.predicate === 'MET_WITH')?.rows[0];
    expect(rowOf(planExtraction(x))?.s).toBe('country:freedonia');
    expect(rowOf(planExtraction(flipped))?.s).toBe('country:freedonia');
  });

  it('groups evidence of one fact from several articles into one row with parallel slots', () => {
    const plan = planExtraction(merge(extractionA(), extractionB()));
    const roles = plan.relations.find((g) => g.predicate === 'HOLDS_ROLE');
    expect(roles?.withTitle).toBe(true);
    expect(roles?.rows).toHaveLength(1);
    expect(roles?.rows[0]?.aids).toEqual([A, B]);
    expect(roles?.rows[0]?.articles).toEqual([A, B].sort());
  });

  it('merges entities listed by several articles (aliases united) and mentions them per article', () => {
    const plan = planExtraction(merge(extractionA(), extractionB(), extractionC()));
    const countries = plan.entities.get('Country') ?? [];
    expect(countries.map((e) => e.id)).toEqual(['country:ruritania', 'country:freedonia']);
    expect(countries[0]?.aliases).toEqual(['Ruritania', 'Ruritanian']);
    const mentionsOf = (article: string) => plan.mentions.filter((m) => m.article === article).map((m) => m.entity).sort();
    expect(mentionsOf(C)).toEqual(['country:freedonia', 'country:ruritania', 'place:geneva']);
  });

  it('mentions every entity a fact involves even when the extractor did not list it', () => {
    const x = extractionA();
    x.entities = x.entities.map((e) => ({ ...e, mentionedIn: [] }));
    const plan = planExtraction({ ...x, articles: [...x.articles, { id: 'other', title: null, source: null, publishedAt: null, path: null }] });
    const mentioned = plan.mentions.filter((m) => m.article === A).map((m) => m.entity).sort();
    expect(mentioned).toEqual(['country:freedonia', 'country:ruritania', 'person:anna-berg']);
  });

  it('drops references to unknown entities and counts them', () => {
    const x = extractionA();
    x.relations.push({ subject: 'person:nobody', predicate: 'URGED', object: 'country:freedonia', negated: false, hedged: false, evidence: [] });
    const plan = planExtraction(x);
    expect(plan.dangling).toBe(1);
    expect(plan.relations.flatMap((g) => g.rows).some((r) => r.s === 'person:nobody')).toBe(false);
  });

  it('turns claims into reports, one per article sighting', () => {
    const plan = planExtraction(merge(extractionA(), extractionB()));
    expect(plan.reports.map((r) => [r.claimId, r.articleId])).toEqual([['claim-a1', A], ['claim-b1', B]]);
    const claims = deriveClaims(toClaimReports(plan.reports, new Map()));
    expect(claims.reportedIn.map((r) => r.article).sort()).toEqual([A, B].sort());
  });
});

describe('chunk', () => {
  it('splits into bounded pieces, keeping order', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow();
  });
});
