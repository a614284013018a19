// The graph does not depend on how the input is split into runs and batches, nor on their order: every
// property of every node and relationship is the same as after one clean run.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpGraph, ingest, retractArticle, wipeDatabase, type GraphDump } from '../src/index.js';
import { cachedExtractor, corpusFiles } from './corpus.js';
import { freshDatabase } from './helpers.js';

let driver: Driver;
const files = corpusFiles();
const extract = cachedExtractor();
const run = (inputs: string[], batchSize: number) => ingest(inputs, { driver, extract, batchSize, progress: 'none', countGraph: false });
let clean: GraphDump;

beforeAll(async () => {
  driver = await freshDatabase();
  await run(files, 500);
  clean = await dumpGraph(driver);
});
afterAll(async () => {
  await driver?.close();
});

describe('the same articles, split and ordered differently', () => {
  it('the corpus is large enough to matter: corroborated claims, multi-slot facts, merged people', () => {
    const claims = clean.nodes.filter((n) => n.labels.includes('Claim'));
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(claims.some((c) => Number(c.props.articleCount) >= 2)).toBe(true);
    expect(clean.relationships.some((r) => Array.isArray(r.props.evidenceArticleIds) && new Set(r.props.evidenceArticleIds as string[]).size >= 2)).toBe(true);
  });

  it('two overlapping sequential runs (first 60 %, then the last 60 %) give the dump of one run', async () => {
    await wipeDatabase(driver);
    const cut = Math.round(files.length * 0.6);
    await run(files.slice(0, cut), 500);
    await run(files.slice(files.length - cut), 500);
    expect(await dumpGraph(driver)).toEqual(clean);
  });

  it('the input reversed, in batches of three, gives the dump of one run', async () => {
    await wipeDatabase(driver);
    await run([...files].reverse(), 3);
    expect(await dumpGraph(driver)).toEqual(clean);
  });

  it('one article at a time, interleaved from both ends, gives the dump of one run', async () => {
    await wipeDatabase(driver);
    const order: string[] = [];
    for (let i = 0, j = files.length - 1; i <= j; i++, j--) order.push(...(i === j ? [files[i]!] : [files[j]!, files[i]!]));
    await run(order, 1);
    expect(await dumpGraph(driver)).toEqual(clean);
  });

  it('a retraction revises claims as if the article had never been written', async () => {
    const gone = files.slice(0, 3);
    await wipeDatabase(driver);
    await run(files.slice(3), 500);
    const without = await dumpGraph(driver);
    await run(gone, 500);
    for (const f of gone) await retractArticle(driver, f);
    const after = await dumpGraph(driver);
    const claimsOf = (d: GraphDump) => ({
      claims: d.nodes.filter((n) => n.labels.includes('Claim')),
      links: d.relationships.filter((r) => ['SAID', 'ABOUT', 'REPORTED_IN'].includes(r.type)),
    });
    expect(claimsOf(after)).toEqual(claimsOf(without));
  });
});
