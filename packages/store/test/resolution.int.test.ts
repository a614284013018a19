// Cross-article entity resolution through the real extractor and pipeline (invented texts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dumpGraph, ingest, retractArticle, wipeDatabase } from '../src/index.js';
import { freshDatabase, query } from './helpers.js';

const SURNAME_ONLY =
  'WASHINGTON, March 4 (Daily Ledger) -- Secretary Blinken said on Monday that the talks on the harbour agreement would resume next week. ' +
  'Blinken told reporters that the government would publish its proposals soon.';
const FULL_NAME =
  'GENEVA, March 5 (Harbor Times) -- U.S. Secretary of State Antony Blinken said on Tuesday that the sanctions on the shipping company would stay in place. ' +
  'Antony Blinken met with officials from Freedonia in Geneva.';
const WANG_YI = 'BEIJING, March 6 (Global Wire) -- Foreign Minister Wang Yi said on Wednesday that China was ready to expand trade with its neighbours.';
const WANG_WENBIN = 'BEIJING, March 7 (Global Wire) -- Spokesperson Wang Wenbin said on Thursday that the visit would strengthen ties between the two countries.';
const WANG_ONLY = 'BEIJING, March 8 (Morning Dispatch) -- Wang said on Friday that the dispute over the fishing rights should be settled through dialogue.';

let driver: Driver;
let dir: string;
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const people = () =>
  query<{ id: string; name: string; aliases: string[]; said: number }>(
    driver,
    'MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.aliases AS aliases, COUNT { (p)-[:SAID]->() } AS said ORDER BY id',
  );

beforeAll(async () => {
  driver = await freshDatabase();
  dir = mkdtempSync(join(tmpdir(), 'kg-store-resolution-'));
});
afterAll(async () => {
  await driver?.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await wipeDatabase(driver);
});

describe('a person named by surname in one article and in full in another', () => {
  it('is one Person node with both aliases, in one batch', async () => {
    const a = file('a.txt', SURNAME_ONLY);
    const b = file('b.txt', FULL_NAME);
    await ingest([a, b], { driver, workers: 0, progress: 'none' });
    const blinkens = (await people()).filter((p) => /blinken/i.test(p.name));
    expect(blinkens).toHaveLength(1);
    expect(blinkens[0]).toMatchObject({ id: 'person:antony-blinken', name: 'Antony Blinken' });
    expect(blinkens[0]?.aliases).toEqual(expect.arrayContaining(['Antony Blinken', 'Blinken']));
    // Both articles' statements hang off the one node.
    expect(blinkens[0]?.said).toBeGreaterThanOrEqual(2);
    const reported = await query<{ n: number }>(
      driver,
      "MATCH (:Person {id: 'person:antony-blinken'})-[:SAID]->(:Claim)-[:REPORTED_IN]->(a:Article) RETURN count(DISTINCT a) AS n",
    );
    expect(reported[0]?.n).toBe(2);
  });

  it('is one node when the surname-only article was stored by an earlier batch; the caption becomes the full name', async () => {
    const a = file('a.txt', SURNAME_ONLY);
    const b = file('b.txt', FULL_NAME);
    await ingest([a], { driver, workers: 0, progress: 'none' });
    await ingest([b], { driver, workers: 0, progress: 'none' });
    const blinkens = (await people()).filter((p) => /blinken/i.test(p.name));
    expect(blinkens).toHaveLength(1);
    expect(blinkens[0]?.name).toBe('Antony Blinken');
    expect(blinkens[0]?.aliases).toEqual(expect.arrayContaining(['Antony Blinken', 'Blinken']));
    expect(blinkens[0]?.said).toBeGreaterThanOrEqual(2);

    // Rewriting both (same dumps) changes nothing; retracting the full-name article keeps the other's facts.
    const dump = await dumpGraph(driver);
    await ingest([a, b], { driver, workers: 0, progress: 'none' });
    expect(await dumpGraph(driver)).toEqual(dump);
    await retractArticle(driver, b);
    const left = (await people()).filter((p) => /blinken/i.test(p.name));
    expect(left).toHaveLength(1);
    expect(left[0]?.said).toBeGreaterThanOrEqual(1);
    const stale = await query(driver, 'MATCH ()-[r]->() WHERE any(x IN coalesce(r.evidenceArticleIds, []) WHERE NOT EXISTS { MATCH (:Article {id: x}) }) RETURN r');
    expect(stale).toHaveLength(0);
  });
});

describe('a surname shared by two known people', () => {
  it('is not merged with either', async () => {
    await ingest([file('w1.txt', WANG_YI), file('w2.txt', WANG_WENBIN)], { driver, workers: 0, progress: 'none' });
    await ingest([file('w3.txt', WANG_ONLY)], { driver, workers: 0, progress: 'none' });
    const wangs = (await people()).filter((p) => /wang/i.test(p.name));
    expect(wangs.map((w) => w.id)).toEqual(['person:wang', 'person:wang-wenbin', 'person:wang-yi']);
    expect(wangs.find((w) => w.id === 'person:wang')?.said).toBe(1);
  });
});
