// A foreign GraphQL schema on the same express + Apollo stack as the API, without its limits,
// loaders or GraphiQL. The benchmark serves @neo4j/graphql through it so both sides share the
// HTTP layer and only the query strategy differs.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from './graphql.js';
import { jsonErrorHandler } from './http/body-errors.js';

export async function startBareGraphQLServer(opts: {
  schema: GraphQLSchema;
  context: () => Promise<Record<string, unknown>> | Record<string, unknown>;
  port?: number;
  host?: string;
}): Promise<{ url: string; close(): Promise<void> }> {
  const apollo = new ApolloServer({ schema: opts.schema, plugins: [ApolloServerPluginLandingPageDisabled()], includeStacktraceInErrorResponses: false });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '2mb' }), expressMiddleware(apollo, { context: async () => opts.context() }));
  app.use(jsonErrorHandler);
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      await apollo.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
