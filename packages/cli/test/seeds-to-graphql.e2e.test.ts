// End to end: the seed articles go through the same ingest the CLI runs, into the real Neo4j
// started by the test run, and come back out of the HTTP GraphQL endpoint.
import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph, ensureSchema, ingest, openDriver, readNeo4jConfig, wipeDatabase } from '@kg/store';
import { startServer, type StartedServer } from '@kg/api';

const SEEDS = resolve(import.meta.dirname, '../../../seeds');

interface ClaimsAnswer {
  data?: {
    entityByName: {
      id: string;
      name: string;
      claims: { totalCount: number; edges: { node: { text: string; outlets: string[]; speaker: { id: string } } }[] };
    } | null;
  };
  errors?: unknown[];
}

describe('seeds to a GraphQL answer', () => {
  let driver: Driver;
  let server: StartedServer;

  beforeAll(async () => {
    const config = readNeo4jConfig();
    driver = openDriver(config);
    await ensureSchema(driver);
    await wipeDatabase(driver);
    const summary = await ingest([SEEDS], { config, driver, workers: 0, progress: 'none' });
    expect(summary.failed).toBe(0);
    expect(summary.new).toBe(5);
    server = await startServer({ driver, port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });

  it('answers who Mao Ning is and what she said, over HTTP', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query ($name: String!) {
          entityByName(name: $name) {
            id name
            claims(first: 5) { totalCount edges { node { text outlets speaker { id } } } }
          }
        }`,
        variables: { name: 'Mao Ning' },
      }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as ClaimsAnswer;
    expect(body.errors).toBeUndefined();
    const entity = body.data?.entityByName;
    expect(entity?.name).toBe('Mao Ning');
    expect(entity?.claims.totalCount).toBeGreaterThan(0);
    for (const { node } of entity?.claims.edges ?? []) {
      expect(node.speaker.id).toBe(entity?.id);
      expect(node.text.length).toBeGreaterThan(0);
    }
  });

  it('resolves a surname alias to the same entity', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ a: entityByName(name: "Mao") { id } b: entityByName(name: "mao ning") { id } }' }),
    });
    const body = (await res.json()) as { data: { a: { id: string } | null; b: { id: string } | null } };
    expect(body.data.a?.id).toBeDefined();
    expect(body.data.a?.id).toBe(body.data.b?.id);
  });

  it('changes no count when the seeds are ingested a second time', async () => {
    const before = await countGraph(driver);
    const again = await ingest([SEEDS], { config: readNeo4jConfig(), driver, workers: 0, progress: 'none' });
    expect(again.unchanged).toBe(5);
    expect(again.new).toBe(0);
    expect(await countGraph(driver)).toEqual(before);
  });
});
