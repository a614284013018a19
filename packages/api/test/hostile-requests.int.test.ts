/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON */
// Hostile requests are refused before any statement runs, the server stays healthy meanwhile,
// and every refusal is a GraphQL JSON error with a code (never an HTML page, a trace or a path).
import http from 'node:http';
import type { Driver, Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDriver, readNeo4jConfig } from '@kg/store';
import { startServer, type StartedServer } from '../src/index.js';
import type { CypherQuery } from '../src/db/cypher.js';
import { encodeCursor } from '../src/pagination.js';
import { MAX_OFFSET } from '../src/config.js';
import { fixture, ids } from './fixture.js';
import { resetGraph } from './helpers.js';

const driver = openDriver(readNeo4jConfig());
const servers: StartedServer[] = [];
const statements: CypherQuery[] = [];

async function start(config: Record<string, unknown> = {}, d: Driver = driver): Promise<StartedServer> {
  const s = await startServer({ driver: d, port: 0, host: '127.0.0.1', config, onCypher: (q) => statements.push(q) });
  servers.push(s);
  return s;
}

async function post(s: StartedServer, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text, body: JSON.parse(text) as any };
}

/** The 1 KB "diamond": each fragment spreads the next twice, 26 levels (2^26 fields once expanded). */
function diamond(levels = 26): string {
  let doc = `query { entity(id: "${ids.alice}") { ...F0 } }\n`;
  for (let i = 0; i < levels; i++) doc += `fragment F${i} on Entity { id ...F${i + 1} ...F${i + 1} }\n`;
  return `${doc}fragment F${levels} on Entity { id name }\n`;
}

const aliases = (n: number, field = 'claims(first: 1) { totalCount }'): string =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** Sends `attack` and probes /healthz while it is in flight; returns both answers. */
async function underAttack(s: StartedServer, attack: string) {
  const pending = post(s, { query: attack });
  const health = await fetch(new URL('/healthz', s.url));
  return { attack: await pending, health: health.status };
}

