// Server configuration from the environment (the CLI loads .env first). Every knob has a safe default.

export interface ApiConfig {
  port: number;
  host: string;
  /** Mutations need `x-api-key: <apiKey>` when set. */
  apiKey: string | null;
  /** When set, reads need `x-api-key` equal to this key or to `apiKey`. */
  readApiKey: string | null;
  /** Whole-request budget; each Cypher statement gets what is left as its transaction timeout. */
  requestTimeoutMs: number;
  introspection: boolean;
  graphiql: boolean;
  maxDepth: number;
  maxComplexity: number;
  /** Neo4j database name (default database when unset). */
  database: string | undefined;
}

/** Hard upper bound on `first` for every connection. */
export const MAX_FIRST = 100;
export const DEFAULT_FIRST = 10;

function int(v: string | undefined, fallback: number, min = 0): number {
  if (v === undefined || v.trim() === '') return fallback;
  const n = Number.parseInt(v, 10);
  if (!Number.isFinite(n) || n < min) throw new Error(`expected an integer ≥ ${min}, got "${v}"`);
  return n;
}

function bool(v: string | undefined, fallback: boolean): boolean {
  if (v === undefined || v.trim() === '') return fallback;
  return !/^(0|false|no|off)$/i.test(v.trim());
}

function str(v: string | undefined): string | null {
  return v && v.trim() !== '' ? v.trim() : null;
}

export function readApiConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ApiConfig> = {}): ApiConfig {
  const production = env.NODE_ENV === 'production';
  const cfg: ApiConfig = {
    port: int(env.PORT, 4000),
    host: env.KG_HOST?.trim() || '127.0.0.1',
    apiKey: str(env.KG_API_KEY),
    readApiKey: str(env.KG_READ_API_KEY),
    requestTimeoutMs: int(env.KG_REQUEST_TIMEOUT_MS, 15_000, 1),
    introspection: bool(env.KG_INTROSPECTION, !production),
    graphiql: bool(env.KG_GRAPHIQL, !production),
    maxDepth: int(env.KG_MAX_DEPTH, 15, 1),
    maxComplexity: int(env.KG_MAX_COMPLEXITY, 25_000, 1),
    database: str(env.NEO4J_DATABASE) ?? undefined,
  };
  return { ...cfg, ...overrides };
}
