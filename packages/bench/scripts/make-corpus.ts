// Writes the news-shaped benchmark corpus (packages/bench/README.md describes it):
//   pnpm tsx packages/bench/scripts/make-corpus.ts [--count=10000] [--out=bench-output/corpus] [--seed=1] [--format=txt|jsonl]
// txt: one <n>.txt per article in sub-folders of 1,000 (with front matter); jsonl: one articles.jsonl.
// The same count and seed always give the same bytes (seeded generator, pinned word lists).
import { createWriteStream, mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { makeArticle } from './make-corpus-lib.js';

export async function makeCorpus(opts: { count: number; out: string; seed?: number; format?: 'txt' | 'jsonl' }): Promise<string> {
  const out = resolve(opts.out);
  mkdirSync(out, { recursive: true });
  if (opts.format === 'jsonl') {
    const file = join(out, 'articles.jsonl');
    const stream = createWriteStream(file);
    for (let i = 0; i < opts.count; i++) {
      const a = makeArticle(i, opts.seed);
      if (!stream.write(`${JSON.stringify({ text: a.text, title: a.title, source: a.source, publishedAt: a.publishedAt, url: a.url })}\n`)) {
        await new Promise<void>((r) => stream.once('drain', () => r()));
      }
    }
    await new Promise<void>((res, rej) => stream.end((err?: Error | null) => (err ? rej(err) : res())));
    return out;
  }
  for (let i = 0; i < opts.count; i++) {
    const a = makeArticle(i, opts.seed);
    const dir = join(out, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(dir, { recursive: true });
    const front = `---\ntitle: ${JSON.stringify(a.title)}\nsource: ${JSON.stringify(a.source)}\npublishedAt: ${a.publishedAt}\nurl: ${a.url}\n---\n`;
    await writeFile(join(dir, a.name), front + a.text);
  }
  return out;
}

if (process.argv[1] && import.meta.url === new URL(`file://${resolve(process.argv[1])}`).href) {
  const arg = (k: string, d: string): string => process.argv.find((a) => a.startsWith(`--${k}=`))?.split('=')[1] ?? d;
  const out = await makeCorpus({ count: Number(arg('count', '10000')), out: arg('out', 'bench-output/corpus'), seed: Number(arg('seed', '1')), format: arg('format', 'txt') as 'txt' | 'jsonl' });
  process.stdout.write(`corpus written to ${out}\n`);
}
