import { mkdtempSync, rmSync, writeFileSync, symlinkSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph, dumpGraph, ingest, retractArticle, wipeDatabase } from '../src/index.js';
import { refreshClaims } from '../src/retract.js';
import { freshDatabase, query } from './helpers.js';

const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url));
const seedFile = (prefix: string) => join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix))!);

let driver: Driver;
let tmp: string;
beforeAll(async () => {
  driver = await freshDatabase();
  tmp = mkdtempSync(join(tmpdir(), 'kg-store-ingest-'));
});
afterAll(async () => {
  await driver?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('ingesting the seeds', () => {
  it('gives identical counts and dumps on three runs (worker threads or not), and skips stored articles', async () => {
    const first = await ingest([SEEDS], { driver, workers: 1, progress: 'none' });
    expect(first).toMatchObject({ new: 5, unchanged: 0, failed: 0 });
    const counts = await countGraph(driver);
    const dump = await dumpGraph(driver);
    expect(counts.byLabel.Article).toBe(5);
    expect(counts.relationships).toBeGreaterThan(0);

    await wipeDatabase(driver);
    const second = await ingest([SEEDS], { driver, workers: 0, progress: 'none' });
    expect(second.new).toBe(5);
    expect(await countGraph(driver)).toEqual(counts);
    expect(await dumpGraph(driver)).toEqual(dump);

    const third = await ingest([SEEDS], { driver, workers: 0, progress: 'none' });
    expect(third).toMatchObject({ new: 0, unchanged: 5, replaced: 0, failed: 0 });
    expect(await dumpGraph(driver)).toEqual(dump);
  });

  it('corroborates the briefing reported by seeds 001, 003 and 004: some claim is reported in two or more of them', async () => {
    const paths = ['001_', '003_', '004_'].map(seedFile);
    const rows = await query<{ n: number; outlets: number }>(
      driver,
      `MATCH (c:Claim)-[:REPORTED_IN]->(a:Article) WHERE a.path IN $paths
       WITH c, count(DISTINCT a) AS n WHERE n >= 2
       RETURN n, c.articleCount AS outlets`,
      { paths },
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.outlets).toBeGreaterThanOrEqual(r.n);
  });
});

describe('claim counters', () => {
  it('kept incrementally by the writer, equal a full recomputation from REPORTED_IN', async () => {
    const before = await dumpGraph(driver);
    expect(before.nodes.some((n) => n.labels.includes('Claim') && Number(n.props.articleCount) >= 2)).toBe(true);
    const session = driver.session();
    try {
      await session.executeWrite(async (tx) => {
        const ids = (await tx.run('MATCH (c:Claim) RETURN c.id AS id')).records.map((r) => r.get('id') as string);
        await refreshClaims(tx, ids);
      });
    } finally {
      await session.close();
    }
    expect(await dumpGraph(driver)).toEqual(before);
  });
});

describe('updates and retraction through the pipeline', () => {
  it('replaces the stored version when a file changes, and retracts by path', async () => {
    await wipeDatabase(driver);
    const file = join(tmp, 'update.txt');
    const original = readFileSync(seedFile('000_'), 'utf8');
    writeFileSync(file, original);
    expect((await ingest([file], { driver, workers: 0, progress: 'none' })).new).toBe(1);
    const [before] = await query<{ id: string }>(driver, 'MATCH (a:Article {path: $file}) RETURN a.id AS id', { file });

    // Drop the last paragraph: a new version of the same file.
    writeFileSync(file, original.trim().split(/\n\s*\n/).slice(0, -1).join('\n\n'));
    const res = await ingest([file], { driver, workers: 0, progress: 'none' });
    expect(res).toMatchObject({ new: 0, replaced: 1, unchanged: 0 });
    const after = await query<{ id: string }>(driver, 'MATCH (a:Article {path: $file}) RETURN a.id AS id', { file });
    expect(after).toHaveLength(1);
    expect(after[0]?.id).not.toBe(before?.id);
    const stale = await query(driver, 'MATCH ()-[r]->() WHERE $old IN coalesce(r.evidenceArticleIds, []) OR r.articleId = $old RETURN r', { old: before?.id });
    expect(stale).toHaveLength(0);

    const r = await retractArticle(driver, file);
    expect(r.ids).toEqual([after[0]?.id]);
    expect((await countGraph(driver)).nodes).toBe(0);
  });
});

describe('bad inputs', () => {
  it('reports each bad input on its own line with the reason, stores the rest, and counts failures', async () => {
    await wipeDatabase(driver);
    const dir = join(tmp, 'bad');
    const sub = join(dir, 'sub');
    for (const d of [dir, sub]) rmSync(d, { recursive: true, force: true });
    const fs = await import('node:fs');
    fs.mkdirSync(sub, { recursive: true });
    fs.copyFileSync(seedFile('002_'), join(sub, 'good.txt'));
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00, 0xff]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + (i % 120))));
    writeFileSync(join(dir, 'empty.md'), '   \n\n  ');
    writeFileSync(join(dir, 'huge.txt'), 'The minister said the plan would work. '.repeat(200));
    writeFileSync(join(dir, 'chinese.txt'), '外交部发言人表示，中方愿同各方加强沟通合作，共同维护地区和平稳定。'.repeat(20));
    writeFileSync(join(dir, 'french.txt'), 'Le ministre des affaires étrangères a déclaré lundi que la France soutiendrait une solution diplomatique durable. '.repeat(5));
    symlinkSync(join(dir, 'missing-target.txt'), join(dir, 'dangling.txt'));
    writeFileSync(join(dir, 'records.jsonl'), '{"text": 42}\nnot json\n');

    const res = await ingest([dir, join(tmp, 'does-not-exist')], { driver, workers: 0, progress: 'none', maxBytes: 6000 });
    const why = Object.fromEntries(res.errors.map((e) => [basename(e.origin), e.reason]));
    expect(why['binary.txt']).toMatch(/binary/);
    expect(why['latin1.txt']).toMatch(/binary or not UTF-8/);
    expect(why['empty.md']).toMatch(/empty/);
    expect(why['huge.txt']).toMatch(/too large/);
    expect(why['chinese.txt']).toMatch(/not English/);
    expect(why['french.txt']).toMatch(/not English/);
    expect(why['dangling.txt']).toMatch(/no such file/);
    expect(why['records.jsonl:1']).toMatch(/no "text"/);
    expect(why['records.jsonl:2']).toMatch(/invalid JSON/);
    expect(why['does-not-exist']).toMatch(/no such file/);
    expect(res.failed).toBe(10);
    expect(res.new).toBe(1);
    expect((await countGraph(driver)).byLabel.Article).toBe(1);
  });
});
