// Any number of writers, one graph: concurrent ingests of overlapping article sets (each with its own
// driver, as separate processes have) and concurrent single-article writes (the API's ingestArticle path)
// end with exactly the graph of one clean run, every property included.
import { readFileSync } from 'node:fs';
import { articleId } from '@kg/ontology';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpGraph, ingest, openDriver, readNeo4jConfig, wipeDatabase, writeExtraction, type GraphDump } from '../src/index.js';
import { runExtraction } from '../src/extract-task.js';
import { cachedExtractor, corpusFiles } from './corpus.js';
import { freshDatabase, query } from './helpers.js';

let driver: Driver;
const files = corpusFiles();
const extract = cachedExtractor();
let clean: GraphDump;

beforeAll(async () => {
  driver = await freshDatabase();
  await ingest(files, { driver, extract, progress: 'none', countGraph: false });
  clean = await dumpGraph(driver);
});
afterAll(async () => {
  await driver?.close();
});

describe('concurrent kg ingest runs on overlapping inputs', () => {
  it('two runs over 70 % of the articles each, in different batch sizes, give the dump of one clean run', async () => {
    await wipeDatabase(driver);
    const cut = Math.round(files.length * 0.7);
    const [a, b] = [openDriver(readNeo4jConfig()), openDriver(readNeo4jConfig())];
    try {
      const out = await Promise.all([
        ingest(files.slice(0, cut), { driver: a, extract, batchSize: 4, progress: 'none', countGraph: false }),
        ingest([...files.slice(files.length - cut)].reverse(), { driver: b, extract, batchSize: 3, progress: 'none', countGraph: false }),
      ]);
      expect(out.map((o) => o.failed)).toEqual([0, 0]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
    expect(await dumpGraph(driver)).toEqual(clean);
    const counts = await query<{ bad: number }>(
      driver,
      `MATCH ()-[r]->() WHERE r.evidenceArticleIds IS NOT NULL
       AND r.articleCount <> size(COLLECT { UNWIND r.evidenceArticleIds AS x RETURN DISTINCT x }) RETURN count(r) AS bad`,
    );
    expect(counts[0]?.bad).toBe(0);
  });
});

describe('concurrent single-article writes (the ingestArticle path)', () => {
  it('twelve writes of six texts: all six stored once, the dump of writing them one after another', async () => {
    const six = files.slice(0, 6);
    const extractions = await Promise.all(
      six.map(async (f) => {
        const text = readFileSync(f, 'utf8');
        const res = await runExtraction({ text, meta: { id: articleId(text), path: null } });
        if (!res.ok) throw new Error(res.reason);
        return res.extraction;
      }),
    );
    await wipeDatabase(driver);
    for (const x of extractions) await writeExtraction(driver, x);
    const sequential = await dumpGraph(driver);

    await wipeDatabase(driver);
    const drivers = Array.from({ length: 3 }, () => openDriver(readNeo4jConfig()));
    try {
      await Promise.all([...extractions, ...[...extractions].reverse()].map((x, i) => writeExtraction(drivers[i % drivers.length]!, x)));
    } finally {
      await Promise.all(drivers.map((d) => d.close()));
    }
    const articles = await query<{ n: number }>(driver, 'MATCH (a:Article) RETURN count(a) AS n');
    expect(articles[0]?.n).toBe(6);
    expect(await dumpGraph(driver)).toEqual(sequential);
  });
});
