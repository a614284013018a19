// Start / stop / status of a local Neo4j run by the Java launcher, tracked by a pid file in its data dir.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { checkJava, ensureLauncherBuilt, javaCommand } from './build.js';
import { Neo4jLocalError } from './errors.js';
import { isAlive, isPortFree, looksLikeLauncher, sleep, sleepSync } from './proc.js';
import { DEFAULT_URI, isLoopbackHost, LOOPBACK, localBoltUri, parseBoltUri, parseHttpPort, parseMemorySize } from './uri.js';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DEFAULT_DATA_DIR = join(REPO_ROOT, '.neo4j');
export const DEFAULT_USER = 'neo4j';
export const DEFAULT_PASSWORD = 'knowledge-graph';
export const DEFAULT_HEAP = '1g';
export const DEFAULT_PAGECACHE = '256m';
export const DEFAULT_HTTP_PORT = 7474;
/** Neo4j's default `dbms.security.auth_minimum_password_length`. */
const MIN_PASSWORD_LENGTH = 8;
const PID_FILE = 'neo4j-local.pid';
const READY_FILE = 'neo4j-local.ready'; // written by the Java side once credentials are set
const LOG_FILE = 'neo4j-local.log';
const CMDLINE_MARKER = 'neo4j-local-launcher.jar';

/**
 * JVM flags for Neo4j 5.26 on JDK 17/21. The three --add-opens are the ones Neo4j's own scripts add
 * (without them the page cache / Netty fall back to slower reflection-free paths and log warnings).
 */
export const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

export interface Neo4jLocalOptions {
  /** Bolt URI; only its (loopback) port is used. Default: $NEO4J_URI or bolt://127.0.0.1:7687. */
  uri?: string;
  /** Neo4j home (data, logs, pid file). Default: $NEO4J_DATA_DIR (relative to the repo root) or `.neo4j/` at the repo root. */
  dataDir?: string;
  /** Default: $NEO4J_USER or neo4j. */
  user?: string;
  /** Default: $NEO4J_PASSWORD or knowledge-graph (Neo4j wants at least 8 characters). */
  password?: string;
  /** JVM heap, e.g. 512m. Default: $NEO4J_HEAP or 1g. */
  heap?: string;
  /** Page cache size. Default: $NEO4J_PAGECACHE or 256m. */
  pagecache?: string;
  /** HTTP port for the Neo4j Browser / HTTP API; null disables HTTP. Default: $NEO4J_HTTP_PORT or 7474. */
  httpPort?: number | null;
  /** Where the Java process's output goes. Default: `<dataDir>/neo4j-local.log`. */
  logFile?: string;
  /** How long to wait for Bolt to answer. Default 180 s. */
  startTimeoutMs?: number;
  /** Stop the server when this Node process dies (for private test servers). Default false. */
  exitWithParent?: boolean;
  /** Extra Neo4j settings, e.g. `{ 'db.transaction.timeout': '30s' }`. */
  settings?: Record<string, string>;
  /**
   * C1-only JIT (-XX:TieredStopAtLevel=1): starts 2-3x faster on a busy 2-core machine, at some cost
   * in peak query speed. Default: $NEO4J_QUICK_START=1, else false (the test setup turns it on).
   */
  quickStart?: boolean;
}

export interface ResolvedOptions {
  uri: string;
  port: number;
  dataDir: string;
  user: string;
  password: string;
  heap: string;
  pagecache: string;
  httpPort: number | null;
  logFile: string;
  startTimeoutMs: number;
  exitWithParent: boolean;
  settings: Record<string, string>;
  quickStart: boolean;
}

export interface StartResult {
  uri: string;
  pid: number;
  alreadyRunning: boolean;
}

export interface StopResult {
  /** False if nothing of ours was running on that data dir. */
  wasRunning: boolean;
  pid?: number;
  /** True if it had to be SIGKILLed after the timeout. */
  killed: boolean;
}

export interface Neo4jStatus {
  running: boolean;
  pid?: number;
  uri: string;
  httpUrl?: string;
  dataDir: string;
  logFile: string;
}

interface PidInfo {
  pid: number;
  boltPort: number;
  httpPort: number | null;
  logFile: string;
  startedAt: string;
}

