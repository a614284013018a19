import { describe, expect, it } from 'vitest';
import { isLoopbackHost, localBoltUri, parseBoltUri, parseHttpPort, parseMemorySize } from '../src/uri.js';

describe('parseBoltUri', () => {
  it('reads host and port', () => {
    expect(parseBoltUri('bolt://127.0.0.1:7688')).toEqual({ scheme: 'bolt', host: '127.0.0.1', port: 7688, encrypted: false });
    expect(parseBoltUri('neo4j://LocalHost')).toMatchObject({ scheme: 'neo4j', host: 'localhost', port: 7687 });
    expect(parseBoltUri('bolt://[::1]:9999/')).toMatchObject({ host: '::1', port: 9999 });
    expect(parseBoltUri('bolt+s://db.example.com:7687')).toMatchObject({ host: 'db.example.com', encrypted: true });
    expect(parseBoltUri('bolt://user:pw@127.0.0.1:1234')).toMatchObject({ host: '127.0.0.1', port: 1234 });
  });

  it('rejects what is not a Bolt URI', () => {
    expect(() => parseBoltUri('127.0.0.1:7687')).toThrow(/Not a Bolt URI/);
    expect(() => parseBoltUri('http://127.0.0.1:7474')).toThrow(/Unsupported scheme/);
    expect(() => parseBoltUri('bolt://127.0.0.1:70000')).toThrow(/out of range/);
    expect(() => parseBoltUri('bolt://127.0.0.1:abc')).toThrow(/Bad port/);
    expect(() => parseBoltUri('bolt://:7687')).toThrow(/No host/);
  });
});

describe('isLoopbackHost', () => {
  it.each(['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '::ffff:127.0.0.1', 'db.localhost'])('%s is local', (h) =>
    expect(isLoopbackHost(h)).toBe(true),
  );
  it.each(['0.0.0.0', '10.0.0.5', 'neo4j', 'example.com', '128.0.0.1', 'localhost.example.com'])('%s is not', (h) =>
    expect(isLoopbackHost(h)).toBe(false),
  );
});

describe('sizes and ports', () => {
  it('normalises memory sizes', () => {
    expect(parseMemorySize('512m')).toBe('512m');
    expect(parseMemorySize('1G')).toBe('1g');
    expect(parseMemorySize('2gb')).toBe('2g');
    expect(parseMemorySize('768')).toBe('768m');
    expect(() => parseMemorySize('lots')).toThrow(/Bad size/);
    expect(() => parseMemorySize('0m')).toThrow();
  });

  it('reads the HTTP port setting', () => {
    expect(parseHttpPort(undefined, 7474)).toBe(7474);
    expect(parseHttpPort('', 7474)).toBe(7474);
    expect(parseHttpPort('8474', 7474)).toBe(8474);
    expect(parseHttpPort('off', 7474)).toBeNull();
    expect(parseHttpPort('0', 7474)).toBeNull();
    expect(() => parseHttpPort('99999', 7474)).toThrow();
  });

  it('hands out the IPv4 loopback, never localhost', () => {
    expect(localBoltUri(7690)).toBe('bolt://127.0.0.1:7690');
  });
});
