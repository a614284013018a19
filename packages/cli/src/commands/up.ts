import type { Command } from 'commander';
import { isLoopbackUri } from '../neo4j-target.js';
import { host, port } from '../options.js';
import { connect, isAuthFailure, neo4jFailure } from '../connect.js';
import { CliError } from '../exit.js';

/** Starts the local Neo4j when NEO4J_URI is on loopback and nothing answers there yet; says why otherwise. */
async function ensureNeo4j(store: typeof import('@kg/store')): Promise<void> {
  const cfg = store.readNeo4jConfig();
  const driver = store.openDriver(cfg);
  try {
    await driver.verifyConnectivity(cfg.database ? { database: cfg.database } : {});
    process.stderr.write(`kg: using the Neo4j at ${cfg.uri}\n`);
    return;
  } catch (err) {
    // A server that answers but refuses the password will not be fixed by starting another one.
    if (!isLoopbackUri(cfg.uri) || isAuthFailure(err)) throw neo4jFailure(err, cfg);
  } finally {
    await driver.close();
  }
  const { startNeo4j } = await import('@kg/neo4j-local');
  const t0 = Date.now();
  process.stderr.write(`kg: starting the local Neo4j at ${cfg.uri} …\n`);
  await startNeo4j({ uri: cfg.uri, user: cfg.user, password: cfg.password });
  process.stderr.write(`kg: Neo4j ready in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}

/**
 * `kg up [paths...]`: the main job in one command. Starts the local Neo4j (when NEO4J_URI is on
 * loopback and nothing answers there yet), ingests the given articles and serves GraphQL.
 */
export function register(program: Command): void {
  program
    .command('up')
    .description('start Neo4j if needed, ingest articles (default: seeds/) and serve the GraphQL API')
    .argument('[paths...]', 'files or folders to ingest', ['seeds'])
    .option('-p, --port <port>', 'HTTP port of the API (default: $PORT or 4000)', port)
    .option('--host <host>', 'interface to listen on (default: $KG_HOST or 127.0.0.1)', host)
    .action(async (paths: string[], opts: { port?: number; host?: string }) => {
      const api = await import('@kg/api');
      try {
        api.readApiConfig(process.env);
      } catch (err) {
        throw new CliError(err instanceof Error ? err.message : String(err), 2);
      }
      await ensureNeo4j(await import('@kg/store'));
      const { store, config, driver } = await connect();
      try {
        const summary = await store.ingest(paths, { config, driver });
        if (summary.failed > 0) process.stderr.write(`kg: ${summary.failed} input(s) could not be ingested (see above)\n`);
      } finally {
        await driver.close(); // also when the ingest fails: an open driver would keep the process alive
      }
      let server: Awaited<ReturnType<typeof api.startServer>>;
      try {
        server = await api.startServer({ ...(opts.port !== undefined ? { port: opts.port } : {}), ...(opts.host ? { host: opts.host } : {}) });
      } catch (err) {
        if (err instanceof api.ListenError) throw new CliError(`cannot serve: ${err.message}`, 1);
        throw err;
      }
      // Handlers first: a supervisor may signal as soon as it reads the URL.
      api.stopOnSignalsAndErrors(server); // the server owns its driver here
      process.stdout.write(`GraphQL API at ${server.url}\nExplorer at ${server.url.replace(/\/graphql$/, '/')}\n`);
    });
}
