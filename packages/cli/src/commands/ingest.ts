import type { Command } from 'commander';
import { MAX_ARTICLE_BYTES } from '@kg/ontology';

interface IngestCliOptions {
  workers?: string;
  batchSize: string;
  maxBytes: string;
  progress: string;
  retrySeconds: string;
  json?: boolean;
}

/** `kg ingest <files|folders|->`: exit 0 when everything was ingested, 1 when some inputs failed, 2 when Neo4j is unreachable. */
export function register(program: Command): void {
  program
    .command('ingest')
    .description('extract articles (files, folders, or - for standard input) and store them in Neo4j')
    .argument('<inputs...>', '.txt/.md/.html/.json/.jsonl files, folders (recursive), or - for stdin')
    .option('-w, --workers <n>', 'extraction threads (0 = in the main thread; default: cores - 1)')
    .option('-b, --batch-size <n>', 'articles per write transaction', '500')
    .option('--max-bytes <n>', 'largest accepted article in bytes', String(MAX_ARTICLE_BYTES))
    .option('--progress <mode>', 'auto | bar | log | none', 'auto')
    .option('--retry-seconds <s>', 'how long to retry when Neo4j goes away mid-run', '60')
    .option('--json', 'print the summary as JSON on stdout')
    .action(async (inputs: string[], opts: IngestCliOptions) => {
      const store = await import('@kg/store');
      try {
        const summary = await store.ingest(inputs, {
          config: store.readNeo4jConfig(),
          ...(opts.workers !== undefined ? { workers: Number(opts.workers) } : {}),
          batchSize: Number(opts.batchSize),
          maxBytes: Number(opts.maxBytes),
          progress: opts.progress as 'auto' | 'bar' | 'log' | 'none',
          retryBudgetMs: Number(opts.retrySeconds) * 1000,
        });
        if (opts.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        else {
          const g = summary.graph;
          const lines = [
            `articles: ${summary.new} new, ${summary.unchanged} unchanged, ${summary.replaced} replaced, ${summary.failed} failed`,
            `written: ${summary.written.entities} entity rows, ${summary.written.claims} new claims (${summary.written.corroborated} reports corroborated), ${summary.written.relations} relation facts, ${summary.written.relationships} relationship rows`,
            g
              ? `graph: ${g.nodes} nodes (${g.byLabel.Entity ?? 0} entities, ${g.byLabel.Claim ?? 0} claims, ${g.byLabel.Article ?? 0} articles), ${g.relationships} relationships`
              : null,
            `time: ${summary.seconds.toFixed(1)} s (${summary.articlesPerSecond.toFixed(1)} articles/s)`,
          ].filter(Boolean);
          process.stderr.write(`${lines.join('\n')}\n`);
        }
        if (summary.failed > 0) process.exitCode = 1;
      } catch (err) {
        if (err instanceof store.Neo4jUnavailableError) {
          process.stderr.write(`kg: ${err.message}\n`);
          process.exit(2);
        }
        throw err;
      }
    });
}
