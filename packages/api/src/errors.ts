import { GraphQLError, type GraphQLFormattedError } from './graphql.js';

/** Codes a client may see in `extensions.code`. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_LARGE',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'FORBIDDEN_HOST',
  'TIMEOUT',
  'DATABASE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes Apollo/graphql-js attach to errors about the request itself; their messages are safe to show. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  QUERY_TOO_DEEP: 400,
  QUERY_TOO_COMPLEX: 400,
  QUERY_TOO_LARGE: 400,
  TOO_MANY_ALIASES: 400,
  TOO_MANY_DIRECTIVES: 400,
};

/** graphql-js stops parsing past `maxTokens` with this message; clients get it as QUERY_TOO_LARGE. */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] \d+ tokens/; // graphql 16 spells it "more that"

/** An error whose message is written for the client. Anything else is reported as internal. */
export class ApiError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    const status = HTTP_STATUS[code];
    super(message, { extensions: { code, ...extra, ...(status ? { http: { status } } : {}) } });
    this.name = 'ApiError';
  }

  /** Maps driver failures to client-facing codes without echoing the driver's message (it may quote Cypher). */
  static fromDatabase(err: unknown): ApiError {
    if (err instanceof ApiError) return err;
    const code = (err as { code?: unknown } | null)?.code;
    const c = typeof code === 'string' ? code : '';
    if (c.includes('TransactionTimedOut') || c.includes('Transaction.Terminated') || c.includes('TransactionTimedOutClientConfiguration')) {
      return new ApiError('TIMEOUT', 'The query took longer than the configured request timeout');
    }
    if (c === 'ServiceUnavailable' || c === 'SessionExpired' || c.startsWith('Neo.TransientError')) {
      return new ApiError('DATABASE_UNAVAILABLE', 'The graph database is not reachable');
    }
    const e = new ApiError('INTERNAL_SERVER_ERROR', 'Internal server error');
    // Keep the cause for server-side logs only.
    (e as { cause?: unknown }).cause = err;
    logInternal(err);
    return e;
  }
}

function findApiError(err: unknown): ApiError | undefined {
  let cur: unknown = err;
  for (let i = 0; i < 5 && cur; i++) {
    if (cur instanceof ApiError) return cur;
    cur = (cur as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * Apollo `formatError`: clients get a message and a code, never Cypher, driver messages or stack traces.
 * Request errors (parse/validation) keep their message because it only describes the client's own query.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const api = findApiError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (api) {
    const { http: _http, ...ext } = api.extensions as Record<string, unknown>;
    return { ...base, message: api.message, extensions: { ...ext, code: api.code } };
  }
  const code = formatted.extensions?.code;
  const original = (error as { originalError?: unknown } | null)?.originalError;
  if (code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT.test(formatted.message)) {
    return { ...base, message: formatted.message, extensions: { code: 'QUERY_TOO_LARGE' } };
  }
  if (typeof code === 'string' && (REQUEST_CODES.has(code) || code === 'BAD_USER_INPUT') && !(original instanceof Error && !(original instanceof GraphQLError))) {
    return { ...base, message: formatted.message, extensions: { code } };
  }
  if (typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code) && code !== 'INTERNAL_SERVER_ERROR' && !original) {
    return { ...base, message: formatted.message, extensions: { code } };
  }
  logInternal(error);
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Operators see the real cause in the server log; clients never do. */
function logInternal(error: unknown): void {
  let cur: unknown = error;
  for (let i = 0; i < 5 && (cur as { originalError?: unknown })?.originalError; i++) cur = (cur as { originalError: unknown }).originalError;
  const cause = (cur as { cause?: unknown })?.cause ?? cur;
  process.stderr.write(`[kg-api] internal error: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}\n`);
}
