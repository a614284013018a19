// DNS-rebinding guard: a page on evil.example whose name is re-pointed at 127.0.0.1 reaches this
// server with `Host: evil.example`. Only the names the operator expects (loopback by default,
// KG_ALLOWED_HOSTS) and IP literals (which no rebinding can produce) are served.
import { isIP } from 'node:net';
import type { RequestHandler } from 'express';
import { sendGraphQLError } from './reply.js';

/** The host name of a `Host` header, lowercase, without its port (IPv6 keeps its brackets). */
export function hostName(header: string | undefined): string | null {
  const h = (header ?? '').trim().toLowerCase();
  if (!h) return null;
  if (h.startsWith('[')) {
    const end = h.indexOf(']');
    return end > 0 ? h.slice(0, end + 1) : null;
  }
  const colon = h.lastIndexOf(':');
  return colon >= 0 ? h.slice(0, colon) : h;
}

export function isAllowedHost(header: string | undefined, allowed: readonly string[]): boolean {
  if (allowed.includes('*')) return true;
  const name = hostName(header);
  if (!name) return false;
  if (isIP(name.replace(/^\[|\]$/g, '')) !== 0) return true;
  return allowed.includes(name) || name === 'localhost' || name.endsWith('.localhost');
}

export function hostCheck(allowed: readonly string[]): RequestHandler {
  return (req, res, next) => {
    if (isAllowedHost(req.headers.host, allowed)) return next();
    sendGraphQLError(res, 403, 'FORBIDDEN_HOST', 'This Host is not allowed; add it to KG_ALLOWED_HOSTS on the server');
  };
}
