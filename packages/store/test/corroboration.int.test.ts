// Corroboration in the real Neo4j: paraphrases from three outlets become one claim whatever order the
// articles arrive in, its wording is the earliest report's, a different statement stays apart, and a
// retraction undoes the merge without touching any other claim's wording.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '@kg/ontology';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest, retractArticle, wipeDatabase, writeExtraction } from '../src/index.js';
import { freshDatabase, query } from './helpers.js';

const P = 'corr13';
const SPEAKER = `person:${P}-vale`;
const REPORTS = [
  { n: 1, date: '2030-05-03', source: 'Outlet One', text: 'the strikes have seriously hampered the port\'s capacity to handle grain' },
  { n: 2, date: '2030-05-02', source: 'Outlet Two', text: 'the strikes severely limited the port\'s grain handling capabilities' },
  { n: 3, date: '2030-05-04', source: 'Outlet Three', text: 'strikes have severely limited the port\'s capacity to handle grain' },
];
const OTHER = 'the strikes will end before the harvest';

function article(r: (typeof REPORTS)[number], extra = false): Extraction {
  const id = `${P}-a${r.n}`;
  const claim = (k: number, text: string) => ({
    id: `claim:${P}-${r.n}-${k}`, speaker: SPEAKER, text, kind: 'indirect' as const, about: [], articles: [id],
    start: 0, end: text.length, sentence: text, date: r.date, saidAt: '2030-05-01', saidAtPrecision: 'day' as const,
  });
  return {
    articles: [{ id, title: `Port ${r.n}`, source: r.source, publishedAt: r.date, path: null }],
    entities: [{ id: SPEAKER, type: 'Person', name: 'Ana Vale', aliases: [], mentionedIn: [id] }],
    claims: [claim(1, r.text), ...(extra ? [claim(2, OTHER)] : [])],
    relations: [],
  };
}

const claims = (d: Driver) =>
  query<{ text: string; n: number; saidAt: string | null }>(d, `MATCH (c:Claim) WHERE c.speakerId = $s RETURN c.text AS text, c.articleCount AS n, c.saidAt AS saidAt ORDER BY text`, { s: SPEAKER });

let driver: Driver;
beforeAll(async () => {
  driver = await freshDatabase();
});
afterAll(async () => {
  await driver?.close();
});

describe('corroboration in the store', () => {
  it('makes one claim of three paraphrases, worded as the earliest report, in any arrival order', async () => {
    const results: unknown[] = [];
    for (const order of [[0, 1, 2], [2, 1, 0]]) {
      await wipeDatabase(driver);
      for (const i of order) await writeExtraction(driver, article(REPORTS[i]!, i === 0));
      results.push(await claims(driver));
    }
    expect(results[0]).toEqual([
      { text: REPORTS[1]!.text, n: 3, saidAt: '2030-05-01' },
      { text: OTHER, n: 1, saidAt: '2030-05-01' },
    ]);
    expect(results[1]).toEqual(results[0]);
  });

  it('undoes the merge on retraction, re-wording only the claim that lost its report', async () => {
    await retractArticle(driver, `${P}-a2`);
    expect(await claims(driver)).toEqual([
      { text: REPORTS[0]!.text, n: 2, saidAt: '2030-05-01' },
      { text: OTHER, n: 1, saidAt: '2030-05-01' },
    ]);
    await writeExtraction(driver, article(REPORTS[1]!));
    expect((await claims(driver)).map((c) => c.text)).toEqual([REPORTS[1]!.text, OTHER]);
  });
});

describe('corroboration of the seed articles through the pipeline', () => {
  const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url));
  const seed = (prefix: string) => join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix))!);
  it('gives at least five claims carried by each report of the briefing, dated to its day in the dated one', async () => {
    await wipeDatabase(driver);
    await ingest([SEEDS], { driver, workers: 0, progress: 'none' });
    const paths = ['001_', '003_', '004_'].map(seed);
    const [row] = await query<{ n: number }>(
      driver,
      `MATCH (c:Claim) WHERE all(p IN $paths WHERE EXISTS { (c)-[:REPORTED_IN]->(:Article {path: p}) }) RETURN count(c) AS n`,
      { paths },
    );
    expect(Number(row!.n)).toBeGreaterThanOrEqual(5);
    const dates = await query<{ saidAt: string | null }>(
      driver,
      'MATCH (c:Claim)-[:REPORTED_IN]->(:Article {path: $p}) RETURN DISTINCT c.saidAt AS saidAt',
      { p: paths[0] },
    );
    expect(dates.map((d) => d.saidAt)).toEqual(['2023-01-30']);
  });
});