/** Fills in defaults from the environment; throws for a non-loopback URI (the launcher only runs local servers). */
export function resolveOptions(opts: Neo4jLocalOptions = {}, env: NodeJS.ProcessEnv = process.env): ResolvedOptions {
  const uri = opts.uri ?? (env.NEO4J_URI || DEFAULT_URI);
  let addr;
  try {
    addr = parseBoltUri(uri);
  } catch (err) {
    throw new Neo4jLocalError('BAD_CONFIG', (err as Error).message);
  }
  if (!isLoopbackHost(addr.host)) {
    throw new Neo4jLocalError(
      'REMOTE_URI',
      `NEO4J_URI (${uri}) points to ${addr.host}, not this machine: the local launcher only manages a Neo4j on 127.0.0.1. ` +
        'Use the remote server directly, or set NEO4J_URI=bolt://127.0.0.1:7687 to run one here.',
    );
  }
  if (addr.encrypted) {
    throw new Neo4jLocalError('BAD_CONFIG', `The local launcher serves plain Bolt; use bolt://${LOOPBACK}:${addr.port} instead of ${uri}.`);
  }
  // NEO4J_DATA_DIR (see .env.example) is relative to the repo root; an explicit dataDir to the cwd.
  const dataDir = opts.dataDir ? resolve(opts.dataDir) : env.NEO4J_DATA_DIR ? resolve(REPO_ROOT, env.NEO4J_DATA_DIR) : DEFAULT_DATA_DIR;
  const password = opts.password ?? (env.NEO4J_PASSWORD || DEFAULT_PASSWORD);
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new Neo4jLocalError('BAD_CONFIG', `NEO4J_PASSWORD must have at least ${MIN_PASSWORD_LENGTH} characters (Neo4j's minimum).`);
  }
  let httpPort: number | null;
  let heap: string;
  let pagecache: string;
  try {
    httpPort = opts.httpPort !== undefined ? opts.httpPort : parseHttpPort(env.NEO4J_HTTP_PORT, DEFAULT_HTTP_PORT);
    heap = parseMemorySize(opts.heap ?? (env.NEO4J_HEAP || DEFAULT_HEAP), 'heap size');
    pagecache = parseMemorySize(opts.pagecache ?? (env.NEO4J_PAGECACHE || DEFAULT_PAGECACHE), 'page cache size');
  } catch (err) {
    throw new Neo4jLocalError('BAD_CONFIG', (err as Error).message);
  }
  if (httpPort !== null && httpPort === addr.port) {
    throw new Neo4jLocalError('BAD_CONFIG', `Bolt and HTTP cannot share port ${httpPort}.`);
  }
  const logFile = opts.logFile ? (isAbsolute(opts.logFile) ? opts.logFile : resolve(opts.logFile)) : join(dataDir, LOG_FILE);
  return {
    uri: localBoltUri(addr.port),
    port: addr.port,
    dataDir,
    user: opts.user ?? (env.NEO4J_USER || DEFAULT_USER),
    password,
    heap,
    pagecache,
    httpPort,
    logFile,
    startTimeoutMs: opts.startTimeoutMs ?? 180_000,
    exitWithParent: opts.exitWithParent ?? false,
    settings: opts.settings ?? {},
    quickStart: opts.quickStart ?? env.NEO4J_QUICK_START === '1',
  };
}

/** The full `java` command line (without the executable) for a resolved configuration. */
export function javaArgs(o: ResolvedOptions, jar: string): string[] {
  const args = [`-Xms${o.heap}`, `-Xmx${o.heap}`, ...JVM_FLAGS, ...(o.quickStart ? ['-XX:TieredStopAtLevel=1'] : []), '-jar', jar];
  args.push('--home', o.dataDir, '--bolt-port', String(o.port), '--http-port', String(o.httpPort ?? 0));
  args.push('--user', o.user, '--pagecache', o.pagecache);
  if (o.exitWithParent) args.push('--exit-with-parent', String(process.pid));
  for (const [k, v] of Object.entries(o.settings)) args.push('--set', `${k}=${v}`);
  return args;
}

function readPidFile(dataDir: string): PidInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(join(dataDir, PID_FILE), 'utf8')) as PidInfo;
    return Number.isInteger(info.pid) && info.pid > 0 ? info : undefined;
  } catch {
    return undefined;
  }
}

/** Our launcher's pid for this data dir, if it is alive; removes a stale pid file. */
function runningPid(dataDir: string): PidInfo | undefined {
  const info = readPidFile(dataDir);
  if (info && isAlive(info.pid) && looksLikeLauncher(info.pid, CMDLINE_MARKER)) return info;
  if (info) cleanupFiles(dataDir);
  return undefined;
}

