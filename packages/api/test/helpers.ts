// Shared setup for the integration tests: the real Neo4j of the vitest global setup, the fixture
// stored by @kg/store's writer, and an API server whose every Cypher statement is recorded.
import { expect } from 'vitest';
import { openDriver, readNeo4jConfig, ensureSchema, wipeDatabase, writeExtraction } from '@kg/store';
import type { Extraction } from '@kg/ontology';
import type { Driver } from 'neo4j-driver';
import { createServer, executeQuery, type ApiServer, type ExecuteResult, type ServerOptions } from '../src/index.js';
import type { CypherQuery } from '../src/db/cypher.js';

export interface TestApi {
  driver: Driver;
  server: ApiServer;
  /** Statements run since the last `run` started. */
  queries: CypherQuery[];
  run(query: string, variables?: Record<string, unknown>, opts?: { apiKey?: string }): Promise<ExecuteResult>;
  close(): Promise<void>;
}

export async function resetGraph(driver: Driver, data?: Extraction): Promise<void> {
  await wipeDatabase(driver);
  await ensureSchema(driver);
  if (data) await writeExtraction(driver, data);
}

export async function startTestApi(data: Extraction | null, opts: Omit<ServerOptions, 'driver' | 'onCypher'> = {}): Promise<TestApi> {
  const driver = openDriver(readNeo4jConfig());
  if (data) await resetGraph(driver, data);
  const queries: CypherQuery[] = [];
  const server = await createServer({ ...opts, driver, onCypher: (q) => queries.push(q) });
  return {
    driver,
    server,
    queries,
    async run(query, variables, o) {
      queries.length = 0;
      return executeQuery(server, query, variables, o);
    },
    async close() {
      await server.close();
      await driver.close();
    },
  };
}

/** `edges { node }` of a connection, as an array of nodes. */
export function nodes<T = Record<string, unknown>>(conn: unknown): T[] {
  return ((conn as { edges: { node: T }[] }).edges ?? []).map((e) => e.node);
}

/** Runs a query that must succeed and returns its data (GraphQL answers are untyped JSON). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function dataOf(api: TestApi, query: string, variables?: Record<string, unknown>): Promise<any> {
  const res = await api.run(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
}
