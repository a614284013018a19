/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON */
// The HTTP surface: GraphiQL without internet, /healthz, API keys, configuration switches, and
// errors that never leak Cypher or stack traces.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDriver, readNeo4jConfig } from '@kg/store';
import { startServer, type StartedServer } from '../src/index.js';
import { fixture, ids } from './fixture.js';
import { resetGraph } from './helpers.js';

const driver = openDriver(readNeo4jConfig());
const servers: StartedServer[] = [];

async function start(config: Record<string, unknown> = {}, d = driver): Promise<StartedServer> {
  const s = await startServer({ driver: d, port: 0, host: '127.0.0.1', config });
  servers.push(s);
  return s;
}

async function post(s: StartedServer, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
}

beforeAll(async () => {
  await resetGraph(driver, fixture);
});

afterAll(async () => {
  for (const s of servers) await s.close();
  await driver.close();
});

describe('http', () => {
  it('serves GraphiQL to browsers from local files, and GraphQL over POST', async () => {
    const s = await start();
    expect(s.url).toMatch(/^http:\/\/localhost:\d+\/graphql$/);
    const page = await fetch(s.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const a of assets) {
      expect(a.startsWith('/')).toBe(true);
      const r = await fetch(new URL(a, s.url));
      expect(r.status, a).toBe(200);
      expect((await r.arrayBuffer()).byteLength, a).toBeGreaterThan(1000);
    }
    const { status, body } = await post(s, { query: `query($id: ID!) { entity(id: $id) { name } }`, variables: { id: ids.alice } });
    expect(status).toBe(200);
    expect(body.data.entity.name).toBe('Alice Ames');
  });

  it('/healthz reports Neo4j reachability', async () => {
    const s = await start();
    const ok = await fetch(new URL('/healthz', s.url));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: 'ok', neo4j: { reachable: true } });

    // Retries bounded like the product's driver (@kg/store openDriver), inside the request deadline.
    const dead = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'x'), {
      connectionTimeout: 500,
      maxTransactionRetryTime: 1000,
      logging: { level: 'error', logger: () => {} },
    });
    const down = await start({}, dead);
    const res = await fetch(new URL('/healthz', down.url));
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable', neo4j: { reachable: false } });
    const q = await post(down, { query: `{ entity(id: "x") { id } }` });
    expect(q.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(q.body)).not.toMatch(/MATCH|UNWIND|at .*\.ts|bolt:/);
    await dead.close();
  });

  it('turns introspection and GraphiQL off by configuration', async () => {
    const s = await start({ introspection: false, graphiql: false });
    const intro = await post(s, { query: '{ __schema { types { name } } }' });
    expect(intro.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const page = await fetch(s.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphiQL');
    const open = await start();
    const allowed = await post(open, { query: '{ __schema { queryType { name } } }' });
    expect(allowed.body.data.__schema.queryType.name).toBe('Query');
  });

  it('reads need KG_READ_API_KEY when configured', async () => {
    const s = await start({ readApiKey: 'reader-key', apiKey: 'writer-key' });
    const q = { query: '{ search(text: "ames") { totalCount } }' };
    const denied = await post(s, q);
    expect(denied.status).toBe(401);
    expect(denied.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await post(s, q, { 'x-api-key': 'reader-key' })).body.data.search.totalCount).toBeGreaterThan(0);
    expect((await post(s, q, { 'x-api-key': 'writer-key' })).status).toBe(200);
  });

  it('mutations need KG_API_KEY', async () => {
    const s = await start({ apiKey: 'writer-key' });
    const m = { query: 'mutation { retractArticle(id: "nothing-here") { retracted } }' };
    const denied = await post(s, m);
    expect(denied.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(denied.body.data).toBeNull();
    const wrong = await post(s, m, { 'x-api-key': 'writer-kez' });
    expect(wrong.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const ok = await post(s, m, { 'x-api-key': 'writer-key' });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.retractArticle.retracted).toBe(false);
  });

  it('a request timeout becomes a TIMEOUT error without details', async () => {
    const s = await start({ requestTimeoutMs: 1 });
    const res = await post(s, { query: `{ n: neighborhood(id: "${ids.alice}", depth: 3) { nodes { id } } }` });
    expect(res.body.errors[0].extensions.code).toBe('TIMEOUT');
    expect(Object.keys(res.body.errors[0].extensions)).toEqual(['code']);
    expect(res.body.errors[0].message).not.toMatch(/MATCH|CALL|Neo/);
  });

  it('rejects limits with a clear code over HTTP', async () => {
    const s = await start({ maxDepth: 3 });
    const res = await post(s, { query: `{ entity(id: "${ids.alice}") { claims { edges { node { text } } } } }` });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', maxDepth: 3 });
  });
});
