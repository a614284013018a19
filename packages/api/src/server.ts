import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express, type Request } from 'express';
import { ApolloServer, type GraphQLRequest } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from './graphql.js';
import type { Driver } from 'neo4j-driver';
import { MAX_ARTICLE_BYTES } from '@kg/ontology';
import { readApiConfig, type ApiConfig } from './config.js';
import { buildApiSchema } from './schema/build.js';
import { createContext, type ApiContext } from './context.js';
import { InstrumentedRunner, Neo4jRunner, type CypherRunner } from './db/runner.js';
import type { CypherQuery } from './db/cypher.js';
import { defaultServices, type MutationServices } from './services.js';
import { formatError } from './errors.js';
import { depthLimitRule } from './hardening/depth.js';
import { aliasLimitRule } from './hardening/aliases.js';
import { directiveLimitRule } from './hardening/directives.js';
import { complexityPlugin } from './hardening/complexity.js';
import { graphiqlAssets, graphiqlHtml, graphiqlScript } from './http/graphiql.js';
import { healthHandler } from './http/health.js';
import { accessFor, API_KEY_HEADER } from './http/auth.js';
import { hostCheck } from './http/host.js';
import { cspWithInlineScript, securityHeaders } from './http/headers.js';
import { jsonErrorHandler } from './http/body-errors.js';
import { queryTextLimit } from './http/query-size.js';
import { sendGraphQLError } from './http/reply.js';
import { listen } from './http/listen.js';
import { Gate } from './db/gate.js';

export const GRAPHQL_PATH = '/graphql';

export interface ServerOptions {
  /** Neo4j driver; when absent one is opened from the environment through @kg/store. */
  driver?: Driver;
  /** Overrides on top of the environment (see config.ts). */
  config?: Partial<ApiConfig>;
  env?: NodeJS.ProcessEnv;
  /** Sees every Cypher statement before it runs (tests count and snapshot them). */
  onCypher?: (q: CypherQuery) => void;
  /** Replaces the Neo4j runner (the instrumentation still wraps it). */
  runner?: CypherRunner;
  /** Replaces the extractor/store used by mutations. */
  services?: MutationServices;
}

export interface ApiServer {
  app: Express;
  apollo: ApolloServer<ApiContext>;
  httpServer: http.Server;
  schema: GraphQLSchema;
  config: ApiConfig;
  driver: Driver;
  /** A fresh per-request context, as HTTP requests get (for in-process execution). */
  context(opts?: { apiKey?: string }): ApiContext;
  close(): Promise<void>;
}

async function openDriverFromStore(): Promise<Driver> {
  const store = (await import('@kg/store')) as { openDriver?: (cfg?: unknown) => Driver | Promise<Driver> };
  if (typeof store.openDriver !== 'function') throw new Error('@kg/store does not export openDriver()');
  return await store.openDriver();
}

/** Apollo with every limit: tokens at parse time, depth/aliases/directives at validation, cost before execution. */
function buildApollo(schema: GraphQLSchema, config: ApiConfig, httpServer: http.Server): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    schema,
    introspection: config.introspection,
    // "Did you mean …" names schema fields: a closed schema must not leak through its errors.
    hideSchemaDetailsFromClientErrors: !config.introspection,
    includeStacktraceInErrorResponses: false,
    // The process owner (kg serve) handles signals and logs why it stops.
    stopOnTerminationSignals: false,
    formatError,
    parseOptions: { maxTokens: config.maxTokens },
    validationRules: [depthLimitRule(config.maxDepth), aliasLimitRule(config.maxAliases), directiveLimitRule(config.maxDirectives)],
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      complexityPlugin<ApiContext>(schema, config.maxComplexity),
    ],
  });
}

