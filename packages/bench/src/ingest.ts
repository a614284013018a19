// Ingestion benchmark: ≥ 10,000 synthetic articles (scripts/make-corpus.ts) into a private Neo4j.
//  1. end to end: `ingest()` on the corpus folder (read, extract in worker threads, write) → articles/s;
//  2. the writer alone: `writeExtraction` on pre-extracted batches → relationships written per second;
//  peak RSS of this process (worker threads included) is sampled every 100 ms during each phase.
// Run: pnpm bench ingest [--articles=10000] [--workers=1] [--batch=500] [--writer-articles=5000] [--uri=bolt://…]
// Without --uri a private Neo4j is started on a free port with a temporary data folder (and stopped).
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '@kg/ontology';
import { countGraph, ensureSchema, ingest, openDriver, wipeDatabase, writeExtraction, type Neo4jConfig } from '@kg/store';
import { makeCorpus } from '../scripts/make-corpus.js';
import { makeArticle } from '../scripts/make-corpus-lib.js';

export interface IngestBenchOptions {
  articles?: number | string;
  workers?: number | string;
  batch?: number | string;
  'writer-articles'?: number | string;
  uri?: string;
  user?: string;
  password?: string;
  corpus?: string;
}

export interface IngestBenchResult {
  articles: number;
  workers: number;
  batchSize: number;
  endToEnd: { seconds: number; writeSeconds: number; articlesPerSecond: number; peakRssMB: number; new: number; failed: number; nodes: number; relationships: number };
  writer: { articles: number; seconds: number; relationshipRows: number; relationshipRowsPerSecond: number; relationshipsInGraph: number; relationshipsPerSecond: number; peakRssMB: number };
  targets: { articlesPerSecond: number; relationshipsPerSecond: number; peakRssMB: number };
  /** 1-minute load average at the end: the machine is shared, figures depend on it. */
  loadAverage: number;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

function rssSampler(): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(Math.max(peak, process.memoryUsage().rss) / 1024 / 1024);
    },
  };
}

export async function benchIngest(opts: IngestBenchOptions = {}): Promise<IngestBenchResult> {
  const articles = Number(opts.articles ?? 10_000);
  const workers = Number(opts.workers ?? 1);
  const batchSize = Number(opts.batch ?? 500);
  const writerArticles = Number(opts['writer-articles'] ?? 5_000);
  const corpus = resolve(opts.corpus ?? join(root, 'bench-output', `corpus-${articles}`));
  if (!existsSync(corpus) || readdirSync(corpus).length === 0) {
    process.stderr.write(`bench ingest: generating ${articles} articles in ${corpus}\n`);
    await makeCorpus({ count: articles, out: corpus });
  }

  let stopServer: (() => Promise<void>) | undefined;
  let config: Neo4jConfig;
  if (opts.uri) config = { uri: opts.uri, user: opts.user ?? 'neo4j', password: opts.password ?? process.env.NEO4J_PASSWORD ?? 'knowledge-graph' };
  else {
    const { startNeo4j, stopNeo4j, freePort } = await import('@kg/neo4j-local');
    const dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-neo4j-'));
    const password = 'bench-password';
    const { uri } = await startNeo4j({ uri: `bolt://127.0.0.1:${await freePort()}`, dataDir, password, heap: '1g', pagecache: '512m', httpPort: null, exitWithParent: true });
    config = { uri, user: 'neo4j', password };
    stopServer = async () => {
      await stopNeo4j({ dataDir, uri, password, timeoutMs: 60_000 });
      rmSync(dataDir, { recursive: true, force: true });
    };
    process.stderr.write(`bench ingest: private Neo4j on ${uri}\n`);
  }
  const driver = openDriver(config);
  try {
    await ensureSchema(driver);
    await wipeDatabase(driver);

    // 1. End to end.
    let sampler = rssSampler();
    const summary = await ingest([corpus], { driver, workers, batchSize, progress: 'log', countGraph: false });
    const e2ePeak = sampler.stop();
    const graph = await countGraph(driver);

    // 2. The writer alone, on extractions made beforehand (not timed).
    await wipeDatabase(driver);
    const { extractArticle } = await import('@kg/extractor');
    const batches: Extraction[] = [];
    let current: Extraction[] = [];
    const flush = (): void => {
      if (!current.length) return;
      batches.push({
        articles: current.flatMap((x) => x.articles),
        entities: current.flatMap((x) => x.entities),
        claims: current.flatMap((x) => x.claims),
        relations: current.flatMap((x) => x.relations),
      });
      current = [];
    };
    for (let i = 0; i < writerArticles; i++) {
      const a = makeArticle(i, 2);
      current.push(extractArticle(a.text, { title: a.title, source: a.source, publishedAt: a.publishedAt, path: `/bench/${a.name}` }));
      if (current.length >= batchSize) flush();
    }
    flush();
    sampler = rssSampler();
    let rows = 0;
    const t0 = performance.now();
    for (const b of batches) rows += (await writeExtraction(driver, b)).relationshipWrites;
    const seconds = (performance.now() - t0) / 1000;
    const writerPeak = sampler.stop();
    const writerGraph = await countGraph(driver);

    return {
      articles,
      workers,
      batchSize,
      endToEnd: {
        seconds: round(summary.seconds),
        writeSeconds: round(summary.writeSeconds),
        articlesPerSecond: round(summary.articlesPerSecond),
        peakRssMB: e2ePeak,
        new: summary.new,
        failed: summary.failed,
        nodes: graph.nodes,
        relationships: graph.relationships,
      },
      writer: {
        articles: writerArticles,
        seconds: round(seconds),
        relationshipRows: rows,
        relationshipRowsPerSecond: Math.round(rows / seconds),
        relationshipsInGraph: writerGraph.relationships,
        relationshipsPerSecond: Math.round(writerGraph.relationships / seconds),
        peakRssMB: writerPeak,
      },
      targets: { articlesPerSecond: 100, relationshipsPerSecond: 20_000, peakRssMB: 500 },
      loadAverage: round(loadavg()[0] ?? 0),
    };
  } finally {
    await driver.close();
    await stopServer?.();
  }
}

const round = (x: number): number => Math.round(x * 10) / 10;

// Runnable on its own: `pnpm tsx packages/bench/src/ingest.ts --articles=10000`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts: Record<string, string> = {};
  for (const a of process.argv.slice(2)) {
    const m = /^--([\w-]+)=(.*)$/.exec(a);
    if (m?.[1]) opts[m[1]] = m[2] ?? '';
  }
  benchIngest(opts).then(
    (r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`),
    (err: unknown) => {
      process.stderr.write(`bench ingest: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
