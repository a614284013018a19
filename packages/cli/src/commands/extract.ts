// `kg extract <files, folders or -> --json | --jsonl`: what `kg ingest` would store, without Neo4j. The
// same reader (text with front matter or sidecar, HTML, JSON, JSON lines, standard input) and the same
// worker pool as `kg ingest`; the same size limit by default.
import type { Command } from 'commander';
import type { Extraction } from '@kg/ontology';
import { integer } from '../options.js';

interface ExtractCliOptions { json?: boolean; jsonl?: boolean; maxBytes?: number; workers?: number }

export function register(program: Command): void {
  program
    .command('extract')
    .description('extract entities, claims and relations from articles (files, folders read recursively, or - for stdin)')
    .argument('<inputs...>', '.txt/.md/.html/.json/.jsonl files, folders, or - for standard input')
    .option('--json', 'print one extraction document for the whole set (default)')
    .option('--jsonl', 'print one extraction document per article, one per line')
    .option('--max-bytes <n>', 'largest accepted article in bytes (default: as kg ingest)', integer(1))
    .option('-w, --workers <n>', 'extraction threads (0 = in the main thread; default: cores - 1)', integer(0, 256))
    .action(async (inputs: string[], opts: ExtractCliOptions) => {
      const { extractInputs } = await import('@kg/store');
      const parts: Extraction[] = [];
      let failed = 0;
      const stream = extractInputs(inputs, {
        ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
        ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
      });
      for await (const x of stream) {
        if (x.kind === 'error') {
          failed++;
          process.stderr.write(`kg extract: ${x.origin}: ${x.reason}\n`);
        } else if (opts.jsonl) await write(`${JSON.stringify(x.extraction)}\n`);
        else parts.push(x.extraction);
      }
      if (!opts.jsonl) {
        const { mergeExtractions } = await import('@kg/extractor');
        await write(`${JSON.stringify(mergeExtractions(parts), null, 1)}\n`);
      }
      if (failed) process.exitCode = 1;
    });
}

/** Writes to stdout, waiting when the pipe is full so a large run does not buffer its whole output. */
function write(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}
