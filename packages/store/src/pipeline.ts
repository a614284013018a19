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
import { createExtractor, defaultWorkers, type ExtractFn } from './pool.js';
import { createProgress, type ProgressCounts, type ProgressMode } from './progress.js';
import { BoundedQueue } from './queue.js';
import { withRetry, RetriesExhaustedError } from './retry.js';
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

async function runIngest(inputs: readonly string[], opts: IngestOptions, cfg: Neo4jConfig, driver: Driver): Promise<IngestSummary> {
  const t0 = Date.now();
  const progress = createProgress(opts.progress ?? 'auto');
  const counts: ProgressCounts = { done: 0, new: 0, unchanged: 0, replaced: 0, failed: 0 };
  const errors: IngestError[] = [];
  const written = { entities: 0, claims: 0, corroborated: 0, relations: 0, relationships: 0 };
  const retry = { budgetMs: opts.retryBudgetMs ?? 60_000, onRetry: (err: unknown, n: number, ms: number) => {
    progress.line(`ingest: ${retryReason(err)}; retry ${n} in ${(ms / 1000).toFixed(1)} s`);
  } };
  const fail = (origin: string, reason: string): void => {
    errors.push({ origin, reason });
    counts.failed++;
    counts.done++;
    progress.line(`${origin}: ${reason}`);
    progress.update(counts);
  };
  let stored = 0;
  let writeMs = 0;
  const extractor = await (async () => {
    await assertReachable(driver);
    // A server that has just started may still be bringing the database online.
    await withRetry(() => ensureSchema(driver), { budgetMs: 30_000 });
    return createExtractor(opts.workers ?? defaultWorkers(), opts.extract);
  })().catch((err: unknown) => {
    progress.stop();
    throw err;
  });

  try {
    counts.total = await countInputs(inputs);
    progress.update(counts);
    const batchSize = opts.batchSize ?? 500;
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const queue = new BoundedQueue<Item[]>(1);
    const claimCache = new ClaimCache();

    const writer = (async () => {
      for await (const batch of queue) {
        const replaces = [...new Set(batch.flatMap((b) => b.replaces))];
        const extraction: Extraction = {
          articles: batch.flatMap((b) => b.extraction.articles),
          entities: batch.flatMap((b) => b.extraction.entities),
          claims: batch.flatMap((b) => b.extraction.claims),
          relations: batch.flatMap((b) => b.extraction.relations),
          topics: batch.flatMap((b) => b.extraction.topics ?? []),
        };
        let stats: WriteStats;
        const w0 = Date.now();
        try {
          stats = await withRetry(() => writeExtraction(driver, extraction, { replaces, cache: claimCache }), retry);
        } catch (err) {
          if (err instanceof RetriesExhaustedError) throw new Neo4jLostError(cfg.uri, err, stored);
          throw err;
        }
        writeMs += Date.now() - w0;
        stored += batch.length;
        written.entities += stats.entities;
        written.claims += stats.claimsCreated;
        written.corroborated += stats.corroborated;
        written.relations += stats.relations;
        written.relationships += stats.relationshipWrites;
        for (const b of batch) {
          if (b.replaces.length) counts.replaced++;
          else counts.new++;
          counts.done++;
        }
        progress.update(counts);
      }
    })().catch((err: unknown) => {
      queue.fail(err);
      throw err;
    });
    // The writer's failure surfaces through queue.push; this keeps it from being reported as unhandled.
    writer.catch(() => {});

    const seen = new Set<string>();
    const runKeys = new Map<string, string>();
    let pending: Item[] = [];
    const inflight: { doc: InputDoc; id: string; replaces: string[]; result: ReturnType<ExtractFn> }[] = [];
    const maxInflight = Math.max(8, extractor.threads * 8);

    const collect = async (): Promise<void> => {
      const head = inflight.shift();
      if (!head) return;
      const res = await head.result;
      if (!res.ok) {
        fail(head.doc.origin, res.reason);
        return;
      }
      // A later version of an article still waiting in this batch: the older one is never written.
      if (head.replaces.length) {
        const before = pending.length;
        pending = pending.filter((p) => !head.replaces.includes(p.id));
        counts.done += before - pending.length;
      }
      pending.push({ id: head.id, origin: head.doc.origin, replaces: head.replaces, extraction: applyCallerMeta(res.extraction, head.id, head.doc.meta) });
      if (pending.length >= batchSize) {
        const batch = pending;
        pending = [];
        await queue.push(batch);
      }
    };

    let docs: { doc: InputDoc; id: string }[] = [];
    const flushLookup = async (): Promise<void> => {
      if (docs.length === 0) return;
      const chunk = docs;
      docs = [];
      const rows = chunk.map((d) => ({ id: d.id, path: d.doc.meta.path ?? '', url: d.doc.meta.url ?? '' }));
      const known = await withRetry(() => lookup(driver, rows), retry).catch((err: unknown) => {
        throw err instanceof RetriesExhaustedError ? new Neo4jLostError(cfg.uri, err, stored) : err;
      });
      for (const { doc, id } of chunk) {
        if (known.ids.has(id) || seen.has(id)) {
          counts.unchanged++;
          counts.done++;
          progress.update(counts);
          continue;
        }
        seen.add(id);
        const keys = [doc.meta.path ? `path:${doc.meta.path}` : null, doc.meta.url ? `url:${doc.meta.url}` : null].filter((k): k is string => !!k);
        const replaces = new Set<string>();
        for (const k of keys) {
          for (const old of known.byKey.get(k) ?? []) if (old !== id) replaces.add(old);
          const earlier = runKeys.get(k);
          if (earlier && earlier !== id) replaces.add(earlier);
          runKeys.set(k, id);
        }
        const meta = { id, title: doc.meta.title ?? null, source: doc.meta.source ?? null, publishedAt: doc.meta.publishedAt ?? null, path: doc.meta.path ?? null, url: doc.meta.url ?? null };
        const result = extractor
          .run({ text: doc.text, meta, maxBytes })
          .catch((err: unknown) => ({ ok: false as const, reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}` }));
        inflight.push({ doc, id, replaces: [...replaces], result });
        while (inflight.length >= maxInflight) await collect();
      }
    };

    for await (const item of readInputs(inputs, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, stdin: opts.stdin })) {
      if (item.kind === 'error') {
        fail(item.origin, item.reason);
        continue;
      }
      docs.push({ doc: item, id: articleId(item.text) });
      if (docs.length >= LOOKUP_CHUNK) await flushLookup();
    }
    await flushLookup();
    while (inflight.length) await collect();
    if (pending.length) await queue.push(pending);
    queue.close();
    await writer;
  } finally {
    progress.stop();
    await extractor.close();
  }
  {
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
    if (opts.countGraph !== false) summary.graph = await countGraph(driver);
    return summary;
  }
}

/** What a retried failure was: the server out of reach, or a write that lost a race (deadlock, conflict). */
function retryReason(err: unknown): string {
  const e = err as { code?: string; message?: string } | null;
  const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
  const code = String(e?.code ?? '');
  if (code.startsWith('Neo.TransientError.Transaction') || code.includes('Deadlock') || code.includes('Lock')) return `write conflict with another writer (${why})`;
  return `Neo4j unavailable (${why})`;
}
