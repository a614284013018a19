// `ingest(inputs)`: read → identify (skip what is stored) → extract in worker threads → write in
// batches, each stage bounded so memory stays flat. A batch is one transaction, batches commit in input
// order, so an interrupted run can simply be repeated: stored articles are skipped, the rest is written,
// and the graph ends up as one clean run would have left it.
import { articleId, type ArticleMeta, type Extraction } from '@kg/ontology';
import type { Driver } from 'neo4j-driver';
import type { Readable } from 'node:stream';
import { extname } from 'node:path';
import { stat } from 'node:fs/promises';
import { assertReachable, Neo4jUnavailableError, openDriver, readNeo4jConfig, type Neo4jConfig } from './config.js';
import { ensureSchema } from './schema.js';
import { readInputs, RECORD_EXTS, walkFolder, type InputDoc } from './inputs.js';
import { createLazyExtractor, defaultWorkers, type ExtractFn, type LazyExtractor } from './pool.js';
import { createProgress, type Progress, type ProgressCounts, type ProgressMode } from './progress.js';
import { BoundedQueue } from './queue.js';
import { withRetry, RetriesExhaustedError, type RetryOptions } from './retry.js';
import { openSession } from './session.js';
import { ClaimCache, writeExtraction, type WriteStats } from './writer.js';
import { DEFAULT_MAX_BYTES } from './classify.js';
import { countGraph, type GraphCounts } from './readers.js';

export interface IngestOptions {
  config?: Neo4jConfig;
  /** Use this driver instead of opening one from `config` (it is left open). */
  driver?: Driver;
  /** Extraction threads; 0 extracts in the calling thread. Default: cores − 1. */
  workers?: number;
  /** Articles per write transaction. */
  batchSize?: number;
  /** Largest accepted article, in bytes. */
  maxBytes?: number;
  stdin?: Readable;
  progress?: ProgressMode;
  /** How long to keep retrying when Neo4j goes away mid-run. */
  retryBudgetMs?: number;
  /** Replace the extractor (benchmarks of the writer, tests of the pipeline itself). */
  extract?: ExtractFn;
  /** Collect final graph counts for the summary (one scan of the graph). */
  countGraph?: boolean;
}

export interface IngestError {
  origin: string;
  reason: string;
}

export interface IngestSummary {
  new: number;
  unchanged: number;
  replaced: number;
  failed: number;
  errors: IngestError[];
  /** Rows written during the run. */
  written: { entities: number; claims: number; corroborated: number; relations: number; relationships: number };
  graph?: GraphCounts;
  seconds: number;
  articlesPerSecond: number;
  /** Time spent inside write transactions (the rest overlaps with reading and extraction). */
  writeSeconds: number;
}

/** Neo4j went away during the run and did not come back within the retry budget. */
export class Neo4jLostError extends Neo4jUnavailableError {
  constructor(uri: string, cause: unknown, stored: number) {
    super(uri, cause instanceof RetriesExhaustedError ? cause.lastError : cause);
    const why = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    this.message = `Neo4j at ${uri} went away during the run (${why}). ${stored} article(s) of this run are stored; run the same command again to finish the rest.`;
    this.name = 'Neo4jLostError';
  }
}

interface Item {
  id: string;
  origin: string;
  replaces: string[];
  extraction: Extraction;
}

const LOOKUP_CHUNK = 250;

/** Caller metadata wins over the extractor's guesses; the article id is always the hash of the text. */
export function applyCallerMeta(x: Extraction, id: string, meta: InputDoc['meta']): Extraction {
  let others = x.articles.filter((a) => a.id !== id);
  let own = x.articles.find((a) => a.id === id);
  let out = x;
  if (!own && x.articles.length === 1 && x.articles[0]) {
    // The extractor keyed the article differently: re-key every reference to it.
    const from = x.articles[0].id;
    const re = (v: string): string => (v === from ? id : v);
    out = {
      ...x,
      articles: [{ ...x.articles[0], id }],
      entities: x.entities.map((e) => ({ ...e, mentionedIn: e.mentionedIn?.map(re) })),
      claims: x.claims.map((c) => ({ ...c, articles: c.articles.map(re), evidence: c.evidence?.map((ev) => ({ ...ev, articleId: re(ev.articleId) })) })),
      relations: x.relations.map((r) => ({ ...r, evidence: r.evidence.map((ev) => ({ ...ev, articleId: re(ev.articleId) })) })),
    };
    own = out.articles[0];
    others = [];
  }
  const base: ArticleMeta = own ?? { id, title: null, source: null, publishedAt: null, path: null };
  const merged: ArticleMeta = { ...base, id };
  for (const [k, v] of Object.entries(meta) as [keyof InputDoc['meta'], string | null | undefined][]) {
    if (v !== undefined && v !== null) (merged as unknown as Record<string, unknown>)[k] = v;
  }
  merged.path = meta.path ?? null;
  return { ...out, articles: [merged, ...(own ? others : [])] };
}

