// Pure helpers around Bolt URIs: which port to use, and whether the host is this machine.

export const DEFAULT_BOLT_PORT = 7687;
export const DEFAULT_URI = `bolt://127.0.0.1:${DEFAULT_BOLT_PORT}`;
export const LOOPBACK = '127.0.0.1';

const SCHEMES = new Set(['bolt', 'neo4j', 'bolt+s', 'neo4j+s', 'bolt+ssc', 'neo4j+ssc']);

export interface BoltAddress {
  scheme: string;
  host: string;
  port: number;
  /** The scheme asks for TLS, which the local launcher does not set up. */
  encrypted: boolean;
}

/** Parses `bolt://host:port` (also neo4j://, +s, +ssc); the port defaults to 7687. */
export function parseBoltUri(uri: string): BoltAddress {
  const m = /^([a-z][a-z0-9+]*):\/\/([^/?#]*)/i.exec(uri.trim());
  if (!m) throw new Error(`Not a Bolt URI: "${uri}" (expected e.g. ${DEFAULT_URI})`);
  const scheme = m[1]!.toLowerCase();
  if (!SCHEMES.has(scheme)) throw new Error(`Unsupported scheme "${scheme}" in "${uri}" (use bolt:// or neo4j://)`);
  const authority = m[2]!.replace(/^.*@/, ''); // drop user:password@ if someone put it there
  let host: string;
  let portText: string | undefined;
  const v6 = /^\[([^\]]+)\](?::(\d*))?$/.exec(authority);
  if (v6) {
    host = v6[1]!;
    portText = v6[2];
  } else {
    const parts = authority.split(':');
    if (parts.length > 2) throw new Error(`Bad host in "${uri}" (put IPv6 addresses in brackets)`);
    host = parts[0]!;
    portText = parts[1];
  }
  if (!host) throw new Error(`No host in "${uri}"`);
  let port = DEFAULT_BOLT_PORT;
  if (portText !== undefined && portText !== '') {
    if (!/^\d+$/.test(portText)) throw new Error(`Bad port in "${uri}"`);
    port = Number(portText);
    if (port < 1 || port > 65535) throw new Error(`Port out of range in "${uri}"`);
  }
  return { scheme, host: host.toLowerCase(), port, encrypted: scheme.includes('+') };
}

/** True for hosts that can only mean this machine (the launcher binds 127.0.0.1 only). */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : h;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** The URI the launcher hands out: always the IPv4 loopback it binds, never `localhost` (may resolve to ::1). */
export function localBoltUri(port: number): string {
  return `bolt://${LOOPBACK}:${port}`;
}

/** Parses a heap/page-cache size such as 512m, 1g, 1024k; returns it in the JVM's spelling. */
export function parseMemorySize(text: string, what = 'size'): string {
  const m = /^\s*(\d+)\s*([kmg])?b?\s*$/i.exec(text);
  if (!m || Number(m[1]) === 0) throw new Error(`Bad ${what} "${text}" (expected e.g. 512m or 1g)`);
  return `${m[1]}${(m[2] ?? 'm').toLowerCase()}`;
}

/**
 * Reads an HTTP port setting: undefined/'' → the default, 'off'/'none'/'false'/'0' → disabled (null).
 */
export function parseHttpPort(text: string | undefined, fallback: number | null): number | null {
  if (text === undefined || text.trim() === '') return fallback;
  const t = text.trim().toLowerCase();
  if (['off', 'none', 'false', 'no', '0'].includes(t)) return null;
  if (!/^\d+$/.test(t) || Number(t) > 65535) throw new Error(`Bad HTTP port "${text}"`);
  return Number(t);
}
