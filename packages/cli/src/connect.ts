// Opens the driver and proves it works before a command starts its job, telling an unreachable
// server from one that refuses the credentials. Whoever gets the driver closes it (try/finally).
import type { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '@kg/store';
import { CliError, NEO4J_EXIT } from './exit.js';

const AUTH_CODES = /^Neo\.ClientError\.Security\.(Unauthorized|AuthenticationRateLimit|CredentialsExpired|TokenExpired)/;

/** The driver error code of a failure (the driver nests causes on some paths). */
function codeOf(err: unknown): string {
  for (let cur = err, i = 0; cur && i < 5; i++, cur = (cur as { cause?: unknown }).cause) {
    const c = (cur as { code?: unknown }).code;
    if (typeof c === 'string' && c) return c;
  }
  return '';
}

export function isAuthFailure(err: unknown): boolean {
  return AUTH_CODES.test(codeOf(err));
}

/** The one line that says why Neo4j cannot be used. */
export function neo4jFailure(err: unknown, cfg: Pick<Neo4jConfig, 'uri' | 'user'>): CliError {
  const code = codeOf(err);
  if (AUTH_CODES.test(code)) {
    const what = code.endsWith('AuthenticationRateLimit') ? 'locked the user after too many failed logins' : 'refused the credentials';
    return new CliError(`Neo4j at ${cfg.uri} ${what} of user "${cfg.user}" (authentication failed); check NEO4J_USER and NEO4J_PASSWORD`, NEO4J_EXIT);
  }
  const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return new CliError(`Neo4j is not reachable at ${cfg.uri}: ${why}. Start it with \`pnpm kg neo4j start\` or set NEO4J_URI.`, NEO4J_EXIT);
}

export interface Connected {
  store: typeof import('@kg/store');
  config: Neo4jConfig;
  driver: Driver;
}

/** A driver that has answered once; closed again (and a CliError thrown) when it does not. */
export async function connect(): Promise<Connected> {
  const store = await import('@kg/store');
  const config = store.readNeo4jConfig();
  const driver = store.openDriver(config);
  try {
    await driver.verifyConnectivity(config.database ? { database: config.database } : {});
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw neo4jFailure(err, config);
  }
  return { store, config, driver };
}