/** Builds the express app with GraphQL, GraphiQL, /healthz and the explorer; does not listen. */
export async function createServer(opts: ServerOptions = {}): Promise<ApiServer> {
  const config = readApiConfig(opts.env ?? process.env, opts.config ?? {});
  const ownsDriver = !opts.driver;
  const driver = opts.driver ?? (await openDriverFromStore());
  const schema = await buildApiSchema();
  const base =
    opts.runner ??
    new Neo4jRunner(driver, { database: config.database, defaultTimeoutMs: config.requestTimeoutMs, gate: new Gate(config.maxSessions) });
  const runner = opts.onCypher ? new InstrumentedRunner(base, opts.onCypher) : base;
  const services = opts.services ?? defaultServices(driver);

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = buildApollo(schema, config, httpServer);
  await apollo.start();

  const makeContext = (apiKey?: string): ApiContext =>
    createContext({
      runner,
      timeoutMs: config.requestTimeoutMs,
      canWrite: accessFor(config, apiKey).canWrite,
      services,
      maxSessions: config.maxSessionsPerRequest,
    });

  app.use(hostCheck(config.allowedHosts), securityHeaders());
  app.get('/healthz', healthHandler(driver));
  if (config.graphiql) mountGraphiql(app);
  app.use(
    GRAPHQL_PATH,
    (req, res, next) => {
      if (accessFor(config, req.headers[API_KEY_HEADER]).canRead) return next();
      sendGraphQLError(res, 401, 'UNAUTHENTICATED', 'This API needs a valid x-api-key header');
    },
    // an article of the largest accepted size, escaped in JSON, plus the query
    express.json({ limit: 2 * MAX_ARTICLE_BYTES }),
    queryTextLimit(config.maxQueryChars),
    expressMiddleware(apollo, {
      context: async ({ req }: { req: Request }) => makeContext(headerOf(req)),
    }),
  );
  await mountExplorer(app);
  app.use(jsonErrorHandler);

  return {
    app,
    apollo,
    httpServer,
    schema,
    config,
    driver,
    context: (o) => makeContext(o?.apiKey),
    async close() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      if (ownsDriver) await driver.close();
    },
  };
}

/** GraphiQL for browsers asking for HTML at the endpoint; GraphQL GET requests fall through to Apollo. */
function mountGraphiql(app: Express): void {
  const csp = cspWithInlineScript(graphiqlScript(GRAPHQL_PATH));
  app.use(graphiqlAssets());
  app.get(GRAPHQL_PATH, (req, res, next) => {
    if (req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html') return next();
    res.setHeader('Content-Security-Policy', csp);
    res.type('html').send(graphiqlHtml(GRAPHQL_PATH));
  });
}

function headerOf(req: Request): string | undefined {
  const v = req.headers[API_KEY_HEADER];
  return Array.isArray(v) ? v[0] : v;
}

/** Serves the explorer page at `/` when @kg/explorer is available. */
async function mountExplorer(app: Express): Promise<void> {
  try {
    const mod = (await import('@kg/explorer')) as { explorerAssetsDir?: () => string };
    if (typeof mod.explorerAssetsDir === 'function') app.use('/', express.static(mod.explorerAssetsDir()));
  } catch {
    // No explorer in this install: the API works without it.
  }
}

export interface StartedServer extends ApiServer {
  url: string;
  port: number;
}

/** createServer + listen. `port: 0` picks a free port; the URL is the GraphQL endpoint. */
export async function startServer(opts: ServerOptions & { port?: number; host?: string } = {}): Promise<StartedServer> {
  const api = await createServer(opts);
  const port = opts.port ?? api.config.port;
  const host = opts.host ?? api.config.host;
  try {
    await listen(api.httpServer, port, host);
  } catch (err) {
    await api.close(); // nothing may keep the process alive after a failed start
    throw err;
  }
  const actual = (api.httpServer.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' || host === '127.0.0.1' || host === '::' ? 'localhost' : host;
  return { ...api, port: actual, url: `http://${shownHost}:${actual}${GRAPHQL_PATH}` };
}

export interface ExecuteResult {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: readonly (string | number)[] }[];
}

/** Runs one operation in-process through the full Apollo pipeline (limits, formatError, loaders). */
export async function executeQuery(
  server: Pick<ApiServer, 'apollo' | 'context'>,
  query: string,
  variables?: Record<string, unknown>,
  opts: { apiKey?: string; operationName?: string } = {},
): Promise<ExecuteResult> {
  const request: GraphQLRequest = { query, variables, operationName: opts.operationName };
  const res = await server.apollo.executeOperation(request, { contextValue: server.context({ apiKey: opts.apiKey }) });
  if (res.body.kind !== 'single') throw new Error('incremental delivery is not supported here');
  return res.body.singleResult as ExecuteResult;
}
