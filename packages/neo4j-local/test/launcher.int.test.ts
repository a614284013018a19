import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { Neo4jLocalError, createTempDataDir, freePort, neo4jStatus, startNeo4j, stopNeo4j } from '../src/index.js';
import { isAlive } from '../src/proc.js';

async function query<T>(uri: string, user: string, password: string, cypher: string, params = {}): Promise<T[]> {
  const driver: Driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    const { records } = await driver.executeQuery(cypher, params);
    return records.map((r) => r.toObject() as T);
  } finally {
    await driver.close();
  }
}

async function errorOf(p: Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await p;
  } catch (err) {
    return err as Error & { code?: string };
  }
  throw new Error('expected a rejection');
}

describe('private Neo4j of the test run (global setup)', () => {
  const uri = inject('NEO4J_URI');
  const user = inject('NEO4J_USER');
  const password = inject('NEO4J_PASSWORD');

  it('exposes the connection through env and inject()', () => {
    expect(process.env.NEO4J_URI).toBe(uri);
    expect(process.env.NEO4J_PASSWORD).toBe(password);
    expect(uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers Cypher with the right credentials', async () => {
    const [row] = await query<{ version: string; edition: string }>(
      uri,
      user,
      password,
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    );
    expect(row?.version).toMatch(/^5\.26\./);
    expect(row?.edition).toBe('community');
    const token = randomBytes(6).toString('hex');
    const [created] = await query<{ t: string }>(uri, user, password, 'CREATE (n:LauncherProbe {token: $token}) RETURN n.token AS t', { token });
    expect(created?.t).toBe(token);
    await query(uri, user, password, 'MATCH (n:LauncherProbe {token: $token}) DELETE n', { token });
  });

  it('refuses wrong credentials', async () => {
    const err = await errorOf(query(uri, user, `${password}-wrong`, 'RETURN 1'));
    expect(err.code).toBe('Neo.ClientError.Security.Unauthorized');
  });
});

describe('a second, independent instance', () => {
  const dirs: string[] = [];
  const newDir = () => {
    const d = createTempDataDir(); // swept by the next run if this one is killed
    dirs.push(d);
    return d;
  };
  // exitWithParent: if the test worker is killed (Ctrl-C), these JVMs go too.
  const small = { heap: '256m', pagecache: '32m', httpPort: null, user: 'neo4j', password: 'second-instance-pw', exitWithParent: true, quickStart: true } as const;

  afterAll(async () => {
    for (const d of dirs) {
      await stopNeo4j({ dataDir: d, ...small, uri: 'bolt://127.0.0.1:7687', timeoutMs: 20_000 }).catch(() => undefined);
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('starts, keeps data across stop/start, reports status and stops without leftovers', { timeout: 300_000 }, async () => {
    const dataDir = newDir();
    const port = await freePort();
    const opts = { ...small, dataDir, uri: `bolt://127.0.0.1:${port}` };

    const first = await startNeo4j(opts);
    expect(first).toMatchObject({ uri: `bolt://127.0.0.1:${port}`, alreadyRunning: false });
    expect(isAlive(first.pid)).toBe(true);
    const token = randomBytes(8).toString('hex');
    await query(first.uri, small.user, small.password, 'CREATE (:Persisted {token: $token})', { token });

    const again = await startNeo4j(opts);
    expect(again).toEqual({ uri: first.uri, pid: first.pid, alreadyRunning: true });
    expect(await neo4jStatus(opts)).toMatchObject({ running: true, pid: first.pid, uri: first.uri, dataDir });

    const stopped = await stopNeo4j(opts);
    expect(stopped).toEqual({ wasRunning: true, pid: first.pid, killed: false });
    expect(isAlive(first.pid)).toBe(false);
    expect(await neo4jStatus(opts)).toMatchObject({ running: false, dataDir });
    expect(existsSync(join(dataDir, 'neo4j-local.pid'))).toBe(false);

    const second = await startNeo4j(opts);
    expect(second.alreadyRunning).toBe(false);
    expect(second.pid).not.toBe(first.pid);
    const rows = await query<{ n: number }>(second.uri, small.user, small.password, 'MATCH (p:Persisted {token: $token}) RETURN count(p) AS n', {
      token,
    });
    expect(Number(rows[0]?.n)).toBe(1);

    expect((await stopNeo4j(opts)).wasRunning).toBe(true);
    expect(isAlive(second.pid)).toBe(false);
    expect(await stopNeo4j(opts)).toEqual({ wasRunning: false, killed: false });
  });

  it('gives a clear error when the port is taken by something else', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as net.AddressInfo).port;
    const dataDir = newDir();
    try {
      const err = await errorOf(startNeo4j({ ...small, dataDir, uri: `bolt://127.0.0.1:${port}` }));
      expect(err).toBeInstanceOf(Neo4jLocalError);
      expect(err.code).toBe('PORT_IN_USE');
      expect(err.message).toContain(`port ${port}`);
      expect(existsSync(join(dataDir, 'neo4j-local.pid'))).toBe(false);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it('reports a crash during start with the tail of the log', { timeout: 180_000 }, async () => {
    const dataDir = newDir();
    const port = await freePort();
    const opts = { ...small, dataDir, uri: `bolt://127.0.0.1:${port}`, settings: { 'db.transaction.timeout': 'not-a-duration' } };
    const err = await errorOf(startNeo4j(opts));
    expect(err).toBeInstanceOf(Neo4jLocalError);
    expect(err.code).toBe('CRASHED');
    expect(err.message).toMatch(/db\.transaction\.timeout/);
    expect((await neo4jStatus(opts)).running).toBe(false);
  });
});
