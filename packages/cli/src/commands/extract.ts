// `kg extract <files or folders...> --json | --jsonl`: run the extractor over .txt/.md files.
import type { Command } from 'commander';
import { integer } from '../options.js';

export function register(program: Command): void {
  program
    .command('extract')
    .description('extract entities, claims and relations from .txt/.md articles (folders are read recursively)')
    .argument('<paths...>', 'files or folders')
    .option('--json', 'print one extraction document for the whole set (default)')
    .option('--jsonl', 'print one extraction document per article, one per line')
    .option('--max-bytes <n>', 'largest accepted article, in characters', integer(1))
    .action(async (paths: string[], opts: { json?: boolean; jsonl?: boolean; maxBytes?: number }) => {
      const { readFile } = await import('node:fs/promises');
      const { relative } = await import('node:path');
      const { extractArticle, mergeExtractions, ExtractionError } = await import('@kg/extractor');
      const files = await listFiles(paths);
      const parts = [];
      let failed = 0;
      for (const file of files) {
        const path = relative(process.cwd(), file) || file;
        try {
          const text = await readFile(file, 'utf8');
          const ex = extractArticle(text, { path }, opts.maxBytes ? { maxBytes: opts.maxBytes } : undefined);
          if (opts.jsonl) process.stdout.write(`${JSON.stringify(ex)}\n`);
          else parts.push(ex);
        } catch (e) {
          failed++;
          const reason = e instanceof ExtractionError ? `${e.reason}: ${e.message}` : e instanceof Error ? e.message : String(e);
          process.stderr.write(`kg extract: ${path}: ${reason}\n`);
        }
      }
      if (!opts.jsonl) process.stdout.write(`${JSON.stringify(mergeExtractions(parts), null, 1)}\n`);
      if (failed) process.exitCode = 1;
    });
}

/** Files named on the command line, and .txt/.md files under folders (recursive, sorted). */
async function listFiles(paths: string[]): Promise<string[]> {
  const { stat, readdir } = await import('node:fs/promises');
  const { join, resolve } = await import('node:path');
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (/\.(txt|md)$/i.test(e.name)) out.push(p);
    }
  };
  for (const p of paths) {
    const abs = resolve(p);
    let st;
    try { st = await stat(abs); } catch { process.stderr.write(`kg extract: ${p}: not found\n`); process.exitCode = 1; continue; }
    if (st.isDirectory()) await walk(abs);
    else out.push(abs);
  }
  return out;
}
