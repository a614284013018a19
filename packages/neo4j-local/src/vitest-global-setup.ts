// vitest globalSetup for the `integration` project: a PRIVATE Neo4j per test run (free loopback port,
// fresh temp data dir, small heap, no HTTP), or the external server named by KG_TEST_NEO4J_URI.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startNeo4j, stopNeo4j, stopNeo4jSync } from './launcher.js';
import { freePort, isAlive } from './proc.js';

declare module 'vitest' {
  export interface ProvidedContext {
    NEO4J_URI: string;
    NEO4J_USER: string;
    NEO4J_PASSWORD: string;
  }
}

const TMP_PREFIX = 'kg-neo4j-test-';
const OWNER_FILE = 'owner.pid';

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

  sweepLeftovers();
  const dataDir = mkdtempSync(join(tmpdir(), TMP_PREFIX));
  writeFileSync(join(dataDir, OWNER_FILE), String(process.pid));
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
    const port = await freePort();
    const { uri } = await startNeo4j({
      uri: `bolt://127.0.0.1:${port}`,
      dataDir,
      user: creds.NEO4J_USER,
      password: creds.NEO4J_PASSWORD,
      heap: process.env.KG_TEST_NEO4J_HEAP || '512m',
      pagecache: '64m',
      httpPort: null,
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

function publish(project: TestProject, creds: { NEO4J_URI: string; NEO4J_USER: string; NEO4J_PASSWORD: string }): void {
  // Test workers are forked after global setup, so they inherit these; inject() works too.
  Object.assign(process.env, creds);
  for (const [k, v] of Object.entries(creds)) project.provide(k as keyof typeof creds, v);
}

/** Removes temp data dirs of earlier runs whose owner died without cleaning up (e.g. SIGKILL). */
function sweepLeftovers(): void {
  let entries: string[];
  try {
    entries = readdirSync(tmpdir()).filter((e) => e.startsWith(TMP_PREFIX));
  } catch {
    return;
  }
  for (const e of entries) {
    const dir = join(tmpdir(), e);
    try {
      const owner = Number(readFileSync(join(dir, OWNER_FILE), 'utf8'));
      if (owner > 0 && isAlive(owner)) continue;
      stopNeo4jSync(dir);
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // no owner file yet (being created) or not ours: leave it
    }
  }
}