function cleanupFiles(dataDir: string): void {
  rmSync(join(dataDir, PID_FILE), { force: true });
  rmSync(join(dataDir, READY_FILE), { force: true });
}

function readyPid(dataDir: string): number | undefined {
  try {
    return (JSON.parse(readFileSync(join(dataDir, READY_FILE), 'utf8')) as { pid: number }).pid;
  } catch {
    return undefined;
  }
}

/** Last lines of a log file, for error messages. */
export function logTail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function boltAnswers(uri: string, user: string, password: string): Promise<{ ok: true } | { ok: false; error: Error }> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 5_000, maxConnectionPoolSize: 1 });
  try {
    await driver.verifyConnectivity();
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err as Error };
  } finally {
    await driver.close();
  }
}

/** Waits until the launcher has set the credentials and Bolt accepts them, or the process dies. */
async function waitUntilReady(o: ResolvedOptions, pid: number, exited: () => number | null | undefined): Promise<void> {
  const deadline = Date.now() + o.startTimeoutMs;
  let lastError: Error | undefined;
  while (Date.now() < deadline) {
    const code = exited();
    if (code !== undefined || !isAlive(pid)) {
      throw new Neo4jLocalError(
        'CRASHED',
        `Neo4j exited during start${code !== undefined && code !== null ? ` (exit code ${code})` : ''}. Last lines of ${o.logFile}:\n${logTail(o.logFile)}`,
      );
    }
    if (readyPid(o.dataDir) === pid) {
      const r = await boltAnswers(o.uri, o.user, o.password);
      if (r.ok) return;
      // The launcher has applied its credentials, so a refusal will not go away by waiting (and
      // retrying would trip Neo4j's failed-login lock-out).
      if ((r.error as Error & { code?: string }).code === 'Neo.ClientError.Security.Unauthorized') {
        throw new Neo4jLocalError(
          'AUTH_REFUSED',
          `Neo4j on ${o.uri} (pid ${pid}, data ${o.dataDir}) refuses user "${o.user}" with this password. ` +
            'It was started (or changed) with other credentials: use those, or restart it (kg neo4j stop, then start) to apply NEO4J_USER/NEO4J_PASSWORD.',
        );
      }
      lastError = r.error;
    }
    await sleep(200);
  }
  throw new Neo4jLocalError(
    'START_TIMEOUT',
    `Neo4j did not answer on ${o.uri} within ${Math.round(o.startTimeoutMs / 1000)} s` +
      `${lastError ? ` (last error: ${lastError.message})` : ''}. Last lines of ${o.logFile}:\n${logTail(o.logFile)}`,
  );
}

/**
 * Starts Neo4j for the data dir (building the launcher first if needed) and resolves once Bolt accepts
 * the credentials. If our Neo4j is already running on that data dir and port, returns it.
 */
