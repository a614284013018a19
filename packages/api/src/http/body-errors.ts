// Express's default error page is HTML with a stack trace (and absolute paths) unless
// NODE_ENV=production. This handler answers every error in every mode with a GraphQL-shaped
// JSON body that names the problem and nothing else; the cause goes to the server log.
import type { ErrorRequestHandler } from 'express';
import { sendGraphQLError } from './reply.js';

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
}

const KNOWN: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'BAD_REQUEST', 'The request body is not valid JSON'],
  'entity.too.large': [413, 'PAYLOAD_TOO_LARGE', 'The request body is too large'],
  'encoding.unsupported': [415, 'BAD_REQUEST', 'Unsupported content encoding'],
  'charset.unsupported': [415, 'BAD_REQUEST', 'Unsupported charset'],
  'request.aborted': [400, 'BAD_REQUEST', 'The request was aborted'],
};

export const jsonErrorHandler: ErrorRequestHandler = (err: unknown, _req, res, _next) => {
  const e = (err ?? {}) as HttpError;
  const known = e.type ? KNOWN[e.type] : undefined;
  const status = known?.[0] ?? e.status ?? e.statusCode ?? 500;
  if (status >= 500) process.stderr.write(`[kg-api] request failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  if (res.headersSent) {
    res.end();
    return;
  }
  if (known) sendGraphQLError(res, known[0], known[1], known[2]);
  else if (status >= 400 && status < 500) sendGraphQLError(res, status, 'BAD_REQUEST', 'Bad request');
  else sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
};
