import 'reflect-metadata';

export { createServer, startServer, executeQuery, GRAPHQL_PATH } from './server.js';
export type { ServerOptions, ApiServer, StartedServer, ExecuteResult } from './server.js';
export { readApiConfig, MAX_FIRST, DEFAULT_FIRST } from './config.js';
export type { ApiConfig } from './config.js';
export { buildApiSchema, printApiSchema } from './schema/build.js';
export type { CypherQuery } from './db/cypher.js';
export { Neo4jRunner, InstrumentedRunner } from './db/runner.js';
export type { CypherRunner } from './db/runner.js';
export type { MutationServices, IngestInput, IngestOutcome, RetractOutcome } from './services.js';
export { ERROR_CODES } from './errors.js';
export { startBareGraphQLServer } from './bare.js';
export { ListenError } from './http/listen.js';
export { stopOnSignalsAndErrors, type Stoppable, type StopHandlers } from './lifecycle.js';