/** Files to read, when that is knowable up front (for the ETA); undefined with stdin or record files. */
async function countInputs(inputs: readonly string[]): Promise<number | undefined> {
  let n = 0;
  for (const input of inputs) {
    if (input === '-') return undefined;
    try {
      if ((await stat(input)).isDirectory()) {
        for await (const f of walkFolder(input)) {
          if (RECORD_EXTS.has(extname(f).toLowerCase())) return undefined;
          n++;
        }
      } else {
        if (RECORD_EXTS.has(extname(input).toLowerCase())) return undefined;
        n++;
      }
    } catch {
      n++;
    }
  }
  return n;
}

interface Known {
  ids: Set<string>;
  /** path or url → stored article ids under it */
  byKey: Map<string, string[]>;
}

/**
 * Which of these articles are stored, and which stored articles have their path or url. One list
 * parameter of fixed shape (missing keys as ''), so the statement is planned once whatever the inputs.
 */
async function lookup(driver: Driver, rows: readonly { id: string; path: string; url: string }[]): Promise<Known> {
  const session = openSession(driver, 'READ');
  try {
    const res = await session.executeRead((tx) =>
      tx.run(
        `CYPHER replan=skip UNWIND $rows AS row
         CALL (row) {
           MATCH (a:Article {id: row.id}) RETURN a.id AS id, 'id' AS via, row.id AS key
           UNION MATCH (a:Article {path: row.path}) RETURN a.id AS id, 'path' AS via, row.path AS key
           UNION MATCH (a:Article {url: row.url}) RETURN a.id AS id, 'url' AS via, row.url AS key
         }
         RETURN DISTINCT id, via, key`,
        { rows },
      ),
    );
    const known: Known = { ids: new Set(), byKey: new Map() };
    for (const r of res.records) {
      const id = r.get('id') as string;
      if (r.get('via') === 'id') known.ids.add(id);
      else {
        const k = `${r.get('via') as string}:${r.get('key') as string}`;
        known.byKey.set(k, [...(known.byKey.get(k) ?? []), id]);
      }
    }
    return known;
  } finally {
    await session.close();
  }
}

export async function ingest(inputs: readonly string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const cfg = opts.config ?? readNeo4jConfig();
  const driver = opts.driver ?? openDriver(cfg);
  // Closed on every exit path: an open driver keeps the process alive after a failed write.
  try {
    return await runIngest(inputs, opts, cfg, driver);
  } finally {
    if (!opts.driver) await driver.close().catch(() => {});
  }
}

/** The run's tallies, reported into by the reader, the extraction collector and the writer. */
interface Tally {
  counts: ProgressCounts;
  errors: IngestError[];
  written: IngestSummary['written'];
  /** Articles committed so far (told to the user when Neo4j goes away). */
  stored: number;
  writeMs: number;
}

/** What every stage of one run needs. */
interface Run {
  driver: Driver;
  cfg: Neo4jConfig;
  progress: Progress;
  retry: RetryOptions;
  tally: Tally;
}

function newTally(): Tally {
  return {
    counts: { done: 0, new: 0, unchanged: 0, replaced: 0, failed: 0 },
    errors: [],
    written: { entities: 0, claims: 0, corroborated: 0, relations: 0, relationships: 0 },
    stored: 0,
    writeMs: 0,
  };
}

function retryOptions(progress: Progress, budgetMs: number): RetryOptions {
  return { budgetMs, onRetry: (err: unknown, n: number, ms: number) => {
    progress.line(`ingest: ${retryReason(err)}; retry ${n} in ${(ms / 1000).toFixed(1)} s`);
  } };
}

/** An article that could not be read or extracted: counted, reported, and the run goes on. */
function fail(run: Run, origin: string, reason: string): void {
  const { counts } = run.tally;
  run.tally.errors.push({ origin, reason });
  counts.failed++;
  counts.done++;
  run.progress.line(`${origin}: ${reason}`);
  run.progress.update(counts);
}

/** Retries ran out: Neo4j is gone, and the user is told how much of the run is stored. */
function lostIfExhausted(run: Run, err: unknown): unknown {
  return err instanceof RetriesExhaustedError ? new Neo4jLostError(run.cfg.uri, err, run.tally.stored) : err;
}

