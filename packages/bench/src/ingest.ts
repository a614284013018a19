// Ingestion benchmark on the news-shaped corpus (or any folder given) into a private Neo4j:
//  1. end to end: `ingest()` on the folder (read, extract in worker threads, write) → articles/s, MB/s,
//     relationships/s, peak RSS (this process, worker threads included, sampled every 100 ms);
//  2. no-op: the same folder again (every article already stored) → seconds;
//  3. the writer alone: `writeExtraction` on batches extracted beforehand → relationships/s, with the
//     private server's CPU seconds (from /proc), steadier than wall time when others load the machine.
// Run: pnpm bench ingest [folder] [--articles=10000] [--workers=N] [--batch=500] [--writer-articles=5000]
//        [--writer-batch=1000] [--phase=all|e2e|noop|writer] [--repeat=1] [--uri=bolt://… [--server-pid=N]]
// The writer phase shares one claim cache across its batches (as a pipeline run does) and compiles the
// writer's statements before the clock starts (warmWriter, as `ingest()` does at start-up).
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '@kg/ontology';
import { ClaimCache, countGraph, defaultWorkers, ensureSchema, extractInputs, ingest, openDriver, warmWriter, wipeDatabase, writeExtraction } from '@kg/store';
import { benchCorpus, type Corpus } from './corpus.js';
import { parseOpts } from './options.js';
import { rssSampler } from './rss.js';
import { benchNeo4j, cpuSeconds } from './server.js';

export interface IngestBenchOptions {
  articles?: number | string;
  workers?: number | string;
  batch?: number | string;
  'writer-articles'?: number | string;
  'writer-batch'?: number | string;
  phase?: string;
  repeat?: number | string;
  uri?: string;
  user?: string;
  password?: string;
  corpus?: string;
  'server-pid'?: string;
}

interface EndToEnd { seconds: number; cpuSeconds: number; serverCpuSeconds: number | null; articlesPerCpuSecond: number; writeSeconds: number; articlesPerSecond: number; megabytesPerSecond: number; relationshipsPerSecond: number; peakRssMB: number; new: number; failed: number; nodes: number; relationships: number }
interface WriterRun { seconds: number; relationshipsPerSecond: number; loadAverage: number; serverCpuSeconds: number | null; serverCpuMsPer1kRelationships: number | null }
interface Writer { articles: number; batchSize: number; seconds: number; relationshipRows: number; relationshipsInGraph: number; relationshipsPerSecond: number; peakRssMB: number; runs: WriterRun[] }

export interface IngestBenchResult {
  corpus: string;
  files: number;
  megabytes: number;
  workers: number;
  batchSize: number;
  endToEnd?: EndToEnd;
  noop?: { seconds: number; unchanged: number; articlesPerSecond: number };
  writer?: Writer;
  targets: { articlesPerSecond: number; peakRssMB: number; noopSeconds1000: number };
  /** 1-minute load average at the end: the machine is shared, figures depend on it. */
  loadAverage: number;
}

const round = (x: number): number => Math.round(x * 10) / 10;
/** `--server-pid=<pid>`: the CPU seconds of a server given with --uri. */
const serverPidOpt = (opts: IngestBenchOptions): number | undefined => (opts['server-pid'] ? Number(opts['server-pid']) : undefined);
const load1 = (): number => round(loadavg()[0] ?? 0);

type Driver = ReturnType<typeof openDriver>;

/**
 * CPU seconds are this process's (main and worker threads) and the server's: on a machine shared with
 * other work, articles per CPU second says what the pipeline costs when wall time says mostly how busy
 * the machine was.
 */
async function endToEnd(driver: Driver, corpus: Corpus, workers: number, batchSize: number, serverPid: number | undefined): Promise<EndToEnd> {
  const sampler = rssSampler();
  const c0 = process.cpuUsage();
  const s0 = cpuSeconds(serverPid);
  const s = await ingest([corpus.dir], { driver, workers, batchSize, progress: 'log', countGraph: false });
  const c = process.cpuUsage(c0);
  const s1 = cpuSeconds(serverPid);
  const cpu = (c.user + c.system) / 1e6;
  const serverCpu = s0 === null || s1 === null ? null : s1 - s0;
  const peakRssMB = sampler.stop();
  const graph = await countGraph(driver);
  return {
    seconds: round(s.seconds), cpuSeconds: round(cpu), serverCpuSeconds: serverCpu === null ? null : round(serverCpu),
    articlesPerCpuSecond: round(s.new / (cpu + (serverCpu ?? 0))), writeSeconds: round(s.writeSeconds), articlesPerSecond: round(s.articlesPerSecond),
    megabytesPerSecond: Math.round((corpus.bytes / 1048576 / s.seconds) * 100) / 100, relationshipsPerSecond: Math.round(graph.relationships / s.seconds),
    peakRssMB, new: s.new, failed: s.failed, nodes: graph.nodes, relationships: graph.relationships,
  };
}

