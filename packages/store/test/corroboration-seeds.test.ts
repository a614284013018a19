// The corroboration rule on the seed articles, extracted by the real extractor: three of them report
// one press briefing, so the statements they share must each become one claim carried by all three.
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '@kg/extractor';
import { planExtraction } from '../src/plan.js';
import { resolveReports } from '../src/corroboration.js';

const SEEDS = new URL('../../../seeds/', import.meta.url);

async function seedClaims() {
  const files = (await readdir(SEEDS)).filter((f) => f.endsWith('.txt')).sort();
  const docs = await Promise.all(files.map(async (f) => ({ text: await readFile(new URL(f, SEEDS), 'utf8'), meta: { path: f } })));
  const { extraction } = extractCorpus(docs);
  const byPrefix = new Map(extraction.articles.map((a) => [a.path!.slice(0, 3), a.id]));
  const plan = planExtraction(extraction);
  const res = resolveReports(plan.reports, []);
  const claims = new Map<string, { articles: string[]; saidAt: Set<string | null> }>();
  plan.reports.forEach((r, i) => {
    const id = res.claimOf[i]!;
    if (!claims.has(id)) claims.set(id, { articles: [], saidAt: new Set() });
    claims.get(id)!.articles.push(r.articleId);
    claims.get(id)!.saidAt.add(r.saidAt);
  });
  return { claims, byPrefix, plan, extraction };
}

describe('corroboration on the seed articles', () => {
  it('makes at least five claims carried by each of the three reports of one briefing', async () => {
    const { claims, byPrefix } = await seedClaims();
    const briefing = ['001', '003', '004'].map((p) => byPrefix.get(p)!);
    const shared = [...claims.values()].filter((c) => briefing.every((a) => c.articles.includes(a)));
    expect(shared.length).toBeGreaterThanOrEqual(5);
  });
  it('never takes two statements of one article into one claim, nor two known times', async () => {
    const { claims } = await seedClaims();
    for (const c of claims.values()) {
      expect(new Set(c.articles).size).toBe(c.articles.length);
      expect([...c.saidAt].filter(Boolean).length).toBeLessThanOrEqual(1);
    }
  });
  it('dates the claims of the dated briefing report to the day of the briefing', async () => {
    const { extraction, byPrefix } = await seedClaims();
    const dated = extraction.claims.filter((c) => c.articles.includes(byPrefix.get('001')!));
    expect(dated.length).toBeGreaterThan(0);
    expect(new Set(dated.map((c) => c.saidAt))).toEqual(new Set(['2023-01-30']));
    expect(extraction.articles.find((a) => a.id === byPrefix.get('001'))).toMatchObject({ dateSource: 'metadata', dateline: '2023-01-30' });
  });
});
