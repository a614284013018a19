// Ingestion benchmark: ≥ 10,000 synthetic articles (scripts/make-corpus.ts) into a private Neo4j.
//  1. end to end: `ingest()` on the corpus folder (read, extract in worker threads, write) → articles/s;
//  2. the writer alone: `writeExtraction` on pre-extracted batches → relationships written per second;
//  peak RSS of this process (worker threads included) is sampled every 100 ms during each phase.
// Run: pnpm bench ingest [--articles=10000] [--workers=1] [--batch=500] [--writer-articles=5000] [--writer-batch=1000]
//        [--phase=both|e2e|writer] [--repeat=1] [--uri=bolt://…]
// Writer runs also report the private server's CPU seconds (from /proc), steadier than wall time when others load the machine.
// The writer phase shares one claim cache across its batches (as a pipeline run does) and compiles the
// writer's statements before the clock starts (warmWriter, as `ingest()` does at start-up).
// Without --uri a private Neo4j is started on a free port with a temporary data folder (and stopped).
import { existsSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '@kg/ontology';
import { ClaimCache, countGraph, ensureSchema, ingest, openDriver, warmWriter, wipeDatabase, writeExtraction } from '@kg/store';
import { makeCorpus } from '../scripts/make-corpus.js';
import { makeArticle } from '../scripts/make-corpus-lib.js';
import { parseOpts } from './options.js';
import { benchNeo4j, cpuSeconds } from './server.js';

export interface IngestBenchOptions {
  articles?: number | string;
  workers?: number | string;
  batch?: number | string;
  'writer-articles'?: number | string;
  'writer-batch'?: number | string;
  phase?: 'both' | 'e2e' | 'writer' | string;
  repeat?: number | string;
  uri?: string;
  user?: string;
  password?: string;
  corpus?: string;
}

export interface IngestBenchResult {
  articles: number;
  workers: number;
  batchSize: number;
  endToEnd?: { seconds: number; writeSeconds: number; articlesPerSecond: number; peakRssMB: number; new: number; failed: number; nodes: number; relationships: number };
  writer?: { articles: number; batchSize: number; seconds: number; relationshipRows: number; relationshipRowsPerSecond: number; relationshipsInGraph: number; relationshipsPerSecond: number; peakRssMB: number; runs: WriterRun[] };
  targets: { articlesPerSecond: number; relationshipsPerSecond: number; peakRssMB: number };
  /** 1-minute load average at the end: the machine is shared, figures depend on it. */
  loadAverage: number;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

interface WriterRun {
  seconds: number;
  relationshipsPerSecond: number;
  loadAverage: number;
  /** CPU seconds of the private Neo4j during the run (null with --uri): steadier than wall time on a shared machine. */
  serverCpuSeconds: number | null;
  serverCpuMsPer1kRelationships: number | null;
}


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
  const writerBatch = Number(opts['writer-batch'] ?? 1_000);
  const phase = String(opts.phase ?? 'both');
  const repeat = Math.max(1, Number(opts.repeat ?? 1));
  const corpus = resolve(opts.corpus ?? join(root, 'bench-output', `corpus-${articles}`));
  if (!existsSync(corpus) || readdirSync(corpus).length === 0) {
    process.stderr.write(`bench ingest: generating ${articles} articles in ${corpus}\n`);
    await makeCorpus({ count: articles, out: corpus });
  }

  const server = await benchNeo4j(opts, { name: 'bench' });
  const serverPid = server.pid;
  if (serverPid) process.stderr.write(`bench ingest: private Neo4j on ${server.config.uri}\n`);
  const driver = openDriver(server.config);
  try {
    await ensureSchema(driver);
    await wipeDatabase(driver);

    const result: IngestBenchResult = {
      articles,
      workers,
      batchSize,
      targets: { articlesPerSecond: 100, relationshipsPerSecond: 20_000, peakRssMB: 500 },
      loadAverage: 0,
    };
    // 1. End to end.
    if (phase !== 'writer') {
      const sampler = rssSampler();
      const summary = await ingest([corpus], { driver, workers, batchSize, progress: 'log', countGraph: false });
      const e2ePeak = sampler.stop();
      const graph = await countGraph(driver);
      result.endToEnd = {
        seconds: round(summary.seconds),
        writeSeconds: round(summary.writeSeconds),
        articlesPerSecond: round(summary.articlesPerSecond),
        peakRssMB: e2ePeak,
        new: summary.new,
        failed: summary.failed,
        nodes: graph.nodes,
        relationships: graph.relationships,
      };
    }

    // 2. The writer alone, on extractions made beforehand (not timed), best of `repeat` runs.
    if (phase !== 'e2e') {
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
        if (current.length >= writerBatch) flush();
      }
      flush();
      await warmWriter(driver);
      const runs: WriterRun[] = [];
      let best: NonNullable<IngestBenchResult['writer']> | undefined;
      for (let r = 0; r < repeat; r++) {
        await wipeDatabase(driver);
        const sampler = rssSampler();
        const cache = new ClaimCache();
        let rows = 0;
        const cpu0 = cpuSeconds(serverPid);
        const t0 = performance.now();
        for (const b of batches) rows += (await writeExtraction(driver, b, { cache })).relationshipWrites;
        const seconds = (performance.now() - t0) / 1000;
        const cpu1 = cpuSeconds(serverPid);
        const peak = sampler.stop();
        const inGraph = (await countGraph(driver)).relationships;
        const serverCpuSeconds = cpu0 === null || cpu1 === null ? null : round(cpu1 - cpu0);
        const run: WriterRun = {
          seconds: round(seconds),
          relationshipsPerSecond: Math.round(inGraph / seconds),
          loadAverage: round(loadavg()[0] ?? 0),
          serverCpuSeconds,
          serverCpuMsPer1kRelationships: serverCpuSeconds === null || !inGraph ? null : round((serverCpuSeconds * 1e6) / inGraph),
        };
        runs.push(run);
        process.stderr.write(`bench ingest: writer run ${r + 1}: ${JSON.stringify(run)}\n`);
        if (!best || run.relationshipsPerSecond > best.relationshipsPerSecond) {
          best = {
            articles: writerArticles,
            batchSize: writerBatch,
            seconds: round(seconds),
            relationshipRows: rows,
            relationshipRowsPerSecond: Math.round(rows / seconds),
            relationshipsInGraph: inGraph,
            relationshipsPerSecond: run.relationshipsPerSecond,
            peakRssMB: peak,
            runs,
          };
        }
      }
      result.writer = best && { ...best, runs };
    }
    result.loadAverage = round(loadavg()[0] ?? 0);
    return result;
  } finally {
    await driver.close();
    await server.stop();
  }
}

const round = (x: number): number => Math.round(x * 10) / 10;

// Runnable on its own: `pnpm tsx packages/bench/src/ingest.ts --articles=10000`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchIngest(parseOpts()).then(
    (r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`),
    (err: unknown) => {
      process.stderr.write(`bench ingest: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
