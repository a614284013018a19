// `kg neo4j start|stop|status|build`: the local Neo4j 5.26 run from Maven jars by @kg/neo4j-local.
import type { Command } from 'commander';
import { integer } from '../options.js';
import { CliError } from '../exit.js';

interface StartFlags {
  dataDir?: string;
  heap?: string;
  pagecache?: string;
  httpPort?: string;
  http?: boolean;
  quickStart?: boolean;
}

/** Loads the launcher lazily and turns its errors into one clear line (plus the log tail) and exit code 1. */
async function run(fn: (lib: typeof import('@kg/neo4j-local')) => Promise<void>): Promise<void> {
  const lib = await import('@kg/neo4j-local');
  try {
    await fn(lib);
  } catch (err) {
    if (err instanceof lib.Neo4jLocalError) {
      const hint =
        err.code === 'REMOTE_URI'
          ? '\n(kg neo4j only starts and stops a Neo4j on this machine; a remote server is managed where it runs.)'
          : '';
      process.stderr.write(`kg neo4j: ${err.message}${hint}\n`);
      process.exitCode = 1;
      return;
    }
    throw err;
  }
}

/** A value the launcher refuses is a usage error naming the option (exit 2), like the options commander checks. */
function usage<T>(option: string, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    throw new CliError(`option '${option}': ${err instanceof Error ? err.message : String(err)}`, 2);
  }
}

function dataDirOpt(dataDir: string | undefined): { dataDir?: string } {
  return dataDir ? { dataDir } : {};
}

export function register(program: Command): void {
  const cmd = program
    .command('neo4j')
    .description('Run a local Neo4j 5.26 (community, from Maven Central jars; needs Java 17+, Maven for the first build)');

  cmd
    .command('start')
    .description('Start the local Neo4j on NEO4J_URI (loopback only) and wait until Bolt answers')
    .option('--data-dir <dir>', 'data folder (default: .neo4j/ at the repo root, or NEO4J_DATA_DIR)')
    .option('--heap <size>', 'JVM heap, e.g. 512m (default: NEO4J_HEAP or 1g)')
    .option('--pagecache <size>', 'page cache size (default: NEO4J_PAGECACHE or 256m)')
    .option('--http-port <port>', 'HTTP port for Neo4j Browser (default: NEO4J_HTTP_PORT or 7474)')
    .option('--no-http', 'do not open the HTTP port / Browser')
    .option('--quick-start', 'C1-only JIT: starts faster, queries run somewhat slower (or NEO4J_QUICK_START=1)')
    .action(async (flags: StartFlags) =>
      run(async ({ startNeo4j, parseHttpPort, DEFAULT_HTTP_PORT }) => {
        const t0 = Date.now();
        let httpPort: number | null | undefined;
        if (flags.http === false) httpPort = null;
        else if (flags.httpPort !== undefined) httpPort = usage('--http-port', () => parseHttpPort(flags.httpPort, DEFAULT_HTTP_PORT));
        const r = await startNeo4j({
          ...dataDirOpt(flags.dataDir),
          ...(flags.heap ? { heap: flags.heap } : {}),
          ...(flags.pagecache ? { pagecache: flags.pagecache } : {}),
          ...(httpPort !== undefined ? { httpPort } : {}),
          ...(flags.quickStart ? { quickStart: true } : {}),
        });
        const secs = ((Date.now() - t0) / 1000).toFixed(1);
        const { neo4jStatus } = await import('@kg/neo4j-local');
        const st = await neo4jStatus(dataDirOpt(flags.dataDir));
        if (r.alreadyRunning) console.log(`Neo4j already running on ${r.uri} (pid ${r.pid}), checked in ${secs} s`);
        else console.log(`Neo4j started on ${r.uri} (pid ${r.pid}) in ${secs} s`);
        if (st.httpUrl) console.log(`Browser: ${st.httpUrl}`);
        console.log(`Data: ${st.dataDir}  Log: ${st.logFile}`);
      }),
    );

  cmd
    .command('stop')
    .description('Stop the local Neo4j (graceful, SIGKILL after --timeout seconds)')
    .option('--data-dir <dir>', 'data folder')
    .option('--timeout <seconds>', 'seconds before SIGKILL', integer(1, 86_400), 60)
    .action(async (flags: { dataDir?: string; timeout: number }) =>
      run(async ({ stopNeo4j }) => {
        const t0 = Date.now();
        const r = await stopNeo4j({ ...dataDirOpt(flags.dataDir), timeoutMs: flags.timeout * 1000 });
        if (!r.wasRunning) console.log('Neo4j was not running');
        else console.log(`Neo4j (pid ${r.pid}) ${r.killed ? 'killed after the timeout' : 'stopped'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      }),
    );

  cmd
    .command('status')
    .description('Is the local Neo4j running? (exit code 3 if not)')
    .option('--data-dir <dir>', 'data folder')
    .action(async (flags: { dataDir?: string }) =>
      run(async ({ neo4jStatus }) => {
        const st = await neo4jStatus(dataDirOpt(flags.dataDir));
        if (st.running) {
          console.log(`running  pid ${st.pid}  ${st.uri}${st.httpUrl ? `  ${st.httpUrl}` : ''}`);
        } else {
          console.log(`not running  (${st.uri})`);
          process.exitCode = 3;
        }
        console.log(`data: ${st.dataDir}  log: ${st.logFile}`);
      }),
    );

  cmd
    .command('build')
    .description('Build the Java launcher with Maven if it is missing or stale (CI calls this ahead)')
    .option('--force', 'rebuild even if up to date')
    .action(async (flags: { force?: boolean }) =>
      run(async ({ ensureLauncherBuilt }) => {
        const r = await ensureLauncherBuilt({ force: flags.force ?? false, log: (l) => console.log(l) });
        console.log(r.built ? `launcher built in ${(r.ms / 1000).toFixed(1)} s: ${r.jar}` : `launcher up to date: ${r.jar}`);
      }),
    );
}