/** Checks the server and the schema, then prepares the extractor (its pool starts on first use). */
async function prepare(driver: Driver, opts: IngestOptions, progress: Progress): Promise<LazyExtractor> {
  try {
    await assertReachable(driver);
    // A server that has just started may still be bringing the database online.
    await withRetry(() => ensureSchema(driver), { budgetMs: 30_000 });
    return createLazyExtractor(opts.workers ?? defaultWorkers(), opts.extract);
  } catch (err) {
    progress.stop();
    throw err;
  }
}

/** The articles of one batch as one extraction, written in one transaction. */
function mergeBatch(batch: readonly Item[]): { replaces: string[]; extraction: Extraction } {
  return {
    replaces: [...new Set(batch.flatMap((b) => b.replaces))],
    extraction: {
      articles: batch.flatMap((b) => b.extraction.articles),
      entities: batch.flatMap((b) => b.extraction.entities),
      claims: batch.flatMap((b) => b.extraction.claims),
      relations: batch.flatMap((b) => b.extraction.relations),
      topics: batch.flatMap((b) => b.extraction.topics ?? []),
    },
  };
}

async function writeQueuedBatch(run: Run, batch: readonly Item[], cache: ClaimCache): Promise<void> {
  const { replaces, extraction } = mergeBatch(batch);
  const { tally } = run;
  let stats: WriteStats;
  const w0 = Date.now();
  try {
    stats = await withRetry(() => writeExtraction(run.driver, extraction, { replaces, cache }), run.retry);
  } catch (err) {
    throw lostIfExhausted(run, err);
  }
  tally.writeMs += Date.now() - w0;
  tally.stored += batch.length;
  tally.written.entities += stats.entities;
  tally.written.claims += stats.claimsCreated;
  tally.written.corroborated += stats.corroborated;
  tally.written.relations += stats.relations;
  tally.written.relationships += stats.relationshipWrites;
  for (const b of batch) {
    if (b.replaces.length) tally.counts.replaced++;
    else tally.counts.new++;
    tally.counts.done++;
  }
  run.progress.update(tally.counts);
}

/** Writes the queued batches in order; a failure is passed to the producer through the queue. */
function startWriter(run: Run, queue: BoundedQueue<Item[]>): Promise<void> {
  const cache = new ClaimCache();
  const writer = (async () => {
    for await (const batch of queue) await writeQueuedBatch(run, batch, cache);
  })().catch((err: unknown) => {
    queue.fail(err);
    throw err;
  });
  // The writer's failure surfaces through queue.push; this keeps it from being reported as unhandled.
  writer.catch(() => {});
  return writer;
}

interface Doc {
  doc: InputDoc;
  id: string;
}

interface InFlight extends Doc {
  replaces: string[];
  result: ReturnType<ExtractFn>;
}

/** The producer side of one run: documents awaiting lookup, extractions in flight, the batch being filled. */
interface Dispatch {
  run: Run;
  extractor: LazyExtractor;
  queue: BoundedQueue<Item[]>;
  batchSize: number;
  maxBytes: number;
  maxInflight: number;
  /** Article ids met in this run (a repeat is unchanged). */
  seen: Set<string>;
  /** path:… or url:… → the article of this run last read under it */
  runKeys: Map<string, string>;
  docs: Doc[];
  inflight: InFlight[];
  pending: Item[];
}

/** Takes the oldest extraction in flight into the batch, and queues the batch once full. */
async function collect(d: Dispatch): Promise<void> {
  const head = d.inflight.shift();
  if (!head) return;
  const res = await head.result;
  if (!res.ok) {
    fail(d.run, head.doc.origin, res.reason);
    return;
  }
  // A later version of an article still waiting in this batch: the older one is never written.
  if (head.replaces.length) {
    const before = d.pending.length;
    d.pending = d.pending.filter((p) => !head.replaces.includes(p.id));
    d.run.tally.counts.done += before - d.pending.length;
  }
  d.pending.push({ id: head.id, origin: head.doc.origin, replaces: head.replaces, extraction: applyCallerMeta(res.extraction, head.id, head.doc.meta) });
  if (d.pending.length >= d.batchSize) {
    const batch = d.pending;
    d.pending = [];
    await d.queue.push(batch);
  }
}

/** Stored articles (and earlier ones of this run) that this one replaces: same path or url, other text. */
function replacedBy(d: Dispatch, { doc, id }: Doc, known: Known): string[] {
  const keys = [doc.meta.path ? `path:${doc.meta.path}` : null, doc.meta.url ? `url:${doc.meta.url}` : null].filter((k): k is string => !!k);
  const replaces = new Set<string>();
  for (const k of keys) {
    for (const old of known.byKey.get(k) ?? []) if (old !== id) replaces.add(old);
    const earlier = d.runKeys.get(k);
    if (earlier && earlier !== id) replaces.add(earlier);
    d.runKeys.set(k, id);
  }
  return [...replaces];
}

