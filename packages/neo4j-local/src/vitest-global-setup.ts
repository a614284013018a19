// vitest globalSetup for the `integration` project: a PRIVATE Neo4j per test run (free loopback port,
// fresh temp data dir, small heap, no HTTP), or the external server named by KG_TEST_NEO4J_URI.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { Neo4jLocalError } from './errors.js';
import { startNeo4j, stopNeo4j, stopNeo4jSync, type Neo4jLocalOptions } from './launcher.js';
import { freePort } from './proc.js';
import { createTempDataDir, sweepTempDataDirs } from './tempdir.js';

declare module 'vitest' {
  export interface ProvidedContext {
    NEO4J_URI: string;
    NEO4J_USER: string;
    NEO4J_PASSWORD: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const external = process.env.KG_TEST_NEO4J_URI;
  if (external) {
    const creds = {
      NEO4J_URI: external,
      NEO4J_USER: process.env.KG_TEST_NEO4J_USER || process.env.NEO4J_USER || 'neo4j',
      NEO4J_PASSWORD: process.env.KG_TEST_NEO4J_PASSWORD || process.env.NEO4J_PASSWORD || 'knowledge-graph',
    };
    publish(project, creds);
    return undefined;
  }

  sweepTempDataDirs();
  const dataDir = createTempDataDir();
  const creds = { NEO4J_USER: 'neo4j', NEO4J_PASSWORD: `test-${randomBytes(9).toString('hex')}` };

  let cleaned = false;
  // Last resort when teardown cannot run (Ctrl-C, process.exit): stop synchronously, then delete.
  const cleanupSync = () => {
    if (cleaned) return;
    cleaned = true;
    stopNeo4jSync(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanupSync();
    // If nobody else (vitest) handles the signal, do what the default handler would have done.
    if (process.listenerCount(signal) <= 1) process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('exit', cleanupSync);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const detach = () => {
    process.off('exit', cleanupSync);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };

  const t0 = Date.now();
  try {
    const uri = await startOnFreePort({
      dataDir,
      user: creds.NEO4J_USER,
      password: creds.NEO4J_PASSWORD,
      heap: process.env.KG_TEST_NEO4J_HEAP || '512m',
      pagecache: '64m',
      httpPort: null,
      quickStart: true, // tests are short and the machine is small: C1 only
      exitWithParent: true, // the JVM also exits if this process is SIGKILLed
    });
    publish(project, { NEO4J_URI: uri, ...creds });
    console.log(`[neo4j-local] private Neo4j for tests on ${uri} (started in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (err) {
    cleanupSync();
    detach();
    throw err;
  }

  return async () => {
    detach();
    if (cleaned) return;
    cleaned = true;
    try {
      await stopNeo4j({ dataDir, uri: process.env.NEO4J_URI, password: creds.NEO4J_PASSWORD, timeoutMs: 30_000 });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

/** Another run may grab the same free port between our probe and Neo4j's bind: retry with a new one. */
async function startOnFreePort(opts: Omit<Neo4jLocalOptions, 'uri'>): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return (await startNeo4j({ ...opts, uri: `bolt://127.0.0.1:${port}` })).uri;
    } catch (err) {
      const portRace =
        err instanceof Neo4jLocalError &&
        (err.code === 'PORT_IN_USE' || (err.code === 'CRASHED' && /already in use|BindException/i.test(err.message)));
      if (!portRace || attempt >= 3) throw err;
    }
  }
}

function publish(project: TestProject, creds: { NEO4J_URI: string; NEO4J_USER: string; NEO4J_PASSWORD: string }): void {
  // Test workers are forked after global setup, so they inherit these; inject() works too.
  Object.assign(process.env, creds);
  for (const [k, v] of Object.entries(creds)) project.provide(k as keyof typeof creds, v);
}
