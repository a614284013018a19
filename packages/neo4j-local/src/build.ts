// Finding Java and building the Java launcher with Maven (skipped when the jar is up to date).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Neo4jLocalError } from './errors.js';
import { sleep } from './proc.js';

export const JAVA_PROJECT_DIR = fileURLToPath(new URL('../java/', import.meta.url));
export const LAUNCHER_JAR = join(JAVA_PROJECT_DIR, 'target', 'neo4j-local-launcher.jar');
const LIB_DIR = join(JAVA_PROJECT_DIR, 'target', 'lib');
const LOCK_DIR = join(JAVA_PROJECT_DIR, 'target', '.kg-build-lock');
/** A build lock older than this is left over from a killed build. */
const STALE_LOCK_MS = 15 * 60_000;

/** The `java` to run: $JAVA_HOME/bin/java if set, else the one on PATH. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  const home = env.JAVA_HOME;
  if (home) {
    const bin = join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (existsSync(bin)) return bin;
  }
  return 'java';
}

/** Checks that Java 17+ is installed; returns its major version. */
export function checkJava(java = javaCommand()): number {
  const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (r.error) {
    throw new Neo4jLocalError(
      'JAVA_MISSING',
      `Java not found (${java}): Neo4j 5.26 needs a JDK 17 or 21. Install one (e.g. apt-get install openjdk-17-jdk-headless) or set JAVA_HOME.`,
    );
  }
  const out = `${r.stderr}${r.stdout}`;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(out);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : NaN;
  if (!(major >= 17)) {
    throw new Neo4jLocalError('JAVA_MISSING', `Neo4j 5.26 needs Java 17 or 21, found: ${out.split('\n')[0] ?? out}`);
  }
  return major;
}

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, e)));
  return newest;
}

/** True if the jar and its copied dependencies exist and are newer than pom.xml and the Java sources. */
export function launcherUpToDate(): boolean {
  if (!existsSync(LAUNCHER_JAR) || !existsSync(LIB_DIR)) return false;
  if (!readdirSync(LIB_DIR).some((f) => f.startsWith('neo4j-kernel-'))) return false;
  const jarTime = statSync(LAUNCHER_JAR).mtimeMs;
  const sources = Math.max(newestMtime(join(JAVA_PROJECT_DIR, 'pom.xml')), newestMtime(join(JAVA_PROJECT_DIR, 'src')));
  return jarTime > sources;
}

export interface BuildResult {
  jar: string;
  /** False when the existing jar was up to date and Maven was not run. */
  built: boolean;
  ms: number;
}

export interface BuildOptions {
  /** Rebuild even if the jar looks up to date. */
  force?: boolean;
  /** Progress lines (e.g. "building ..."); default: silent. */
  log?: (line: string) => void;
}

/**
 * Builds `java/target/neo4j-local-launcher.jar` (+ `target/lib/*`) with `mvn -q -B package` unless it
 * is already newer than pom.xml and the sources. Works offline from a warm ~/.m2; set
 * KG_MAVEN_OFFLINE=1 to pass `-o` explicitly. Concurrent callers wait for one build.
 */
export async function ensureLauncherBuilt(opts: BuildOptions = {}): Promise<BuildResult> {
  const t0 = Date.now();
  if (!opts.force && launcherUpToDate()) return { jar: LAUNCHER_JAR, built: false, ms: Date.now() - t0 };
  checkJava();
  await withBuildLock(async () => {
    if (!opts.force && launcherUpToDate()) return; // someone else built it while we waited
    opts.log?.('building the Neo4j launcher with Maven (first time: downloads Neo4j jars into ~/.m2)...');
    await runMaven(['-q', '-B', ...(process.env.KG_MAVEN_OFFLINE === '1' ? ['-o'] : []), 'package']);
  });
  if (!launcherUpToDate()) {
    throw new Neo4jLocalError('BUILD_FAILED', `Maven finished but ${LAUNCHER_JAR} is missing or older than its sources.`);
  }
  return { jar: LAUNCHER_JAR, built: true, ms: Date.now() - t0 };
}

function runMaven(args: string[]): Promise<void> {
  const mvn = process.env.MAVEN_CMD || 'mvn';
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { cwd: JAVA_PROJECT_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const keep = (b: Buffer) => {
      out = (out + b.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'ENOENT'
          ? new Neo4jLocalError(
              'MAVEN_MISSING',
              `Maven not found (${mvn}): it is needed once to build the Neo4j launcher. Install Maven 3.8+ (apt-get install maven) or set MAVEN_CMD.`,
            )
          : err,
      );
    });
    child.once('close', (code) => {
      if (code === 0) return resolve();
      // eslint-disable-next-line no-control-regex
      const tail = out.replace(/\x1b\[[0-9;]*m/g, '').trim().split('\n').slice(-30).join('\n');
      reject(new Neo4jLocalError('BUILD_FAILED', `mvn ${args.join(' ')} failed (exit ${code}) in ${JAVA_PROJECT_DIR}:\n${tail}`));
    });
  });
}

async function withBuildLock(fn: () => Promise<void>): Promise<void> {
  mkdirSync(join(JAVA_PROJECT_DIR, 'target'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let age: number;
      try {
        age = Date.now() - statSync(LOCK_DIR).mtimeMs;
      } catch {
        continue; // released between our two calls
      }
      if (age > STALE_LOCK_MS) rmSync(LOCK_DIR, { recursive: true, force: true });
      else await sleep(500);
    }
  }
  try {
    await fn();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}
