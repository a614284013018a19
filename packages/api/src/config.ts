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
  /** Aliased fields per operation, fragments expanded (how one request repeats a costly field). */
  maxAliases: number;
  /** Directives per operation, fragments expanded. */
  maxDirectives: number;
  /** Lexical tokens per document: the parser stops counting past it, so huge documents cost little. */
  maxTokens: number;
  /** Characters of the `query` text. */
  maxQueryChars: number;
  /** Neo4j sessions one request may hold at once; its other statements wait (within its deadline). */
  maxSessionsPerRequest: number;
  /** Neo4j sessions all requests together may hold, so /healthz and mutations always find a connection. */
  maxSessions: number;
  /** `Host` header values accepted (DNS-rebinding guard); `*` accepts any. Ports are ignored. */
  allowedHosts: string[];
  /** Neo4j database name (default database when unset). */
  database: string | undefined;
}

/** Hard upper bound on `first` for every connection. */
export const MAX_FIRST = 100;
export const DEFAULT_FIRST = 10;

/** Hard upper bound on the offset a cursor may carry (deep pages are a scan; filter instead). */
export const MAX_OFFSET = 100_000;
/** Longest search text, and longest single term of it (the full-text index has no use for more). */
export const MAX_SEARCH_CHARS = 500;
export const MAX_SEARCH_TERM_CHARS = 100;
/** Longest name `entityByName` accepts. */
export const MAX_NAME_CHARS = 300;

/** Loopback names: the default `Host` allow-list, safe against DNS rebinding. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const v = env[name];
  if (v === undefined || v.trim() === '') return fallback;
  const n = Number(v.trim());
  if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
    throw new Error(`${name} must be an integer ${range}, got "${v}"`);
  }
  return n;
}

function list(v: string | undefined, fallback: string[]): string[] {
  const items = (v ?? '').split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);
  return items.length > 0 ? items : fallback;
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
    port: int(env, 'PORT', 4000, 0, 65_535),
    host: env.KG_HOST?.trim() || '127.0.0.1',
    apiKey: str(env.KG_API_KEY),
    readApiKey: str(env.KG_READ_API_KEY),
    requestTimeoutMs: int(env, 'KG_REQUEST_TIMEOUT_MS', 15_000, 1),
    introspection: bool(env.KG_INTROSPECTION, !production),
    graphiql: bool(env.KG_GRAPHIQL, !production),
    maxDepth: int(env, 'KG_MAX_DEPTH', 15, 1),
    maxComplexity: int(env, 'KG_MAX_COMPLEXITY', 25_000, 1),
    maxAliases: int(env, 'KG_MAX_ALIASES', 30),
    maxDirectives: int(env, 'KG_MAX_DIRECTIVES', 50),
    maxTokens: int(env, 'KG_MAX_TOKENS', 2_000, 1),
    maxQueryChars: int(env, 'KG_MAX_QUERY_CHARS', 20_000, 1),
    maxSessionsPerRequest: int(env, 'KG_MAX_SESSIONS_PER_REQUEST', 4, 1),
    maxSessions: int(env, 'KG_MAX_SESSIONS', 64, 1),
    allowedHosts: list(env.KG_ALLOWED_HOSTS, LOOPBACK_HOSTS),
    database: str(env.NEO4J_DATABASE) ?? undefined,
  };
  return { ...cfg, ...overrides };
}