/** Sends one article to the extractor, waiting for the oldest ones while too many are in flight. */
async function startExtraction(d: Dispatch, { doc, id }: Doc, replaces: string[]): Promise<void> {
  // Started here, not in the call below, so that a pool that cannot start fails the run as before.
  await d.extractor.start();
  const meta = { id, title: doc.meta.title ?? null, source: doc.meta.source ?? null, publishedAt: doc.meta.publishedAt ?? null, path: doc.meta.path ?? null, url: doc.meta.url ?? null };
  const result = d.extractor
    .run({ text: doc.text, meta, maxBytes: d.maxBytes })
    .catch((err: unknown) => ({ ok: false as const, reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}` }));
  d.inflight.push({ doc, id, replaces, result });
  while (d.inflight.length >= d.maxInflight) await collect(d);
}

/** Looks up the waiting documents in one query; stored or repeated ones are unchanged, the rest extracted. */
async function flushLookup(d: Dispatch): Promise<void> {
  if (d.docs.length === 0) return;
  const chunk = d.docs;
  d.docs = [];
  const { run } = d;
  const rows = chunk.map((c) => ({ id: c.id, path: c.doc.meta.path ?? '', url: c.doc.meta.url ?? '' }));
  const known = await withRetry(() => lookup(run.driver, rows), run.retry).catch((err: unknown) => {
    throw lostIfExhausted(run, err);
  });
  for (const c of chunk) {
    if (known.ids.has(c.id) || d.seen.has(c.id)) {
      run.tally.counts.unchanged++;
      run.tally.counts.done++;
      run.progress.update(run.tally.counts);
      continue;
    }
    d.seen.add(c.id);
    await startExtraction(d, c, replacedBy(d, c, known));
  }
}

/** Reads every input through lookup and extraction into the queue, then closes it. */
async function produce(d: Dispatch, inputs: readonly string[], opts: IngestOptions): Promise<void> {
  for await (const item of readInputs(inputs, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, stdin: opts.stdin })) {
    if (item.kind === 'error') {
      fail(d.run, item.origin, item.reason);
      continue;
    }
    d.docs.push({ doc: item, id: articleId(item.text) });
    if (d.docs.length >= LOOKUP_CHUNK) await flushLookup(d);
  }
  await flushLookup(d);
  while (d.inflight.length) await collect(d);
  if (d.pending.length) await d.queue.push(d.pending);
  d.queue.close();
}

async function summarise(run: Run, t0: number, opts: IngestOptions): Promise<IngestSummary> {
  const { counts, errors, written, writeMs } = run.tally;
  const seconds = (Date.now() - t0) / 1000;
  const summary: IngestSummary = {
    new: counts.new,
    unchanged: counts.unchanged,
    replaced: counts.replaced,
    failed: counts.failed,
    errors,
    written,
    seconds,
    articlesPerSecond: (counts.new + counts.replaced + counts.unchanged) / Math.max(seconds, 0.001),
    writeSeconds: writeMs / 1000,
  };
  if (opts.countGraph !== false) summary.graph = await countGraph(run.driver);
  return summary;
}

async function runIngest(inputs: readonly string[], opts: IngestOptions, cfg: Neo4jConfig, driver: Driver): Promise<IngestSummary> {
  const t0 = Date.now();
  const progress = createProgress(opts.progress ?? 'auto');
  const run: Run = { driver, cfg, progress, retry: retryOptions(progress, opts.retryBudgetMs ?? 60_000), tally: newTally() };
  const extractor = await prepare(driver, opts, progress);
  try {
    run.tally.counts.total = await countInputs(inputs);
    progress.update(run.tally.counts);
    const queue = new BoundedQueue<Item[]>(1);
    const writer = startWriter(run, queue);
    const d: Dispatch = {
      run,
      extractor,
      queue,
      batchSize: opts.batchSize ?? 500,
      maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
      maxInflight: Math.max(8, extractor.threads * 8),
      seen: new Set(),
      runKeys: new Map(),
      docs: [],
      inflight: [],
      pending: [],
    };
    await produce(d, inputs, opts);
    await writer;
  } finally {
    progress.stop();
    await extractor.close();
  }
  return summarise(run, t0, opts);
}

/** What a retried failure was: the server out of reach, or a write that lost a race (deadlock, conflict). */
function retryReason(err: unknown): string {
  const e = err as { code?: string; message?: string } | null;
  const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
  const code = String(e?.code ?? '');
  if (code.startsWith('Neo.TransientError.Transaction') || code.includes('Deadlock') || code.includes('Lock')) return `write conflict with another writer (${why})`;
  return `Neo4j unavailable (${why})`;
}
