// Starts (or stops) a private Neo4j for profiling sessions: `start <dataDir> <port>` / `stop <dataDir> <port>`.
import { startNeo4j, stopNeo4j } from '@kg/neo4j-local';
const [cmd, dataDir, port] = process.argv.slice(2);
const uri = `bolt://127.0.0.1:${port}`;
const password = 'bench-password';
if (cmd === 'start') {
  const r = await startNeo4j({ uri, dataDir: dataDir!, password, heap: '1g', pagecache: '512m', httpPort: null, exitWithParent: false });
  process.stdout.write(`${r.uri}\n`);
} else await stopNeo4j({ dataDir: dataDir!, uri, password, timeoutMs: 60_000 });
