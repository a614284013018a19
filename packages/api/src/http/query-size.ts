// Refuses an over-long `query` text before it is parsed (the token limit then bounds the parse).
import type { RequestHandler } from 'express';
import { sendGraphQLError } from './reply.js';

export function queryTextLimit(maxChars: number): RequestHandler {
  return (req, res, next) => {
    const body = req.body as { query?: unknown } | undefined;
    const text = typeof body?.query === 'string' ? body.query : typeof req.query.query === 'string' ? req.query.query : '';
    if (text.length <= maxChars) return next();
    sendGraphQLError(res, 413, 'QUERY_TOO_LARGE', `The query text has ${text.length} characters; the limit is ${maxChars}`);
  };
}
