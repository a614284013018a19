// The Neo4j a benchmark or profiling script writes to: the server at --uri, else a private one started
// on a free port with a temporary data folder, stopped and removed by stop().
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Neo4jConfig } from '@kg/store';

export interface BenchServer {
  config: Neo4jConfig;
  /** The private server's process id (undefined with --uri), for its CPU seconds. */
  pid?: number;
  stop(): Promise<void>;
}

export interface BenchServerOptions {
  uri?: string;
  user?: string;
  password?: string;
}

export async function benchNeo4j(
  opts: BenchServerOptions,
  server: { name: string; pagecache?: string; settings?: Record<string, string> },
): Promise<BenchServer> {
  if (opts.uri) {
    const config = { uri: opts.uri, user: opts.user ?? 'neo4j', password: opts.password ?? process.env.NEO4J_PASSWORD ?? 'knowledge-graph' };
    return { config, stop: async () => {} };
  }
  const { startNeo4j, stopNeo4j, freePort } = await import('@kg/neo4j-local');
  const dataDir = mkdtempSync(join(tmpdir(), `kg-${server.name}-neo4j-`));
  const password = 'bench-password';
  const { uri, pid } = await startNeo4j({
    uri: `bolt://127.0.0.1:${await freePort()}`, dataDir, password, heap: '1g', pagecache: server.pagecache ?? '512m',
    httpPort: null, exitWithParent: true, ...(server.settings ? { settings: server.settings } : {}),
  });
  return {
    config: { uri, user: 'neo4j', password },
    pid,
    stop: async () => {
      await stopNeo4j({ dataDir, uri, password, timeoutMs: 60_000 });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** CPU seconds (user + system) used so far by a process, from /proc; null when unknown. */
export function cpuSeconds(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}
