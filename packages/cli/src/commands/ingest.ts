import type { Command } from 'commander';
import { MAX_ARTICLE_BYTES } from '@kg/ontology';
import { integer, oneOf } from '../options.js';
import { connect } from '../connect.js';
import { CliError, NEO4J_EXIT } from '../exit.js';

const PROGRESS = ['auto', 'bar', 'log', 'none'] as const;

interface IngestCliOptions {
  workers?: number;
  batchSize: number;
  maxBytes: number;
  progress: (typeof PROGRESS)[number];
  retrySeconds: number;
  json?: boolean;
}

type Summary = Awaited<ReturnType<typeof import('@kg/store').ingest>>;

function summaryLines(summary: Summary): string {
  const g = summary.graph;
  const lines = [
    `articles: ${summary.new} new, ${summary.unchanged} unchanged, ${summary.replaced} replaced, ${summary.failed} failed`,
    `written: ${summary.written.entities} entity rows, ${summary.written.claims} new claims (${summary.written.corroborated} reports corroborated), ${summary.written.relations} relation facts, ${summary.written.relationships} relationship rows`,
    g
      ? `graph: ${g.nodes} nodes (${g.byLabel.Entity ?? 0} entities, ${g.byLabel.Claim ?? 0} claims, ${g.byLabel.Article ?? 0} articles), ${g.relationships} relationships`
      : null,
    `time: ${summary.seconds.toFixed(1)} s (${summary.articlesPerSecond.toFixed(1)} articles/s)`,
  ].filter(Boolean);
  return `${lines.join('\n')}\n`;
}

/**
 * `kg ingest <files|folders|->`: exit 0 when everything was ingested, 1 when some inputs failed,
 * 2 for a bad option or when Neo4j cannot be used. The driver is closed on every path, so a failed
 * write ends the process instead of leaving it hanging.
 */
export function register(program: Command): void {
  program
    .command('ingest')
    .description('extract articles (files, folders, or - for standard input) and store them in Neo4j')
    .argument('<inputs...>', '.txt/.md/.html/.json/.jsonl files, folders (recursive), or - for stdin')
    .option('-w, --workers <n>', 'extraction threads (0 = in the main thread; default: cores - 1)', integer(0, 256))
    .option('-b, --batch-size <n>', 'articles per write transaction', integer(1, 100_000), 500)
    .option('--max-bytes <n>', 'largest accepted article in bytes', integer(1), MAX_ARTICLE_BYTES)
    .option('--progress <mode>', 'auto | bar | log | none', oneOf(PROGRESS), 'auto')
    .option('--retry-seconds <s>', 'how long to retry when Neo4j goes away mid-run', integer(0, 86_400), 60)
    .option('--json', 'print the summary as JSON on stdout')
    .action(async (inputs: string[], opts: IngestCliOptions) => {
      const { store, config, driver } = await connect();
      try {
        const summary = await store.ingest(inputs, {
          config,
          driver,
          ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
          batchSize: opts.batchSize,
          maxBytes: opts.maxBytes,
          progress: opts.progress,
          retryBudgetMs: opts.retrySeconds * 1000,
        });
        if (opts.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        else process.stderr.write(summaryLines(summary));
        if (summary.failed > 0) process.exitCode = 1;
      } catch (err) {
        if (err instanceof store.Neo4jUnavailableError) throw new CliError(err.message, NEO4J_EXIT);
        throw err;
      } finally {
        await driver.close();
      }
    });
}
