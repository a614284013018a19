// A run interrupted by Neo4j going away, then repeated, ends with the graph of one clean run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startNeo4j, stopNeo4j } from '@kg/neo4j-local';
import { afterAll, describe, expect, it } from 'vitest';
import { dumpGraph, ingest, Neo4jLostError, Neo4jUnavailableError, openDriver, wipeDatabase } from '../src/index.js';
import { freshDatabase, query } from './helpers.js';

const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'kg-store-resume-'));
const password = 'resume-test-password';
let uri = '';

afterAll(async () => {
  if (uri) await stopNeo4j({ dataDir, uri, password, timeoutMs: 30_000 }).catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Neo4j going away mid-run', () => {
  it('says clearly that Neo4j is unreachable at the start', async () => {
    const port = await freePort();
    const err = await ingest([SEEDS], { config: { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password }, workers: 0, progress: 'none' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Neo4jUnavailableError);
    expect((err as Error).message).toMatch(/^Neo4j is not reachable at bolt:\/\/127\.0\.0\.1:\d+: .*pnpm kg neo4j start/);
  });

  it('fails with a clear message, and a repeated run finishes with the dump of a clean run', { timeout: 600_000 }, async () => {
    // The reference: one clean run on the shared test server.
    const main = await freshDatabase();
    await ingest([SEEDS], { driver: main, workers: 0, batchSize: 1, progress: 'none' });
    const clean = await dumpGraph(main);
    await wipeDatabase(main);
    await main.close();

    uri = (await startNeo4j({ uri: `bolt://127.0.0.1:${await freePort()}`, dataDir, password, heap: '512m', pagecache: '64m', httpPort: null, exitWithParent: true })).uri;
    const config = { uri, user: 'neo4j', password };
    const watcher = openDriver(config);
    let stopped = false;
    const run = ingest([SEEDS], { config, workers: 0, batchSize: 1, progress: 'none', retryBudgetMs: 3_000 });
    // Stop the server as soon as the first batch is committed.
    for (let i = 0; i < 600 && !stopped; i++) {
      const [row] = await query<{ n: number }>(watcher, 'MATCH (a:Article) RETURN count(a) AS n').catch(() => [{ n: 0 }]);
      if ((row?.n ?? 0) >= 1) {
        await stopNeo4j({ dataDir, uri, password, timeoutMs: 30_000 });
        stopped = true;
      } else await new Promise((r) => setTimeout(r, 50));
    }
    await watcher.close();
    expect(stopped).toBe(true);
    const err = await run.then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(Neo4jLostError);
    expect((err as Error).message).toMatch(/went away during the run .* run the same command again/);

    await startNeo4j({ uri, dataDir, password, heap: '512m', pagecache: '64m', httpPort: null, exitWithParent: true });
    const resumed = await ingest([SEEDS], { config, workers: 0, batchSize: 1, progress: 'none' });
    expect(resumed.unchanged).toBeGreaterThanOrEqual(1);
    expect(resumed.unchanged + resumed.new).toBe(5);
    const second = openDriver(config);
    try {
      expect(await dumpGraph(second)).toEqual(clean);
    } finally {
      await second.close();
    }
  });
});
