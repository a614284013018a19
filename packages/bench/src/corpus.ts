// The articles a benchmark runs on: a folder given on the command line (`pnpm bench extract <folder>`),
// else the news-shaped corpus of `--articles` articles in bench-output/news-<n>/, generated on first use.
import { existsSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { walkFolder } from '@kg/store';
import { makeCorpus } from '../scripts/make-corpus.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Corpus {
  dir: string;
  /** Input files and their bytes (for MB/s). */
  files: number;
  bytes: number;
  generated: boolean;
}

export async function benchCorpus(opts: { corpus?: string; articles?: number | string }, defaultArticles: number): Promise<Corpus> {
  let dir: string;
  let generated = false;
  if (opts.corpus) dir = resolve(process.env.INIT_CWD ?? process.cwd(), opts.corpus);
  else {
    const n = Number(opts.articles ?? defaultArticles);
    dir = join(root, 'bench-output', `news-${n}`);
    // A marker written last, so an interrupted generation is redone rather than used half-written.
    if (!existsSync(join(dir, '.complete'))) {
      process.stderr.write(`bench: generating ${n} news-shaped articles in ${dir}\n`);
      await makeCorpus({ count: n, out: dir });
      writeFileSync(join(dir, '.complete'), `${n}\n`);
    }
    generated = true;
  }
  if (!existsSync(dir)) throw new Error(`no such folder: ${dir}`);
  let files = 0, bytes = 0;
  for await (const f of walkFolder(dir)) {
    files++;
    bytes += (await stat(f)).size;
  }
  return { dir, files, bytes, generated };
}
