// One identify/replace/write path for the CLI and the API's ingestArticle mutation: writeExtraction
// decides inside its transaction whether an article is stored (same text) or replaces another version
// (same path or url), whatever the caller knew beforehand.
import { readFileSync } from 'node:fs';
import { articleId, type ArticleMeta } from '@kg/ontology';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { wipeDatabase, writeExtraction } from '../src/index.js';
import { runExtraction } from '../src/extract-task.js';
import { corpusFiles } from './corpus.js';
import { freshDatabase, query } from './helpers.js';

let driver: Driver;
const [first, second] = corpusFiles().map((f) => readFileSync(f, 'utf8'));

async function extraction(text: string, meta: Partial<ArticleMeta>) {
  const res = await runExtraction({ text, meta: { id: articleId(text), path: null, ...meta } });
  if (!res.ok) throw new Error(res.reason);
  return res.extraction;
}
const articles = () =>
  query<{ id: string; path: string | null; url: string | null; publishedAt: string | null }>(
    driver,
    'MATCH (a:Article) RETURN a.id AS id, a.path AS path, a.url AS url, a.publishedAt AS publishedAt ORDER BY id',
  );

beforeAll(async () => {
  driver = await freshDatabase();
});
afterAll(async () => {
  await driver?.close();
});
beforeEach(async () => {
  await wipeDatabase(driver);
});

describe('writing an article the graph already holds', () => {
  it('keeps the stored path and publication date when the new write (a mutation) gives none', async () => {
    await writeExtraction(driver, await extraction(first!, { path: '/news/a.txt', publishedAt: '2024-05-01' }));
    const stats = await writeExtraction(driver, await extraction(first!, { path: null }));
    expect(stats.rewritten).toBe(1);
    expect(await articles()).toEqual([{ id: articleId(first!), path: '/news/a.txt', url: null, publishedAt: '2024-05-01' }]);
  });

  it('replaces the stored version of the same url with the new text, in the same transaction', async () => {
    const url = 'https://example.org/story';
    await writeExtraction(driver, await extraction(first!, { url }));
    const stats = await writeExtraction(driver, await extraction(second!, { url }));
    expect(stats.replaced).toBe(1);
    expect((await articles()).map((a) => a.id)).toEqual([articleId(second!)]);
    const stale = await query(driver, 'MATCH (c:Claim)-[:REPORTED_IN]->(a:Article) WHERE a.id = $id RETURN c', { id: articleId(first!) });
    expect(stale).toHaveLength(0);
  });
});
