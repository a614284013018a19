// Connection settings and the driver. Defaults match .env.example so `pnpm kg …` works out of the box.
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export function readNeo4jConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const cfg: Neo4jConfig = {
    uri: env.NEO4J_URI || 'bolt://127.0.0.1:7687',
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD || 'knowledge-graph',
  };
  if (env.NEO4J_DATABASE) cfg.database = env.NEO4J_DATABASE;
  return cfg;
}

/** Drivers remember the database they were opened for, so sessions need not repeat it. */
const DATABASES = new WeakMap<Driver, string | undefined>();

export interface DriverOptions {
  /** Short by default: the pipeline does its own bounded back-off and reports it. */
  maxTransactionRetryTime?: number;
  connectionTimeout?: number;
}

export function openDriver(cfg: Neo4jConfig = readNeo4jConfig(), opts: DriverOptions = {}): Driver {
  const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: opts.maxTransactionRetryTime ?? 5_000,
    connectionTimeout: opts.connectionTimeout ?? 5_000,
    connectionAcquisitionTimeout: 60_000,
    logging: { level: 'error', logger: () => {} },
  });
  DATABASES.set(driver, cfg.database);
  URIS.set(driver, cfg.uri);
  return driver;
}

const URIS = new WeakMap<Driver, string>();

export function databaseOf(driver: Driver): string | undefined {
  return DATABASES.get(driver);
}

/** Raised when the server cannot be reached; the CLI prints the message alone and exits with 2. */
export class Neo4jUnavailableError extends Error {
  readonly uri: string;
  constructor(uri: string, cause: unknown) {
    const why = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    super(`Neo4j is not reachable at ${uri}: ${why}. Start it with \`pnpm kg neo4j start\` or set NEO4J_URI.`);
    this.name = 'Neo4jUnavailableError';
    this.uri = uri;
  }
}

export async function assertReachable(driver: Driver): Promise<void> {
  try {
    await driver.verifyConnectivity({ database: databaseOf(driver) });
  } catch (err) {
    throw new Neo4jUnavailableError(URIS.get(driver) ?? 'the configured URI', err);
  }
}
