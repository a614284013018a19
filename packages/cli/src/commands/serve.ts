import type { Command } from 'commander';

interface ServeOptions {
  port?: string;
  host?: string;
}

/** `kg serve [--port 4000] [--host 127.0.0.1]`: the GraphQL API (and GraphiQL, /healthz, the explorer). Exit 2 when Neo4j is unreachable. */
export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (GraphiQL at /graphql in a browser, health at /healthz)')
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 4000)')
    .option('--host <host>', 'interface to bind (default: $KG_HOST or 127.0.0.1)')
    .action(async (opts: ServeOptions) => {
      const store = await import('@kg/store');
      const api = await import('@kg/api');
      const driver = store.openDriver(store.readNeo4jConfig());
      try {
        await store.assertReachable(driver);
      } catch (err) {
        await driver.close();
        if (err instanceof store.Neo4jUnavailableError) {
          process.stderr.write(`kg: ${err.message}\n`);
          process.exit(2);
        }
        throw err;
      }
      // Full-text indexes the search and claim filters rely on; idempotent. A read-only user
      // cannot create them: serve anyway and say why search may fail.
      try {
        await store.ensureSchema(driver);
      } catch (err) {
        process.stderr.write(`kg: could not ensure the indexes (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); search needs them\n`);
      }
      const port = opts.port !== undefined ? Number(opts.port) : undefined;
      if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new Error(`invalid --port "${opts.port}"`);
      const server = await api.startServer({ driver, ...(port !== undefined ? { port } : {}), ...(opts.host ? { host: opts.host } : {}) });
      if (!server.config.apiKey) process.stderr.write('kg: KG_API_KEY is not set: mutations are open to anyone who can reach this port\n');
      process.stdout.write(`GraphQL API at ${server.url}\n`);
      const stop = async (): Promise<void> => {
        await server.close();
        await driver.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
