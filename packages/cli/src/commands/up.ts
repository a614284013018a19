import type { Command } from 'commander';
import { isLoopbackUri } from '../neo4j-target.js';

/**
 * `kg up [paths...]`: the main job in one command. Starts the local Neo4j (when NEO4J_URI is on
 * loopback and nothing answers there yet), ingests the given articles and serves GraphQL.
 */
export function register(program: Command): void {
  program
    .command('up')
    .description('start Neo4j if needed, ingest articles (default: seeds/) and serve the GraphQL API')
    .argument('[paths...]', 'files or folders to ingest', ['seeds'])
    .option('-p, --port <port>', 'HTTP port of the API', process.env.PORT ?? '4000')
    .option('--host <host>', 'interface to listen on', process.env.KG_HOST ?? '127.0.0.1')
    .action(async (paths: string[], opts: { port: string; host: string }) => {
      const store = await import('@kg/store');
      const cfg = store.readNeo4jConfig();
      const driver = store.openDriver(cfg);
      try {
        await store.assertReachable(driver);
        process.stderr.write(`kg: using the Neo4j at ${cfg.uri}\n`);
      } catch (err) {
        if (!isLoopbackUri(cfg.uri)) throw err;
        const { startNeo4j } = await import('@kg/neo4j-local');
        const t0 = Date.now();
        process.stderr.write(`kg: starting the local Neo4j at ${cfg.uri} …\n`);
        await startNeo4j({ uri: cfg.uri, user: cfg.user, password: cfg.password });
        process.stderr.write(`kg: Neo4j ready in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
      }
      await driver.close();

      const summary = await store.ingest(paths, { config: cfg });
      if (summary.failed > 0) process.stderr.write(`kg: ${summary.failed} input(s) could not be ingested (see above)\n`);

      const { startServer } = await import('@kg/api');
      const server = await startServer({ port: Number(opts.port), host: opts.host });
      process.stdout.write(`GraphQL API at ${server.url}\nExplorer at ${server.url.replace(/\/graphql$/, '/')}\n`);
    });
}
