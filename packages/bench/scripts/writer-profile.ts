// Profiles the store's writer alone on pre-extracted synthetic articles: time per statement
// (KG_STORE_PROFILE=1) and relationships written per second. Extractions are cached in bench-output/.
// Run: pnpm tsx packages/bench/scripts/writer-profile.ts [--articles=2000] [--batch=500] [--uri=bolt://…] [--repeat=1]
//      [--pid=<Neo4j server pid> to report the server's CPU seconds; automatic for the private server]
//      [--jfr=<file>: record the private server's last run with Java Flight Recorder (jcmd), for `jfr print`]
//      [--store=<folder>: profile another copy of packages/store; --ab=<folder>: alternate runs of this
//       store and that copy on the same server (A/B comparison under the same load; the copy needs a
//       node_modules symlink to packages/store/node_modules)]
//      [--set=key=value,key=value extra Neo4j settings for the private server]  (KG_STORE_PROFILE=plan prints the plans)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '@kg/ontology';
import { makeArticle } from './make-corpus-lib.js';
import { parseOpts } from '../src/options.js';
import { benchNeo4j, cpuSeconds } from '../src/server.js';

process.env.KG_STORE_PROFILE ??= '1';
const opts = parseOpts();
const n = Number(opts.articles ?? 2000);
const batchSize = Number(opts.batch ?? 500);
const repeat = Number(opts.repeat ?? 1);
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

export async function preExtract(count: number): Promise<Extraction[]> {
  const cache = join(root, 'bench-output', `writer-extractions-${count}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Extraction[];
  const { extractArticle } = await import('@kg/extractor');
  const out: Extraction[] = [];
  for (let i = 0; i < count; i++) {
    const a = makeArticle(i, 2);
    out.push(extractArticle(a.text, { title: a.title, source: a.source, publishedAt: a.publishedAt, path: `/bench/${a.name}` }));
  }
  mkdirSync(dirname(cache), { recursive: true });
  writeFileSync(cache, JSON.stringify(out));
  return out;
}


// --store=<folder with src/index.ts>: another version of the store (A/B comparisons in one session).
const storeDir = opts.store ? resolve(opts.store) : join(root, 'packages/store');
const store = (await import(join(storeDir, 'src/index.ts'))) as typeof import('@kg/store');
const { profile } = (await import(join(storeDir, 'src/writer.ts'))) as typeof import('../../store/src/writer.js');

const xs = await preExtract(n);
const batches: Extraction[] = [];
for (let i = 0; i < xs.length; i += batchSize) {
  const part = xs.slice(i, i + batchSize);
  batches.push({ articles: part.flatMap((x) => x.articles), entities: part.flatMap((x) => x.entities), claims: part.flatMap((x) => x.claims), relations: part.flatMap((x) => x.relations) });
}
const settings = Object.fromEntries((opts.set ?? '').split(',').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
const server = await benchNeo4j(opts, { name: 'writer-profile', settings });
const { uri, password } = server.config;
const pid = opts.pid ? Number(opts.pid) : server.pid;
type Store = typeof import('@kg/store');
interface Variant { name: string; store: Store; profile: Map<string, number>; driver: ReturnType<Store['openDriver']> }
const variants: Variant[] = [{ name: opts.store ?? 'store', store, profile, driver: store.openDriver({ uri, user: 'neo4j', password }) }];
if (opts.ab) {
  const dir = resolve(opts.ab);
  const other = (await import(join(dir, 'src/index.ts'))) as Store;
  const otherProfile = ((await import(join(dir, 'src/writer.ts'))) as { profile: Map<string, number> }).profile;
  variants.push({ name: opts.ab, store: other, profile: otherProfile, driver: other.openDriver({ uri, user: 'neo4j', password }) });
}
try {
  await store.ensureSchema(variants[0]!.driver);
  for (const v of variants) await v.store.warmWriter(v.driver);
  for (let i = 0; i < repeat * variants.length; i++) {
    const r = Math.floor(i / variants.length);
    const { name, store, profile, driver } = variants[i % variants.length]!;
    await store.wipeDatabase(driver);
    profile.clear();
    let peak = process.memoryUsage().rss;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    const jfr = opts.jfr && pid && i === repeat * variants.length - 1 ? opts.jfr : undefined;
    if (jfr) execFileSync('jcmd', [String(pid), 'JFR.start', 'name=writer', 'settings=profile'], { stdio: 'ignore' });
    const cpu0 = cpuSeconds(pid);
    const node0 = process.cpuUsage();
    const t0 = performance.now();
    let rows = 0;
    const cache = new store.ClaimCache();
    for (const b of batches) rows += (await store.writeExtraction(driver, b, { cache })).relationshipWrites;
    const seconds = (performance.now() - t0) / 1000;
    const serverCpuSeconds = cpu0 === null ? null : Math.round(((cpuSeconds(pid) ?? 0) - cpu0) * 100) / 100;
    const node1 = process.cpuUsage(node0);
    if (jfr) execFileSync('jcmd', [String(pid), 'JFR.stop', 'name=writer', `filename=${resolve(jfr)}`], { stdio: 'ignore' });
    const clientCpuSeconds = Math.round((node1.user + node1.system) / 1e4) / 100;
    clearInterval(timer);
    const g = await store.countGraph(driver);
    const top = [...profile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
    for (const [k, ms] of top) process.stdout.write(`${(ms / 1000).toFixed(2).padStart(7)} s  ${k}\n`);
    process.stdout.write(
      `${JSON.stringify({ run: r + 1, variant: name, articles: n, batchSize, seconds: Math.round(seconds * 100) / 100, articlesPerSecond: Math.round(n / seconds), relationshipRows: rows, relationshipsInGraph: g.relationships, relationshipsPerSecond: Math.round(g.relationships / seconds), nodes: g.nodes, serverCpuSeconds, clientCpuSeconds, serverCpuMsPer1kRels: serverCpuSeconds === null ? null : Math.round((serverCpuSeconds * 1e6) / g.relationships) / 1000 * 1000, peakRssMB: Math.round(peak / 1048576), load: loadavg().map((x) => Math.round(x * 100) / 100) })}\n`,
    );
  }
} finally {
  for (const v of variants) await v.driver.close();
  await server.stop();
}