async function noop(driver: Driver, corpus: Corpus, workers: number): Promise<NonNullable<IngestBenchResult['noop']>> {
  const s = await ingest([corpus.dir], { driver, workers, progress: 'none', countGraph: false });
  return { seconds: round(s.seconds), unchanged: s.unchanged, articlesPerSecond: round(s.articlesPerSecond) };
}

/** The corpus's first `n` articles extracted (not timed), in batches of `size` as the pipeline writes them. */
async function preExtract(corpus: Corpus, n: number, size: number, workers: number): Promise<Extraction[]> {
  const batches: Extraction[] = [];
  let current: Extraction[] = [];
  const flush = (): void => {
    if (!current.length) return;
    batches.push({
      articles: current.flatMap((x) => x.articles),
      entities: current.flatMap((x) => x.entities),
      claims: current.flatMap((x) => x.claims),
      relations: current.flatMap((x) => x.relations),
      topics: current.flatMap((x) => x.topics ?? []),
    });
    current = [];
  };
  let count = 0;
  for await (const x of extractInputs([corpus.dir], { workers })) {
    if (x.kind === 'error') continue;
    current.push(x.extraction);
    if (current.length >= size) flush();
    if (++count >= n) break;
  }
  flush();
  return batches;
}

async function writerRuns(driver: Driver, batches: Extraction[], repeat: number, serverPid: number | undefined): Promise<Omit<Writer, 'articles' | 'batchSize'>> {
  await warmWriter(driver);
  const runs: WriterRun[] = [];
  let best: Omit<Writer, 'articles' | 'batchSize'> | undefined;
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
      seconds: round(seconds), relationshipsPerSecond: Math.round(inGraph / seconds), loadAverage: load1(), serverCpuSeconds,
      serverCpuMsPer1kRelationships: serverCpuSeconds === null || !inGraph ? null : round((serverCpuSeconds * 1e6) / inGraph),
    };
    runs.push(run);
    process.stderr.write(`bench ingest: writer run ${r + 1}: ${JSON.stringify(run)}\n`);
    if (!best || run.relationshipsPerSecond > best.relationshipsPerSecond) {
      best = { seconds: run.seconds, relationshipRows: rows, relationshipsInGraph: inGraph, relationshipsPerSecond: run.relationshipsPerSecond, peakRssMB: peak, runs };
    }
  }
  return { ...best!, runs };
}

export async function benchIngest(opts: IngestBenchOptions = {}): Promise<IngestBenchResult> {
  const corpus = await benchCorpus(opts, 10_000);
  const workers = opts.workers !== undefined ? Number(opts.workers) : defaultWorkers();
  const batchSize = Number(opts.batch ?? 500);
  const phase = String(opts.phase ?? 'all');
  const has = (p: string): boolean => phase === 'all' || phase === 'both' || phase.split(',').includes(p);
  const server = await benchNeo4j(opts, { name: 'bench' });
  if (server.pid) process.stderr.write(`bench ingest: private Neo4j on ${server.config.uri}\n`);
  const driver = openDriver(server.config);
  try {
    await ensureSchema(driver);
    const result: IngestBenchResult = {
      corpus: corpus.dir, files: corpus.files, megabytes: Math.round((corpus.bytes / 1048576) * 100) / 100, workers, batchSize,
      targets: { articlesPerSecond: 100, peakRssMB: 500, noopSeconds1000: 3 }, loadAverage: 0,
    };
    if (has('e2e')) {
      await wipeDatabase(driver);
      result.endToEnd = await endToEnd(driver, corpus, workers, batchSize, server.pid ?? serverPidOpt(opts));
      process.stderr.write(`bench ingest: end to end ${JSON.stringify(result.endToEnd)} (load ${load1()})\n`);
    }
    if (has('noop')) result.noop = await noop(driver, corpus, workers);
    if (has('writer')) {
      const n = Number(opts['writer-articles'] ?? 5_000);
      const size = Number(opts['writer-batch'] ?? 1_000);
      const batches = await preExtract(corpus, n, size, workers);
      const articles = batches.reduce((k, b) => k + b.articles.length, 0);
      result.writer = { articles, batchSize: size, ...(await writerRuns(driver, batches, Math.max(1, Number(opts.repeat ?? 1)), server.pid ?? serverPidOpt(opts))) };
    }
    result.loadAverage = load1();
    return result;
  } finally {
    await driver.close();
    await server.stop();
  }
}

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