export async function startNeo4j(opts: Neo4jLocalOptions = {}): Promise<StartResult> {
  const o = resolveOptions(opts);
  mkdirSync(o.dataDir, { recursive: true });

  const running = runningPid(o.dataDir);
  if (running) {
    if (running.boltPort !== o.port) {
      throw new Neo4jLocalError(
        'RUNNING_ON_OTHER_PORT',
        `The local Neo4j of ${o.dataDir} is already running on port ${running.boltPort} (pid ${running.pid}); stop it first (pnpm kg neo4j stop) or use that port.`,
      );
    }
    await waitUntilReady(o, running.pid, () => undefined);
    return { uri: o.uri, pid: running.pid, alreadyRunning: true };
  }

  for (const [what, port] of [['Bolt', o.port], ['HTTP', o.httpPort]] as const) {
    if (port !== null && !(await isPortFree(port))) {
      throw new Neo4jLocalError(
        'PORT_IN_USE',
        `${what} port ${port} on ${LOOPBACK} is already in use by another process (not the local Neo4j of ${o.dataDir}). ` +
          `Stop that process or pick another port (${what === 'Bolt' ? 'NEO4J_URI' : 'NEO4J_HTTP_PORT'}).`,
      );
    }
  }

  const java = javaCommand();
  checkJava(java);
  const { jar } = await ensureLauncherBuilt();

  mkdirSync(dirname(o.logFile), { recursive: true });
  const logFd = openSync(o.logFile, 'a');
  writeSync(logFd, `\n=== neo4j-local start ${new Date().toISOString()} (bolt ${o.port}, http ${o.httpPort ?? 'off'}) ===\n`);
  rmSync(join(o.dataDir, READY_FILE), { force: true });
  let exitCode: number | null | undefined;
  let child;
  try {
    child = spawn(java, javaArgs(o, jar), {
      cwd: o.dataDir,
      detached: true, // own process group: a Ctrl-C in the terminal that ran `kg neo4j start` does not reach it
      stdio: ['ignore', logFd, logFd],
      env: { ...process.env, NEO4J_PASSWORD: o.password },
    });
  } finally {
    closeSync(logFd);
  }
  child.once('exit', (code, signal) => {
    exitCode = code ?? (signal ? null : -1);
  });
  const spawnError = await new Promise<Error | undefined>((res) => {
    child.once('error', res);
    child.once('spawn', () => res(undefined));
  });
  if (spawnError || !child.pid) throw new Neo4jLocalError('JAVA_MISSING', `Could not run ${java}: ${spawnError?.message ?? 'no pid'}`);
  const pid = child.pid;
  const info: PidInfo = { pid, boltPort: o.port, httpPort: o.httpPort, logFile: o.logFile, startedAt: new Date().toISOString() };
  writeFileSync(join(o.dataDir, PID_FILE), `${JSON.stringify(info)}\n`);
  child.unref();

  try {
    await waitUntilReady(o, pid, () => exitCode);
  } catch (err) {
    await stopPid(pid, 10_000);
    cleanupFiles(o.dataDir);
    throw err;
  }
  return { uri: o.uri, pid, alreadyRunning: false };
}

/** SIGTERM (Neo4j's shutdown hook checkpoints and closes the stores), then SIGKILL after the timeout. */
async function stopPid(pid: number, timeoutMs: number): Promise<boolean> {
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return false;
    await sleep(100);
  }
  signal('SIGKILL');
  for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid)) throw new Neo4jLocalError('STOP_FAILED', `Neo4j (pid ${pid}) is still alive after SIGKILL.`);
  return true;
}

/** Stops our Neo4j on the data dir (graceful, SIGKILL after `timeoutMs`, default 60 s) and removes the pid file. */
export async function stopNeo4j(opts: Neo4jLocalOptions & { timeoutMs?: number } = {}): Promise<StopResult> {
  const o = resolveOptions(opts);
  const running = runningPid(o.dataDir);
  if (!running) {
    cleanupFiles(o.dataDir);
    return { wasRunning: false, killed: false };
  }
  const killed = await stopPid(running.pid, opts.timeoutMs ?? 60_000);
  cleanupFiles(o.dataDir);
  return { wasRunning: true, pid: running.pid, killed };
}

/**
 * Synchronous stop for `exit`/signal handlers, where promises no longer run: SIGTERM, block until the
 * process is gone (SIGKILL after `timeoutMs`).
 */
export function stopNeo4jSync(dataDir: string, timeoutMs = 20_000): void {
  const info = readPidFile(resolve(dataDir));
  if (!info || !isAlive(info.pid)) return;
  try {
    process.kill(info.pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (isAlive(info.pid) && Date.now() < deadline) sleepSync(100);
  if (isAlive(info.pid)) {
    try {
      process.kill(info.pid, 'SIGKILL');
    } catch {
      // gone
    }
    for (let i = 0; i < 50 && isAlive(info.pid); i++) sleepSync(100);
  }
  cleanupFiles(resolve(dataDir));
}

/** Is our Neo4j running on that data dir? (Looks at the pid file and the process, does not connect.) */
export async function neo4jStatus(opts: Neo4jLocalOptions = {}): Promise<Neo4jStatus> {
  const o = resolveOptions(opts);
  const running = existsSync(o.dataDir) ? runningPid(o.dataDir) : undefined;
  if (!running) return { running: false, uri: o.uri, dataDir: o.dataDir, logFile: o.logFile };
  return {
    running: true,
    pid: running.pid,
    uri: localBoltUri(running.boltPort),
    ...(running.httpPort ? { httpUrl: `http://${LOOPBACK}:${running.httpPort}/browser/` } : {}),
    dataDir: o.dataDir,
    logFile: running.logFile,
  };
}