/** Counts the driver's open sessions (the real driver underneath; only `session` is observed). */
function countingDriver(d: Driver): { driver: Driver; peak: () => number } {
  let open = 0;
  let peak = 0;
  const proxy = new Proxy(d, {
    get(target, prop) {
      if (prop === 'session') {
        return (cfg: Parameters<Driver['session']>[0]): Session => {
          const session = target.session(cfg);
          open++;
          peak = Math.max(peak, open);
          const close = session.close.bind(session);
          session.close = async () => {
            open--;
            return close();
          };
          return session;
        };
      }
      const v = Reflect.get(target, prop) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return { driver: proxy, peak: () => peak };
}

function rawRequest(url: string, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let data = '';
      res.on('data', (c: Buffer) => (data += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  await resetGraph(driver, fixture);
});

afterAll(async () => {
  for (const s of servers) await s.close();
  await driver.close();
});

describe('hostile queries are refused before any statement runs', () => {
  it('the fragment diamond: QUERY_TOO_COMPLEX, no Cypher, /healthz answers meanwhile', async () => {
    const s = await start();
    statements.length = 0;
    const { attack, health } = await underAttack(s, diamond());
    expect(attack.status).toBe(400);
    expect(attack.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(statements).toHaveLength(0);
    expect(health).toBe(200);
  });

  it('1,000 aliases of claims(first: 1): refused by the token limit, or by the alias limit when tokens allow; no Cypher', async () => {
    const s = await start();
    statements.length = 0;
    const { attack, health } = await underAttack(s, aliases(1000));
    expect(attack.body.errors[0].extensions.code).toBe('QUERY_TOO_LARGE');
    expect(health).toBe(200);
    const roomy = await start({ maxTokens: 100_000, maxQueryChars: 100_000 });
    const second = await underAttack(roomy, aliases(1000));
    expect(second.attack.body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', aliases: 1000 });
    expect(second.health).toBe(200);
    expect(statements).toHaveLength(0);
  });

  it('prices unfiltered claim scans by what they read: a few aliases of them are too costly', async () => {
    const s = await start({ maxAliases: 1000 });
    statements.length = 0;
    const res = await post(s, { query: aliases(20) });
    expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(statements).toHaveLength(0);
    // the same aliases anchored on a speaker are cheap and run
    const ok = await post(s, { query: aliases(20, `claims(first: 1, filter: { speaker: "${ids.alice}" }) { totalCount }`) });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.a19.totalCount).toBeGreaterThan(0);
  });

  it('when limits let many lists through, one request holds at most its share of sessions', async () => {
    const counted = countingDriver(driver);
    // A generous deadline: this test is about how many sessions are held, not how fast they run.
    const s = await start({ maxAliases: 5000, maxComplexity: 1e9, maxSessionsPerRequest: 3, requestTimeoutMs: 100_000 }, counted.driver);
    const { attack, health } = await underAttack(s, aliases(100));
    expect(attack.body.errors).toBeUndefined();
    expect(attack.body.data.a99.totalCount).toBe(fixture.claims.length);
    expect(counted.peak()).toBeGreaterThan(0);
    expect(counted.peak()).toBeLessThanOrEqual(3);
    expect(health).toBe(200);
  });

  it('too many tokens, directives or characters: QUERY_TOO_LARGE / TOO_MANY_DIRECTIVES, no Cypher', async () => {
    const s = await start({ maxTokens: 500, maxQueryChars: 9000 });
    statements.length = 0;
    const tokens = await post(s, { query: `{ ${'__typename '.repeat(600)} }` });
    expect(tokens.body.errors[0].extensions.code).toBe('QUERY_TOO_LARGE');
    const chars = await post(s, { query: `{ __typename ${' '.repeat(10_000)} }` });
    expect(chars.status).toBe(413);
    expect(chars.body.errors[0].extensions.code).toBe('QUERY_TOO_LARGE');
    const directives = await post(s, { query: `{ __typename ${'@include(if: true) '.repeat(55)} }` });
    expect(directives.body.errors[0].extensions.code).toBe('TOO_MANY_DIRECTIVES');
    expect(statements).toHaveLength(0);
  });
});

describe('clean errors', () => {
  it('a malformed JSON body is a GraphQL JSON error, without trace or path, whatever NODE_ENV says', async () => {
    const s = await start();
    const res = await post(s, '{"query": "{ __typename }"');
    expect(res.status).toBe(400);
    expect(res.type).toMatch(/application\/json/);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(res.text).not.toMatch(/<html|<pre|at .*\(|node_modules|\/work\/|\.ts\b|\.js\b/i);
  });

  it('no "Did you mean" when introspection is off; suggestions stay when it is on', async () => {
    const closed = await start({ introspection: false });
    const hidden = await post(closed, { query: '{ entit(id: "x") { id } }' });
    expect(hidden.body.errors[0].message).not.toMatch(/Did you mean/);
    const open = await start({ introspection: true });
    const shown = await post(open, { query: '{ entit(id: "x") { id } }' });
    expect(shown.body.errors[0].message).toMatch(/Did you mean/);
  });

  it('serves only the allowed Host names (loopback by default, KG_ALLOWED_HOSTS, any IP literal)', async () => {
    const s = await start();
    const q = JSON.stringify({ query: '{ __typename }' });
    const evil = await rawRequest(s.url, { host: 'evil.example:4000' }, q);
    expect(evil.status).toBe(403);
    expect(JSON.parse(evil.body).errors[0].extensions.code).toBe('FORBIDDEN_HOST');
    expect((await rawRequest(s.url, { host: `localhost:${s.port}` }, q)).status).toBe(200);
    expect((await rawRequest(s.url, { host: `127.0.0.1:${s.port}` }, q)).status).toBe(200);
    const named = await start({ allowedHosts: ['kg.example'] });
    expect((await rawRequest(named.url, { host: 'kg.example' }, q)).status).toBe(200);
    expect((await rawRequest(named.url, { host: 'evil.example' }, q)).status).toBe(403);
  });

  it('a 3,000-character search word or a huge cursor offset is BAD_USER_INPUT', async () => {
    const s = await start();
    const long = 'x'.repeat(3000);
    const search = await post(s, { query: 'query($t: String!) { search(text: $t) { totalCount } }', variables: { t: long } });
    expect(search.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const claims = await post(s, { query: 'query($t: String!) { claims(filter: { text: $t }) { totalCount } }', variables: { t: long } });
    expect(claims.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const deep = await post(s, {
      query: 'query($c: String!) { search(text: "ames", after: $c) { totalCount } }',
      variables: { c: encodeCursor(MAX_OFFSET * 1000) },
    });
    expect(deep.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('sends security headers on the explorer, GraphiQL and the API', async () => {
    const s = await start();
    for (const [path, accept] of [['/', 'text/html'], ['/graphql', 'text/html'], ['/healthz', 'application/json']] as const) {
      const res = await fetch(new URL(path, s.url), { headers: { accept } });
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      expect(csp, path).toMatch(/script-src 'self'/);
    }
  });
});
