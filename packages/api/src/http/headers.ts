// Security headers for the explorer, GraphiQL and the API: a Content-Security-Policy that allows
// only this origin (no inline script, no framing), nosniff, and helmet's other defaults.
import { createHash } from 'node:crypto';
import helmet from 'helmet';
import type { RequestHandler } from 'express';

const BASE_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // The graph view and GraphiQL set inline styles from script.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Every response: CSP, X-Content-Type-Options: nosniff, X-Frame-Options, Referrer-Policy… */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: BASE_DIRECTIVES },
    // Plain HTTP on loopback is the normal setup; HSTS belongs to the TLS proxy in front, if any.
    strictTransportSecurity: false,
  });
}

/** The CSP hash source of an inline script, so one known inline script may run and no other. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** CSP for a page whose only inline script is `script` (GraphiQL's bootstrap). */
export function cspWithInlineScript(script: string): string {
  const d: Record<string, string[]> = { ...BASE_DIRECTIVES, scriptSrc: ["'self'", scriptHash(script)] };
  return Object.entries(d)
    .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${v.join(' ')}`)
    .join('; ');
}
