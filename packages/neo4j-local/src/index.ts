// Local Neo4j 5.26 community, run from its Maven Central jars by a small Java launcher (no Docker).
export {
  startNeo4j,
  stopNeo4j,
  stopNeo4jSync,
  neo4jStatus,
  resolveOptions,
  javaArgs,
  logTail,
  JVM_FLAGS,
  DEFAULT_DATA_DIR,
  DEFAULT_USER,
  DEFAULT_PASSWORD,
  DEFAULT_HEAP,
  DEFAULT_PAGECACHE,
  DEFAULT_HTTP_PORT,
} from './launcher.js';
export type { Neo4jLocalOptions, ResolvedOptions, StartResult, StopResult, Neo4jStatus } from './launcher.js';
export { ensureLauncherBuilt, launcherUpToDate, checkJava, javaCommand, LAUNCHER_JAR } from './build.js';
export type { BuildOptions, BuildResult } from './build.js';
export { Neo4jLocalError } from './errors.js';
export type { Neo4jLocalErrorCode } from './errors.js';
export { parseBoltUri, isLoopbackHost, localBoltUri, parseMemorySize, parseHttpPort, DEFAULT_URI, DEFAULT_BOLT_PORT } from './uri.js';
export type { BoltAddress } from './uri.js';
export { freePort, isPortFree } from './proc.js';
export { createTempDataDir, sweepTempDataDirs } from './tempdir.js';
