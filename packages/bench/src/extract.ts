// Extraction throughput through `kg extract`'s path: the ingest reader and worker pool (extractInputs)
// over a folder (default: the news-shaped corpus). Reports articles/s, MB/s, facts/s (claims + relations,
// the relationships the writer will create per fact), peak RSS, and what `--json` adds over `--jsonl`:
// the cross-article merge and one big JSON text, against one JSON line per article.
// Run: pnpm bench extract [folder] [--articles=1000] [--workers=N] [--merge=false]
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '@kg/ontology';
import { defaultWorkers, extractInputs } from '@kg/store';
import { benchCorpus } from './corpus.js';
import { parseOpts } from './options.js';
import { rssSampler } from './rss.js';

export interface ExtractBenchOptions { articles?: number | string; workers?: number | string; corpus?: string; merge?: string }

export interface ExtractBenchResult {
  corpus: string;
  articles: number;
  errors: number;
  megabytes: number;
  workers: number;
  seconds: number;
  /** CPU seconds of this process, worker threads included: the cost, whatever else loads the machine. */
  cpuSeconds: number;
  articlesPerCpuSecond: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
  claims: number;
  relations: number;
  factsPerSecond: number;
  peakRssMB: number;
  /** `--jsonl` work: one JSON line per article. */
  jsonlSeconds: number;
  /** `--json` work beyond extraction: mergeExtractions + one JSON text. */
  merge?: { seconds: number; stringifySeconds: number; jsonOverJsonl: number; entities: number };
  loadAverage: number;
}

const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

export async function benchExtract(opts: ExtractBenchOptions = {}): Promise<ExtractBenchResult> {
  const corpus = await benchCorpus(opts, 1000);
  const workers = opts.workers !== undefined ? Number(opts.workers) : defaultWorkers();
  const keep = opts.merge !== 'false';
  const parts: Extraction[] = [];
  let articles = 0, errors = 0, claims = 0, relations = 0, jsonlMs = 0;
  const sampler = rssSampler();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for await (const x of extractInputs([corpus.dir], { workers })) {
    if (x.kind === 'error') {
      errors++;
      process.stderr.write(`bench extract: ${x.origin}: ${x.reason}\n`);
      continue;
    }
    articles++;
    claims += x.extraction.claims.length;
    relations += x.extraction.relations.length;
    const j0 = performance.now();
    JSON.stringify(x.extraction);
    jsonlMs += performance.now() - j0;
    if (keep) parts.push(x.extraction);
  }
  const seconds = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  const result: ExtractBenchResult = {
    corpus: corpus.dir, articles, errors, megabytes: round(corpus.bytes / 1048576), workers,
    seconds: round(seconds), cpuSeconds: round(cpu), articlesPerCpuSecond: round(articles / cpu, 1), articlesPerSecond: round(articles / seconds, 1), megabytesPerSecond: round(corpus.bytes / 1048576 / seconds),
    claims, relations, factsPerSecond: Math.round((claims + relations) / seconds), peakRssMB: 0,
    jsonlSeconds: round(jsonlMs / 1000), loadAverage: 0,
  };
  if (keep) {
    const { mergeExtractions } = await import('@kg/extractor');
    const m0 = performance.now();
    const merged = mergeExtractions(parts);
    const m1 = performance.now();
    JSON.stringify(merged, null, 1);
    const m2 = performance.now();
    const jsonSeconds = seconds - jsonlMs / 1000 + (m2 - m0) / 1000;
    result.merge = { seconds: round((m1 - m0) / 1000), stringifySeconds: round((m2 - m1) / 1000), jsonOverJsonl: round(jsonSeconds / seconds, 3), entities: merged.entities.length };
  }
  result.peakRssMB = sampler.stop();
  result.loadAverage = round(loadavg()[0] ?? 0, 1);
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchExtract(parseOpts()).then((r) => console.log(JSON.stringify(r, null, 2)), (e: unknown) => { console.error(e); process.exitCode = 1; });
}
