import type { Command } from 'commander';
import { host, port } from '../options.js';
import { connect } from '../connect.js';
import { CliError } from '../exit.js';

interface ServeOptions {
  port?: number;
  host?: string;
}

/**
 * `kg serve [--port 4000] [--host 127.0.0.1]`: the GraphQL API (and GraphiQL, /healthz, the explorer).
 * Exit 2 for a bad option or setting, or when Neo4j cannot be used; 1 when the port cannot be bound.
 * Once serving, a signal or an uncaught error is logged, the server and driver closed, and the process ends.
 */
export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (GraphiQL at /graphql in a browser, health at /healthz)')
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 4000)', port)
    .option('--host <host>', 'interface to bind (default: $KG_HOST or 127.0.0.1)', host)
    .action(async (opts: ServeOptions) => {
      const api = await import('@kg/api');
      try {
        api.readApiConfig(process.env); // the environment's settings are checked before connecting too
      } catch (err) {
        throw new CliError(err instanceof Error ? err.message : String(err), 2);
      }
      const { store, driver } = await connect();
      let server: Awaited<ReturnType<typeof api.startServer>>;
      try {
        await ensureIndexes(store, driver);
        server = await api.startServer({ driver, ...(opts.port !== undefined ? { port: opts.port } : {}), ...(opts.host ? { host: opts.host } : {}) });
      } catch (err) {
        await driver.close();
        if (err instanceof api.ListenError) throw new CliError(`cannot serve: ${err.message}`, 1);
        throw err;
      }
      if (!server.config.apiKey) process.stderr.write('kg: KG_API_KEY is not set: mutations are open to anyone who can reach this port\n');
      // Handlers first: a supervisor may signal as soon as it reads the URL.
      api.stopOnSignalsAndErrors({ close: async () => { await server.close(); await driver.close(); } });
      process.stdout.write(`GraphQL API at ${server.url}\n`);
    });
}

/** Full-text indexes search and the claim filters rely on; idempotent. A read-only user cannot create them: serve anyway and say why search may fail. */
async function ensureIndexes(store: typeof import('@kg/store'), driver: import('neo4j-driver').Driver): Promise<void> {
  try {
    await store.ensureSchema(driver);
  } catch (err) {
    process.stderr.write(`kg: could not ensure the indexes (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); search needs them\n`);
  }
}
