// Extractor throughput: a corpus of >= 1,000 articles built by cycling and perturbing the seeds and
// the extractor's own fixtures, run on one thread; reports articles/s and peak RSS/heap.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/index.ts';

export interface ExtractBenchOptions { articles?: number; dirs?: string[] }
export interface Result { articles: number; seconds: number; articlesPerSecond: number; cpuArticlesPerSecond: number; peakRssMB: number; peakHeapMB: number; claims: number; errors: number }

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const PERTURB: Array<(s: string, i: number) => string> = [
  (s) => s,
  (s, i) => s.replace(/\bMonday\b/g, ['Tuesday', 'Friday', 'Sunday'][i % 3]!),
  (s, i) => `${s}\n\nEditor: Desk ${i}\n`,
  (s) => s.replace(/\n\n/g, '\n'),
  (s, i) => `Related:\nStory ${i}\nAnother story\n\n${s}`,
];

export async function benchExtract(opts: ExtractBenchOptions = {}): Promise<Result> {
  const n = opts.articles ?? 1000;
  const dirs = opts.dirs ?? [join(root, 'seeds'), join(root, 'packages/extractor/test/fixtures')];
  const base = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => readFileSync(join(d, f), 'utf8')));
  if (!base.length) throw new Error('no input texts');
  const corpus = Array.from({ length: n }, (_, i) => PERTURB[Math.floor(i / base.length) % PERTURB.length]!(base[i % base.length]!, i));
  for (const t of base) extractArticle(t); // load the model and warm the JIT outside the timing
  let peakRss = 0, peakHeap = 0, claims = 0, errors = 0;
  const sample = () => { const m = process.memoryUsage(); peakRss = Math.max(peakRss, m.rss); peakHeap = Math.max(peakHeap, m.heapUsed); };
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  corpus.forEach((text, i) => {
    try { claims += extractArticle(text, { path: `bench/${i}.txt` }).claims.length; } catch { errors++; }
    if (i % 50 === 0) sample();
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  // CPU time of this process: the rate the extractor reaches on one core, whatever else runs on the machine
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  sample();
  const mb = (x: number) => Math.round(x / 1048576);
  return { articles: n, seconds: Math.round(seconds * 100) / 100, articlesPerSecond: Math.round(n / seconds), cpuArticlesPerSecond: Math.round(n / cpuSeconds), peakRssMB: mb(peakRss), peakHeapMB: mb(peakHeap), claims, errors };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = Number(process.argv[2]) || 1000;
  benchExtract({ articles: n }).then((r) => console.log(JSON.stringify(r, null, 2)), (e) => { console.error(e); process.exitCode = 1; });
}
